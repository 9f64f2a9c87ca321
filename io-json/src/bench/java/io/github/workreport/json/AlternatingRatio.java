package io.github.workreport.json;

import io.github.workreport.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * A cross-check of {@link ReportJsonBenchmark} for a busy machine: runs ReportJson and the baseline
 * alternately, round after round, on the same 100 000-task report, and compares the fastest round
 * of each, which other load on the machine can only slow down, never speed up.
 *
 * <pre>
 * mvn -B -Pbench -pl io-json -am verify -DskipTests -Dbench.main=io.github.workreport.json.AlternatingRatio -Dbench.args=15
 * </pre>
 */
public final class AlternatingRatio {
  private AlternatingRatio() {}

  /**
   * Runs the rounds and prints the ratios.
   *
   * @param args the number of rounds, 10 if none
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Report report = Fixtures.manyTaskReport(ReportJsonBenchmark.TASKS);
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 << 20);
    ReportJson.write(report, out, ReportJsonFeature.COMPACT_OUTPUT);
    byte[] document = out.toByteArray();
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    for (int round = 0; round < rounds; round++) {
      long t0 = System.nanoTime();
      out.reset();
      ReportJson.write(report, out, ReportJsonFeature.COMPACT_OUTPUT);
      long t1 = System.nanoTime();
      out.reset();
      BaselineJson.write(report, out);
      long t2 = System.nanoTime();
      Report ours = ReportJson.read(new ByteArrayInputStream(document));
      long t3 = System.nanoTime();
      Report baseline = BaselineJson.read(new ByteArrayInputStream(document));
      long t4 = System.nanoTime();
      if (!ours.equals(report) || !baseline.equals(report)) {
        throw new IllegalStateException("a reader does not read the report back");
      }
      best[0] = Math.min(best[0], t1 - t0);
      best[1] = Math.min(best[1], t2 - t1);
      best[2] = Math.min(best[2], t3 - t2);
      best[3] = Math.min(best[3], t4 - t3);
    }
    System.out.printf("%,d tasks, %,d bytes, best of %d rounds:%n", report.tasks().size(), document.length, rounds);
    System.out.printf("write: ReportJson %d ms, baseline %d ms, ratio %.2f%n",
        best[0] / 1_000_000, best[1] / 1_000_000, (double) best[0] / best[1]);
    System.out.printf("read:  ReportJson %d ms, baseline %d ms, ratio %.2f%n",
        best[2] / 1_000_000, best[3] / 1_000_000, (double) best[2] / best[3]);
  }
}
