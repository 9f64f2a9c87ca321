package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measured accuracy on the probe tables ({@code src/test/resources/probes}, described in its
 * README): tables written by hand in the forms real reports use, labelled before the reader was run
 * on them, scored as {@link DevSetGoldTest} scores the development set, pooled over every task. The
 * bars sit a little under what the reader scores when they were set, so that a change that costs a
 * few rows of writing no one has fixed on purpose fails here.
 */
class ProbeSetGoldTest {
  static final List<String> CASES = List.of(
      "k1_a_lanzhou-2023-annual", "k1_b_qingyuan-2023-jan-oct", "k1_c_lingdong-2023-annual-trad",
      "k1_d_yunling-2023-annual-fw", "k2_linxi-2024-h1", "k2_tongchuan-2024-annual", "k2_yunling-2022-annual",
      "k2_yunling-2022-sep", "k3_jiangnan-2021-annual", "k3_jiangnan-2021-depts", "k3_jiangnan-2025-h1",
      "k3_jiangnan-2025-indicators", "k4_a_donghu-2022-nov", "k4_b_donghu-2024-annual", "k4_c_donghu-2024-projects-oct",
      "k4_d_donghu-2022-pdf", "m1_a_yunxi-2022-annual", "m1_b_yunxi-2024-h1", "m1_c_qingshi-2024-county",
      "m2_a_tongchuan-2021-annual", "m2_b_yunling-2023-sep", "m2_c_lanxi-2023-annual", "m2_d_shixi-2021-h1",
      "m3_jiangxi-2024-yearend", "m3_national-2020-targets", "m3_national-2022-targets", "m3_national-2024-targets",
      "m4_a_linjiang-2021-env-annual", "m4_b_nanyu-2024-transport-sep", "m4_c_dongjin-2024-water-annual",
      "m4_d_yunling-2021-sections-sep");

  @Test
  void pooledFiguresMeetTheBars() throws IOException {
    GoldScore pooled = GoldScore.pooled("probes", CASES);

    assertThat(pooled.n).as("labelled tasks").isGreaterThanOrEqualTo(400);
    assertThat(pooled.missing).as("tasks missing from the reports").isZero();
    assertThat(pooled.status()).as("status in accept").isGreaterThanOrEqualTo(0.95);
    assertThat(pooled.f1()).as("target F1").isGreaterThanOrEqualTo(0.97);
    assertThat(pooled.achieved()).as("achieved").isGreaterThanOrEqualTo(0.87);
  }
}
