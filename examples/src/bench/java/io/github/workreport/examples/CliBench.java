package io.github.workreport.examples;

import io.github.workreport.rules.ClassificationPolicy;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The command line against the library on one large table, in one run: {@code java -jar
 * workreport.jar classify big.txt --format json > out} (a new JVM each time, standard output to a
 * file), its start-up ({@code --version}), and the same conversion in this JVM once warm ({@link
 * Converter}: read, extract, classify, write JSON to a stream that discards it). Rounds alternate
 * the runs so that the load of a shared machine falls on all of them alike; the best of each is
 * reported with the median.
 *
 * <pre>
 * mvn -B -q -Pbench -pl examples -am process-test-classes -Dbench.main=io.github.workreport.examples.CliBench \
 *   -Dbench.args="--tasks 107000 --rounds 5 --threads 1,2"
 * </pre>
 *
 * Needs {@code examples/target/workreport.jar} ({@code mvn -q -DskipTests package}); {@code --jar}
 * names another.
 */
public final class CliBench {
  private CliBench() {}

  public static void main(String[] args) throws Exception {
    int tasks = 107_000;
    int rounds = 5;
    int[] threads = {1, 2};
    Path jar = Path.of("target/workreport.jar");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--tasks" -> tasks = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        case "--jar" -> jar = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; options: --tasks N --rounds N --threads 1,2 --jar FILE");
      }
    }
    if (!Files.isRegularFile(jar)) {
      jar = Path.of("examples/target/workreport.jar");
    }
    jar = jar.toAbsolutePath(); // the runs start in a temporary directory
    Path dir = Files.createTempDirectory("workreport-clibench-");
    Path big = dir.resolve("big.txt");
    BigTable.write(big, tasks);
    Path out = dir.resolve("out.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    System.out.printf(Locale.ROOT, "%d tasks, %.1f MB; %d processors; jar %s%n", tasks, Files.size(big) / 1e6,
        Runtime.getRuntime().availableProcessors(), jar);

    // Warm the library up: two conversions per thread count.
    for (int t : threads) {
      for (int w = 0; w < 2; w++) {
        library(big, t, false);
      }
    }
    List<Double> version = new ArrayList<>();
    List<List<Double>> cli = new ArrayList<>();
    List<List<Double>> lib = new ArrayList<>();
    List<Double> compact = new ArrayList<>();
    for (int k = 0; k < threads.length; k++) {
      cli.add(new ArrayList<>());
      lib.add(new ArrayList<>());
    }
    for (int r = 0; r < rounds; r++) {
      version.add(run(List.of(java, "-jar", jar.toString(), "--version"), null, dir));
      for (int k = 0; k < threads.length; k++) {
        cli.get(k).add(run(List.of(java, "-jar", jar.toString(), "classify", "big.txt", "--format", "json",
            "--threads", String.valueOf(threads[k])), out, dir));
        lib.get(k).add(library(big, threads[k], false));
      }
      compact.add(library(big, threads[threads.length - 1], true));
      System.out.printf(Locale.ROOT, "round %d: --version %.2f s; cli %s s; library %s s; library compact %.2f s%n",
          r + 1, version.get(r), column(cli, r), column(lib, r), compact.get(r));
    }
    double start = best(version);
    System.out.printf(Locale.ROOT, "%n--version: best %.2f s, median %.2f s%n", start, median(version));
    System.out.println("| threads | CLI wall s (best / median) | tasks/s after JVM start (best) | library s (best / median) "
        + "| library tasks/s | CLI / library (best / median) |");
    System.out.println("|---|---|---|---|---|---|");
    for (int k = 0; k < threads.length; k++) {
      double c = best(cli.get(k));
      double l = best(lib.get(k));
      System.out.printf(Locale.ROOT, "| %d | %.2f / %.2f | %,.0f | %.2f / %.2f | %,.0f | %.2f / %.2f |%n", threads[k], c,
          median(cli.get(k)), tasks / (c - start), l, median(lib.get(k)), tasks / l, c / l,
          median(cli.get(k)) / median(lib.get(k)));
    }
    System.out.printf(Locale.ROOT, "library, compact JSON, %d threads: best %.2f s, median %.2f s%n",
        threads[threads.length - 1], best(compact), median(compact));
    Files.deleteIfExists(out);
    Files.deleteIfExists(big);
    Files.deleteIfExists(dir);
  }

  private static String column(List<List<Double>> runs, int round) {
    List<String> cells = new ArrayList<>();
    runs.forEach(r -> cells.add(String.format(Locale.ROOT, "%.2f", r.get(round))));
    return String.join(" / ", cells);
  }

  /** Seconds of one conversion in this JVM, the output discarded. */
  private static double library(Path big, int threads, boolean compact) {
    long start = System.nanoTime();
    long n = Converter.of(ClassificationPolicy.defaults()).threads(threads).compact(compact)
        .convert(big, big.toString(), OutputStream.nullOutputStream(), "json");
    double seconds = (System.nanoTime() - start) / 1e9;
    if (n <= 0) {
      throw new IllegalStateException("no tasks written");
    }
    return seconds;
  }

  /** Seconds of a process, standard output to {@code out} (or discarded). */
  private static double run(List<String> command, Path out, Path dir) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()));
    long start = System.nanoTime();
    Process p = builder.start();
    int status = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != 0) {
      throw new IllegalStateException(String.join(" ", command) + ": exit " + status);
    }
    if (out != null && new File(out.toString()).length() == 0) {
      throw new IllegalStateException(String.join(" ", command) + ": no output");
    }
    return seconds;
  }

  private static double best(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }
}
