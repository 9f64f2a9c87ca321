package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Report;
import io.github.workreport.rules.Classifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measured accuracy on reports the reader was not built on: the development set's text cases
 * ({@code src/test/resources/dev}, described in its README: six places and years, district to
 * national, progress and year-end reports), each read with {@link TableText}, classified with
 * {@code Classifier.standard()} and scored against its hand labels as {@code tools/score-set}
 * scores a directory — pooled over every task of every case. The set's seventh case, the same
 * minsheng table as a legacy .xls, is io-excel's to read; its test checks that it reads as its text
 * twin. Prints the figures per case and pooled, and every disagreement; fails below the bars.
 */
class DevSetGoldTest {
  static final List<String> CASES = List.of(
      "02_xianning-2020-h1", "03_zhaoqing-2020-minsheng", "05_yueyanglou-2017-jan-aug", "13_xiaoxian-2025-sep",
      "16_wenzhou-2015-annual", "21_national-2019-targets");

  static byte[] resource(String name) throws IOException {
    try (InputStream in = DevSetGoldTest.class.getResourceAsStream("/dev/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource dev/" + name);
      }
      return in.readAllBytes();
    }
  }

  static GoldScore score(String name) throws IOException {
    Report report = Classifier.standard().classify(TableText.read(resource(name + ".txt"), name + ".txt"));
    List<String> gold = Arrays.asList(new String(resource(name + ".gold.jsonl"), StandardCharsets.UTF_8).split("\n"));
    return GoldScore.score(report, gold);
  }

  @Test
  void pooledFiguresMeetTheBars() throws IOException {
    GoldScore pooled = new GoldScore();
    for (String name : CASES) {
      GoldScore one = score(name);
      System.out.println("== " + name);
      one.misses.forEach(m -> System.out.println("  " + m));
      System.out.println(name + ": " + one.line());
      pooled = pooled.plus(one);
    }
    System.out.println(pooled.n + " tasks (missing " + pooled.missing + "); " + pooled.line());

    assertThat(pooled.missing).as("tasks missing from the reports").isZero();
    assertThat(pooled.status()).as("status in accept").isGreaterThanOrEqualTo(0.95);
    assertThat(pooled.f1()).as("target F1").isGreaterThanOrEqualTo(0.95);
    assertThat(pooled.achieved()).as("achieved").isGreaterThanOrEqualTo(0.90);
  }
}
