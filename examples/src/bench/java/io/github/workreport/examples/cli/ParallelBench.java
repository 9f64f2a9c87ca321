package io.github.workreport.examples.cli;

import io.github.workreport.Report;
import io.github.workreport.examples.CorpusGenerator;
import io.github.workreport.examples.WorkReports;
import io.github.workreport.text.TableText;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Parallel batch classification as the command line runs it ({@link Batch#run}, read + extract +
 * classify per report), on generated reports of 100–300 tasks: 1 thread against 2 (or the counts
 * given), with wall time, process CPU time, GC time, tasks per second and the speed-up. By default
 * the reports are held as UTF-8 bytes in memory so that the disk is not measured; {@code --files}
 * writes them to a temporary directory and reads them from there as the CLI does.
 *
 * <pre>
 * mvn -B -q -Pbench -pl examples -am process-test-classes
 * mvn -B -q -Pbench -pl examples -am process-test-classes -Dbench.args="--reports 5000 --distinct 500 --threads 1,2 --rounds 3"
 * </pre>
 */
public final class ParallelBench {
  private ParallelBench() {}

  public static void main(String[] args) throws Exception {
    int reports = 5000;
    int distinct = 500;
    int rounds = 3;
    boolean files = false;
    int[] threads = {1, 2};
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--reports" -> reports = Integer.parseInt(args[++i]);
        case "--distinct" -> distinct = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--files" -> files = true;
        case "--threads" -> threads = java.util.Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; options: --reports N --distinct N --rounds N --threads 1,2 --files");
      }
    }
    CorpusGenerator generator = new CorpusGenerator(2020);
    List<byte[]> texts = new ArrayList<>();
    long distinctTasks = 0;
    int[] taskCounts = new int[distinct];
    for (int i = 0; i < distinct; i++) {
      CorpusGenerator.Generated g = generator.generate(i % generator.placeCount(), 2015 + i % 10);
      texts.add(g.text().getBytes(StandardCharsets.UTF_8));
      taskCounts[i] = g.tasks();
      distinctTasks += g.tasks();
    }
    Map<String, byte[]> memory = new HashMap<>();
    List<Input> inputs = new ArrayList<>(reports);
    long tasks = 0;
    Path dir = files ? Files.createTempDirectory("workreport-parallel") : null;
    for (int i = 0; i < reports; i++) {
      Path path = Path.of(String.format(Locale.ROOT, "r%05d.txt", i));
      if (files) {
        path = dir.resolve(path);
        Files.write(path, texts.get(i % distinct));
      } else {
        memory.put(path.toString(), texts.get(i % distinct));
      }
      inputs.add(Input.file(path));
      tasks += taskCounts[i % distinct];
    }
    long bytes = texts.stream().mapToLong(b -> b.length).sum() * reports / distinct;
    Function<Input, Integer> work = files
        ? input -> WorkReports.classify(input.read(System.in)).tasks().size()
        : input -> {
          Report report = TableText.read(memory.get(input.name()), input.name());
          return WorkReports.classify(report).tasks().size();
        };

    System.out.printf(Locale.ROOT, "%d reports (%d distinct), %d tasks, %.0f MB of text, %s; %d cores, java %s%n",
        reports, distinct, tasks, bytes / 1e6, files ? "read from files" : "in memory",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    // Warm-up: one pass over the distinct reports on every thread count, so that the JIT has
    // compiled the hot paths before anything is timed.
    for (int t : threads) {
      check(Batch.run(inputs.subList(0, Math.min(distinct, reports)), work, t, Progress.none()), -1);
    }
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    System.out.println();
    System.out.println("threads  round   wall s    cpu s  cpu/wall    gc s   tasks/s   speed-up");
    double base = 0;
    for (int t : threads) {
      double best = Double.MAX_VALUE;
      for (int r = 1; r <= rounds; r++) {
        System.gc();
        long gc0 = gcMillis();
        long cpu0 = processCpuNanos();
        long wall0 = System.nanoTime();
        check(Batch.run(inputs, work, t, Progress.none()), tasks);
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        double gc = (gcMillis() - gc0) / 1e3;
        best = Math.min(best, wall);
        if (t == threads[0] && base == 0 && r == rounds) {
          base = best;
        }
        double speedUp = base == 0 ? 1 : base / wall;
        System.out.printf(Locale.ROOT, "%7d  %5d  %7.2f  %7.2f  %8.2f  %6.2f  %8.0f   %8.2f%n",
            t, r, wall, cpu, cpu / wall, gc, tasks / wall, speedUp);
      }
      System.out.printf(Locale.ROOT, "%7d   best  %7.2f  %35.0f   %8.2f%n", t, best, tasks / best,
          base == 0 ? 1 : base / best);
    }
    System.out.printf(Locale.ROOT, "load average now %.2f (other processes on the machine lower the speed-up)%n",
        os.getSystemLoadAverage());
  }

  /**
   * The process's CPU time, user and system, from /proc/self/stat (the examples module does not
   * read jdk.management, where com.sun.management's getProcessCpuTime lives); -1 elsewhere.
   */
  private static long processCpuNanos() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // After the command: state is field 3, utime field 14 and stime field 15 (1-based).
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  private static void check(List<Batch.Result<Integer>> results, long expectedTasks) {
    long tasks = 0;
    for (Batch.Result<Integer> result : results) {
      if (result.error != null) {
        throw new IllegalStateException(result.input.name(), result.error);
      }
      tasks += result.value;
    }
    if (expectedTasks >= 0 && tasks != expectedTasks) {
      throw new IllegalStateException("classified " + tasks + " tasks, expected " + expectedTasks);
    }
  }
}
