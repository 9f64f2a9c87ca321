package io.github.workreport.document;

import io.github.workreport.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a page weighs and how long Chromium takes to open it, for the bundled report (107 tasks) and
 * a generated one of 10 000: each page and an empty baseline page loaded in turn, five times, by a
 * fresh headless Chromium with {@code --dump-dom}. Prints the size, the median wall time of the
 * whole browser run minus the baseline's, and the page's own clock when its script finished
 * ({@code performance.now()}, written to {@code data-ready}). A measurement, not a check; run with
 *
 * <pre>
 * mvn -o -pl io-document -am test -Dbench -Dtest=RenderTimingBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("benchmark")
class RenderTimingBenchmarkTest {
  private static final Pattern READY = Pattern.compile("data-ready=\"(\\d+)\"");

  @Test
  void renderTheBundledReportAndTenThousandTasks() throws Exception {
    int rounds = 5;
    Chromium chromium = Chromium.find().orElse(null);
    Assumptions.assumeTrue(chromium != null, "SKIPPED: no Chromium on the PATH");
    Path dir = Files.createTempDirectory("render-timing");
    Path empty = dir.resolve("empty.html");
    Files.writeString(empty, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>-</title></head><body><p>-</p></body></html>");
    Path small = dir.resolve("baqiao-2020.html");
    long t0 = System.nanoTime();
    Report bundled = Bundled.classified();
    ReportHtml.write(bundled, small);
    long smallMillis = (System.nanoTime() - t0) / 1_000_000;
    Report big = Bundled.ofSize(10_000);
    Path large = dir.resolve("big.html");
    t0 = System.nanoTime();
    ReportHtml.write(big, large);
    long largeMillis = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("written in Java: %d tasks %d ms, %d tasks %d ms (after classifying)%n",
        bundled.tasks().size(), smallMillis, big.tasks().size(), largeMillis);

    List<Long> base = new ArrayList<>();
    List<Long> smallWall = new ArrayList<>();
    List<Long> largeWall = new ArrayList<>();
    List<Long> smallReady = new ArrayList<>();
    List<Long> largeReady = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      base.add(run(chromium, empty, dir, null));
      smallWall.add(run(chromium, small, dir, smallReady));
      largeWall.add(run(chromium, large, dir, largeReady));
    }
    long b = median(base);
    System.out.printf("empty page: %d ms a browser run (median of %d)%n", b, rounds);
    report("107 tasks", small, bundled.tasks().size(), smallWall, b, smallReady);
    report("10 000 tasks", large, big.tasks().size(), largeWall, b, largeReady);
  }

  private static long run(Chromium chromium, Path page, Path dir, List<Long> ready) throws Exception {
    Chromium.Run run = chromium.start(page.toUri().toString(), dir, null, 1400, 1100);
    String dom = run.dom();
    if (ready != null) {
      Matcher m = READY.matcher(dom);
      if (!m.find()) {
        throw new IllegalStateException("the page's script did not run: " + page);
      }
      ready.add(Long.parseLong(m.group(1)));
    }
    return run.millis;
  }

  private static void report(String name, Path page, int tasks, List<Long> wall, long base, List<Long> ready) throws Exception {
    System.out.printf("%s: %d tasks, %d KB; browser run %d ms, %d ms over the empty page; script done at %d ms "
            + "after navigation (medians)%n",
        name, tasks, Files.size(page) / 1024, median(wall), median(wall) - base, median(ready));
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

}
