package io.github.workreport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Task;
import io.github.workreport.examples.cli.PeakHeap;
import io.github.workreport.excel.ExcelLayout;
import io.github.workreport.excel.ExcelReader;
import io.github.workreport.excel.ExcelTaskStream;
import java.io.BufferedReader;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input format into every output, each run in a JVM of its own with a small heap, its peak
 * heap printed: a text table, the JSON and the workbook converted from it, each classified to JSON
 * and to a workbook (to a file and to standard output) and printed as the text table; and a table
 * on standard input. The outputs are read back as streams: the task count, the first and last
 * tasks, the totals.
 *
 * <p>By default 20 000 tasks (10 MB of text) in a 64 MB heap, which a report held whole does not
 * fit, in about a minute. {@code -Dworkreport.big=true} runs a million tasks (500 MB of text) in a
 * 256 MB heap instead, which takes the best part of an hour on two cores; {@code
 * -Dworkreport.matrixTasks=N} and {@code -Dworkreport.matrixHeap=-Xmx…} choose other sizes:
 *
 * <pre>
 * mvn -B -pl examples -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=StreamingMatrixIT -Dfailsafe.failIfNoSpecifiedTests=false -Dworkreport.big=true
 * </pre>
 */
class StreamingMatrixIT {
  private static final boolean BIG = Boolean.getBoolean("workreport.big");
  private static final int TASKS = Integer.getInteger("workreport.matrixTasks", BIG ? 1_000_000 : 20_000);
  private static final String HEAP = System.getProperty("workreport.matrixHeap", BIG ? "-Xmx256m" : "-Xmx64m");
  private static final Pattern PEAK = Pattern.compile("peak heap (\\d+) MB");

  @TempDir
  static Path dir;
  private static String first;
  private static String last;
  private static final List<String> TABLE = new ArrayList<>();

  /** What a run of the command line did. */
  private static final class Run {
    final int status;
    final String err;
    final Path out;

    Run(int status, String err, Path out) {
      this.status = status;
      this.err = err;
      this.out = out;
    }
  }

  private static Run workreport(Path stdin, String stdout, String... args) throws Exception {
    String classPath = Path.of(System.getProperty("workreport.jar", "target/workreport.jar")).toAbsolutePath()
        + File.pathSeparator + Path.of("target/test-classes").toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        HEAP, "-cp", classPath, PeakHeap.class.getName()));
    command.addAll(List.of(args));
    Path out = dir.resolve(stdout == null ? "stdout.txt" : stdout);
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    if (stdin != null) {
      builder.redirectInput(stdin.toFile());
    }
    long start = System.nanoTime();
    Process process = builder.start();
    assertThat(process.waitFor(BIG ? 60 : 5, TimeUnit.MINUTES)).as("finished: " + command).isTrue();
    double seconds = (System.nanoTime() - start) / 1e9;
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    Matcher peak = PEAK.matcher(errors);
    String line = String.format(Locale.ROOT, "| %s%s%s | %.1f | %s |", String.join(" ", args),
        stdin == null ? "" : " < " + stdin.getFileName(), stdout == null ? "" : " > " + stdout, seconds,
        peak.find() ? peak.group(1) + " MB" : "?");
    TABLE.add(line);
    System.out.println(line);
    return new Run(process.exitValue(), errors, out);
  }

  @BeforeAll
  static void inputs() throws Exception {
    Path txt = dir.resolve("big.txt");
    BigTable.write(txt, TASKS);
    List<String> seed = BigTable.seedRows();
    first = BigTable.vary(seed.get(0), 0);
    last = BigTable.vary(seed.get((TASKS - 1) % seed.size()), (TASKS - 1) / seed.size());
    TABLE.add(String.format(Locale.ROOT, "%d tasks, %s, %.0f MB of text", TASKS, HEAP, Files.size(txt) / 1e6));
    TABLE.add("| run | s | peak heap |");
    TABLE.add("|---|---|---|");
    Run json = workreport(null, null, "convert", "big.txt", "big.json");
    assertThat(json.status).as(json.err).isZero();
    checkJson(dir.resolve("big.json"), false);
    Run xlsx = workreport(null, null, "convert", "big.txt", "big.xlsx");
    assertThat(xlsx.status).as(xlsx.err).isZero();
    checkWorkbook(dir.resolve("big.xlsx"), false);
  }

  @Test
  void textInto() throws Exception {
    intoEveryOutput("big.txt");
  }

  @Test
  void jsonInto() throws Exception {
    intoEveryOutput("big.json");
  }

  @Test
  void workbookInto() throws Exception {
    intoEveryOutput("big.xlsx");
  }

  @Test
  void standardInput() throws Exception {
    Run run = workreport(dir.resolve("big.txt"), "stdin.json", "classify", "-", "--format", "json");
    assertThat(run.status).as(run.err).isZero();
    checkJson(run.out, true);
    Files.delete(run.out);
  }

  private static void intoEveryOutput(String input) throws Exception {
    String stem = input.replace('.', '-');
    Run json = workreport(null, null, "classify", input, "--output", stem + ".json");
    assertThat(json.status).as(json.err).isZero();
    checkJson(dir.resolve(stem + ".json"), true);
    Files.delete(dir.resolve(stem + ".json"));

    Run piped = workreport(null, stem + "-stdout.json", "classify", input, "--format", "json");
    assertThat(piped.status).as(piped.err).isZero();
    checkJson(piped.out, true);
    Files.delete(piped.out);

    Run xlsx = workreport(null, null, "classify", input, "--output", stem + ".xlsx");
    assertThat(xlsx.status).as(xlsx.err).isZero();
    checkWorkbook(dir.resolve(stem + ".xlsx"), true);
    Files.delete(dir.resolve(stem + ".xlsx"));

    Run pipedXlsx = workreport(null, stem + "-stdout.xlsx", "classify", input, "--format", "xlsx");
    assertThat(pipedXlsx.status).as(pipedXlsx.err).isZero();
    checkWorkbook(pipedXlsx.out, true);
    Files.delete(pipedXlsx.out);

    Run text = workreport(null, stem + ".out.txt", "classify", input);
    assertThat(text.status).as(text.err).isZero();
    checkText(text.out);
    Files.delete(text.out);
  }

  /** Streams the document back: the count, the first and the last task, the declared total. */
  private static void checkJson(Path file, boolean classified) {
    StreamingBigIT.checkJson(file, TASKS, first, last, classified);
  }

  /** Streams the workbook back with the library's own reader. */
  private static void checkWorkbook(Path file, boolean classified) {
    try (ExcelTaskStream in = ExcelReader.of(ExcelLayout.DEFAULT).stream(file)) {
      assertThat(in.header().declaredTotals().total()).contains(TASKS);
      long n = 0;
      Task previous = null;
      for (Task task : in) {
        if (n == 0) {
          assertThat(task.number()).isEqualTo(1);
          assertThat(first).startsWith(task.text());
        }
        assertThat(task.assessment().isPresent()).isEqualTo(classified);
        previous = task;
        n++;
      }
      assertThat(n).isEqualTo(TASKS);
      assertThat(previous.number()).isEqualTo(TASKS);
      assertThat(in.end().sections()).hasSize(1);
    }
  }

  /** A row per task, then the count and the totals. */
  private static void checkText(Path file) throws Exception {
    long rows = 0;
    boolean counted = false;
    boolean total = false;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("已完成 ")) {
          rows++;
        }
        counted |= line.equals(TASKS + " tasks listed, " + TASKS + " declared");
        total |= line.matches("\\s+total\\s+" + TASKS + "\\s+" + TASKS);
      }
    }
    assertThat(rows).isEqualTo(TASKS);
    assertThat(counted).as("the count after the table").isTrue();
    assertThat(total).as("the totals").isTrue();
  }

  @org.junit.jupiter.api.AfterAll
  static void table() {
    System.out.println(String.join("\n", TABLE));
  }
}
