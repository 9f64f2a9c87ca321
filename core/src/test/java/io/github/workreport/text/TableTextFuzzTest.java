package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the table text reader. The law: whatever the bytes, {@link TableText#read(byte[], String)}
 * returns a report or throws {@link ReportReadException}, in the lenient and in the strict format;
 * the strict format only refuses what the lenient one repairs, so whatever it reads the lenient
 * format reads the same; and a text read as a String reads as its UTF-8 bytes.
 *
 * <p>Without {@code JAZZER_FUZZ=1} this replays the corpus in {@code TableTextFuzzTestInputs}.
 */
class TableTextFuzzTest {
  /** Inputs are capped so that each run stays in the milliseconds; the seed report is 54 kB. */
  private static final int MAX_BYTES = 64 * 1024;
  private static final TableTextFormat STRICT = TableTextFormat.DEFAULT.builder().strict(true).build();

  @FuzzTest(maxDuration = "3m")
  void readBytes(byte[] data) {
    if (data.length > MAX_BYTES) {
      return;
    }
    Report lenient = readOrNull(data, TableTextFormat.DEFAULT);
    Report strict = readOrNull(data, STRICT);
    if (strict != null) {
      assertThat(lenient).isEqualTo(strict);
    }
  }

  @FuzzTest(maxDuration = "3m")
  void readString(byte[] data) {
    if (data.length > MAX_BYTES) {
      return;
    }
    String text = new String(data, StandardCharsets.UTF_8);
    Report fromString = readOrNull(text);
    // Decoding tries UTF-16 when there are zero bytes, and drops a byte-order mark.
    if (text.indexOf('\0') < 0 && !text.startsWith("\uFEFF")) {
      Report fromBytes = readOrNull(text.getBytes(StandardCharsets.UTF_8), TableTextFormat.DEFAULT);
      assertThat(fromBytes).isEqualTo(fromString);
    }
  }

  private static Report readOrNull(byte[] bytes, TableTextFormat format) {
    try {
      return TableText.read(bytes, "fuzz.txt", format);
    } catch (ReportReadException expected) {
      return null;
    }
  }

  private static Report readOrNull(String text) {
    try {
      return TableText.read(text, "fuzz.txt");
    } catch (ReportReadException expected) {
      return null;
    }
  }
}
