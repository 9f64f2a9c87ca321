package io.github.workreport.excel;

import io.github.workreport.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the task table of an .xlsx or .xls workbook into a {@link Report}.
 *
 * <pre>{@code
 * Report report = ExcelReader.of(ExcelLayout.DEFAULT).read(Path.of("灞桥区2020.xlsx"));
 * Map<String, Report> bySheet = ExcelReader.of(ExcelLayout.DEFAULT).readAll(Path.of("2020各区.xls"));
 * }</pre>
 *
 * <p>The format is told by the file's content, not its name. Under any title rows the reader finds
 * the header row by the names of its columns ({@link ExcelColumn}), reads the title rows as the
 * report's title (jurisdiction, year and period come from it), carries the value of a merged cell
 * to every row it spans, and reads each row below as a task, a section heading (一、…, 已完成 98
 * 项), or the continuation of the task above. Where the table gives targets, actual values and
 * completion rates in columns of their own, they become the task's targets and measures, with the
 * unit column applied; every task then goes through {@link
 * io.github.workreport.text.TaskExtractor}, which fills in what the columns do not give. A workbook
 * written by {@link ExcelWriter} reads back as the report that was written.
 *
 * <p>Every failure is an {@link ExcelReadException} naming the file, the place and the reason; a
 * report is never returned from part of a workbook. This class is immutable and thread-safe.
 */
public final class ExcelReader {
  private final ExcelLayout layout;

  private ExcelReader(ExcelLayout layout) {
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  /**
   * A reader for {@code layout}.
   *
   * @param layout the layout, such as {@link ExcelLayout#DEFAULT}
   * @return the reader
   */
  public static ExcelReader of(ExcelLayout layout) {
    return new ExcelReader(layout);
  }

  /** The layout this reader uses. @return the layout */
  public ExcelLayout layout() {
    return layout;
  }

  /**
   * Reads the layout's sheet, or the first visible sheet that holds a task table.
   *
   * @param file an .xlsx or .xls file
   * @return the report
   * @throws ExcelReadException if the file cannot be read or holds no task table
   */
  public Report read(Path file) {
    return read(file, file.toString());
  }

  /**
   * Reads a workbook from a stream, which is read to its end but not closed.
   *
   * @param in the workbook's bytes
   * @param source the name to give in errors, such as the file name
   * @return the report
   * @throws ExcelReadException if the workbook cannot be read or holds no task table
   */
  public Report read(InputStream in, String source) {
    return withStream(in, source, opened -> first(opened, source));
  }

  /**
   * Reads every visible sheet that holds a task table, one report per sheet, by sheet name in
   * workbook order. Hidden, chart and empty sheets are passed over; a visible sheet without a task
   * table is an error unless {@link ExcelLayout#skipUnrecognizedSheets()}.
   *
   * @param file an .xlsx or .xls file
   * @return the reports by sheet name
   * @throws ExcelReadException if the file cannot be read, a sheet without a task table is not to be
   *     skipped, or no sheet holds one
   */
  public Map<String, Report> readAll(Path file) {
    String source = file.toString();
    return withFile(file, source, opened -> all(opened, source));
  }

  /**
   * Reads every visible sheet that holds a task table from a stream, which is not closed.
   *
   * @param in the workbook's bytes
   * @param source the name to give in errors
   * @return the reports by sheet name
   * @throws ExcelReadException as {@link #readAll(Path)}
   */
  public Map<String, Report> readAll(InputStream in, String source) {
    return withStream(in, source, opened -> all(opened, source));
  }

  /**
   * Opens an .xlsx workbook to read its task table one task at a time, so that a sheet of any
   * number of rows reads in little memory: the sheet is read in two passes, its merged regions
   * first and then its rows, on a thread of its own that hands the tasks over as they are built;
   * {@link ExcelLayout#maxRows()} does not apply. An .xls workbook (whose format holds a whole
   * sheet in memory anyway) is read whole and its tasks handed out the same way. The sheet is the
   * one {@link #read(Path)} reads and the tasks are the ones it gives.
   *
   * @param file an .xlsx or .xls file
   * @return the open stream, its header read; close it to release the file and the thread
   * @throws ExcelReadException if the file cannot be read or holds no task table
   */
  public ExcelTaskStream stream(Path file) {
    return ExcelTaskStream.open(this, file, file.toString());
  }

  /** The thread body of {@link ExcelTaskStream}: finds the sheet, then streams its rows. */
  void stream(Path file, String source, ExcelTaskStream.Feed feed) {
    withFile(file, source, opened -> {
      streamSheet(opened, source, feed);
      return null;
    });
  }

  private void streamSheet(WorkbookFiles.Opened opened, String source, ExcelTaskStream.Feed feed) throws IOException {
    if (!(opened.workbook instanceof XlsxWorkbook)) {
      Report whole = first(opened, source);
      feed.header(whole.withTasks(java.util.List.of()));
      whole.tasks().forEach(feed::task);
      feed.end(whole.withTasks(java.util.List.of()));
      return;
    }
    XlsxWorkbook wb = (XlsxWorkbook) opened.workbook;
    Meta meta = meta(wb);
    List<String> names = wb.sheetNames();
    List<String> seen = new ArrayList<>();
    for (int index : candidateSheets(wb, seen)) {
      String name = names.get(index);
      Meta forSheet = meta != null && meta.taskSheet.equals(name) ? meta : null;
      SheetStream sheet = new SheetStream(name, forSheet, new RawSheet.MergeFiller(wb.merges(index)), feed);
      try {
        wb.rows(index, Integer.MAX_VALUE, sheet::row);
      } catch (NotATable stop) {
        // the sheet's first rows hold no header row: try the next one
      }
      if (sheet.reader == null) {
        sheet.noHeaderYet();
      }
      if (sheet.reader != null) {
        feed.end(sheet.reader.finish());
        return;
      }
      if (layout.sheet().isPresent()) {
        throw new Fault(name, sheet.head.isEmpty() ? "the sheet is empty"
            : "no task table: no header row names a task column; rows seen: "
                + String.join("; ", TableReader.headersSeen(sheet.head)));
      }
      List<String> headers = TableReader.headersSeen(sheet.head);
      seen.add(name + (headers.isEmpty() ? " (empty)" : ": " + String.join("; ", headers)));
    }
    throw noTaskTable(seen);
  }

  /** Stops the parse of a sheet whose first rows hold no header row. */
  private static final class NotATable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotATable() {
      super(null, null, false, false);
    }
  }

  /** The rows of one sheet as they come: the first few held to find the header, the rest read at once. */
  private final class SheetStream {
    final String name;
    final Meta meta;
    final RawSheet.MergeFiller merges;
    final ExcelTaskStream.Feed feed;
    final List<RawSheet.Row> head = new ArrayList<>();
    TableReader reader;

    SheetStream(String name, Meta meta, RawSheet.MergeFiller merges, ExcelTaskStream.Feed feed) {
      this.name = name;
      this.meta = meta;
      this.merges = merges;
      this.feed = feed;
    }

    void row(RawSheet.Row raw) {
      RawSheet.Row row = merges.fill(raw);
      if (reader != null) {
        reader.accept(row);
        return;
      }
      head.add(row);
      // The header search looks at headerSearchRows rows and the one below the best.
      if (head.size() > layout.headerSearchRows()) {
        noHeaderYet();
        if (reader == null) {
          throw new NotATable();
        }
      }
    }

    /** Looks for the header in the rows held; starts reading below it when found. */
    void noHeaderYet() {
      if (reader != null || head.isEmpty()) {
        return;
      }
      TableReader found = TableReader.streaming(name, head, layout, meta);
      if (found == null) {
        return;
      }
      reader = found;
      found.start(feed::task);
      feed.header(found.header());
      for (int i = found.dataFrom(); i < head.size(); i++) {
        found.accept(head.get(i));
      }
    }
  }

  private Report read(Path file, String source) {
    return withFile(file, source, opened -> first(opened, source));
  }

  private interface Body<T> {
    T apply(WorkbookFiles.Opened opened) throws IOException;
  }

  private <T> T withFile(Path file, String source, Body<T> body) {
    try (WorkbookFiles.Opened opened = WorkbookFiles.open(file)) {
      return body.apply(opened);
    } catch (Fault f) {
      throw new ExcelReadException(source, f.place, f.reason, f.getCause());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ExcelReadException(source, "", "no such file", e);
    } catch (IOException | UncheckedIOException e) {
      throw failure(source, e);
    } catch (ExcelReadException | ExcelTaskStream.Closed e) {
      throw e; // a stream's reader stopped because its caller closed it: not a damaged file
    } catch (RuntimeException e) {
      // POI reports damaged files with a zoo of unchecked exceptions (RecordFormatException,
      // POIXMLException, IllegalArgumentException, IndexOutOfBoundsException …)
      throw failure(source, e);
    }
  }

  private <T> T withStream(InputStream in, String source, Body<T> body) {
    try (WorkbookFiles.Opened opened = WorkbookFiles.open(in)) {
      return body.apply(opened);
    } catch (Fault f) {
      throw new ExcelReadException(source, f.place, f.reason, f.getCause());
    } catch (IOException | UncheckedIOException e) {
      throw failure(source, e);
    } catch (ExcelReadException e) {
      throw e;
    } catch (RuntimeException e) {
      throw failure(source, e);
    }
  }

  private static ExcelReadException failure(String source, Exception e) {
    String message = String.valueOf(e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb") || m.contains("exceed the max size") || m.contains("max file count")
          || m.contains("MAX_ENTRY_SIZE") || m.contains("max text size")) {
        return new ExcelReadException(source, "", "refused as a possible zip bomb: a part inflates far beyond"
            + " its compressed size (" + firstLine(m) + ")", e);
      }
    }
    return new ExcelReadException(source, "", "the workbook is damaged or truncated ("
        + e.getClass().getSimpleName() + ": " + firstLine(message) + ")", e);
  }

  private static String firstLine(String m) {
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  Report first(WorkbookFiles.Opened opened, String source) throws IOException {
    Workbook wb = opened.workbook;
    Meta meta = meta(wb);
    List<String> names = wb.sheetNames();
    List<String> seen = new ArrayList<>();
    for (int i : candidateSheets(wb, seen)) {
      // The sheet the layout names must hold the table (a Fault says why not); else the first that does.
      TableReader.Result r = table(wb, i, meta, source, layout.sheet().isPresent());
      if (r.report != null) {
        return r.report;
      }
      seen.add(names.get(i) + (r.headersSeen.isEmpty() ? " (empty)" : ": " + String.join("; ", r.headersSeen)));
    }
    throw noTaskTable(seen);
  }

  /**
   * The sheets to look for the task table in, in order: the one the layout names (refused if
   * missing or a chart sheet), else every visible sheet of cells, the others noted in {@code seen}.
   */
  private List<Integer> candidateSheets(Workbook wb, List<String> seen) {
    List<String> names = wb.sheetNames();
    if (layout.sheet().isPresent()) {
      String wanted = layout.sheet().get();
      int index = names.indexOf(wanted);
      if (index < 0) {
        throw new Fault("", "no sheet named \"" + wanted + "\"; the sheets are " + names);
      }
      if (wb.isChartSheet(index)) {
        throw new Fault(wanted, "a chart sheet, which holds no cells");
      }
      return List.of(index);
    }
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (wb.isHidden(i) || wb.isChartSheet(i)) {
        seen.add(names.get(i) + (wb.isChartSheet(i) ? " (chart sheet)" : " (hidden)"));
      } else {
        candidates.add(i);
      }
    }
    return candidates;
  }

  private static Fault noTaskTable(List<String> seen) {
    return new Fault("", "no sheet holds a task table (a header row naming 序号, 主要任务, 责任单位, 完成情况 or"
        + " 考核指标, 目标, 实际完成); sheets seen: " + String.join(" | ", seen));
  }

  private Map<String, Report> all(WorkbookFiles.Opened opened, String source) throws IOException {
    Workbook wb = opened.workbook;
    Meta meta = meta(wb);
    List<String> names = wb.sheetNames();
    Map<String, Report> out = new LinkedHashMap<>();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (wb.isHidden(i) || wb.isChartSheet(i) || meta != null && name.equals(meta.summarySheet)) {
        continue;
      }
      TableReader.Result r = table(wb, i, meta, source, false);
      if (r.report != null) {
        out.put(name, r.report);
      } else if (!r.headersSeen.isEmpty() && !layout.skipUnrecognizedSheets()) {
        throw new Fault(name, "no task table: no header row names a task column; rows seen: "
            + String.join("; ", r.headersSeen));
      } else {
        seen.add(name);
      }
    }
    if (out.isEmpty()) {
      throw new Fault("", "no sheet holds a task table; sheets seen: " + names);
    }
    return out;
  }

  private TableReader.Result table(Workbook wb, int index, Meta meta, String source, boolean required)
      throws IOException {
    RawSheet raw = wb.read(index, layout.maxRows());
    raw.fillMerges();
    Meta forSheet = meta != null && meta.taskSheet.equals(raw.name) ? meta : null;
    TableReader.Result r = TableReader.read(raw, layout, forSheet);
    if (r.report == null && required) {
      throw new Fault(raw.name, raw.rows.isEmpty() ? "the sheet is empty"
          : "no task table: no header row names a task column; rows seen: " + String.join("; ", r.headersSeen));
    }
    return r;
  }

  private Meta meta(Workbook wb) throws IOException {
    int index = wb.sheetNames().indexOf(Meta.SHEET);
    if (index < 0 || !wb.isHidden(index)) {
      return null;
    }
    RawSheet sheet = wb.read(index, 10_000);
    try {
      return Meta.parse(sheet);
    } catch (RuntimeException damaged) {
      throw new Fault(Meta.SHEET, "the hidden report record is damaged (" + damaged.getMessage() + ")", damaged);
    }
  }
}
