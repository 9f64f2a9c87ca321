package io.github.workreport.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.workreport.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Fuzzes the Excel reader. The law: whatever the bytes, {@link ExcelReader#read(InputStream,
 * String)} and {@link ExcelReader#readAll(InputStream, String)} return or throw {@link
 * ExcelReadException}, never anything else; and the report read from the first table is the one
 * {@code readAll} gives for some sheet.
 *
 * <p>The format is told by content, not name, so {@code xlsx} and {@code xls} are two corpora (the
 * fixtures of each kind) for the same law. Raw bytes rarely survive the zip checksum, so {@code
 * xlsxSheet} puts the fuzzed bytes into a valid .xlsx as its first sheet's XML, where the
 * reader's own parsing is. Without {@code JAZZER_FUZZ=1} this replays the corpus in {@code
 * ExcelReaderFuzzTestInputs}.
 */
class ExcelReaderFuzzTest {
  /** The fixtures are 6 to 7 kB; a cap keeps each run in the milliseconds. */
  private static final int MAX_BYTES = 32 * 1024;
  private static final String SHEET = "xl/worksheets/sheet1.xml";
  private static final ExcelReader READER = ExcelReader.of(ExcelLayout.DEFAULT);

  @FuzzTest(maxDuration = "3m")
  void xlsx(byte[] data) {
    read(data);
  }

  @FuzzTest(maxDuration = "3m")
  void xls(byte[] data) {
    read(data);
  }

  @FuzzTest(maxDuration = "3m")
  void xlsxSheet(byte[] sheetXml) {
    if (sheetXml.length > MAX_BYTES) {
      return;
    }
    read(withSheet(sheetXml));
  }

  private static void read(byte[] data) {
    if (data.length > MAX_BYTES) {
      return;
    }
    Report first = null;
    try {
      first = READER.read(new ByteArrayInputStream(data), "fuzz");
    } catch (ExcelReadException expected) {
      assertThat(expected.source()).isEqualTo("fuzz");
    }
    Map<String, Report> all;
    try {
      all = READER.readAll(new ByteArrayInputStream(data), "fuzz");
    } catch (ExcelReadException expected) {
      assertThat(expected.source()).isEqualTo("fuzz");
      return;
    }
    assertThat(all).isNotEmpty();
    if (first != null) {
      assertThat(all.values()).contains(first);
    }
  }

  /** The prose-tasks fixture with its first sheet's XML replaced. */
  private static byte[] withSheet(byte[] sheetXml) {
    try (InputStream in = ExcelReaderFuzzTest.class.getResourceAsStream("fixtures/prose-tasks.xlsx");
        ZipInputStream zip = new ZipInputStream(in)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          out.putNextEntry(new ZipEntry(e.getName()));
          out.write(e.getName().equals(SHEET) ? sheetXml : zip.readAllBytes());
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
