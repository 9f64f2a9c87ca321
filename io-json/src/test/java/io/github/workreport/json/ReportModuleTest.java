package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.workreport.Deadline;
import io.github.workreport.Finding;
import io.github.workreport.FindingKind;
import io.github.workreport.Period;
import io.github.workreport.Report;
import io.github.workreport.Section;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.Task;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

class ReportModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  @Test
  void findAndAddModulesFindsTheModule() {
    assertThat(MAPPER.registeredModules()).hasAtLeastOneElementOfType(ReportModule.class);
  }

  @Test
  void theModuleDescriptorProvidesTheModuleAndExportsOnlyTheApi() {
    Module module = ReportModule.class.getModule();
    assumeTrue(module.isNamed(), "tests run on the module path");
    ModuleDescriptor descriptor = module.getDescriptor();
    assertThat(descriptor.name()).isEqualTo("io.github.workreport.json");
    assertThat(descriptor.provides()).singleElement().satisfies(p -> {
      assertThat(p.service()).isEqualTo(JacksonModule.class.getName());
      assertThat(p.providers()).containsExactly(ReportModule.class.getName());
    });
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.github.workreport.json");
  }

  @Test
  void theServiceFileNamesTheModuleForTheClassPath() throws IOException {
    try (InputStream in = ReportModule.class.getResourceAsStream(
        "/META-INF/services/tools.jackson.databind.JacksonModule")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(ReportModule.class.getName());
    }
  }

  @Test
  void aMapperReadsAndWritesTheFormat() {
    String json = MAPPER.writeValueAsString(Fixtures.richReport());
    assertThat(json).isEqualTo(ReportJson.toJson(Fixtures.richReport(), ReportJsonFeature.COMPACT_OUTPUT));
    assertThat(MAPPER.readValue(ReportJson.toJson(Fixtures.richReport()), Report.class))
        .isEqualTo(Fixtures.richReport());
  }

  @Test
  void jackson3DefaultsDoNotLoosenOrReorderTheFormat() {
    // Jackson 3 does not fail on unknown properties and sorts properties alphabetically by
    // default; the format is strict and ordered whatever the mapper says.
    JsonMapper loose = JsonMapper.builder().findAndAddModules()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .build();
    String json = loose.writeValueAsString(Fixtures.richReport());
    assertThat(json).startsWith("{\"format\":\"workreport/1\",\"title\":");
    String unknown = json.replace("\"title\":", "\"colour\":\"red\",\"title\":");
    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> loose.readValue(unknown, Report.class));
    assertThat(e.getMessage()).startsWith("<json>: $.colour (line 1, column 26): unknown field \"colour\" in a report");
  }

  @Test
  void aLenientModuleSkipsUnknownFields() {
    JsonMapper lenient = JsonMapper.builder().addModule(new ReportModule(ReportJsonFeature.ALLOW_UNKNOWN_FIELDS)).build();
    String json = ReportJson.toJson(Fixtures.richReport()).replace("\"title\":", "\"colour\": [1, {}], \"title\":");
    assertThat(lenient.readValue(json, Report.class)).isEqualTo(Fixtures.richReport());
    assertThat(new ReportModule(ReportJsonFeature.ALLOW_UNKNOWN_FIELDS).allowsUnknownFields()).isTrue();
    assertThat(new ReportModule().allowsUnknownFields()).isFalse();
  }

  @Test
  void aModuleAddedAfterFindAndAddModulesReplacesTheDiscoveredOne() {
    JsonMapper lenient = JsonMapper.builder().findAndAddModules()
        .addModule(new ReportModule(ReportJsonFeature.ALLOW_UNKNOWN_FIELDS)).build();
    String json = ReportJson.toJson(Fixtures.richReport()).replace("\"title\":", "\"colour\": 1, \"title\":");
    assertThat(lenient.readValue(json, Report.class)).isEqualTo(Fixtures.richReport());
    assertThat(lenient.registeredModules()).filteredOn(m -> m instanceof ReportModule).hasSize(1);
  }

  @Test
  void thePartsOfAReportHaveTheirJsonFormsToo() {
    Task task = Fixtures.richTasks().get(5);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(task), Task.class)).isEqualTo(task);
    Target target = task.targets().get(2);
    assertThat(MAPPER.writeValueAsString(target)).isEqualTo("{\"text\":\"社会对外开放公厕3座\",\"metric\":\"社会对外开放公厕\","
        + "\"kind\":\"COUNT\",\"comparator\":\"EXACTLY\",\"value\":3,\"unit\":\"座\",\"firm\":false,\"span\":[20,30]}");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(target), Target.class)).isEqualTo(target);
    assertThat(MAPPER.writeValueAsString(Period.fullYear(2020))).isEqualTo("\"2020-12\"");
    assertThat(MAPPER.readValue("\"2021-04\"", Deadline.class)).isEqualTo(Deadline.of(YearMonth.of(2021, 4)));
    Section section = Fixtures.header().build().sections().get(0);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(section), Section.class)).isEqualTo(section);
    Finding finding = Finding.of(FindingKind.COUNT_MISMATCH, "已完成：标题申报98项，实列96项");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(finding), Finding.class)).isEqualTo(finding);
  }

  @Test
  void listsOfPartsWorkThroughTheMapper() {
    List<Section> sections = Fixtures.header().build().sections();
    String json = MAPPER.writeValueAsString(sections);
    List<Section> read = MAPPER.readValue(json,
        MAPPER.getTypeFactory().constructCollectionType(List.class, Section.class));
    assertThat(read).isEqualTo(sections);
  }

  @Test
  void errorsFromTheMapperAreReadExceptionsWithPaths() {
    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> MAPPER.readValue("{\"heading\": \"已完成\", \"declaredStatus\": \"DONE\"}", Section.class));
    assertThat(e.getMessage()).isEqualTo("<json>: $.declaredStatus (line 1, column 38): "
        + "expected one of EXCEEDED, MET, BASICALLY_MET, ONGOING, NOT_MET, UNDETERMINED, found \"DONE\"");
  }

  @Test
  void anErrorInAFileReadByTheMapperNamesTheFileWhenTheMapperMayTell(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.json");
    Files.writeString(file, "{\"format\": \"workreport/1\", \"year\": \"2020\"}");
    String reason = ": $.year (line 1, column 36): expected an integer, found a string (\"2020\")";

    // Jackson 3 keeps the source out of locations unless asked to.
    JsonReadException hidden = catchThrowableOfType(JsonReadException.class,
        () -> MAPPER.readValue(file.toFile(), Report.class));
    assertThat(hidden.getMessage()).isEqualTo("<json>" + reason);

    JsonMapper telling = JsonMapper.builder().findAndAddModules()
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    JsonReadException named = catchThrowableOfType(JsonReadException.class,
        () -> telling.readValue(file.toFile(), Report.class));
    assertThat(named.getMessage()).isEqualTo(file + reason);
  }

  /** A bean of the caller's, holding a report. */
  record Holder(Report report) {}

  @Test
  void aReportInsideAnotherBeanKeepsItsPathAndTheMapperWrapsTheError() {
    Holder holder = new Holder(Fixtures.richReport());
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(holder), Holder.class)).isEqualTo(holder);

    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> MAPPER.readValue("{\"report\": {\"format\": \"workreport/0\"}}", Holder.class));
    assertThat(e.getCause()).isInstanceOf(JsonReadException.class);
    assertThat(((JsonReadException) e.getCause()).path()).isEqualTo("$.report.format");
  }

  @Test
  void trailingContentIsRefusedByTheMapper() {
    String json = MAPPER.writeValueAsString(Fixtures.richReport()) + " {}";
    assertThatThrownBy(() -> MAPPER.readValue(json, Report.class)).isInstanceOf(DatabindException.class)
        .hasMessageContaining("Trailing token");
  }

  @Test
  void theSectionStatusesOfTheFixtureAreTheDeclaredOnes() {
    assertThat(Fixtures.header().build().sections()).extracting(Section::declaredStatus)
        .containsExactly(Status.MET, Status.ONGOING);
  }
}
