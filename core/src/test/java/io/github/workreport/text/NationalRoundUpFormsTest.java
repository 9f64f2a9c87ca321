package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Report;
import io.github.workreport.Target;
import io.github.workreport.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms that round-ups of a year's quantified targets use (a national or city report on
 * its 量化指标, reposted in simplified or traditional characters): a scaled number before its counted
 * noun (完成1240万农村贫困人口脱贫任务) is a figure of that scale; classes of projects by size (亿元及以上,
 * 10亿元以上) nest and are never added up as parts; 及以上 says what 以上 says; and a table whose
 * header and cells are in traditional characters reads as its simplified original.
 */
class NationalRoundUpFormsTest {
  private static final String[] COUNTED = {"农村贫困人口脱贫", "城镇新增就业人口", "农业转移人口落户", "棚户区改造居民搬迁", "退役军人安置"};
  private static final String[] VERBS = {"完成", "实现", "推动"};

  @Test
  void aScaledFigureBeforeItsCountedNounPairsWithATargetOfThatScale() {
    qt().withExamples(200).forAll(integers().between(0, COUNTED.length - 1), integers().between(0, VERBS.length - 1),
        integers().between(100, 2_000), integers().between(100, 2_000))
        .checkAssert((noun, verb, target, achieved) -> {
          String text = VERBS[verb] + target + "万以上" + COUNTED[noun] + "任务";
          String narrative = "2016年，" + VERBS[verb] + achieved + "万" + COUNTED[noun] + "任务。";
          Task task = MatchingPropertiesTest.extracted(text, narrative);
          assertThat(MatchingPropertiesTest.paired(task)).as(text + " / " + narrative).containsExactly(achieved + "万");
        });
  }
}
