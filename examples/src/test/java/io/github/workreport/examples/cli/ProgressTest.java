package io.github.workreport.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void aRunLongerThanASecondOnATerminalDrawsABarAndClearsIt() throws InterruptedException {
    StringWriter err = new StringWriter();
    try (Progress progress = Progress.start(new PrintWriter(err), 4, true)) {
      progress.step();
      Thread.sleep(1400);
    }
    assertThat(err.toString()).startsWith("\rclassifying [").contains("] 1/4").endsWith("\r\u001B[2K");
  }

  @Test
  void aShortRunDrawsNothing() {
    StringWriter err = new StringWriter();
    try (Progress progress = Progress.start(new PrintWriter(err), 4, true)) {
      progress.step();
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void notOnATerminalOrForOneReportNothingIsDrawn() throws InterruptedException {
    StringWriter err = new StringWriter();
    Progress notTerminal = Progress.start(new PrintWriter(err), 4, false);
    Progress single = Progress.start(new PrintWriter(err), 1, true);
    notTerminal.step();
    single.step();
    Thread.sleep(1200);
    notTerminal.close();
    single.close();
    assertThat(err.toString()).isEmpty();
  }
}
