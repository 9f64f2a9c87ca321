package io.github.workreport.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the three readers. The law: whatever the bytes, {@link DocumentReader#read(java.io.InputStream,
 * String)} returns a report with tasks or throws {@link ReportReadException} naming the source —
 * never anything else. PDFBox, POI and jsoup throw a zoo of unchecked exceptions for damaged files,
 * which the reader wraps; so a programming error (null, index, cast, arithmetic) raised in this
 * library's own code fails the test even when it arrives wrapped. The format is told by content,
 * so {@code pdf}, {@code docx} and {@code html} are three corpora of fixtures for one law. Without
 * {@code JAZZER_FUZZ=1} this replays the corpus in {@code DocumentReaderFuzzTestInputs}.
 */
class DocumentReaderFuzzTest {
  /** The PDF seed is 66 kB; a cap keeps each run short. */
  private static final int MAX_BYTES = 128 * 1024;

  @FuzzTest(maxDuration = "3m")
  void pdf(byte[] data) {
    read(data);
  }

  @FuzzTest(maxDuration = "3m")
  void docx(byte[] data) {
    read(data);
  }

  @FuzzTest(maxDuration = "3m")
  void html(byte[] data) {
    read(data);
  }

  private static void read(byte[] data) {
    if (data.length > MAX_BYTES) {
      return;
    }
    try {
      Report report = DocumentReader.standard().read(new ByteArrayInputStream(data), "fuzz");
      assertThat(report.tasks()).isNotEmpty();
    } catch (ReportReadException expected) {
      assertThat(expected.source()).isEqualTo("fuzz");
      for (Throwable cause = expected.getCause(); cause != null; cause = cause.getCause()) {
        if (isProgrammingError(cause) && raisedHere(cause)) {
          throw new AssertionError("a bug of the reader, wrapped as " + expected.getMessage(), cause);
        }
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
}
