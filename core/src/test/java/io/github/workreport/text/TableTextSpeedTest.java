package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Report;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The reader's speed beside the floor of merely splitting the same text into lines and cells, in
 * one run (the machine is shared, so only the ratio means much). Off by default; run with
 *
 * <pre>
 * mvn -B -q -o test -pl core -Dtest=TableTextSpeedTest -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class TableTextSpeedTest {

  /** The seed's rows (continuation lines and all) repeated and renumbered to at least {@code tasks} rows. */
  static String replicated(int tasks) {
    String[] lines = Seed.text().split("\n", -1);
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      boolean structure = line.startsWith("主要任务") || line.startsWith("--") || line.endsWith("项:")
          || line.endsWith("项：") || line.startsWith("(共计") || line.startsWith("《");
      if (!structure) {
        body.append(line).append('\n');
      }
    }
    String[] rows = body.toString().split("\n");
    StringBuilder out = new StringBuilder(tasks * 560);
    out.append("《灞桥区 2020 年政府工作报告》工作任务分解表\n\n已完成 ").append(tasks).append(" 项:\n\n主要任务\t责任单位\t完成情况\n");
    int n = 0;
    while (n < tasks) {
      for (String row : rows) {
        int dot = row.indexOf('.');
        if (dot > 0 && dot <= 3 && row.chars().limit(dot).allMatch(Character::isDigit)) {
          out.append(++n).append(row, dot, row.length());
        } else {
          out.append(row);
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** The floor: lines and cells cut out of the text, and nothing else. */
  static long split(String text) {
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

  /** The floor of a reader that keeps what it reads: the cells of every line, kept. */
  static List<String[]> splitAndKeep(String text) {
    List<String[]> rows = new ArrayList<>();
    int len = text.length();
    int pos = 0;
    String[] cells = new String[8];
    while (pos < len) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = len;
      }
      int count = 0;
      int cell = pos;
      for (int i = pos; i <= end; i++) {
        if (i == end || text.charAt(i) == '\t') {
          if (count == cells.length) {
            cells = Arrays.copyOf(cells, count * 2);
          }
          cells[count++] = text.substring(cell, i);
          cell = i + 1;
        }
      }
      rows.add(Arrays.copyOf(cells, count));
      pos = end + 1;
    }
    return rows;
  }

  @Test
  void readingBesideSplitting() {
    String text = replicated(100_000);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int tasks = TableText.read(text, "replicated.txt").tasks().size();
    assertThat(tasks).isGreaterThanOrEqualTo(100_000);
    int rounds = Integer.getInteger("bench.rounds", 9);
    long[] floor = new long[rounds];
    long[] kept = new long[rounds];
    long[] decodeJdk = new long[rounds];
    long[] decodeStrict = new long[rounds];
    long[] floorBytes = new long[rounds];
    long[] bare = new long[rounds];
    long[] full = new long[rounds];
    long[] fullBytes = new long[rounds];
    long sink = 0;
    for (int warm = 0; warm < 3; warm++) {
      sink += split(text) + TableText.read(text, "r", TableTextFormat.DEFAULT, false).tasks().size()
          + TableText.read(text, "r").tasks().size();
    }
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      sink += split(text);
      long t1 = System.nanoTime();
      sink += split(new String(bytes, StandardCharsets.UTF_8));
      long t2a = System.nanoTime();
      sink += splitAndKeep(text).size();
      long t2 = System.nanoTime();
      Report withoutExtraction = TableText.read(text, "r", TableTextFormat.DEFAULT, false);
      long t3 = System.nanoTime();
      Report report = TableText.read(text, "r");
      long t4 = System.nanoTime();
      Report fromBytes = TableText.read(bytes, "r");
      long t5 = System.nanoTime();
      sink += withoutExtraction.tasks().size() + report.tasks().size() + fromBytes.tasks().size();
      long t6 = System.nanoTime();
      sink += new String(bytes, StandardCharsets.UTF_8).length();
      long t7 = System.nanoTime();
      sink += TextDecoding.decode(bytes, "r", null).length();
      long t8 = System.nanoTime();
      decodeJdk[r] = t7 - t6;
      decodeStrict[r] = t8 - t7;
      floor[r] = t1 - t0;
      floorBytes[r] = t2a - t1;
      kept[r] = t2 - t2a;
      bare[r] = t3 - t2;
      full[r] = t4 - t3;
      fullBytes[r] = t5 - t4;
    }
    double f = best(floor);
    double fb = best(floorBytes);
    double k = best(kept);
    double b = best(bare);
    double x = best(full);
    double xb = best(fullBytes);
    System.out.printf("%n%d tasks, %.1f MB of UTF-8, best of %d rounds (sink %d):%n", tasks, bytes.length / 1e6, rounds, sink);
    System.out.printf("  floor: split String into lines and cells       %7.1f ms  %9.0f tasks/s%n", f / 1e6, tasks / (f / 1e9));
    System.out.printf("  floor: decode UTF-8 bytes, then split           %7.1f ms  %9.0f tasks/s%n", fb / 1e6, tasks / (fb / 1e9));
    System.out.printf("  floor: split String, keep every line's cells     %7.1f ms  %9.0f tasks/s  %.2f x floor%n", k / 1e6, tasks / (k / 1e9), k / f);
    System.out.printf("  new String(bytes, UTF_8) (replaces bad bytes)    %7.1f ms%n", best(decodeJdk) / 1e6);
    System.out.printf("  strict decoding (BOM, UTF-8 check, GB18030)      %7.1f ms  %.2f x new String%n",
        best(decodeStrict) / 1e6, best(decodeStrict) / best(decodeJdk));
    System.out.printf("  TableText.read(String), no TaskExtractor       %7.1f ms  %9.0f tasks/s  %.2f x floor%n", b / 1e6, tasks / (b / 1e9), b / f);
    System.out.printf("  TableText.read(String)                          %7.1f ms  %9.0f tasks/s  %.2f x floor%n", x / 1e6, tasks / (x / 1e9), x / f);
    System.out.printf("  TableText.read(byte[]) (strict UTF-8 decoding)  %7.1f ms  %9.0f tasks/s  %.2f x its floor%n", xb / 1e6, tasks / (xb / 1e9), xb / fb);
  }

  /** The fastest round: on a shared machine the other rounds measure the neighbours too. */
  private static double best(long[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }
}
