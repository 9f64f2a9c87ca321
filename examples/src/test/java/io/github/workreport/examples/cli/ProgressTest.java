package io.github.workreport.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** The progress bar, drawn with the terminfo of a known terminal type on a captured stream. */
class ProgressTest {
  private static final String ESC = "\u001B";

  private static Progress.Screen screen(ByteArrayOutputStream out, String term, IntSupplier width) {
    return new Progress.Screen(Env.writer(out, false), term, width);
  }

  @Test
  void aRunLongerThanASecondRedrawsTheBarInPlaceAndClearsIt() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Progress progress = Progress.start(screen(err, "xterm-256color", () -> 80), 4)) {
      progress.step();
      Thread.sleep(1400);
    }
    String drawn = err.toString(StandardCharsets.UTF_8);
    // xterm's carriage return and clear to end of line (el, ESC [K), from its terminfo entry.
    assertThat(drawn).startsWith("\r").contains("classifying [").contains("] 1/4").contains(ESC + "[K")
        .endsWith("\r" + ESC + "[K");
    assertThat(drawn.split("\r", -1).length).as("one carriage return per redraw").isGreaterThan(3);
  }

  @Test
  void theBarFollowsTheWindowsWidth() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AtomicInteger width = new AtomicInteger(80);
    try (Progress progress = Progress.start(screen(err, "xterm-256color", width::get), 4)) {
      progress.step();
      Thread.sleep(1150);
      width.set(20);
      Thread.sleep(300);
    }
    String last = lastRedraw(err.toString(StandardCharsets.UTF_8));
    assertThat(AttributedString.fromAnsi(last).columnLength()).isLessThanOrEqualTo(19);
    assertThat(Progress.line(2, 4, 0).toString()).isEqualTo("classifying [###############---------------] 2/4");
    assertThat(Progress.line(2, 4, 20).columnLength()).isEqualTo(19);
  }

  /** The text of the last redraw before the final clearing: between the last two carriage returns. */
  private static String lastRedraw(String drawn) {
    String[] parts = drawn.split("\r");
    return parts[parts.length - 2].replace(ESC + "[K", "");
  }

  @Test
  void aDumbTerminalGetsBlanksInsteadOfTheClearingSequence() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Progress progress = Progress.start(screen(err, "dumb", () -> 60), 3)) {
      progress.step();
      Thread.sleep(1200);
    }
    String drawn = err.toString(StandardCharsets.UTF_8);
    assertThat(drawn).contains("] 1/3").doesNotContain(ESC + "[K").endsWith(" ".repeat(59) + "\r");
  }

  @Test
  void aShortRunDrawsNothing() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Progress progress = Progress.start(screen(err, "xterm-256color", () -> 80), 4)) {
      progress.step();
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void notOnATerminalOrForOneReportNothingIsDrawn() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Progress notTerminal = Progress.start(null, 4);
    Progress single = Progress.start(screen(err, "xterm-256color", () -> 80), 1);
    notTerminal.step();
    single.step();
    Thread.sleep(1200);
    notTerminal.close();
    single.close();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void anEnvironmentWhoseStandardErrorIsNoTerminalHasNoScreen() {
    Env piped = new Env(InputStream.nullInputStream(), new ByteArrayOutputStream(), new ByteArrayOutputStream(), Map.of(),
        true, false);
    assertThat(piped.progressScreen()).isNull();
    Env terminal = new Env(InputStream.nullInputStream(), new ByteArrayOutputStream(), new ByteArrayOutputStream(),
        Map.of("TERM", "xterm-256color"), true, true);
    assertThat(terminal.progressScreen().type).isEqualTo("xterm-256color");
    assertThat(terminal.progressScreen().colours).isEqualTo(256);
    Env unknown = new Env(InputStream.nullInputStream(), new ByteArrayOutputStream(), new ByteArrayOutputStream(),
        Map.of("TERM", "a-terminal-jline-does-not-know"), true, true);
    assertThat(unknown.progressScreen().type).isEqualTo("ansi");
  }
}
