package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.workreport.Report;
import io.github.workreport.Task;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** {@code read(write(r)).equals(r)} for generated reports, through every way in and out. */
class RoundTripPropertyTest {
  private static final int EXAMPLES = 400;

  @Test
  void readingWhatWasWrittenGivesTheSameReport() {
    qt().withExamples(EXAMPLES).forAll(ReportGen.reports())
        .checkAssert(report -> assertThat(ReportJson.read(ReportJson.toJson(report))).isEqualTo(report));
  }

  @Test
  void compactOutputReadsBackTheSameReport() {
    qt().withExamples(EXAMPLES).forAll(ReportGen.reports()).checkAssert(report -> {
      String json = ReportJson.toJson(report, ReportJsonFeature.COMPACT_OUTPUT);
      assertThat(json).doesNotContain("\n");
      assertThat(ReportJson.read(json)).isEqualTo(report);
    });
  }

  @Test
  void writingIsStableAcrossARoundTrip() {
    qt().withExamples(EXAMPLES).forAll(ReportGen.reports()).checkAssert(report -> {
      String json = ReportJson.toJson(report);
      assertThat(ReportJson.toJson(ReportJson.read(json))).isEqualTo(json);
    });
  }

  @Test
  void streamingGivesTheSameHeaderAndTasks() {
    qt().withExamples(EXAMPLES).forAll(ReportGen.reports()).checkAssert(report -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (TaskWriter writer = ReportJson.taskWriter(report.withTasks(List.of()), out)) {
        report.tasks().forEach(writer::write);
      }
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ReportJson.toJson(report));

      try (TaskStream in = ReportJson.streamTasks(new ByteArrayInputStream(out.toByteArray()))) {
        assertThat(in.header()).isEqualTo(report.withTasks(List.of()));
        List<Task> tasks = in.tasks().collect(Collectors.toList());
        assertThat(tasks).isEqualTo(report.tasks());
        assertThat(in.isComplete()).isTrue();
      }
    });
  }

  @Test
  void aJacksonMapperWithTheModuleReadsAndWritesTheSameDocuments() {
    JsonMapper mapper = JsonMapper.builder().addModule(new ReportModule()).build();
    qt().withExamples(EXAMPLES).forAll(ReportGen.reports()).checkAssert(report -> {
      // As bytes the documents are identical; as a Java String the mapper keeps an unpaired
      // surrogate as the char itself where UTF-8 output must escape it, so compare bytes.
      byte[] bytes = mapper.writeValueAsBytes(report);
      assertThat(new String(bytes, StandardCharsets.UTF_8))
          .isEqualTo(ReportJson.toJson(report, ReportJsonFeature.COMPACT_OUTPUT));
      assertThat(mapper.readValue(bytes, Report.class)).isEqualTo(report);
      assertThat(mapper.readValue(mapper.writeValueAsString(report), Report.class)).isEqualTo(report);
    });
  }
}
