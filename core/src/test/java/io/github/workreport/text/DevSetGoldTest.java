package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
    return GoldScore.resource("dev", name);
  }

  @Test
  void pooledFiguresMeetTheBars() throws IOException {
    GoldScore pooled = GoldScore.pooled("dev", CASES);

    assertThat(pooled.missing).as("tasks missing from the reports").isZero();
    assertThat(pooled.status()).as("status in accept").isGreaterThanOrEqualTo(0.95);
    assertThat(pooled.f1()).as("target F1").isGreaterThanOrEqualTo(0.95);
    assertThat(pooled.achieved()).as("achieved").isGreaterThanOrEqualTo(0.90);
  }
}
