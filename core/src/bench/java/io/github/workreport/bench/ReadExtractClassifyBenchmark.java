package io.github.workreport.bench;

import io.github.workreport.Report;
import io.github.workreport.rules.Classifier;
import io.github.workreport.text.TableText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Read + extract + classify on the Baqiao seed replicated to {@code tasks} rows, beside the floor of
 * merely splitting the same text into lines and cells, in one run on one thread. The machine is
 * shared, so the ratio to the floor is the figure to trust; tasks per second is {@code tasks}
 * divided by the time per operation.
 *
 * <pre>
 * mvn -B -q -Pbench -pl core test-compile exec:exec@bench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
@Threads(1)
public class ReadExtractClassifyBenchmark {

  @Param("100000")
  public int tasks;

  private String text;
  private Report read;

  @Setup(Level.Trial)
  public void setUp() {
    text = replicated(seed(), tasks);
    read = TableText.read(text, "bench.txt");
    if (read.tasks().size() != tasks) {
      throw new IllegalStateException("read " + read.tasks().size() + " tasks, expected " + tasks);
    }
  }

  /** The floor: lines and cells cut out of the text, and nothing else. */
  @Benchmark
  public long floorSplit() {
    long sum = 0;
    int len = text.length();
    int pos = 0;
    while (pos < len) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = len;
      }
      int cell = pos;
      for (int i = pos; i <= end; i++) {
        if (i == end || text.charAt(i) == '\t') {
          sum += text.substring(cell, i).length();
          cell = i + 1;
        }
      }
      pos = end + 1;
    }
    return sum;
  }

  /** TableText: read the table; every task goes through TaskExtractor. */
  @Benchmark
  public Report readAndExtract() {
    return TableText.read(text, "bench.txt");
  }

  /** Classify a report already read. */
  @Benchmark
  public Report classify() {
    return Classifier.standard().classify(read);
  }

  /** The whole: read, extract, classify. */
  @Benchmark
  public Report readExtractClassify() {
    return Classifier.standard().classify(TableText.read(text, "bench.txt"));
  }

  static String seed() {
    try (InputStream in = ReadExtractClassifyBenchmark.class.getResourceAsStream("/baqiao-2020.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing test resource baqiao-2020.txt");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The seed's rows (continuation lines and all) repeated and renumbered to {@code tasks} rows in
   * one section: every kind of row the seed has, page breaks included.
   */
  static String replicated(String seed, int tasks) {
    StringBuilder body = new StringBuilder();
    for (String line : seed.split("\n", -1)) {
      boolean structure = line.startsWith("主要任务") || line.startsWith("--") || line.endsWith("项:")
          || line.endsWith("项：") || line.startsWith("(共计") || line.startsWith("《");
      if (!structure) {
        body.append(line).append('\n');
      }
    }
    String[] rows = body.toString().split("\n");
    StringBuilder out = new StringBuilder(tasks * 600);
    out.append("《灞桥区 2020 年政府工作报告》工作任务分解表\n\n已完成 ").append(tasks).append(" 项:\n\n主要任务\t责任单位\t完成情况\n");
    int n = 0;
    while (n < tasks) {
      for (int r = 0; r < rows.length; r++) {
        String row = rows[r];
        int dot = row.indexOf('.');
        boolean numbered = dot > 0 && dot <= 3 && row.chars().limit(dot).allMatch(Character::isDigit);
        if (numbered) {
          if (n == tasks) {
            break;
          }
          out.append(++n).append(row, dot, row.length());
        } else {
          out.append(row);
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
