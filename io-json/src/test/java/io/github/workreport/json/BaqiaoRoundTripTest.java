package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Report;
import io.github.workreport.Task;
import io.github.workreport.rules.Classifier;
import io.github.workreport.text.TableText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real document: the Baqiao 2020 table ({@code baqiao-2020.txt}, a byte-for-byte copy of core's
 * test resource), read with {@link TableText}, classified, and taken through JSON. No golden bytes:
 * what the parsers find in the seed is theirs to improve, and a better parse is not a format change;
 * the format is pinned by {@link GoldenFileTest}.
 */
class BaqiaoRoundTripTest {
  private static Report classified;
  private static String json;

  @BeforeAll
  static void readAndClassify() throws IOException {
    try (InputStream in = BaqiaoRoundTripTest.class.getResourceAsStream("baqiao-2020.txt")) {
      classified = Classifier.standard().classify(TableText.read(in, "baqiao-2020.txt"));
    }
    json = ReportJson.toJson(classified);
  }

  @Test
  void theSeedIsReadAndClassifiedWhole() {
    assertThat(classified.tasks()).hasSize(107);
    assertThat(classified.isClassified()).isTrue();
    assertThat(classified.sections()).extracting(s -> s.name() + " " + s.declaredCount().orElse(-1))
        .containsExactly("已完成 98", "持续推进 11");
    assertThat(classified.declaredTotals().total()).contains(107);
  }

  @Test
  void readingTheWrittenSeedGivesTheSameReport() {
    assertThat(ReportJson.read(json)).isEqualTo(classified);
    assertThat(ReportJson.read(json).findings()).isEqualTo(classified.findings());
  }

  @Test
  void writingTheReadSeedGivesTheSameBytes() {
    assertThat(ReportJson.toJson(ReportJson.read(json))).isEqualTo(json);
  }

  @Test
  void streamingTheSeedGivesTheSameTasks() {
    try (TaskStream in = ReportJson.streamTasks(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      List<Task> tasks = in.tasks().collect(Collectors.toList());
      assertThat(in.header()).isEqualTo(classified.withTasks(List.of()));
      assertThat(tasks).isEqualTo(classified.tasks());
    }
  }

  @Test
  void theWrittenSeedIsValidAgainstTheSchema() {
    assertThat(SchemaTest.errors(json)).isEmpty();
  }

  @Test
  void theSeedKeepsItsWords() {
    // Task 89 is split across a page break in the text; the JSON holds it joined, units and all.
    Task task89 = ReportJson.read(json).task("已完成", 89).orElseThrow();
    assertThat(task89.responsibleUnits()).containsExactly("区交通局", "区市场监管局", "区应急管理局", "交警灞桥大队");
    assertThat(json).contains("\"title\": \"《灞桥区 2020 年政府工作报告》工作任务分解表\"",
        "\"jurisdiction\": \"灞桥区\"", "\"period\": \"2020-12\"");
  }

  @Test
  void theReportLevelFindingsAreRecomputedNotStored() {
    // 已完成 98 项 in the heading, 96 in the summary and in the rows: a COUNT_MISMATCH, derived.
    assertThat(json).doesNotContain("COUNT_MISMATCH");
    assertThat(ReportJson.read(json).findings()).extracting(f -> f.kind().name()).contains("COUNT_MISMATCH");
  }
}
