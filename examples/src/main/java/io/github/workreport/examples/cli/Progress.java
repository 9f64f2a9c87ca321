package io.github.workreport.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress bar on standard error, drawn only when standard error is a terminal and the work has
 * run for more than a second: short runs and redirected output see nothing.
 */
final class Progress implements AutoCloseable {
  private static final long DELAY_MILLIS = 1000;
  private static final long PERIOD_MILLIS = 100;
  private static final int BAR = 30;

  private final PrintWriter err;
  private final int total;
  private final AtomicInteger done = new AtomicInteger();
  private final Thread painter;
  private volatile boolean closed;
  private boolean drawn;

  private Progress(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    if (enabled) {
      painter = new Thread(this::paint, "workreport-progress");
      painter.setDaemon(true);
      painter.start();
    } else {
      painter = null;
    }
  }

  static Progress start(PrintWriter err, int total, boolean enabled) {
    return new Progress(err, total, enabled && total > 1);
  }

  static Progress none() {
    return new Progress(null, 0, false);
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

  private synchronized void draw() {
    if (closed) {
      return;
    }
    int n = done.get();
    int filled = total == 0 ? BAR : BAR * n / total;
    err.print("\rclassifying [" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + n + "/" + total);
    err.flush();
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
        err.print("\r\u001B[2K");
        err.flush();
      }
    }
    painter.interrupt();
  }
}
