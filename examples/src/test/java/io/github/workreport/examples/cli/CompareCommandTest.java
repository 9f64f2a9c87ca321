package io.github.workreport.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.examples.WorkReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code workreport compare}: two reports in any formats, text and JSON. */
class CompareCommandTest {
  @TempDir
  static Path dir;
  private static Path halfYear;
  private static Path yearEndXlsx;

  /**
   * The bundled report's half year as a text table: 上半年 in the title, the GDP and investment
   * growth lower, the public toilets fewer; and the year end as a workbook.
   */
  @BeforeAll
  static void files() throws IOException {
    String seed;
    try (InputStream in = WorkReports.class.getResourceAsStream("baqiao-2020.txt")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String h1 = seed.replace("工作任务分解表", "工作任务分解表上半年落实情况")
        .replace("增长 8.5%，速度高于全市 3.3 个百分点", "增长 5.1%，速度高于全市 1.1 个百分点")
        .replace("我区固定资产投资同比增长 9.2%", "我区固定资产投资同比增长 4.2%");
    assertThat(h1).isNotEqualTo(seed);
    halfYear = dir.resolve("baqiao-2020-h1.txt");
    Files.writeString(halfYear, h1);
    yearEndXlsx = dir.resolve("baqiao-2020.xlsx");
    WorkReports.write(WorkReports.bundledUnclassified(), yearEndXlsx);
  }

  private static Path resource(String name) throws IOException {
    Path file = dir.resolve(name);
    if (!Files.exists(file)) {
      try (InputStream in = CompareCommandTest.class.getResourceAsStream("/dev/" + name)) {
        Files.write(file, in.readAllBytes());
      }
    }
    return file;
  }

  @Test
  void aHalfYearTableAgainstTheYearEndWorkbookPrintsWhatMoved() {
    MainTest.Run run = MainTest.run("compare", halfYear.toString(), yearEndXlsx.toString());
    assertThat(run.err).isEmpty();
    assertThat(run.status).isZero();
    List<String> lines = run.out.lines().collect(Collectors.toList());
    assertThat(lines.get(0)).isEqualTo("What moved: 灞桥区 2020-06 (上半年) → 灞桥区 2020-12 (全年)");
    assertThat(run.out).contains("107 tasks paired, ").contains(" · 0 left out · 0 new");
    String gdp = lines.stream().filter(l -> l.strip().startsWith("已完成 4 ")).findFirst().orElseThrow();
    assertThat(gdp).contains("区发改委").contains("持续推进 → 超额完成").contains("申报得到数值支持")
        .contains("5.1% → 8.5% (+3.4个百分点)");
    String investment = lines.stream().filter(l -> l.strip().startsWith("已完成 2 ")).findFirst().orElseThrow();
    assertThat(investment).contains("4.2% → 9.2% (+5个百分点)");
    assertThat(lines).contains("Status changes");
    assertThat(run.out).contains("Left out of the later report  0").contains("New in the later report  0");
  }

  @Test
  void theSameReportAsTextAndAsAnXlsWorkbookPairsEveryTaskAndNothingMoves() throws IOException {
    MainTest.Run run = MainTest.run("compare", resource("03_zhaoqing-2020-minsheng.txt").toString(),
        resource("03_zhaoqing-2020-minsheng-sheet.xls").toString());
    assertThat(run.err).isEmpty();
    assertThat(run.status).isZero();
    assertThat(run.out).contains("4 tasks paired, 0 moved · 0 left out · 0 new")
        .contains("none: every paired task kept its status");
  }

  @Test
  void jsonIsTheComparisonDocument() throws IOException {
    MainTest.Run run = MainTest.run("compare", halfYear.toString(), yearEndXlsx.toString(), "--format", "json");
    assertThat(run.status).isZero();
    JsonNode doc = JsonMapper.builder().build().readTree(run.out);
    assertThat(doc.get("format").asString()).isEqualTo("workreport-comparison/1");
    assertThat(doc.get("counts").get("paired").asInt()).isEqualTo(107);
    Path file = dir.resolve("moved.json");
    assertThat(MainTest.run("compare", halfYear.toString(), yearEndXlsx.toString(), "-o", file.toString()).status).isZero();
    assertThat(Files.readString(file)).isEqualTo(run.out);
  }

  @Test
  void textToAFileHasNoColour() throws IOException {
    Path file = dir.resolve("moved.txt");
    MainTest.Run run = MainTest.run(Map.of(), true, "", "compare", halfYear.toString(), yearEndXlsx.toString(),
        "--output", file.toString());
    assertThat(run.status).isZero();
    assertThat(Files.readString(file)).startsWith("What moved: ").doesNotContain("\u001B");
  }

  @Test
  void reportsOfTwoPlacesAreSaidToBeSo() throws IOException {
    MainTest.Run run = MainTest.run("compare", resource("03_zhaoqing-2020-minsheng.txt").toString(), halfYear.toString());
    assertThat(run.status).isZero();
    assertThat(run.out).contains("note: the reports concern different places (肇庆市, 灞桥区)");
  }

  @Test
  void badInputsAndUsage() {
    assertThat(MainTest.run("compare", halfYear.toString()).status).isEqualTo(Main.USAGE);
    assertThat(MainTest.run("compare", "-", "-").status).isEqualTo(Main.USAGE);
    assertThat(MainTest.run("compare", halfYear.toString(), halfYear.toString(), "--format", "xlsx").status)
        .isEqualTo(Main.USAGE);
    MainTest.Run missing = MainTest.run("compare", halfYear.toString(), dir.resolve("nope.txt").toString());
    assertThat(missing.status).isEqualTo(Main.BAD_INPUT);
    assertThat(missing.errLines()).hasSize(1);
    assertThat(missing.err).contains("nope.txt");
  }
}
