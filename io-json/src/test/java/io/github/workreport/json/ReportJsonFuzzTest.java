package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.Task;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the JSON reader. The law: whatever the bytes, {@link ReportJson#read(java.io.InputStream,
 * ReportJsonFeature...)}, {@link ReportJson#read(String, ReportJsonFeature...)} and {@link
 * ReportJson#streamTasks(java.io.InputStream, ReportJsonFeature...)} return or throw {@link
 * JsonReadException}; a document read whole streams to the same tasks (and a stream that reads to
 * its end is a document read whole); what is read writes back to JSON that reads as the same
 * report.
 *
 * <p>Without {@code JAZZER_FUZZ=1} this replays the corpus in {@code ReportJsonFuzzTestInputs}.
 */
class ReportJsonFuzzTest {
  /** Inputs are capped so that each run stays in the milliseconds; the golden file is 13 kB. */
  private static final int MAX_BYTES = 64 * 1024;

  @FuzzTest(maxDuration = "3m")
  void readBytes(byte[] data) {
    if (data.length > MAX_BYTES) {
      return;
    }
    Report whole = null;
    try {
      whole = ReportJson.read(new ByteArrayInputStream(data));
    } catch (JsonReadException expected) {
      assertPlaced(expected);
    }
    List<Task> streamed = new ArrayList<>();
    boolean streamedToEnd = false;
    try (TaskStream stream = ReportJson.streamTasks(new ByteArrayInputStream(data))) {
      stream.forEach(streamed::add);
      streamedToEnd = stream.isComplete();
      if (streamedToEnd) {
        assertThat(stream.header().tasks()).isEmpty();
      }
    } catch (JsonReadException expected) {
      assertPlaced(expected);
    }
    if (whole != null) {
      assertThat(streamedToEnd).as("streamed to the end").isTrue();
      assertThat(streamed).isEqualTo(whole.tasks());
      assertThat(ReportJson.read(ReportJson.toJson(whole))).isEqualTo(whole);
    } else {
      assertThat(streamedToEnd).as("a document the whole reader refuses streams to its end").isFalse();
    }
  }

  @FuzzTest(maxDuration = "3m")
  void readString(byte[] data) {
    if (data.length > MAX_BYTES) {
      return;
    }
    String json = new String(data, StandardCharsets.UTF_8);
    Report fromString;
    try {
      fromString = ReportJson.read(json);
    } catch (JsonReadException expected) {
      assertPlaced(expected);
      return;
    }
    assertThat(ReportJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(fromString);
  }

  private static void assertPlaced(ReportReadException e) {
    assertThat(e.source()).isNotEmpty();
    assertThat(e.getMessage()).isNotBlank();
  }
}
