package io.github.workreport.json;

import io.github.workreport.Comparison;
import io.github.workreport.Measure;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a {@link Comparison} — what moved between two reports — in the {@value #FORMAT} JSON
 * format, for tools outside Java.
 *
 * <pre>{@code
 * Comparison c = Reports.compare(halfYear, yearEnd);
 * ComparisonJson.write(c, Path.of("moved.json"));
 * }</pre>
 *
 * <p>The document holds the two reports' headers, the counts, the status transitions, every pair
 * (task references on both sides, the later text, the similarity, whether it was renumbered,
 * reworded or moved, the statuses, the claim, and target by target the two lines with the change
 * of the achieved value), and the tasks left out and added. The conventions are workreport/1's:
 * fields in the order of the schema, absent values left out, exact decimals in plain notation,
 * enums by name, two-space indentation. The JSON Schema is the resource {@value #SCHEMA_RESOURCE}.
 * The format is written, not read. This class is thread-safe.
 */
public final class ComparisonJson {

  /** The value of the {@code format} field: {@value}. */
  public static final String FORMAT = "workreport-comparison/1";

  /** The class-path resource holding the JSON Schema (draft 2020-12) of the format: {@value}. */
  public static final String SCHEMA_RESOURCE = "io/github/workreport/json/workreport-comparison-1.schema.json";

  private ComparisonJson() {}

  /**
   * Writes {@code comparison} to {@code out}, which is flushed but not closed.
   *
   * @param comparison the comparison
   * @param out the stream
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void write(Comparison comparison, OutputStream out) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = JsonSetup.FACTORY.createGenerator(JsonSetup.INDENTED_OUTPUT, out)) {
      writeComparison(g, comparison);
    } catch (JacksonIOException e) {
      throw ReportJson.unchecked(e);
    }
    try {
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code comparison} to the file {@code path}, replacing it.
   *
   * @param comparison the comparison
   * @param path the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Comparison comparison, Path path) {
    try (OutputStream out = Files.newOutputStream(path)) {
      write(comparison, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The document as text.
   *
   * @param comparison the comparison
   * @return the JSON, ending with a newline
   */
  public static String toJson(Comparison comparison) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(comparison, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void writeComparison(JsonGenerator g, Comparison c) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeName("earlier");
    writeReport(g, c.earlier());
    g.writeName("later");
    writeReport(g, c.later());
    g.writeObjectPropertyStart("counts");
    g.writeNumberProperty("paired", c.pairs().size());
    g.writeNumberProperty("moved", c.moved().size());
    g.writeNumberProperty("leftOut", c.leftOut().size());
    g.writeNumberProperty("added", c.added().size());
    g.writeEndObject();
    g.writeArrayPropertyStart("transitions");
    for (Status from : Status.values()) {
      for (Status to : Status.values()) {
        int n = from == to ? 0 : c.count(from, to);
        if (n > 0) {
          g.writeStartObject();
          g.writeStringProperty("from", from.name());
          g.writeStringProperty("to", to.name());
          g.writeNumberProperty("tasks", n);
          g.writeEndObject();
        }
      }
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("pairs");
    for (Comparison.Pair pair : c.pairs()) {
      writePair(g, pair);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("leftOut");
    for (Task task : c.leftOut()) {
      writeTask(g, task);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("added");
    for (Task task : c.added()) {
      writeTask(g, task);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeReport(JsonGenerator g, Report report) {
    g.writeStartObject();
    if (!report.title().isEmpty()) {
      g.writeStringProperty("title", report.title());
    }
    report.jurisdiction().ifPresent(j -> g.writeStringProperty("jurisdiction", j));
    if (report.year().isPresent()) {
      g.writeNumberProperty("year", report.year().getAsInt());
    }
    report.period().ifPresent(p -> g.writeStringProperty("period", ReportWriter.month(p.asOf())));
    g.writeNumberProperty("tasks", report.tasks().size());
    g.writeEndObject();
  }

  private static void writeRef(JsonGenerator g, String name, Task task) {
    g.writeObjectPropertyStart(name);
    task.section().ifPresent(s -> g.writeStringProperty("section", s));
    g.writeNumberProperty("number", task.number());
    g.writeEndObject();
  }

  private static void writePair(JsonGenerator g, Comparison.Pair pair) {
    g.writeStartObject();
    writeRef(g, "earlier", pair.earlier());
    writeRef(g, "later", pair.later());
    g.writeStringProperty("text", pair.later().text());
    pair.later().leadUnit().ifPresent(u -> g.writeStringProperty("leadUnit", u));
    g.writeName("similarity");
    ReportWriter.writeDecimal(g, BigDecimal.valueOf(pair.similarity()).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros());
    g.writeBooleanProperty("renumbered", pair.renumbered());
    g.writeBooleanProperty("reworded", pair.reworded());
    g.writeBooleanProperty("moved", pair.hasMoved());
    writeMove(g, "status", pair.earlier().status(), pair.later().status());
    writeMove(g, "declaredStatus", pair.earlier().outcome().declaredStatus(), pair.later().outcome().declaredStatus());
    g.writeStringProperty("claim", pair.claim().name());
    g.writeArrayPropertyStart("targets");
    for (Comparison.TargetChange change : pair.targets()) {
      g.writeStartObject();
      if (change.earlier().isPresent()) {
        g.writeName("earlier");
        writeLine(g, change.earlier().get());
      }
      if (change.later().isPresent()) {
        g.writeName("later");
        writeLine(g, change.later().get());
      }
      g.writeBooleanProperty("revised", change.isRevised());
      if (change.change().isPresent()) {
        g.writeName("change");
        writeQuantity(g, change.change().get());
      }
      g.writeBooleanProperty("moved", change.hasMoved());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeMove(JsonGenerator g, String name, Status from, Status to) {
    g.writeObjectPropertyStart(name);
    g.writeStringProperty("from", from.name());
    g.writeStringProperty("to", to.name());
    g.writeEndObject();
  }

  private static void writeLine(JsonGenerator g, TargetAssessment line) {
    Target target = line.target();
    g.writeStartObject();
    g.writeNumberProperty("target", line.targetIndex());
    g.writeStringProperty("text", target.text());
    if (!target.metric().isEmpty()) {
      g.writeStringProperty("metric", target.metric());
    }
    g.writeStringProperty("kind", target.kind().name());
    g.writeStringProperty("comparator", target.bound().name());
    g.writeName("value");
    ReportWriter.writeDecimal(g, target.value());
    if (target.upper().isPresent()) {
      g.writeName("upper");
      ReportWriter.writeDecimal(g, target.upper().get().value());
    }
    writeUnit(g, target.quantity());
    if (line.revision().isPresent()) {
      g.writeName("revision");
      writeQuantity(g, line.revision().get().quantity());
    }
    if (line.measure().isPresent()) {
      Measure m = line.measure().get();
      g.writeObjectPropertyStart("achieved");
      g.writeStringProperty("text", m.text());
      g.writeStringProperty("kind", m.kind().name());
      g.writeName("value");
      ReportWriter.writeDecimal(g, m.value());
      writeUnit(g, m.quantity());
      g.writeBooleanProperty("estimated", m.estimated());
      g.writeEndObject();
    }
    g.writeStringProperty("status", line.status().name());
    if (line.reason().isPresent()) {
      g.writeStringProperty("reason", line.reasonLabel());
    }
    g.writeEndObject();
  }

  private static void writeQuantity(JsonGenerator g, Quantity quantity) {
    g.writeStartObject();
    g.writeName("value");
    ReportWriter.writeDecimal(g, quantity.value());
    writeUnit(g, quantity);
    g.writeEndObject();
  }

  private static void writeUnit(JsonGenerator g, Quantity quantity) {
    if (!quantity.unit().symbol().isEmpty()) {
      g.writeStringProperty("unit", quantity.unit().symbol());
    }
  }

  private static void writeTask(JsonGenerator g, Task task) {
    g.writeStartObject();
    task.section().ifPresent(s -> g.writeStringProperty("section", s));
    g.writeNumberProperty("number", task.number());
    g.writeStringProperty("text", task.text());
    task.leadUnit().ifPresent(u -> g.writeStringProperty("leadUnit", u));
    g.writeStringProperty("status", task.status().name());
    g.writeEndObject();
  }
}
