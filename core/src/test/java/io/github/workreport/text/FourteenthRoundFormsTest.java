package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found by the fourteenth round of probing (the probe tables prefixed q, and the open
 * misses of round p), written against the reader of d983083: a range whose bounds each carry their
 * scale (25万-30万人次) was read as its upper bound alone.
 */
class FourteenthRoundFormsTest {

  private static final String[][] SCALED_RANGES = {{"万", "人次", "接待游客"}, {"亿", "吨", "完成货物吞吐量"},
      {"万", "平方米", "新建保障性住房"}, {"亿", "元", "完成固定资产投资"}};
  private static final String[] DASHES = {"-", "—", "至", "～", "到"};

  @Test
  void aRangeWhoseBoundsEachCarryTheirScaleCommitsToItsLowerEnd() {
    qt().withExamples(300).forAll(integers().between(0, SCALED_RANGES.length - 1), integers().between(0, DASHES.length - 1),
        integers().between(2, 80), integers().between(1, 20))
        .checkAssert((thing, dash, low, width) -> {
          String scale = SCALED_RANGES[thing][0];
          String unit = SCALED_RANGES[thing][1];
          String subject = SCALED_RANGES[thing][2];
          String task = subject + low + scale + DASHES[dash] + (low + width) + scale + unit + "。";
          int achieved = low + width / 2;
          String narrative = "全年" + subject + achieved + scale + unit + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .hasSize(1).first().asString().endsWith(" AT_LEAST " + low + scale + unit + " ← " + achieved + scale + unit);
        });
  }
}
