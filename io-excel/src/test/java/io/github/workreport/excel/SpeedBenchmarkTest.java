package io.github.workreport.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Our read and write of a 100 000-row table beside the raw streaming reader and a raw SXSSF write
 * of the same cells, in one run, as ratios (the machine is shared, so only ratios mean anything).
 * Run on demand: {@code mvn -o -pl io-excel -am test -Dbench -Dtest=SpeedBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (the {@code bench} property lifts the tag exclusion).
 */
@Tag("benchmark")
class SpeedBenchmarkTest {
  static final int ROWS = Integer.getInteger("bench.rows", 100_000);
  static final int RUNS = Integer.getInteger("bench.runs", 5);

  @TempDir
  Path dir;

  @Test
  void readAndWriteBesideRaw() throws Exception {
    Path table = dir.resolve("table.xlsx");
    Tables.officeTable(table, ROWS);
    Report report = ExcelReader.of(ExcelLayout.DEFAULT).read(table);
    assertThat(report.tasks()).hasSize(ROWS);
    Path ours = dir.resolve("ours.xlsx");
    ExcelWriter.standard().write(report, ours);
    List<Object[]> sameCells = cells(ours);

    long[] rawRead = new long[RUNS];
    long[] poiEvents = new long[RUNS];
    long[] ourRead = new long[RUNS];
    long[] extractor = new long[RUNS];
    long[] pjfanning = new long[RUNS];
    long[] fastexcel = new long[RUNS];
    long[] rawWrite = new long[RUNS];
    long[] ourWrite = new long[RUNS];
    for (int warm = 0; warm < 2; warm++) {
      rawCells(table);
      ExcelReader.of(ExcelLayout.DEFAULT).read(table);
      rawWrite(sameCells, dir.resolve("raw-warm.xlsx"));
      ExcelWriter.standard().write(report, dir.resolve("ours-warm.xlsx"));
    }
    for (int i = 0; i < RUNS; i++) {
      rawRead[i] = time(() -> rawCells(table));
      poiEvents[i] = time(() -> poiEventCells(table));
      extractor[i] = time(() -> extractAgain(report));
      pjfanning[i] = time(() -> pjfanningCells(table));
      fastexcel[i] = time(() -> fastexcelCells(table));
      ourRead[i] = time(() -> ExcelReader.of(ExcelLayout.DEFAULT).read(table).tasks().size());
      rawWrite[i] = time(() -> rawWrite(sameCells, dir.resolve("raw.xlsx")));
      ourWrite[i] = time(() -> {
        ExcelWriter.standard().write(report, dir.resolve("ours.xlsx"));
        return 0;
      });
    }
    long rr = median(rawRead);
    long pe = median(poiEvents);
    long or = median(ourRead);
    long rw = median(rawWrite);
    long ow = median(ourWrite);
    System.out.printf("bench rows=%d runs=%d heap max=%d MB%n", ROWS, RUNS, Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf("bench read:  raw cells %d ms, POI event API cells %d ms, ExcelReader %d ms, ratio %.2f (vs POI events %.2f)%n",
        rr, pe, or, or / (double) rr, or / (double) pe);
    long ex = median(extractor);
    System.out.printf("bench read:  of which core's TaskExtractor %d ms; ExcelReader without it %d ms, ratio %.2f%n",
        ex, or - ex, (or - ex) / (double) rr);
    System.out.printf("bench other readers, cells only: excel-streaming-reader %s, fastexcel-reader %s%n",
        pjfanning[0] < 0 ? "not on the class path" : median(pjfanning) + " ms",
        fastexcel[0] < 0 ? "not on the class path" : median(fastexcel) + " ms");
    System.out.printf("bench write: raw SXSSF %d ms, ExcelWriter %d ms, ratio %.2f%n", rw, ow, ow / (double) rw);
    System.out.printf("bench sizes: table %d KB, ours %d KB%n", Files.size(table) >> 10, Files.size(ours) >> 10);
  }

  private static long time(Supplier<Object> work) {
    long t0 = System.nanoTime();
    Object result = work.get();
    long t = (System.nanoTime() - t0) / 1_000_000;
    assertThat(result).isNotNull();
    return Long.valueOf(-1L).equals(result) ? -1 : t;
  }

  private static long median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    return v[v.length / 2];
  }

  /** Our SAX reader alone: every cell of the sheet, no interpretation. */
  static Object rawCells(Path file) {
    try (WorkbookFiles.Opened opened = WorkbookFiles.open(file)) {
      return opened.workbook.read(0, Integer.MAX_VALUE).rows.size();
    } catch (IOException e) {
      throw new RuntimeException(e);
    }
  }

  /** POI's own streaming reader (XSSFSheetXMLHandler), cells as formatted strings, for context. */
  static Object poiEventCells(Path file) {
    int[] cells = new int[1];
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator it = reader.getSheetIterator();
      try (InputStream sheet = it.next()) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
            new XSSFSheetXMLHandler.SheetContentsHandler() {
              @Override
              public void startRow(int rowNum) { }

              @Override
              public void endRow(int rowNum) { }

              @Override
              public void cell(String ref, String value, XSSFComment comment) {
                cells[0]++;
              }
            }, false));
        xml.parse(new InputSource(sheet));
      }
      pkg.revert();
    } catch (Exception e) {
      throw new RuntimeException(e);
    }
    return cells[0];
  }

  /** Core's TaskExtractor over every task again, as the reader calls it: its share of our read time. */
  static Object extractAgain(Report report) {
    int n = 0;
    for (io.github.workreport.Task task : report.tasks()) {
      io.github.workreport.Task blank = task.withOutcome(
          task.outcome().withDeclaredStatus(io.github.workreport.Status.UNDETERMINED));
      n += io.github.workreport.text.TaskExtractor.standard()
          .extract(blank, java.util.Optional.empty(), java.util.OptionalInt.of(2020)).number() > 0 ? 1 : 0;
    }
    return n;
  }

  /** pjfanning's excel-streaming-reader, every cell's value; -1 when not on the class path. */
  static Object pjfanningCells(Path file) {
    try {
      Object builder = Class.forName("com.github.pjfanning.xlsx.StreamingReader").getMethod("builder").invoke(null);
      builder = builder.getClass().getMethod("rowCacheSize", int.class).invoke(builder, 100);
      try (org.apache.poi.ss.usermodel.Workbook wb = (org.apache.poi.ss.usermodel.Workbook)
          builder.getClass().getMethod("open", java.io.File.class).invoke(builder, file.toFile())) {
        long cells = 0;
        for (Row row : wb.getSheetAt(0)) {
          for (org.apache.poi.ss.usermodel.Cell cell : row) {
            cells += cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? 1 : cell.getStringCellValue().length() > 0 ? 1 : 0;
          }
        }
        return cells;
      }
    } catch (ClassNotFoundException absent) {
      return -1L;
    } catch (Exception e) {
      throw new RuntimeException(e);
    }
  }

  /** dhatim's fastexcel-reader, every cell's raw value; -1 when not on the class path. */
  static Object fastexcelCells(Path file) {
    try {
      Class<?> type = Class.forName("org.dhatim.fastexcel.reader.ReadableWorkbook");
      try (AutoCloseable wb = (AutoCloseable) type.getConstructor(java.io.File.class).newInstance(file.toFile())) {
        Object sheet = type.getMethod("getFirstSheet").invoke(wb);
        long[] cells = new long[1];
        try (java.util.stream.Stream<?> rows = (java.util.stream.Stream<?>) sheet.getClass().getMethod("openStream").invoke(sheet)) {
          java.lang.reflect.Method raw = Class.forName("org.dhatim.fastexcel.reader.Cell").getMethod("getRawValue");
          rows.forEach(row -> ((Iterable<?>) row).forEach(cell -> {
            try {
              if (cell != null && raw.invoke(cell) != null) {
                cells[0]++;
              }
            } catch (ReflectiveOperationException e) {
              throw new RuntimeException(e);
            }
          }));
        }
        return cells[0];
      }
    } catch (ClassNotFoundException absent) {
      return -1L;
    } catch (Exception e) {
      throw new RuntimeException(e);
    }
  }

  /** Every cell our writer put on the task sheet, as values: what a raw write must reproduce. */
  static List<Object[]> cells(Path ours) throws IOException {
    try (WorkbookFiles.Opened opened = WorkbookFiles.open(ours)) {
      List<Object[]> rows = new ArrayList<>();
      for (RawSheet.Row row : opened.workbook.read(0, Integer.MAX_VALUE).rows) {
        Object[] values = new Object[row.cells.length];
        for (int c = 0; c < values.length; c++) {
          Cell cell = row.cells[c];
          values[c] = cell == null ? null : cell.isNumber() ? (Object) cell.number.doubleValue() : cell.text;
        }
        rows.add(values);
      }
      return rows;
    }
  }

  static Object rawWrite(List<Object[]> rows, Path file) {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("任务");
      int r = 0;
      for (Object[] values : rows) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.length; c++) {
          Object v = values[c];
          if (v instanceof String) {
            row.createCell(c).setCellValue((String) v);
          } else if (v instanceof Double) {
            row.createCell(c).setCellValue((Double) v);
          }
        }
      }
      wb.write(out);
      return r;
    } catch (IOException e) {
      throw new RuntimeException(e);
    }
  }

}
