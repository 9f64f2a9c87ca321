package io.github.workreport.json;

import io.github.workreport.Assessment;
import io.github.workreport.Deadline;
import io.github.workreport.DeclaredTotals;
import io.github.workreport.Finding;
import io.github.workreport.Measure;
import io.github.workreport.Outcome;
import io.github.workreport.Period;
import io.github.workreport.Report;
import io.github.workreport.Section;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import java.io.File;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Teaches a Jackson 3 mapper the workreport/1 format: {@link Report} and every part of it that has
 * a JSON form of its own ({@link Task}, {@link Section}, {@link Target}, {@link Outcome}, {@link
 * Measure}, {@link Assessment}, {@link TargetAssessment}, {@link Finding}, {@link DeclaredTotals},
 * and {@link Period} and {@link Deadline} as {@code "YYYY-MM"}) read and write exactly as {@link
 * ReportJson} reads and writes them.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();   // found by ServiceLoader
 * Report report = mapper.readValue(file, Report.class);
 * JsonMapper lenient = JsonMapper.builder()
 *     .addModule(new ReportModule(ReportJsonFeature.ALLOW_UNKNOWN_FIELDS)).build();
 * }</pre>
 *
 * <p>The format's rules are the module's, not the mapper's: unknown fields fail unless {@link
 * ReportJsonFeature#ALLOW_UNKNOWN_FIELDS} is given here (Jackson 3's {@code
 * FAIL_ON_UNKNOWN_PROPERTIES} is off by default and is not consulted), fields keep the order of the
 * specification whatever {@code SORT_PROPERTIES_ALPHABETICALLY} says, and no type ids are ever read
 * or written. The mapper's parser settings and {@code StreamReadConstraints} do apply; {@link
 * ReportJson} uses its own tighter ones. Errors are {@link JsonReadException}s whose source is the
 * file the mapper read when its {@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION} is on (Jackson
 * 3 turns it off by default), else {@code "<json>"}; a mapper that wraps exceptions from nested
 * values (a {@code Report} field of your own bean) keeps it as the cause.
 *
 * <p>Registered through {@code META-INF/services/tools.jackson.databind.JacksonModule} and {@code
 * provides} in {@code module-info}. Every instance has the registration id {@code
 * workreport-json}, so a module added after {@code findAndAddModules()} replaces the one found.
 * {@link ReportJsonFeature#COMPACT_OUTPUT} has no effect here: the mapper's {@code INDENT_OUTPUT}
 * decides.
 */
public final class ReportModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private final boolean allowUnknown;

  /** The module with the default, strict reading; the constructor ServiceLoader uses. */
  public ReportModule() {
    this(new ReportJsonFeature[0]);
  }

  /**
   * The module with {@code features}.
   *
   * @param features reading options, such as {@link ReportJsonFeature#ALLOW_UNKNOWN_FIELDS}
   */
  public ReportModule(ReportJsonFeature... features) {
    super("workreport-json", Version.unknownVersion());
    this.allowUnknown = ReportJson.allowUnknown(features);
    add(Report.class, ReportWriter::writeReport);
    add(Section.class, ReportWriter::writeSection);
    add(Task.class, ReportWriter::writeTask);
    add(Target.class, ReportWriter::writeTarget);
    add(Outcome.class, ReportWriter::writeOutcome);
    add(Measure.class, ReportWriter::writeMeasure);
    add(Assessment.class, ReportWriter::writeAssessment);
    add(TargetAssessment.class, ReportWriter::writeTargetAssessment);
    add(Finding.class, ReportWriter::writeFinding);
    add(DeclaredTotals.class, ReportWriter::writeTotals);
    add(Period.class, (g, period) -> g.writeString(ReportWriter.month(period.asOf())));
    add(Deadline.class, (g, deadline) -> g.writeString(ReportWriter.month(deadline.month())));
  }

  /**
   * Whether unknown fields are skipped rather than refused.
   *
   * @return true if {@link ReportJsonFeature#ALLOW_UNKNOWN_FIELDS} was given
   */
  public boolean allowsUnknownFields() {
    return allowUnknown;
  }

  private <T> void add(Class<T> type, BiConsumer<JsonGenerator, T> writer) {
    addSerializer(type, new Writer<>(type, writer));
    addDeserializer(type, new Reader<>(type, allowUnknown));
  }

  private static final class Writer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final BiConsumer<JsonGenerator, T> writer;

    Writer(Class<T> type, BiConsumer<JsonGenerator, T> writer) {
      this.type = type;
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      writer.accept(g, value);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  private static final class Reader<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final boolean allowUnknown;

    Reader(Class<T> type, boolean allowUnknown) {
      this.type = type;
      this.allowUnknown = allowUnknown;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      return new ReportReader(p, sourceOf(p), allowUnknown).readValue(type);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    /** The file being read, when the mapper lets the parser tell (INCLUDE_SOURCE_IN_LOCATION). */
    private static String sourceOf(JsonParser p) {
      Object source = p.streamReadInputSource();
      if (!(source instanceof Path || source instanceof File)) {
        ContentReference content = p.currentLocation().contentReference();
        source = content == null ? null : content.getRawContent();
      }
      return source instanceof Path || source instanceof File ? source.toString() : "<json>";
    }
  }
}
