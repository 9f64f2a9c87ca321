package io.github.workreport.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that must give a clean, typed error naming the file, the place and the reason. */
class HostileFileTest {
  @TempDir
  Path dir;

  private static final Book TABLE = new Book().sheet("任务")
      .row("序号", "主要任务", "责任单位", "完成情况")
      .row(1, "甲", "区发改委", "已完成。");

  private ExcelReadException refused(Path file) {
    ExcelReadException e = assertThrows(ExcelReadException.class, () -> ExcelReader.of(ExcelLayout.DEFAULT).read(file));
    assertThat(e).isInstanceOf(ReportReadException.class);
    // The path as the caller gave it, as the text and JSON readers name theirs.
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.getMessage()).startsWith(file + ": ");
    return e;
  }

  @Test
  void xlsRenamedXlsxAndTheReverseAreReadByContent() throws Exception {
    Path xlsAsXlsx = dir.resolve("renamed.xlsx");
    Files.write(xlsAsXlsx, TABLE.xls());
    Path xlsxAsXls = dir.resolve("renamed.xls");
    Files.write(xlsxAsXls, TABLE.xlsx());
    Report a = ExcelReader.of(ExcelLayout.DEFAULT).read(xlsAsXlsx);
    Report b = ExcelReader.of(ExcelLayout.DEFAULT).read(xlsxAsXls);
    assertThat(a).isEqualTo(b);
    assertThat(a.tasks()).hasSize(1);
  }

  @Test
  void truncatedZip() throws Exception {
    byte[] whole = ExcelWriterTest.written(Reports.large(300));
    for (double share : new double[] {0.3, 0.7, 0.99}) {
      Path file = dir.resolve("truncated-" + share + ".xlsx");
      Files.write(file, Arrays.copyOf(whole, (int) (whole.length * share)));
      ExcelReadException e = refused(file);
      assertThat(e.reason()).containsAnyOf("damaged", "truncated");
    }
  }

  @Test
  void truncatedXls() throws Exception {
    byte[] whole = TABLE.xls();
    Path file = dir.resolve("truncated.xls");
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    assertThat(refused(file).reason()).containsAnyOf("damaged", "truncated");
  }

  @Test
  void zipBomb() {
    Path file = dir.resolve("bomb.xlsx");
    RawXlsx.write(file, w -> {
      RawXlsx.raw(w, "<row r=\"1\">");
      RawXlsx.text(w, "A1", "序号");
      RawXlsx.text(w, "B1", "主要任务");
      RawXlsx.raw(w, "</row>");
      char[] spaces = new char[1 << 16];
      Arrays.fill(spaces, ' ');
      String chunk = new String(spaces);
      for (int i = 0; i < 1200; i++) { // 78 MB of whitespace, about 80 KB compressed
        RawXlsx.raw(w, chunk);
      }
    });
    assertThat(file.toFile().length()).isLessThan(1_000_000);
    assertThat(refused(file).reason()).contains("zip bomb");
  }

  @Test
  void encryptedXlsx() throws Exception {
    Path file = dir.resolve("secret.xlsx");
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor enc = info.getEncryptor();
    enc.confirmPassword("密码");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(TABLE.xlsx());
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    assertThat(refused(file).reason()).contains("encrypted");
  }

  @Test
  void encryptedXls() throws Exception {
    Path file = dir.resolve("secret.xls");
    Biff8EncryptionKey.setCurrentUserPassword("密码");
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(
        new java.io.ByteArrayInputStream(TABLE.xls()))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      Files.write(file, out.toByteArray());
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    assertThat(refused(file).reason()).contains("encrypted");
  }

  @Test
  void aTenMegabyteCell() {
    Path file = dir.resolve("huge-cell.xlsx");
    Random random = new Random(7);
    StringBuilder text = new StringBuilder(10_000_000);
    while (text.length() < 10_000_000) {
      text.append((char) (0x4E00 + random.nextInt(0x5000))); // varied CJK: compresses too little to look like a bomb
    }
    RawXlsx.write(file, w -> {
      RawXlsx.raw(w, "<row r=\"1\">");
      RawXlsx.text(w, "A1", "序号");
      RawXlsx.text(w, "B1", "主要任务");
      RawXlsx.raw(w, "</row><row r=\"2\"><c r=\"A2\"><v>1</v></c>");
      RawXlsx.text(w, "B2", text.toString());
      RawXlsx.raw(w, "</row>");
    });
    ExcelReadException e = refused(file);
    assertThat(e.place()).isEqualTo("Sheet1!B2");
    assertThat(e.reason()).contains("32767");
  }

  @Test
  void chartSheetOnly() {
    Path file = dir.resolve("chart.xlsx");
    RawXlsx.write(file, true, w -> { });
    ExcelReadException e = refused(file);
    assertThat(e.reason()).contains("Chart1 (chart sheet)");
    ExcelReadException named = assertThrows(ExcelReadException.class,
        () -> ExcelReader.of(ExcelLayout.builder().sheet("Chart1").build()).read(file));
    assertThat(named.place()).isEqualTo("Chart1");
    assertThat(named.reason()).contains("chart sheet");
  }

  @Test
  void aWorksheetHoldingOnlyAChart() throws Exception {
    Path file = dir.resolve("drawing.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet sheet = wb.createSheet("图表");
      XSSFDrawing drawing = sheet.createDrawingPatriarch();
      XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 0, 8, 15));
      chart.setTitleText("空图表");
      wb.write(out);
    }
    assertThat(refused(file).reason()).contains("图表 (empty)");
  }

  @Test
  void notAWorkbookAtAll() throws Exception {
    Path html = dir.resolve("export.xls");
    Files.writeString(html, "<html><body><table><tr><td>序号</td></tr></table></body></html>");
    assertThat(refused(html).reason()).contains("HTML");
    Path empty = dir.resolve("empty.xlsx");
    Files.write(empty, new byte[0]);
    assertThat(refused(empty).reason()).contains("empty");
    Path text = dir.resolve("notes.xlsx");
    Files.writeString(text, "序号\t主要任务\n1\t甲\n");
    assertThat(refused(text).reason()).contains("neither");
    Path missing = dir.resolve("missing.xlsx");
    assertThat(refused(missing).reason()).contains("no such file");
  }

  @Test
  void tooManyRowsIsRefusedAtTheFirstRowBeyondTheLimit() {
    Path file = dir.resolve("rows.xlsx");
    RawXlsx.write(file, w -> {
      RawXlsx.raw(w, "<row r=\"1\">");
      RawXlsx.text(w, "A1", "序号");
      RawXlsx.text(w, "B1", "主要任务");
      RawXlsx.raw(w, "</row>");
      for (int r = 2; r <= 1_000; r++) {
        RawXlsx.raw(w, "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
      }
    });
    ExcelReadException e = assertThrows(ExcelReadException.class,
        () -> ExcelReader.of(ExcelLayout.builder().maxRows(500).build()).read(file));
    assertThat(e.place()).isEqualTo("Sheet1!A501");
    assertThat(e.reason()).contains("more than 500 rows");
  }

  @Test
  void aDamagedRecordColumnIsReportedAtItsCell() throws Exception {
    byte[] good = ExcelWriterTest.written(Reports.rich());
    XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(good));
    org.apache.poi.xssf.usermodel.XSSFRow row = wb.getSheet("任务").getRow(3);
    row.removeCell(row.getCell(12)); // SXSSF wrote an inline string, which XSSF would keep beside a new value
    row.createCell(12).setCellValue("wr1\nt\tbroken");
    Path file = dir.resolve("damaged.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    wb.close();
    ExcelReadException e = refused(file);
    assertThat(e.place()).isEqualTo("任务!M4");
    assertThat(e.reason()).contains("hidden task record is damaged");
  }

  // Found by ExcelReaderFuzzTest#xlsxSheet: references the sheet XML makes up must be refused by
  // name, not surface as an index error (or an allocation of gigabytes) from inside the reader.

  @Test
  void cellReferenceWithoutAColumnIsRefusedWithItsRow() {
    Path file = dir.resolve("bad-ref.xlsx");
    RawXlsx.write(file, w -> {
      RawXlsx.raw(w, "<row r=\"1\">");
      RawXlsx.text(w, "@A1", "序号");
      RawXlsx.raw(w, "</row>");
    });
    ExcelReadException e = refused(file);
    assertThat(e.place()).isEqualTo("Sheet1!A1");
    assertThat(e.reason()).contains("\"@A1\" names no column");
  }

  @Test
  void rowNumberThatIsNotAPositiveNumberIsRefusedWithItsPlace() {
    for (String r : new String[] {"x", "0", "-3", "99999999999"}) {
      Path file = dir.resolve("bad-row.xlsx");
      RawXlsx.write(file, w -> {
        RawXlsx.raw(w, "<row r=\"1\">");
        RawXlsx.text(w, "A1", "序号");
        RawXlsx.raw(w, "</row><row r=\"" + r + "\">");
        RawXlsx.text(w, "A2", "1");
        RawXlsx.raw(w, "</row>");
      });
      ExcelReadException e = refused(file);
      assertThat(e.place()).isEqualTo("Sheet1!A2");
      assertThat(e.reason()).contains("row number \"" + r + "\"");
    }
  }

  @Test
  void styleIndexBeyondTheWorkbooksStylesReadsAsPlain() throws Exception {
    byte[] fixture;
    try (java.io.InputStream in = HostileFileTest.class.getResourceAsStream("fixtures/indicators.xlsx")) {
      fixture = in.readAllBytes();
    }
    Path file = dir.resolve("styles.xlsx");
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(fixture));
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        byte[] part = zip.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          part = new String(part, java.nio.charset.StandardCharsets.UTF_8)
              .replaceAll(" s=\"\\d+\"", " s=\"2000000000\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(part);
        out.closeEntry();
      }
    }
    Report original = ExcelReader.of(ExcelLayout.DEFAULT).read(new java.io.ByteArrayInputStream(fixture), "indicators.xlsx");
    Report restyled = ExcelReader.of(ExcelLayout.DEFAULT).read(file);
    assertThat(restyled.tasks()).hasSameSizeAs(original.tasks()).isNotEmpty();
  }
}
