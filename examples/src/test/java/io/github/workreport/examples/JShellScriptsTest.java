package io.github.workreport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every script of {@code examples/jshell} as the {@code jshell} tool runs a file, through the
 * {@code jdk.jshell} API, and fails on a rejected snippet, an exception or an unresolved
 * reference — a {@code jshell} process exits 0 after all of these, so only this catches a script
 * that rots.
 */
class JShellScriptsTest {
  private static final Path SCRIPTS = Path.of("jshell");

  /** What each script must print, beside running cleanly. */
  private static final Map<String, List<String>> EXPECTED = Map.of(
      "01-quickstart.jsh", List.of("Report[《灞桥区 2020 年政府工作报告》工作任务分解表, 2020-12 (全年), 107 tasks, classified]",
          "Summary[灞桥区 2020, 2020-12 (全年), 107 tasks (declared 107), classified]"),
      "02-claims.jsh", List.of("申报完成 → 评估", "    目标 "),
      "03-units.jsh", List.of(" tasks, ", "  [已完成 "),
      "04-excel.jsh", List.of("read back equal: true"));

  /** The imports of the jshell tool's DEFAULT startup, which the scripts may rely on as users do. */
  private static final List<String> DEFAULT_STARTUP = List.of(
      "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
      "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
      "import java.util.prefs.*;", "import java.util.regex.*;", "import java.util.stream.*;");

  static Stream<Path> scripts() throws IOException {
    try (Stream<Path> files = Files.list(SCRIPTS)) {
      return files.filter(p -> p.toString().endsWith(".jsh")).sorted().collect(Collectors.toList()).stream();
    }
  }

  @Test
  void theFourScriptsAreThere() throws IOException {
    assertThat(scripts().map(p -> p.getFileName().toString()))
        .containsExactlyElementsOf(EXPECTED.keySet().stream().sorted().collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("scripts")
  void scriptRunsCleanly(Path script) throws IOException {
    String source = Files.readString(script);
    List<String> lines = source.lines().collect(Collectors.toList());
    assertThat(lines.get(0)).as("starts with a comment saying what it shows").startsWith("// ");
    assertThat(lines.get(lines.size() - 1)).as("ends with /exit").isEqualTo("/exit");
    assertThat(source).as("says how to run it").contains("jshell --class-path examples/target/workreport.jar examples/jshell/"
        + script.getFileName());

    String output = run(source);

    assertThat(output).isNotBlank();
    for (String expected : EXPECTED.get(script.getFileName().toString())) {
      assertThat(output).contains(expected);
    }
  }

  // --- the runner fails on what rots a script ---------------------------------------------------

  @Test
  void aCompileErrorFails() {
    assertThatThrownBy(() -> run("int x = \"a\";\n/exit\n")).hasMessageContaining("REJECTED")
        .hasMessageContaining("incompatible types");
  }

  @Test
  void aRenamedMethodFails() {
    assertThatThrownBy(() -> run("import io.github.workreport.examples.WorkReports;\nWorkReports.bundle();\n"))
        .hasMessageContaining("REJECTED").hasMessageContaining("cannot find symbol");
  }

  @Test
  void anExceptionFails() {
    assertThatThrownBy(() -> run("Path.of(\"/no/such\").toFile().listFiles().length;\n"))
        .hasMessageContaining("threw").hasMessageContaining("NullPointerException");
  }

  @Test
  void anUnresolvedReferenceFails() {
    assertThatThrownBy(() -> run("void f() { g(); }\n")).hasMessageContaining("unresolved").hasMessageContaining("g()");
  }

  @Test
  void aLineStartingWithADotIsItsOwnSnippetAsInJshell() {
    assertThatThrownBy(() -> run("String s = \"ab\"\n    .toUpperCase();\n")).hasMessageContaining("REJECTED");
  }

  @Test
  void commandsOtherThanExitAreNotRun() {
    assertThatThrownBy(() -> run("/open other.jsh\n")).hasMessageContaining("/open");
  }

  /**
   * Runs {@code source} as {@code jshell FILE} does: line by line, a snippet complete as soon as a
   * line completes it ({@link SourceCodeAnalysis#analyzeCompletion}); {@code /exit} ends the run.
   * Returns what the snippets printed.
   */
  static String run(String source) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    PrintStream stdout = System.out;
    System.setOut(capture);
    try (JShell shell = JShell.builder().executionEngine("local").out(capture).err(capture).build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      for (String line : DEFAULT_STARTUP) {
        eval(shell, line);
      }
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      StringBuilder pending = new StringBuilder();
      for (String line : source.split("\n", -1)) {
        String command = line.strip();
        if (pending.length() == 0 && command.startsWith("/") && !command.startsWith("//") && !command.startsWith("/*")) {
          if (command.equals("/exit")) {
            break;
          }
          throw new AssertionError("a jshell command the test does not run: " + command);
        }
        pending.append(line).append('\n');
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending.toString());
        while (info.completeness().isComplete()) {
          eval(shell, info.source());
          pending = new StringBuilder(info.remaining());
          info = analysis.analyzeCompletion(pending.toString());
        }
        if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
          pending.setLength(0);
        }
      }
      if (!pending.toString().isBlank()) {
        eval(shell, pending.toString());
      }
    } finally {
      System.setOut(stdout);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    stdout.print(output);
    return output;
  }

  private static void eval(JShell shell, String snippet) {
    List<String> problems = new ArrayList<>();
    for (SnippetEvent event : shell.eval(snippet)) {
      Snippet s = event.snippet();
      if (event.status() == Snippet.Status.REJECTED) {
        problems.add("REJECTED: " + shell.diagnostics(s).map(d -> d.getMessage(Locale.ENGLISH))
            .collect(Collectors.joining("; ")));
      }
      if (event.exception() != null) {
        Exception e = event.exception();
        problems.add("threw " + (e instanceof EvalException ? ((EvalException) e).getExceptionClassName()
            : e.getClass().getName()) + ": " + e.getMessage());
      }
      if (s instanceof DeclarationSnippet) {
        List<String> unresolved = shell.unresolvedDependencies((DeclarationSnippet) s).collect(Collectors.toList());
        if (!unresolved.isEmpty()) {
          problems.add("unresolved " + unresolved);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems) + "\n  in snippet: " + snippet.strip());
    }
  }
}
