package io.github.workreport.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a run of the command line sees of the world: its streams, its environment variables, and
 * whether standard output and standard error are terminals. Tests pass their own.
 */
public final class Env {
  final InputStream in;
  final OutputStream out;
  final OutputStream err;
  final Map<String, String> variables;
  final boolean outIsTerminal;
  final boolean errIsTerminal;

  /**
   * An environment.
   *
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param variables the environment variables, such as {@code NO_COLOR}
   * @param outIsTerminal whether standard output is a terminal
   * @param errIsTerminal whether standard error is a terminal
   */
  public Env(InputStream in, OutputStream out, OutputStream err, Map<String, String> variables,
      boolean outIsTerminal, boolean errIsTerminal) {
    this.in = Objects.requireNonNull(in, "in");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.variables = Map.copyOf(variables);
    this.outIsTerminal = outIsTerminal;
    this.errIsTerminal = errIsTerminal;
  }

  /** The process's own streams and environment. @return the environment */
  static Env system() {
    return new Env(new FileInputStream(FileDescriptor.in),
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        new FileOutputStream(FileDescriptor.err), System.getenv(), isTerminal(1), isTerminal(2));
  }

  /**
   * Whether file descriptor {@code fd} is a terminal. Java 17 cannot ask directly; on Linux the
   * descriptor's link in /proc names the device, elsewhere a console exists only when both standard
   * input and output are terminals.
   */
  static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (Exception noProc) {
      return System.console() != null;
    }
  }

  /** Colour on standard output: only on a terminal, and never when NO_COLOR is set (no-color.org). */
  boolean colour() {
    String noColor = variables.get("NO_COLOR");
    return outIsTerminal && (noColor == null || noColor.isEmpty());
  }

  /** A UTF-8 writer on {@code stream}; with {@code autoFlush}, flushed at every line. */
  static PrintWriter writer(OutputStream stream, boolean autoFlush) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), autoFlush);
  }
}
