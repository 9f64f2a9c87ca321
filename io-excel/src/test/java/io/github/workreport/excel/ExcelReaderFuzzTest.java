package io.github.workreport.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.workreport.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Fuzzes the Excel reader. The law: whatever the bytes, {@link ExcelReader#read(InputStream,
 * String)} and {@link ExcelReader#readAll(InputStream, String)} return or throw {@link
 * ExcelReadException}, never anything else; and the report read from the first table is the one
 * {@code readAll} gives for some sheet. The reader wraps the "zoo of unchecked exceptions" POI
 * throws for damaged files, which would hide a bug of its own behind the typed exception; so a
 * programming error (null, index, cast, arithmetic) raised in this library's code fails the test
 * even when it arrives wrapped.
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
  private static final Map<String, byte[]> PARTS = parts("fixtures/prose-tasks.xlsx");

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
      assertWellFounded(expected);
    }
    Map<String, Report> all;
    try {
      all = READER.readAll(new ByteArrayInputStream(data), "fuzz");
    } catch (ExcelReadException expected) {
      assertWellFounded(expected);
      return;
    }
    assertThat(all).isNotEmpty();
    if (first != null) {
      assertThat(all.values()).contains(first);
    }
  }

  private static void assertWellFounded(ExcelReadException e) {
    assertThat(e.source()).isEqualTo("fuzz");
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (isProgrammingError(cause) && raisedHere(cause)) {
        throw new AssertionError("a bug of the reader, wrapped as " + e.getMessage(), cause);
      }
    }
  }

  private static boolean isProgrammingError(Throwable t) {
    return t instanceof NullPointerException || t instanceof IndexOutOfBoundsException
        || t instanceof ClassCastException || t instanceof ArithmeticException
        || t instanceof NegativeArraySizeException || t instanceof ArrayStoreException;
  }

  /** Whether the first frame outside the JDK is this library's (String.charAt called by it counts). */
  private static boolean raisedHere(Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      String name = frame.getClassName();
      if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
        return name.startsWith("io.github.workreport.");
      }
    }
    return false;
  }

  /** The prose-tasks fixture with its first sheet's XML replaced. */
  private static byte[] withSheet(byte[] sheetXml) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> part : PARTS.entrySet()) {
        out.putNextEntry(new ZipEntry(part.getKey()));
        out.write(part.getKey().equals(SHEET) ? sheetXml : part.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Map<String, byte[]> parts(String fixture) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (InputStream in = ExcelReaderFuzzTest.class.getResourceAsStream(fixture);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }
}
