package io.github.workreport.examples.cli;

import io.github.workreport.ReportReadException;
import io.github.workreport.rules.ClassificationPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code workreport} command line: {@code classify}, {@code compare}, {@code convert} and {@code summary}.
 *
 * <p>Exit status 0 on success; 1 when an input cannot be read (one line on standard error naming
 * the file, the place and the reason; {@code --debug} adds the stack trace) or an output cannot be
 * written; 2 on a usage error.
 */
@Command(name = "workreport",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    subcommands = {ClassifyCommand.class, CompareCommand.class, ConvertCommand.class, SummaryCommand.class, CommandLine.HelpCommand.class},
    description = {
        "Reads government work-report task tables (工作任务分解表), finds the quantitative targets and "
            + "the achieved values, and classifies every task as",
        "超额完成, 完成, 基本完成, 持续推进 or 未完成.",
        ""},
    footer = {"", "Run 'workreport classify' to classify the bundled Baqiao 2020 report.",
        "Exit status: 0 success, 1 bad input (one line on stderr), 2 usage error."})
public final class Main implements Callable<Integer> {
  /** Exit status when an input cannot be read or an output cannot be written. */
  static final int BAD_INPUT = 1;
  /** Exit status of a usage error. */
  static final int USAGE = 2;

  final Env env;

  @Spec
  CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On failure, print the stack trace as well as the one-line reason.")
  boolean debug;

  Main(Env env) {
    this.env = env;
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(Env.system(), args));
  }

  /**
   * Runs the command line in {@code env} and returns the exit status; never throws.
   *
   * @param env the streams, variables and terminals
   * @param args the arguments
   * @return 0, 1 or 2
   */
  public static int run(Env env, String... args) {
    // Standard output is flushed once at the end (and before JSON is written to it); standard error
    // at every line, so that a failure shows at once.
    PrintWriter out = Env.writer(env.out, false);
    PrintWriter err = Env.writer(env.err, true);
    try {
      return commandLine(env, out, err).execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands exceptions to the handlers below; errors (a stack overflow on a hostile file,
      // memory running out) and a failure inside a handler arrive here.
      err.println(message(e));
      return BAD_INPUT;
    } finally {
      out.flush();
      err.flush();
    }
  }

  static CommandLine commandLine(Env env, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main(env));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(env.colour() ? Ansi.ON : Ansi.OFF));
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      fail(e, commandLine.getErr(), debug(parseResult));
      return BAD_INPUT;
    });
    return cl;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing a command: classify, compare, convert or summary");
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println(oneLine(e.getMessage()));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    return USAGE;
  }

  private static boolean debug(ParseResult result) {
    for (ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Prints the one line for {@code e}, and its stack trace when debugging. */
  static void fail(Throwable e, PrintWriter err, boolean debug) {
    err.println(message(e));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
  }

  /**
   * One line that says what went wrong: {@code file: place: reason} for an input, {@code file:
   * cannot write: reason} for an output; anything else is a bug, said as such.
   */
  static String message(Throwable e) {
    if (e instanceof ReportReadException || e instanceof Failure) {
      return oneLine(e.getMessage());
    }
    if (e instanceof UncheckedIOException) {
      return oneLine("cannot read or write: " + Failure.reason(((UncheckedIOException) e).getCause()));
    }
    if (e instanceof OutOfMemoryError) {
      return "workreport: out of memory; give Java more (java -Xmx2g -jar …) or fewer inputs at once";
    }
    if (e instanceof StackOverflowError) {
      return "workreport: internal error: stack overflow (run again with --debug to see where)";
    }
    return oneLine("workreport: internal error: " + e + " (run again with --debug to see where)");
  }

  /** Line breaks inside a message would make it several lines; they become spaces. */
  static String oneLine(String text) {
    return String.valueOf(text).replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** The version from the Maven project, through a filtered resource. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("/io/github/workreport/examples/version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {
          "workreport " + properties.getProperty("version", "(unknown version)"),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
  }

  /** {@code ratio=0.9,points=1.0} to a policy; a bad one is a usage error. */
  static final class PolicyConverter implements ITypeConverter<ClassificationPolicy> {
    @Override
    public ClassificationPolicy convert(String value) {
      try {
        return ClassificationPolicy.parse(value);
      } catch (RuntimeException e) {
        throw new TypeConversionException("'" + value + "' is not a policy (" + e.getMessage()
            + "); write it as ratio=0.9,points=1.0, ratio in (0, 1], points 0 or more");
      }
    }
  }
}
