package io.github.workreport.excel;

import io.github.workreport.Assessment;
import io.github.workreport.Finding;
import io.github.workreport.FindingKind;
import io.github.workreport.Report;
import io.github.workreport.Status;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link Report} as an .xlsx workbook people want to open: a {@code 任务} sheet with one
 * row per task (序号, 主要任务, 责任单位, 完成情况, 目标, 实际, 完成率, 评估, 申报, 发现, 说明, 类别),
 * a frozen header, filters, wrapped text and a fill colour per status from {@link StatusPalette};
 * and a {@code 汇总} sheet with counts by status and by lead unit, the findings and a chart of the
 * status distribution.
 *
 * <pre>{@code
 * ExcelWriter.standard().write(Classifier.standard().classify(report), Path.of("评估.xlsx"));
 * }</pre>
 *
 * <p>Rows stream through POI's SXSSF, so a report of any size is written in bounded memory; {@link
 * #open} writes tasks one at a time without a {@link Report} that holds them all. Cell
 * text is always text: a narrative starting with {@code =}, {@code +}, {@code -} or {@code @}
 * never becomes a formula. A hidden column and a very hidden sheet carry what the visible cells
 * cannot (sections, units as a list, targets, measures, assessments exactly), so that {@link
 * ExcelReader} reads the workbook back as the report written; a row edited by hand is read as the
 * person left it. This class is immutable and thread-safe.
 */
public final class ExcelWriter {
  /** The task sheet's name. */
  public static final String TASK_SHEET = "任务";
  /** The summary sheet's name. */
  public static final String SUMMARY_SHEET = "汇总";

  static final String[] HEADERS = {"序号", "主要任务", "责任单位", "完成情况", "目标", "实际", "完成率", "评估", "申报",
      "发现", "说明", "类别"};
  private static final int[] WIDTHS = {6, 48, 18, 60, 28, 28, 9, 10, 10, 36, 40, 10};
  private static final int NUMBER = 0;
  private static final int TEXT = 1;
  private static final int NARRATIVE = 3;
  private static final int MACHINE = HEADERS.length;
  private static final int WINDOW = 200;

  private static final ExcelWriter STANDARD = new ExcelWriter();

  private ExcelWriter() {}

  /** The writer. @return the writer */
  public static ExcelWriter standard() {
    return STANDARD;
  }

  /**
   * Writes {@code report} to {@code file}, replacing it.
   *
   * @param report the report, classified or not
   * @param file the .xlsx file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Report report, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code report} to a stream, which is not closed.
   *
   * @param report the report, classified or not
   * @param out where the .xlsx bytes go
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Report report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    try (ExcelTaskWriter sink = open(report.withTasks(List.of()), out)) {
      report.tasks().forEach(sink::write);
      sink.finish();
    }
  }

  /**
   * Starts a workbook with the title of {@code header} and returns a writer that adds task rows
   * one at a time; {@link ExcelTaskWriter#finish()} writes the {@code 汇总} sheet from what was written (counts by status
   * and by lead unit, the findings, the count checks of {@link Report#findings()}) and the workbook
   * to {@code out}. {@link #write(Report, OutputStream)} goes through the same writer, so both give
   * the same workbook. Memory holds a window of rows and a count per status and lead unit.
   *
   * <pre>{@code
   * try (ExcelTaskWriter sheet = ExcelWriter.standard().open(header, out)) {
   *   tasks.forEach(sheet::write);
   *   sheet.header(sectionsKnownAtTheEnd);   // when the reader learns them late
   *   sheet.finish();                         // without it, close() writes nothing
   * }
   * }</pre>
   *
   * @param header the report's title, year, period, totals and sections; its tasks must be empty
   * @param out where the .xlsx bytes go when the writer finishes; not closed
   * @return the writer
   * @throws IllegalArgumentException if the header has tasks
   */
  public ExcelTaskWriter open(Report header, OutputStream out) {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(out, "out");
    if (!header.tasks().isEmpty()) {
      throw new IllegalArgumentException("the header has " + header.tasks().size()
          + " tasks; write them through the ExcelTaskWriter instead");
    }
    return new ExcelTaskWriter(header, out);
  }

  /** The 任务 sheet as rows are added, and the rest of the workbook at the end. */
  static final class Book {
    private final SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
    private final Styles styles;
    private final SXSSFSheet sheet;
    private final int headerRow;
    private int r;
    private int machineColumns = 1;
    final Map<Status, Integer> assessed = new EnumMap<>(Status.class);
    final Map<Status, Integer> declared = new EnumMap<>(Status.class);
    final Map<String, Map<Status, Integer>> byUnit = new LinkedHashMap<>();
    final Map<FindingKind, Integer> findings = new EnumMap<>(FindingKind.class);
    final io.github.workreport.TaskCounts counts = new io.github.workreport.TaskCounts();

    Book(Report header) {
      try {
        styles = new Styles(wb);
        sheet = wb.createSheet(TASK_SHEET);
        int lastVisible = HEADERS.length - 1;
        if (!header.title().isEmpty()) {
          Row title = sheet.createRow(r++);
          title.setHeightInPoints(28);
          styles.put(title, 0, fit(header.title()).visible, styles.title);
          sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastVisible));
        }
        headerRow = r;
        Row row = sheet.createRow(r++);
        for (int c = 0; c < HEADERS.length; c++) {
          row.createCell(c).setCellValue(HEADERS[c]);
          row.getCell(c).setCellStyle(styles.header);
          sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        row.createCell(MACHINE).setCellValue(Records.HEADER);
        sheet.setColumnHidden(MACHINE, true);
      } catch (RuntimeException e) {
        dispose();
        throw e;
      }
    }

    void write(Task task) {
      Row row = sheet.createRow(r++);
      row.createCell(NUMBER).setCellValue(task.number());
      row.getCell(NUMBER).setCellStyle(styles.center);
      Fit text = fit(task.text());
      Fit narrative = fit(task.outcome().narrative());
      styles.put(row, TEXT, text.visible, styles.text);
      styles.put(row, 2, String.join("、", task.responsibleUnits()), styles.text);
      styles.put(row, NARRATIVE, narrative.visible, styles.text);
      styles.put(row, 4, targets(task.targets()), styles.text);
      styles.put(row, 5, lines(task.outcome().measures()), styles.text);
      task.assessment().ifPresent(a -> writeAssessment(row, a, styles));
      Status declaredStatus = task.outcome().declaredStatus();
      styles.put(row, 8, declaredStatus.label(), styles.status.get(declaredStatus));
      task.section().ifPresent(s -> styles.put(row, 11, s, styles.text));
      StringBuilder record = new StringBuilder(Records.encode(task, text.rest, narrative.rest));
      Records.line(record, "h", Records.digest(task.number(), text.visible, narrative.visible));
      int chunks = writeChunks(row, MACHINE, record.toString(), null);
      for (; machineColumns < chunks; machineColumns++) {
        sheet.setColumnHidden(MACHINE + machineColumns, true);
      }
      assessed.merge(task.status(), 1, Integer::sum);
      declared.merge(declaredStatus, 1, Integer::sum);
      byUnit.computeIfAbsent(task.leadUnit().orElse("（未列单位）"), u -> new EnumMap<>(Status.class))
          .merge(task.status(), 1, Integer::sum);
      task.assessment().ifPresent(a -> a.findings().forEach(f -> findings.merge(f.kind(), 1, Integer::sum)));
      counts.add(task);
    }

    void finish(Report header, OutputStream out) {
      try {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, HEADERS.length - 1));
        XSSFSheet summary = wb.getXSSFWorkbook().createSheet(SUMMARY_SHEET);
        writeSummary(header, this, summary, styles);
        XSSFSheet meta = wb.getXSSFWorkbook().createSheet(Meta.SHEET);
        writeMeta(header, meta);
        wb.setSheetVisibility(wb.getSheetIndex(Meta.SHEET), SheetVisibility.VERY_HIDDEN);
        wb.setActiveSheet(0);
        wb.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        dispose();
      }
    }

    void dispose() {
      try {
        wb.close(); // also deletes SXSSF's temporary files
      } catch (IOException ignored) {
        // nothing left to release
      }
    }
  }

  private static void writeAssessment(Row row, Assessment a, Styles styles) {
    List<BigDecimal> ratios = new ArrayList<>();
    for (TargetAssessment line : a.targets()) {
      line.ratio().ifPresent(ratios::add);
    }
    if (ratios.size() == 1) {
      org.apache.poi.ss.usermodel.Cell cell = row.createCell(6);
      cell.setCellValue(ratios.get(0).doubleValue());
      cell.setCellStyle(styles.percent);
    } else if (!ratios.isEmpty()) {
      StringBuilder out = new StringBuilder();
      for (TargetAssessment line : a.targets()) {
        line.ratio().ifPresent(ratio -> out.append(out.length() == 0 ? "" : "\n").append('#').append(line.targetIndex() + 1)
            .append(' ').append(ratio.movePointRight(2).stripTrailingZeros().toPlainString()).append('%'));
      }
      styles.put(row, 6, out.toString(), styles.text);
    }
    styles.put(row, 7, a.status().label(), styles.status.get(a.status()));
    StringBuilder findings = new StringBuilder();
    for (Finding f : a.findings()) {
      findings.append(findings.length() == 0 ? "" : "\n").append(f.message());
    }
    styles.put(row, 9, fit(findings.toString()).visible, styles.text);
    styles.put(row, 10, fit(a.explanation()).visible, styles.text);
  }

  /** 地区生产总值 增长 ≥7.5%, one per line; a plain number without the = that Target's toString gives it. */
  private static String targets(List<io.github.workreport.Target> targets) {
    StringBuilder out = new StringBuilder();
    for (io.github.workreport.Target t : targets) {
      out.append(out.length() == 0 ? "" : "\n");
      if (!t.metric().isEmpty()) {
        out.append(t.metric()).append(' ');
      }
      if (t.kind().isChange()) {
        out.append(t.kind().word()).append(' ');
      }
      out.append(t.comparatorSymbol()).append(t.formatQuantity());
      if (!t.firm()) {
        out.append("（力争）");
      }
    }
    return fit(out.toString()).visible;
  }

  private static String lines(List<?> items) {
    StringBuilder out = new StringBuilder();
    for (Object item : items) {
      out.append(out.length() == 0 ? "" : "\n").append(item);
    }
    return fit(out.toString()).visible;
  }

  /** Writes a long value across cells from {@code column} on; returns the cells used. */
  private static int writeChunks(Row row, int column, String value, CellStyle style) {
    int used = 0;
    String rest = value;
    do {
      Fit f = fit(rest);
      setText(row, column + used, f.visible, style);
      rest = f.rest;
      used++;
    } while (!rest.isEmpty());
    return used;
  }

  /** Writes text as text, never as a formula; style null for the hidden record. */
  private static void setText(Row row, int column, String text, CellStyle style) {
    if (text.isEmpty()) {
      return;
    }
    org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
    cell.setCellValue(escape(text));
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /** Text that Excel would turn into a formula if a person re-entered the cell. */
  static boolean needsQuote(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@';
  }

  /** A text cut to fit a cell after escaping; the rest goes to the hidden record. */
  private static final class Fit {
    final String visible;
    final String rest;

    Fit(String visible, String rest) {
      this.visible = visible;
      this.rest = rest;
    }
  }

  private static Fit fit(String text) {
    if (text.length() <= Limits.MAX_CELL_CHARS / 7) {
      return new Fit(text, "");
    }
    int length = 0;
    int i = 0;
    while (i < text.length()) {
      int step = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
      int cost = escapedLength(text, i, step);
      if (length + cost > Limits.MAX_CELL_CHARS) {
        break;
      }
      length += cost;
      i += step;
    }
    return new Fit(text.substring(0, i), text.substring(i));
  }

  private static int escapedLength(String text, int i, int step) {
    if (step == 2) {
      return 2;
    }
    char c = text.charAt(i);
    if (mustEncode(c)) {
      return 7;
    }
    return c == '_' && isEscapeAt(text, i) ? 7 : 1;
  }

  private static boolean mustEncode(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
        || Character.isSurrogate(c);
  }

  private static boolean isEscapeAt(String s, int i) {
    if (i + 7 > s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Encodes what XML cannot carry as OOXML's {@code _xHHHH_}, and a literal {@code _xHHHH_} as
   * {@code _x005F_xHHHH_}, as Excel does; SXSSF writes both unchanged, and readers decode them.
   */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      String replacement = null;
      if (!pair && mustEncode(c)) {
        replacement = String.format("_x%04X_", (int) c);
      } else if (c == '_' && isEscapeAt(text, i)) {
        replacement = "_x005F_";
      }
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
          if (pair) {
            out.append(text.charAt(++i));
          }
        }
      } else if (pair) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  // ------------------------------------------------------------------ 汇总

  private static void writeSummary(Report report, Book book, XSSFSheet sheet, Styles styles) {
    int r = 0;
    Row title = sheet.createRow(r++);
    styles.put(title, 0, "汇总" + (report.title().isEmpty() ? "" : "：" + fit(report.title()).visible), styles.title);
    sheet.setColumnWidth(0, 22 * 256);
    for (int c = 1; c < 9; c++) {
      sheet.setColumnWidth(c, 11 * 256);
    }
    Map<Status, Integer> assessed = book.assessed;
    Map<Status, Integer> declared = book.declared;
    Map<String, Map<Status, Integer>> byUnit = book.byUnit;
    Map<FindingKind, Integer> findings = book.findings;
    long tasks = book.counts.total();
    List<Finding> countFindings = book.counts.findings(report);
    r++;
    Row head = sheet.createRow(r++);
    String[] statusHeads = {"评估状态", "评估任务数", "申报任务数", "占比"};
    for (int c = 0; c < statusHeads.length; c++) {
      styles.put(head, c, statusHeads[c], styles.header);
    }
    int firstStatusRow = r;
    long total = Math.max(1, tasks);
    for (Status s : Status.values()) {
      Row row = sheet.createRow(r++);
      styles.put(row, 0, s.label(), styles.status.get(s));
      row.createCell(1).setCellValue(assessed.getOrDefault(s, 0));
      row.createCell(2).setCellValue(declared.getOrDefault(s, 0));
      row.createCell(3).setCellValue(assessed.getOrDefault(s, 0) / (double) total);
      row.getCell(3).setCellStyle(styles.percent);
    }
    int lastStatusRow = r - 1;
    Row sum = sheet.createRow(r++);
    styles.put(sum, 0, "合计", styles.header);
    sum.createCell(1).setCellValue(tasks);
    sum.createCell(2).setCellValue(tasks);

    r++;
    Row unitHead = sheet.createRow(r++);
    styles.put(unitHead, 0, "牵头单位", styles.header);
    styles.put(unitHead, 1, "任务数", styles.header);
    Status[] statuses = Status.values();
    for (int i = 0; i < statuses.length; i++) {
      styles.put(unitHead, 2 + i, statuses[i].label(), styles.status.get(statuses[i]));
    }
    for (Map.Entry<String, Map<Status, Integer>> e : byUnit.entrySet()) {
      Row row = sheet.createRow(r++);
      styles.put(row, 0, fit(e.getKey()).visible, styles.text);
      row.createCell(1).setCellValue(e.getValue().values().stream().mapToInt(Integer::intValue).sum());
      for (int i = 0; i < statuses.length; i++) {
        int n = e.getValue().getOrDefault(statuses[i], 0);
        if (n > 0) {
          row.createCell(2 + i).setCellValue(n);
        }
      }
    }

    r++;
    Row findHead = sheet.createRow(r++);
    styles.put(findHead, 0, "发现", styles.header);
    styles.put(findHead, 1, "数量", styles.header);
    styles.put(findHead, 2, "说明", styles.header);
    for (FindingKind kind : FindingKind.values()) {
      Row row = sheet.createRow(r++);
      styles.put(row, 0, label(kind), styles.text);
      row.createCell(1).setCellValue(kind == FindingKind.COUNT_MISMATCH ? countFindings.size()
          : findings.getOrDefault(kind, 0));
    }
    for (Finding f : countFindings) {
      Row row = sheet.createRow(r++);
      styles.put(row, 0, label(f.kind()), styles.text);
      styles.put(row, 2, fit(f.message()).visible, styles.text);
    }
    chart(sheet, firstStatusRow, lastStatusRow);
  }

  private static String label(FindingKind kind) {
    switch (kind) {
      case CLAIM_NOT_SUPPORTED: return "申报好于数值";
      case UNVERIFIED_TARGET: return "目标无可比数值";
      case PROVISIONAL: return "依据预计数";
      case REVISED_TARGET: return "目标调整";
      default: return "申报数不符";
    }
  }

  private static void chart(XSSFSheet sheet, int firstRow, int lastRow) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 5, 1, 13, 18);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText("评估状态分布");
    chart.setTitleOverlay(false);
    XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(BarDirection.COL);
    XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
        XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0)),
        XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 1, 1)));
    series.setTitle("任务数", null);
    chart.plot(data);
  }

  // ------------------------------------------------------------------ meta

  /** One row per entry: the key, then its value across cells as long as it needs, or its fields. */
  private static void writeMeta(Report report, XSSFSheet sheet) {
    int r = 0;
    for (List<String> values : Meta.rows(report, TASK_SHEET, SUMMARY_SHEET)) {
      Row row = sheet.createRow(r++);
      setText(row, 0, values.get(0), null);
      if (values.size() == 2) {
        writeChunks(row, 1, values.get(1), null);
      } else {
        for (int c = 1; c < values.size(); c++) {
          setText(row, c, values.get(c), null);
        }
      }
    }
  }

  // ------------------------------------------------------------------ styles

  /** The cell styles of one workbook, created once: a workbook holds at most 64 000 styles. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle center;
    final CellStyle percent;
    final Map<Status, CellStyle> status = new EnumMap<>(Status.class);
    private final Map<CellStyle, CellStyle> quoted = new java.util.HashMap<>();

    Styles(SXSSFWorkbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = wb.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      title.setVerticalAlignment(VerticalAlignment.CENTER);
      header = bordered(wb.createCellStyle());
      header.setFont(bold);
      header.setWrapText(true);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      fill(header, 0xD9E1F2);
      text = bordered(wb.createCellStyle());
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      center = bordered(wb.createCellStyle());
      center.setAlignment(HorizontalAlignment.CENTER);
      center.setVerticalAlignment(VerticalAlignment.TOP);
      percent = bordered(wb.createCellStyle());
      percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
      percent.setVerticalAlignment(VerticalAlignment.TOP);
      for (Status s : Status.values()) {
        CellStyle st = bordered(wb.createCellStyle());
        st.setAlignment(HorizontalAlignment.CENTER);
        st.setVerticalAlignment(VerticalAlignment.TOP);
        fill(st, StatusPalette.rgb(s));
        status.put(s, st);
      }
    }

    /**
     * Writes text with {@code style}, or with its quote-prefixed twin when the text starts like a
     * formula: Excel then shows it as typed and keeps it text even when a person edits the cell.
     */
    void put(Row row, int column, String text, CellStyle style) {
      setText(row, column, text, needsQuote(text) ? quoted.computeIfAbsent(style, s -> {
        CellStyle q = row.getSheet().getWorkbook().createCellStyle();
        q.cloneStyleFrom(s);
        q.setQuotePrefixed(true);
        return q;
      }) : style);
    }

    private static CellStyle bordered(CellStyle s) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      return s;
    }

    private static void fill(CellStyle s, int rgb) {
      byte[] bytes = {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
      ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(bytes, new DefaultIndexedColorMap()));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
  }

}
