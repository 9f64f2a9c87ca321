package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Assessment;
import io.github.workreport.Period;
import io.github.workreport.Status;
import io.github.workreport.Task;
import io.github.workreport.rules.Classifier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Laws of a figure written as approximate on one side of its target: nearly the target (近, 接近,
 * 将近, 不到, 不足) never reached it, more than the target (超过, 逾) exceeded it, and the target and
 * some (余, 多), the way reports write a count that reached its target, met it. And of a figure
 * dated before the year-end report's month (上半年, 1—6月): its shortfall is progress.
 */
class ApproximationPropertiesTest {
  private static final String[] WORKS = {"完成固定资产投资", "新增城镇就业", "培训新型职业农民", "新建农村公路", "发放补贴资金"};
  private static final String[] UNITS = {"亿元", "人", "人次", "公里", "万元"};
  private static final String[] NEARLY = {"近", "接近", "将近", "不到", "不足"};
  private static final String[] BEYOND = {"超过", "逾"};
  private static final String[] AND_SOME = {"余", "多"};
  private static final String[] BOUNDS = {"", "以上", "左右"};
  private static final Optional<Period> YEAR_END = Optional.of(Period.fullYear(2020));

  private static Assessment assessed(String text, String narrative) {
    Task task = MatchingPropertiesTest.extracted(text, narrative);
    return Classifier.standard().assess(task, YEAR_END);
  }

  @Test
  void aFigureNearlyTheTargetIsNeverJudgedMet() {
    qt().withExamples(300).forAll(integers().between(0, WORKS.length - 1), integers().between(0, NEARLY.length - 1),
        integers().between(0, BOUNDS.length - 1), integers().between(10, 99_999))
        .checkAssert((work, nearly, bound, target) -> {
          String text = WORKS[work] + target + UNITS[work] + BOUNDS[bound];
          String narrative = WORKS[work] + NEARLY[nearly] + target + UNITS[work];
          assertThat(assessed(text, narrative).status()).as(text + " / " + narrative).isEqualTo(Status.BASICALLY_MET);
        });
  }

  @Test
  void aFigureBeyondTheTargetExceedsItAndTheTargetAndSomeMeetsIt() {
    qt().withExamples(300).forAll(integers().between(0, WORKS.length - 1), integers().between(0, BEYOND.length - 1),
        integers().between(0, AND_SOME.length - 1), integers().between(10, 99_999))
        .checkAssert((work, beyond, andSome, target) -> {
          String text = WORKS[work] + target + UNITS[work];
          String over = WORKS[work] + BEYOND[beyond] + target + UNITS[work];
          String odd = WORKS[work] + target + AND_SOME[andSome] + UNITS[work];
          assertThat(assessed(text, over).status()).as(text + " / " + over).isEqualTo(Status.EXCEEDED);
          assertThat(assessed(text, odd).status()).as(text + " / " + odd).isEqualTo(Status.MET);
        });
  }

  private static final String[] EARLIER = {"上半年", "1—6月", "1-9月", "前三季度", "截至10月底，", "一季度"};

  @Test
  void aShortfallDatedBeforeTheYearsEndIsProgressNeverFailure() {
    qt().withExamples(300).forAll(integers().between(0, WORKS.length - 1), integers().between(0, EARLIER.length - 1),
        integers().between(10, 99_999), integers().between(1, 89))
        .checkAssert((work, earlier, target, percent) -> {
          long achieved = Math.max(1, (long) target * percent / 100);
          String text = WORKS[work] + target + UNITS[work];
          String dated = EARLIER[earlier] + WORKS[work] + achieved + UNITS[work];
          String undated = WORKS[work] + achieved + UNITS[work];
          assertThat(assessed(text, dated).status()).as(text + " / " + dated).isEqualTo(Status.ONGOING);
          assertThat(assessed(text, undated).status()).as(text + " / " + undated).isEqualTo(Status.NOT_MET);
        });
  }

  @Test
  void nearlyACeilingIsWithinIt() {
    qt().withExamples(200).forAll(integers().between(0, NEARLY.length - 1), integers().between(1, 999))
        .checkAssert((nearly, ceiling) -> {
          String text = "政府性债务余额控制在" + ceiling + "亿元以内";
          String narrative = "政府性债务余额" + NEARLY[nearly] + ceiling + "亿元";
          assertThat(assessed(text, narrative).status()).as(text + " / " + narrative).isEqualTo(Status.MET);
        });
  }
}
