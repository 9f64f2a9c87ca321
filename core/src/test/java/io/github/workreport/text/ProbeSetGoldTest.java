package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The measured accuracy on the probe tables ({@code src/test/resources/probes}, described in its
 * README): tables written by hand in the forms real reports use, labelled before the reader was run
 * on them, scored as {@link DevSetGoldTest} scores the development set, pooled over every task. The
 * bars sit a little under what the reader scores when they were set, so that a change that costs a
 * few rows of writing no one has fixed on purpose fails here.
 */
class ProbeSetGoldTest {
  /**
   * How many cases the probe set holds: every table found beside its labels is scored, and this
   * count says that none went missing. A round of probing adds its cases here.
   */
  static final int CASES = 840;

  /** The probe tables, each a {@code NAME.txt} beside its {@code NAME.gold.jsonl}, by name. */
  static List<String> cases() throws IOException {
    Path dir;
    try {
      dir = Path.of(ProbeSetGoldTest.class.getResource("/probes").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the probe tables are no directory", e);
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".txt"))
          .map(f -> f.substring(0, f.length() - ".txt".length())).sorted().toList();
      for (String name : names) {
        assertThat(dir.resolve(name + ".gold.jsonl")).as("labels of " + name).exists();
      }
      return names;
    }
  }

  @Test
  void pooledFiguresMeetTheBars() throws IOException {
    List<String> cases = cases();
    assertThat(cases).as("probe tables").hasSize(CASES);
    GoldScore pooled = GoldScore.pooled("probes", cases);

    assertThat(pooled.n).as("labelled tasks").isGreaterThanOrEqualTo(4_200);
    assertThat(pooled.missing).as("tasks missing from the reports").isZero();
    assertThat(pooled.status()).as("status in accept").isGreaterThanOrEqualTo(0.96);
    assertThat(pooled.f1()).as("target F1").isGreaterThanOrEqualTo(0.98);
    assertThat(pooled.achieved()).as("achieved").isGreaterThanOrEqualTo(0.90);
  }
}
