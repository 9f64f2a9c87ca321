package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ReportReadExceptionTest {

  @Test
  void theMessageNamesSourcePlaceAndReason() {
    ReportReadException e = new ReportReadException("baqiao.xlsx", "任务!C7", "expected a number, found \"约三成\"");
    assertThat(e).hasMessage("baqiao.xlsx: 任务!C7: expected a number, found \"约三成\"");
    assertThat(e.source()).isEqualTo("baqiao.xlsx");
    assertThat(e.place()).isEqualTo("任务!C7");
    assertThat(e.reason()).isEqualTo("expected a number, found \"约三成\"");
    assertThat(e).isInstanceOf(WorkReportException.class);
  }

  @Test
  void aProblemWithTheWholeSourceHasNoPlace() {
    IOException cause = new IOException("boom");
    ReportReadException e = new ReportReadException("seed.txt", "", "the file is not UTF-8 or GB18030 text", cause);
    assertThat(e).hasMessage("seed.txt: the file is not UTF-8 or GB18030 text").hasCause(cause);
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> new ReportReadException(null, "", "r")).hasMessage("source");
    assertThatThrownBy(() -> new ReportReadException("s", null, "r")).hasMessage("place");
    assertThatThrownBy(() -> new ReportReadException("s", "", null)).hasMessage("reason");
  }

  // TextParseException is small enough to live here.

  @Test
  void parseErrorsCarryInputAndIndex() {
    TextParseException e = new TextParseException("quantity", "七点五", 0);
    assertThat(e).hasMessage("cannot read quantity from \"七点五\" at index 0");
    assertThat(e.input()).isEqualTo("七点五");
    assertThat(e.index()).isZero();
    String exactly64 = "a".repeat(64);
    assertThat(new TextParseException("unit", exactly64, 3).input()).isEqualTo(exactly64);
    assertThat(new TextParseException("unit", exactly64 + "b", 3).input()).isEqualTo(exactly64 + "…");
    assertThat(new TextParseException("unit", null, 0).input()).isEqualTo("null");
  }
}
