package io.github.workreport.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grid every document reader hands over, laid out as Word and web pages merge it. */
class TableDocumentTest {

  private static TableDocument.Cell c(String text) {
    return new TableDocument.Cell(text, false);
  }

  private static TableDocument.Cell merged() {
    return new TableDocument.Cell("", true);
  }

  private static List<TableDocument.Cell> row(TableDocument.Cell... cells) {
    return List.of(cells);
  }

  @Test
  void mergedCellsCarryDownAndAMergedNumberJoinsItsSubRows() {
    TableDocument document = new TableDocument("t.docx");
    document.line("某区2021年重点工作任务落实情况", "paragraph 1");
    List<List<TableDocument.Cell>> rows = new ArrayList<>();
    rows.add(row(c("序号"), c("主要任务"), c("责任单位"), c("完成情况")));
    rows.add(row(c("已完成（2项）"), c(""), c(""), c("")));
    rows.add(row(c("1"), c("新建公厕15座"), c("区城管局"), c("新建公厕16座")));
    rows.add(row(merged(), c("提升改造公厕22座"), merged(), c("提升改造22座")));
    rows.add(row(c("2"), c("新增绿化20万平方米"), merged(), c("新增绿化23.41万平方米")));
    rows.add(row(c("序号"), c("主要任务"), c("责任单位"), c("完成情况")));
    rows.add(row(c("3"), c("建设口袋公园4处"), c("区住建局\n区城管局"), c("建成5处")));
    assertThat(document.table(rows, "table 1")).isTrue();
    Report report = document.toReport();

    assertThat(report.title()).isEqualTo("某区2021年重点工作任务落实情况");
    assertThat(report.sections()).extracting(s -> s.name()).containsExactly("已完成");
    List<Task> tasks = report.tasks();
    assertThat(tasks).extracting(Task::number).containsExactly(1, 2, 3);
    // the sub-row of task 1 joins its cells with a sentence end
    assertThat(tasks.get(0).text()).isEqualTo("新建公厕15座；提升改造公厕22座");
    assertThat(tasks.get(0).outcome().narrative()).isEqualTo("新建公厕16座；提升改造22座");
    assertThat(tasks.get(0).targets()).hasSize(2);
    // a lead unit merged over the next task belongs to it too
    assertThat(tasks.get(1).responsibleUnits()).containsExactly("区城管局");
    // the repeated header is no task; a cell's lines are separate units
    assertThat(tasks.get(2).responsibleUnits()).containsExactly("区住建局", "区城管局");
  }

  @Test
  void aCellInQuoteMarksReadsBackWithThem() {
    TableDocument document = new TableDocument("t.docx");
    document.line("某区2021年重点工作任务落实情况", "paragraph 1");
    List<List<TableDocument.Cell>> rows = new ArrayList<>();
    rows.add(row(c("序号"), c("主要任务"), c("责任单位"), c("完成情况")));
    rows.add(row(c("1"), c("\"放管服\""), c("区政务中心"), c("\"一网通办\"已上线")));
    rows.add(row(c("2"), c("\"十四五\"规划编制"), c("区发改委"), c("已完成。")));
    assertThat(document.table(rows, "table 1")).isTrue();
    List<Task> tasks = document.toReport().tasks();
    assertThat(tasks).extracting(Task::text).containsExactly("\"放管服\"", "\"十四五\"规划编制");
    assertThat(tasks.get(0).outcome().narrative()).isEqualTo("\"一网通办\"已上线");
  }

  @Test
  void aTableWithoutHeaderIsNoTaskTableUnlessItGoesOnWithOne() {
    TableDocument signature = new TableDocument("t.docx");
    signature.table(List.of(row(c("1"), c("批准人")), row(c("2"), c("日期"))), "table 1");
    ReportReadException e = assertThrows(ReportReadException.class, signature::toReport);
    assertThat(e.source()).isEqualTo("t.docx");
    assertThat(e.reason()).contains("no task table");

    TableDocument continued = new TableDocument("t.docx");
    continued.table(List.of(row(c("序号"), c("主要任务"), c("责任单位"), c("完成情况")),
        row(c("1"), c("新建公厕15座"), c("区城管局"), c("新建16座"))), "table 1");
    continued.table(List.of(row(c("2"), c("新增绿化20万平方米"), c("区城管局"), c("新增23万平方米"))), "table 2");
    assertThat(continued.toReport().tasks()).extracting(Task::number).containsExactly(1, 2);
  }

  @Test
  void aWebPageTableOfIndicatorsGivesEachTargetAndAchievementWithItsUnit() {
    String html = "<html><head><meta charset=\"utf-8\"></head><body><p>2015年某市计划主要指标完成情况</p><table>"
        + "<tr><td>序号</td><td>指标名称</td><td>单位</td><td>年度目标</td><td>目标增速(%)</td><td>实绩</td><td>增速(%)</td></tr>"
        + "<tr><td>1</td><td>全市生产总值</td><td>亿元</td><td>4620</td><td>7以上</td><td>4619.8</td><td>8.3</td></tr>"
        + "</table></body></html>";
    Report report = DocumentReader.standard().read(
        new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "t.html");
    assertThat(report.tasks()).extracting(Task::text).containsExactly("全市生产总值4620亿元，增速7%以上");
    assertThat(report.tasks().get(0).outcome().narrative()).isEqualTo("实绩4619.8亿元\n增速8.3%");
    assertThat(report.tasks().get(0).targets()).hasSize(2);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"indicators.html", "indicators.docx", "indicators.pdf", "indicators-rows.pdf"})
  void aTableOfIndicatorsReadsAsItsTargetsAndAchievementsWhateverItIsSavedAs(String name) throws java.io.IOException {
    Report report;
    try (java.io.InputStream in = TableDocumentTest.class.getResourceAsStream("fixtures/" + name)) {
      report = io.github.workreport.rules.Classifier.standard().classify(DocumentReader.standard().read(in, name));
    }
    assertThat(report.tasks()).extracting(t -> t.text().replace(" ", ""))
        .containsExactly("全市生产总值4620亿元，增速7%以上", "一般公共预算收入397亿元，增速7%以上", "进出口总额218亿美元，增速4.9%",
            "城镇登记失业率3.5%以内");
    assertThat(report.tasks()).extracting(t -> t.leadUnit().orElse(""))
        .containsExactly("市发改委", "市财政局", "市商务局", "市人社局");
    // 年度目标 and 目标增速(%) are targets with the unit of 单位; 实绩 and 增速(%) the narrative under their headers
    assertThat(report.tasks()).flatExtracting(t -> t.targets()).extracting(
        t -> t.metric() + " " + t.bound() + " " + t.quantity().value().toPlainString() + t.quantity().unit())
        .containsExactly("生产总值 EXACTLY 4620亿元", "生产总值 AT_LEAST 7%", "一般公共预算收入 EXACTLY 397亿元",
            "一般公共预算收入 AT_LEAST 7%", "进出口总额 EXACTLY 218亿美元", "进出口总额 EXACTLY 4.9%", "城镇登记失业率 AT_MOST 3.5%");
    assertThat(report.tasks()).flatExtracting(t -> t.outcome().measures()).extracting(
        m -> m.quantity().value().toPlainString() + m.quantity().unit())
        .containsExactly("4619.8亿元", "8.3%", "403.1亿元", "7%", "194.8亿美元", "-6.3%", "2.9%");
    assertThat(report.tasks()).extracting(t -> t.outcome().narrative().replace(" ", ""))
        .containsExactly("实绩4619.8亿元\n增速8.3%", "实绩403.1亿元\n增速7%", "实绩194.8亿美元\n增速-6.3%", "实绩2.9%");
    // 4619.8 of 4620 is within the band; 194.8 of 218 is not, and -6.3 % is far below 4.9 %.
    assertThat(report.tasks()).extracting(Task::status).containsExactly(io.github.workreport.Status.BASICALLY_MET,
        io.github.workreport.Status.MET, io.github.workreport.Status.NOT_MET, io.github.workreport.Status.MET);
  }

  /**
   * Narrow columns in a PDF: header cells wrapped and centred (目标增速 / (%) above and below the
   * line of 序号 · 指标名称), body cells wrapped, a unit merged over two tasks, a 序号 merged over a
   * task's two sub-rows. The PDF reads as the page LibreOffice made it from.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"indicators-narrow", "merged-cells"})
  void aPdfWithWrappedAndMergedCellsInNarrowColumnsReadsAsThePageItWasMadeFrom(String name) throws java.io.IOException {
    Report pdf = readFixture(name + ".pdf");
    assertThat(reading(pdf)).isEqualTo(reading(readFixture(name + ".html")));
    if (name.equals("merged-cells")) {
      assertThat(pdf.tasks()).extracting(t -> t.text().replace(" ", ""))
          .containsExactly("新建公厕15座；提升改造公厕22座", "新增绿化20万平方米", "建设口袋公园4处");
      assertThat(pdf.tasks()).extracting(Task::responsibleUnits)
          .containsExactly(List.of("区城管局"), List.of("区城管局"), List.of("区住建局", "区城管局"));
    } else {
      assertThat(pdf.tasks()).extracting(Task::responsibleUnits).containsExactly(List.of("市发改委", "市统计局", "市财政局"),
          List.of("市发改委", "市统计局", "市财政局"), List.of("市商务局", "市外办"), List.of("市人社局"));
      assertThat(pdf.tasks()).extracting(t -> t.targets().size()).containsExactly(2, 2, 2, 1);
    }
  }

  private static Report readFixture(String name) throws java.io.IOException {
    try (java.io.InputStream in = TableDocumentTest.class.getResourceAsStream("fixtures/" + name)) {
      return io.github.workreport.rules.Classifier.standard().classify(DocumentReader.standard().read(in, name));
    }
  }

  /** What a report says of each task, white space aside (a PDF sets a space between 公厕 and 22座). */
  private static List<String> reading(Report report) {
    List<String> out = new ArrayList<>();
    for (Task t : report.tasks()) {
      out.add(t.number() + " | " + t.text().replace(" ", "") + " | " + t.responsibleUnits() + " | "
          + t.outcome().narrative().replace(" ", "") + " | " + t.targets().size() + " targets | "
          + t.outcome().measures().size() + " measures | " + t.status());
    }
    return out;
  }

  @Test
  void cleaningJoinsACellsLinesAsWritten() {
    assertThat(TableDocument.clean("新建公厕\n15座")).isEqualTo("新建公厕15座");
    assertThat(TableDocument.clean("GDP\ngrowth")).isEqualTo("GDP growth");
    assertThat(TableDocument.clean("a\tb\u0007")).isEqualTo("a b");
  }
}
