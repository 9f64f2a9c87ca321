package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of a growth written after the thing's level (地方一般公共预算收入55.29亿元，比上年同期增长39.3%): it is
 * the thing's growth, paired with the thing's growth target, whichever words name its base (同比, 比上年,
 * 比上年同期, 较去年同期, 与上年同期相比) and whatever currency the level names (1166.8亿元人民币).
 */
class GrowthAfterLevelPropertiesTest {
  private static final String[] SUBJECTS = {"地方一般公共预算收入", "社会消费品零售总额", "进出口总额", "地区生产总值", "旅游总收入"};
  private static final String[] BASES = {"同比", "比上年", "比上年同期", "较上年同期", "比去年同期", "较去年同期", "与上年同期相比，"};

  @Test
  void aGrowthAfterTheLevelIsTheThingsGrowthWhateverNamesItsBase() {
    qt().withExamples(300).forAll(integers().between(0, SUBJECTS.length - 1), integers().between(0, BASES.length - 1),
        integers().between(1, 9_999), integers().between(1, 999))
        .checkAssert((subject, base, level, growthTenths) -> {
          String growth = growthTenths / 10 + "." + growthTenths % 10;
          String text = SUBJECTS[subject] + "增长（预期目标10%）";
          String narrative = "上半年，全市" + SUBJECTS[subject] + level + "亿元，" + BASES[base] + "增长" + growth + "%。";
          Task task = MatchingPropertiesTest.extracted(text, narrative);
          assertThat(MatchingPropertiesTest.paired(task)).as(text + " / " + narrative)
              .containsExactly(new java.math.BigDecimal(growth).stripTrailingZeros().toPlainString() + "%");
        });
  }

  private static final String[] CURRENCIES = {"亿元人民币", "亿元", "亿美元"};

  @Test
  void theLevelsCurrencyNamesNoThing() {
    qt().withExamples(200).forAll(integers().between(0, SUBJECTS.length - 1), integers().between(0, CURRENCIES.length - 1),
        integers().between(1, 9_999), integers().between(-99, 99))
        .checkAssert((subject, currency, level, growth) -> {
          String text = SUBJECTS[subject] + "增长1%";
          String narrative = "实绩" + level + CURRENCIES[currency] + "，增长" + growth + "%";
          Task task = MatchingPropertiesTest.extracted(text, narrative);
          assertThat(MatchingPropertiesTest.paired(task)).as(text + " / " + narrative).containsExactly(growth + "%");
        });
  }
}
