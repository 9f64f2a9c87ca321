package io.github.workreport.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.Report;
import io.github.workreport.Status;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelWriterTest {

  static byte[] written(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExcelWriter.standard().write(report, out);
    return out.toByteArray();
  }

  static Report readBack(byte[] bytes) {
    return ExcelReader.of(ExcelLayout.DEFAULT).read(new ByteArrayInputStream(bytes), "written.xlsx");
  }

  @Test
  void richReportReadsBackEqual() {
    Report rich = Reports.rich();
    assertThat(readBack(written(rich))).isEqualTo(rich);
  }

  /** A report whose one task has a range target (增长6%-6.5%), read from the table text and classified. */
  static Report withRange() {
    String text = "国务院2019年量化指标任务落实情况\n\n主要任务\t责任单位\t完成情况\n"
        + "1. 国内生产总值增长6%-6.5%\t国家统计局\t国内生产总值比上年增长6.1%。\n";
    return io.github.workreport.rules.Classifier.standard().classify(
        io.github.workreport.text.TableText.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "range.txt"));
  }

  @Test
  void aRangeTargetKeepsItsUpperEndThroughAWorkbookAndShowsIt() throws Exception {
    Report range = withRange();
    io.github.workreport.Target target = range.tasks().get(0).targets().get(0);
    assertThat(target.upper()).isPresent();
    assertThat(range.tasks().get(0).status()).isEqualTo(Status.MET);
    byte[] bytes = written(range);
    Report back = readBack(bytes);
    assertThat(back).isEqualTo(range);
    assertThat(back.tasks().get(0).targets().get(0).upper()).isEqualTo(target.upper());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFRow first = wb.getSheet("任务").getRow(2);
      assertThat(first.getCell(4).getStringCellValue()).contains("增长 6%-6.5%").doesNotContain("≥");
      assertThat(first.getCell(10).getStringCellValue()).contains("在目标区间内");
    }
  }

  @Test
  void aRecordWrittenBeforeRangesReadsWithoutAnUpperEnd() {
    String record = Records.VERSION + "\nt\t地区生产总值\tGROWTH\tAT_LEAST\t7.5\t%\t1\t地区生产总值增长7.5%以上\t0-14";
    io.github.workreport.Target target = Records.decode(record).targets.get(0);
    assertThat(target.value()).isEqualByComparingTo("7.5");
    assertThat(target.upper()).isEmpty();
    assertThat(Records.decode(record + "\t8").targets.get(0).upper())
        .contains(io.github.workreport.Quantity.parse("8%"));
    assertThatThrownBy(() -> Records.decode(record + "\t7.5")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aShareOfTheTaskAndCountsOfHousingTravelInTheRecordAndOlderRecordsReadWithout() {
    io.github.workreport.Target share = io.github.workreport.Target.builder().metric("a").kind(io.github.workreport.Kind.LEVEL)
        .bound(io.github.workreport.Bound.EXACTLY).quantity(io.github.workreport.Quantity.parse("95%"))
        .shareOf(io.github.workreport.Whole.TASK).build();
    io.github.workreport.Target dwellings = io.github.workreport.Target.builder().metric("b")
        .kind(io.github.workreport.Kind.COUNT).bound(io.github.workreport.Bound.EXACTLY)
        .quantity(io.github.workreport.Quantity.parse("1000套")).housing(true).build();
    io.github.workreport.Measure households = io.github.workreport.Measure.of("b", io.github.workreport.Kind.COUNT,
        io.github.workreport.Quantity.parse("1050户")).withHousing(true);
    io.github.workreport.Task task = io.github.workreport.Task.builder().number(1).text("x").addTargets(share, dwellings)
        .outcome(io.github.workreport.Outcome.builder().addMeasure(households).build()).build();
    String record = Records.encode(task, "", "");
    Records.Decoded read = Records.decode(record);
    assertThat(read.targets).containsExactly(share, dwellings);
    assertThat(read.measures).containsExactly(households);
    // a record of the same task written before the two fields: neither is set
    // a target's and a measure's line as written before: its first ten fields (the tag and nine)
    String older = java.util.Arrays.stream(record.split("\n", -1))
        .map(line -> line.startsWith("t\t") || line.startsWith("m\t")
            ? String.join("\t", java.util.Arrays.copyOf(line.split("\t", -1), 10)) : line)
        .collect(java.util.stream.Collectors.joining("\n"));
    assertThat(older).isNotEqualTo(record).doesNotContain("TASK");
    assertThat(Records.decode(older).targets).noneMatch(t -> t.housing() || t.shareOf().isPresent());
    assertThat(Records.decode(older).measures).noneMatch(io.github.workreport.Measure::housing);
  }

  @Test
  void emptyReportReadsBackEqual() {
    Report empty = Report.builder().build();
    assertThat(readBack(written(empty))).isEqualTo(empty);
  }

  @Test
  void taskSheetIsStyledForPeople() throws Exception {
    try (InputStream in = new ByteArrayInputStream(written(Reports.rich()));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetName(0)).isEqualTo("任务");
      assertThat(wb.getSheetName(1)).isEqualTo("汇总");
      assertThat(wb.isSheetVeryHidden(2)).isTrue();
      XSSFSheet tasks = wb.getSheet("任务");
      XSSFRow header = tasks.getRow(1);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("序号");
      assertThat(header.getCell(9).getStringCellValue()).isEqualTo("发现");
      assertThat(tasks.getPaneInformation().isFreezePane()).isTrue();
      assertThat(tasks.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(tasks.getCTWorksheet().isSetAutoFilter()).isTrue();
      assertThat(tasks.isColumnHidden(12)).isTrue();
      assertThat(tasks.isColumnHidden(3)).isFalse();
      XSSFRow first = tasks.getRow(2);
      XSSFCell status = first.getCell(7);
      assertThat(status.getStringCellValue()).isEqualTo(Status.BASICALLY_MET.label());
      assertThat(status.getCellStyle().getFillForegroundXSSFColor().getARGBHex())
          .endsWith(StatusPalette.hex(Status.BASICALLY_MET).substring(1));
      assertThat(first.getCell(1).getCellStyle().getWrapText()).isTrue();
    }
  }

  @Test
  void textStartingWithFormulaCharactersStaysText() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(written(Reports.rich())))) {
      XSSFSheet tasks = wb.getSheet("任务");
      for (int r = 2; r <= tasks.getLastRowNum(); r++) {
        for (org.apache.poi.ss.usermodel.Cell c : tasks.getRow(r)) {
          assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
        }
      }
      XSSFCell narrative = tasks.getRow(2).getCell(3);
      assertThat(narrative.getStringCellValue()).startsWith("=SUM(A1)");
      assertThat(narrative.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(tasks.getRow(3).getCell(1).getStringCellValue()).isEqualTo("+深化“放管服”改革");
      assertThat(tasks.getRow(3).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(tasks.getRow(4).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void summaryCountsStatusesAndUnitsAndHasAChart() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(written(Reports.rich())))) {
      XSSFSheet summary = wb.getSheet("汇总");
      assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(1);
      assertThat(summary.getDrawingPatriarch().getCharts().get(0).getTitleText().getString()).isEqualTo("评估状态分布");
      int basically = -1;
      for (int r = 0; r <= summary.getLastRowNum(); r++) {
        XSSFRow row = summary.getRow(r);
        if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
            && row.getCell(0).getStringCellValue().equals(Status.BASICALLY_MET.label()) && basically < 0) {
          basically = r;
        }
      }
      assertThat(summary.getRow(basically).getCell(1).getNumericCellValue()).isEqualTo(1.0);
      boolean unitListed = false;
      for (int r = 0; r <= summary.getLastRowNum(); r++) {
        XSSFRow row = summary.getRow(r);
        if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
            && row.getCell(0).getStringCellValue().equals("区行政审批服务局")) {
          unitListed = true;
          assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1.0);
        }
      }
      assertThat(unitListed).isTrue();
    }
  }

  @Test
  void readingEverySheetOfAWrittenWorkbookGivesTheTaskSheetOnly() {
    java.util.Map<String, Report> all = ExcelReader.of(ExcelLayout.DEFAULT)
        .readAll(new ByteArrayInputStream(written(Reports.rich())), "written.xlsx");
    assertThat(all.keySet()).containsExactly("任务");
    assertThat(all.get("任务")).isEqualTo(Reports.rich());
  }

  @Test
  void aRowEditedByHandIsReadAsThePersonLeftIt() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(written(Reports.rich())));
    XSSFRow row = wb.getSheet("任务").getRow(4); // 持续推进 1, declared ongoing, no narrative
    row.createCell(3).setCellValue("年内已全部完成。");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    wb.close();
    Report back = readBack(out.toByteArray());
    io.github.workreport.Task edited = back.tasks().get(2);
    assertThat(edited.outcome().narrative()).isEqualTo("年内已全部完成。");
    assertThat(edited.section()).contains("持续推进");
    assertThat(edited.outcome().declaredStatus()).isEqualTo(Status.ONGOING);
    assertThat(edited.assessment()).isEmpty();
    assertThat(back.tasks().get(0)).as("rows left alone keep their record").isEqualTo(Reports.rich().tasks().get(0));
  }

  @Test
  void writesToAFile(@TempDir Path dir) {
    Path file = dir.resolve("评估.xlsx");
    ExcelWriter.standard().write(Reports.rich(), file);
    assertThat(ExcelReader.of(ExcelLayout.DEFAULT).read(file)).isEqualTo(Reports.rich());
    assertThat(file).exists();
    assertThat(Files.isRegularFile(file)).isTrue();
  }

  /** Every cell of a sheet as text, row by row. */
  private static String cells(byte[] workbook, String sheet) throws Exception {
    StringBuilder out = new StringBuilder();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      XSSFSheet s = wb.getSheet(sheet);
      for (int r = 0; r <= s.getLastRowNum(); r++) {
        XSSFRow row = s.getRow(r);
        out.append(r).append(':');
        if (row != null) {
          row.forEach(c -> out.append(c.toString()).append('|'));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  @Test
  void writingTaskByTaskGivesTheWorkbookWritingTheReportGives() throws Exception {
    Report report = Reports.rich();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // Sections and totals known only at the end, as a streaming reader learns them.
    Report early = report.withTasks(java.util.List.of()).withSections(java.util.List.of());
    try (ExcelTaskWriter sink = ExcelWriter.standard().open(early, out)) {
      report.tasks().forEach(sink::write);
      assertThat(sink.written()).isEqualTo(report.tasks().size());
      assertThat(out.size()).isZero();
      sink.header(report.withTasks(java.util.List.of())).finish();
    }
    byte[] streamed = out.toByteArray();
    byte[] whole = written(report);
    assertThat(readBack(streamed)).isEqualTo(report);
    assertThat(cells(streamed, "汇总")).isEqualTo(cells(whole, "汇总")).contains("申报数不符");
    assertThat(cells(streamed, "任务")).isEqualTo(cells(whole, "任务"));
  }

  @Test
  void aWriterClosedWithoutFinishingWritesNothing() {
    Report report = Reports.rich();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> {
      try (ExcelTaskWriter sink = ExcelWriter.standard().open(report.withTasks(java.util.List.of()), out)) {
        sink.write(report.tasks().get(0));
        throw new IllegalStateException("the reader failed part-way");
      }
    }).hasMessage("the reader failed part-way");
    assertThat(out.size()).as("a workbook of fewer tasks must never reach the stream").isZero();
  }
}
