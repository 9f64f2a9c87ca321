package io.github.workreport.examples.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.jline.utils.AttributedCharSequence;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Curses;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * A progress bar on standard error, redrawn in place with jline's terminfo — the terminal's
 * carriage return, the bar cut to the window's width, the terminal's clear-to-end-of-line — and drawn only when
 * standard error is a terminal and the work has run for more than a second: short runs and
 * redirected output see nothing. Closing it clears the line.
 */
final class Progress implements AutoCloseable {
  private static final long DELAY_MILLIS = 1000;
  private static final long PERIOD_MILLIS = 100;
  /** The widest the bar itself gets; the count follows it. */
  private static final int BAR = 30;

  /**
   * Where the bar is drawn: standard error, the terminfo capabilities of its terminal type (jline's
   * database: xterm, screen, rxvt, ansi, dumb… — a type it does not know is taken for ansi, whose
   * carriage return and clear-to-end-of-line every terminal emulator understands) and the window's
   * current width in columns (0 if unknown). No jline {@code Terminal} is opened: a terminal object
   * would probe the window with queries whose answers land in the user's shell.
   */
  static final class Screen {
    final PrintWriter out;
    final String type;
    final int colours;
    final IntSupplier width;
    private final Map<Capability, String> strings = new EnumMap<>(Capability.class);

    Screen(PrintWriter out, String term, IntSupplier width) {
      this.out = out;
      this.width = width;
      String caps = term.isEmpty() ? null : InfoCmp.getDefaultInfoCmp(term);
      this.type = caps != null ? term : "ansi";
      Map<Capability, Integer> numbers = new EnumMap<>(Capability.class);
      InfoCmp.parseInfoCmp(caps != null ? caps : InfoCmp.getDefaultInfoCmp("ansi"),
          EnumSet.noneOf(Capability.class), numbers, strings);
      this.colours = numbers.getOrDefault(Capability.max_colors, 0);
    }

    /** Writes the capability's string; false when the terminal has none. */
    boolean puts(Capability capability) {
      String value = strings.get(capability);
      if (value == null) {
        return false;
      }
      Curses.tputs(out, value);
      return true;
    }

    /** The text with its colours, or plain on a terminal without colours. */
    String render(AttributedString text) {
      return colours >= 8 ? text.toAnsi(colours, AttributedCharSequence.ForceMode.None) : text.toString();
    }
  }

  private final Screen screen;
  private final int total;
  private final AtomicInteger done = new AtomicInteger();
  private final Thread painter;
  private volatile boolean closed;
  private boolean drawn;

  private Progress(Screen screen, int total) {
    this.screen = screen;
    this.total = total;
    if (screen != null) {
      painter = new Thread(this::paint, "workreport-progress");
      painter.setDaemon(true);
      painter.start();
    } else {
      painter = null;
    }
  }

  /**
   * A bar for {@code total} steps on {@code screen}; nothing is drawn when the screen is null (not
   * a terminal) or there is only one step.
   */
  static Progress start(Screen screen, int total) {
    return new Progress(total > 1 ? screen : null, total);
  }

  static Progress none() {
    return new Progress(null, 0);
  }

  void step() {
    done.incrementAndGet();
  }

  private void paint() {
    try {
      Thread.sleep(DELAY_MILLIS);
      while (!closed) {
        draw();
        Thread.sleep(PERIOD_MILLIS);
      }
    } catch (InterruptedException e) {
      // closed
    }
  }

  /** The line for {@code n} of {@code total} done, fitted to {@code width} columns (0: no limit). */
  static AttributedString line(int n, int total, int width) {
    int filled = total == 0 ? BAR : BAR * Math.min(n, total) / total;
    AttributedStringBuilder line = new AttributedStringBuilder()
        .append("classifying [")
        .append("#".repeat(filled), AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN))
        .append("-".repeat(BAR - filled))
        .append("] " + n + "/" + total);
    AttributedString text = line.toAttributedString();
    // One column short of the width: a line that fills it would wrap on some terminals.
    return width > 1 && text.columnLength() > width - 1 ? text.columnSubSequence(0, width - 1) : text;
  }

  private synchronized void draw() {
    if (closed) {
      return;
    }
    int width = screen.width.getAsInt();
    AttributedString text = line(done.get(), total, width);
    screen.puts(Capability.carriage_return);
    screen.out.print(screen.render(text));
    if (!screen.puts(Capability.clr_eol) && width > 1) {
      // A terminal without the capability (TERM=dumb): blanks over what a longer line left.
      screen.out.print(" ".repeat(Math.max(0, width - 1 - text.columnLength())));
    }
    screen.out.flush();
    drawn = true;
  }

  @Override
  public void close() {
    if (painter == null) {
      return;
    }
    synchronized (this) {
      closed = true;
      if (drawn) {
        screen.puts(Capability.carriage_return);
        if (!screen.puts(Capability.clr_eol)) {
          screen.out.print(" ".repeat(Math.max(0, screen.width.getAsInt() - 1)));
          screen.puts(Capability.carriage_return);
        }
        screen.out.flush();
      }
    }
    painter.interrupt();
  }
}
