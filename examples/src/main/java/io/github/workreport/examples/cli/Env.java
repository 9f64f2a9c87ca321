package io.github.workreport.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * What a run of the command line sees of the world: its streams, its environment variables, and
 * whether standard output and standard error are terminals, how wide, and of what type. For the
 * process itself jline answers ({@link #system()}: its JNI provider asks the operating system, on
 * Linux, macOS, Windows and FreeBSD alike); tests pass their own.
 */
public final class Env {
  final InputStream in;
  final OutputStream out;
  final OutputStream err;
  final Map<String, String> variables;
  final boolean outIsTerminal;
  final boolean errIsTerminal;
  private final IntSupplier outWidth;
  private final IntSupplier errWidth;

  /**
   * An environment whose terminals, if any, are 80 columns wide.
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
    this(in, out, err, variables, outIsTerminal, errIsTerminal, () -> 80, () -> 80);
  }

  Env(InputStream in, OutputStream out, OutputStream err, Map<String, String> variables,
      boolean outIsTerminal, boolean errIsTerminal, IntSupplier outWidth, IntSupplier errWidth) {
    this.in = Objects.requireNonNull(in, "in");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.variables = Map.copyOf(variables);
    this.outIsTerminal = outIsTerminal;
    this.errIsTerminal = errIsTerminal;
    this.outWidth = outWidth;
    this.errWidth = errWidth;
  }

  /**
   * The process's own streams and environment, the terminals as jline's JNI provider finds them
   * (then its exec provider, which runs {@code test -t} and {@code stty}; with neither, a console
   * exists only when standard input and output are both terminals).
   *
   * @return the environment
   */
  static Env system() {
    TerminalProvider provider = provider();
    boolean outTerminal;
    boolean errTerminal;
    if (provider != null) {
      outTerminal = provider.isSystemStream(SystemStream.Output);
      errTerminal = provider.isSystemStream(SystemStream.Error);
    } else {
      outTerminal = System.console() != null;
      errTerminal = outTerminal;
    }
    return new Env(new FileInputStream(FileDescriptor.in),
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        new FileOutputStream(FileDescriptor.err), System.getenv(), outTerminal, errTerminal,
        () -> width(provider, SystemStream.Output), () -> width(provider, SystemStream.Error));
  }

  private static TerminalProvider provider() {
    for (String name : new String[] {TerminalBuilder.PROP_PROVIDER_JNI, TerminalBuilder.PROP_PROVIDER_EXEC}) {
      try {
        return TerminalProvider.load(name);
      } catch (IOException | RuntimeException | LinkageError unavailable) {
        // A platform without the native library, or without the commands: try the next one.
      }
    }
    return null;
  }

  /** The stream's columns now (a window can be resized), 0 when unknown. */
  private static int width(TerminalProvider provider, SystemStream stream) {
    if (provider == null) {
      return 0;
    }
    try {
      return Math.max(0, provider.systemStreamWidth(stream));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** Colour on standard output: only on a terminal, and never when NO_COLOR is set (no-color.org). */
  boolean colour() {
    String noColor = variables.get("NO_COLOR");
    return outIsTerminal && (noColor == null || noColor.isEmpty());
  }

  /** The columns of standard output's terminal; 0 when it is not one or its width is not known. */
  int width() {
    return outIsTerminal ? outWidth.getAsInt() : 0;
  }

  /**
   * Where a progress bar is drawn: standard error with the capabilities of the terminal type
   * {@code TERM} names; null when standard error is not a terminal. Its width follows the window's
   * ({@link Progress} asks before each redraw).
   */
  Progress.Screen progressScreen() {
    return errIsTerminal ? new Progress.Screen(writer(err, false), variables.getOrDefault("TERM", ""), errWidth) : null;
  }

  /** A UTF-8 writer on {@code stream}; with {@code autoFlush}, flushed at every line. */
  static PrintWriter writer(OutputStream stream, boolean autoFlush) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), autoFlush);
  }
}
