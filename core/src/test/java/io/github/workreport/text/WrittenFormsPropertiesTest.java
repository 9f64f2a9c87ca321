package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Kind;
import io.github.workreport.Period;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.Task;
import io.github.workreport.rules.Classifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms that say one thing in other words: a growth written as a multiple (增长1.5倍, 翻两番)
 * is that many hundred percent; a target's label after a ； labels the clause before it as after a
 * comma; a quantity per unit (每个乡镇1所) is compared only with a quantity per unit, never with a
 * total; and a rate in ‰ is judged as the same rate in %, by ratio rather than in percentage points.
 */
class WrittenFormsPropertiesTest {
  private static final String[] SUBJECTS = {"跨境电商交易额", "高新技术企业数量", "外贸进出口总额", "村集体经济收入", "研发经费投入"};
  private static final String[] DOUBLING_NUMERALS = {"一", "两", "三", "四"};
  private static final Optional<Period> YEAR_END = Optional.of(Period.fullYear(2020));

  private static Task extracted(String text, String narrative) {
    return MatchingPropertiesTest.extracted(text, narrative);
  }

  private static String judged(Task task) {
    return MatchingPropertiesTest.judged(Classifier.standard().assess(task, YEAR_END));
  }

  @Test
  void aGrowthWrittenAsAMultipleIsThatManyHundredPercent() {
    qt().withExamples(300).forAll(integers().between(0, SUBJECTS.length - 1), integers().between(1, 400),
        integers().between(1, 99), integers().between(0, 1))
        .checkAssert((subject, target, tenths, withLe) -> {
          String text = SUBJECTS[subject] + "增长" + target + "%";
          String multiple = BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
          String percent = BigDecimal.valueOf(tenths * 10L).toPlainString();
          String asMultiple = SUBJECTS[subject] + (withLe == 1 ? "增长了" : "增长") + multiple + "倍";
          String asPercent = SUBJECTS[subject] + "增长" + percent + "%";
          Task byMultiple = extracted(text, asMultiple);
          assertThat(MatchingPropertiesTest.paired(byMultiple)).as(text + " / " + asMultiple).containsExactly(percent + "%");
          assertThat(judged(byMultiple)).as(text + " / " + asMultiple).isEqualTo(judged(extracted(text, asPercent)));
        });
  }

  @Test
  void toDoubleNTimesIsAGrowthOfTwoToTheNMinusOneHundredPercent() {
    qt().withExamples(60).forAll(integers().between(0, SUBJECTS.length - 1), integers().between(1, 4),
        integers().between(0, 1))
        .checkAssert((subject, times, withLe) -> {
          String text = "实现" + SUBJECTS[subject] + (withLe == 1 ? "翻了" : "翻") + DOUBLING_NUMERALS[times - 1] + "番";
          List<Target> targets = extracted(text, "").targets();
          assertThat(targets).as(text).hasSize(1);
          Target target = targets.get(0);
          assertThat(target.kind()).as(text).isEqualTo(Kind.GROWTH);
          assertThat(target.quantity().format()).as(text).isEqualTo(((1 << times) - 1) * 100 + "%");
          assertThat(target.metric()).as(text).doesNotContain("翻");
        });
  }

  // ---------------------------------------------------------------------------------------------

  private static final String[] WORKS = {"完成农村危房改造", "开展职业技能培训", "新增城镇就业", "开展护林巡查", "新建农村公路"};
  private static final String[] WORK_UNITS = {"户", "人次", "人", "次", "公里"};
  private static final String[] TARGET_LABELS = {"目标任务", "年度任务：", "全年目标", "任务数", "计划"};

  @Test
  void aTargetLabelAfterASemicolonLabelsTheClauseBeforeIt() {
    qt().withExamples(300).forAll(integers().between(0, WORKS.length - 1), integers().between(0, TARGET_LABELS.length - 1),
        integers().between(10, 9_999), integers().between(10, 9_999))
        .checkAssert((work, label, target, achieved) -> {
          String unit = WORK_UNITS[work];
          String labelled = WORKS[work] + "；" + TARGET_LABELS[label] + target + unit;
          String plain = WORKS[work] + target + unit;
          String narrative = WORKS[work] + achieved + unit;
          Task task = extracted(labelled, narrative);
          assertThat(MatchingPropertiesTest.paired(task)).as(labelled + " / " + narrative).containsExactly(achieved + unit);
          assertThat(judged(task)).as(labelled + " / " + narrative).isEqualTo(judged(extracted(plain, narrative)));
        });
  }

  // ---------------------------------------------------------------------------------------------

  private static final String[] PLACES = {"每个乡镇", "每个行政村", "每村", "每个社区", "每所学校", "每个街道"};
  private static final String[] VERBS = {"建设", "配备", "新建", "打造"};
  private static final String[] THINGS = {"综合文化站", "村医", "党群服务中心", "心理健康教师", "标准化卫生室"};
  private static final String[] COUNT_UNITS = {"所", "名", "个", "名", "个"};

  @Test
  void aQuantityPerUnitIsComparedOnlyWithAQuantityPerUnit() {
    qt().withExamples(300).forAll(integers().between(0, PLACES.length * VERBS.length - 1), integers().between(0, THINGS.length - 1),
        integers().between(1, 5), integers().between(1, 999))
        .checkAssert((placeAndVerb, thing, perUnit, achieved) -> {
          String place = PLACES[placeAndVerb % PLACES.length];
          String verb = VERBS[placeAndVerb / PLACES.length];
          String unit = COUNT_UNITS[thing];
          String text = place + verb + perUnit + unit + THINGS[thing];
          String total = "共" + verb + THINGS[thing] + achieved + unit;
          assertThat(MatchingPropertiesTest.paired(extracted(text, total))).as(text + " / " + total).containsExactly("-");
          String each = place + "均" + verb + achieved + unit + THINGS[thing];
          assertThat(MatchingPropertiesTest.paired(extracted(text, each))).as(text + " / " + each)
              .containsExactly(achieved + unit);
        });
  }

  // ---------------------------------------------------------------------------------------------

  private static final String[] RATES = {"婴儿死亡率", "5岁以下儿童死亡率", "人口自然增长率", "出生缺陷发生率"};

  @Test
  void aRateInPerMilleIsTheSameRateInPercentATenthOfIt() {
    qt().withExamples(300).forAll(integers().between(0, RATES.length - 1), integers().between(1, 200),
        integers().between(0, 300), integers().between(0, 1))
        .checkAssert((rate, target, achieved, ceiling) -> {
          String text = RATES[rate] + (ceiling == 1 ? "控制在" : "达到") + BigDecimal.valueOf(target, 1).toPlainString()
              + "‰" + (ceiling == 1 ? "以内" : "");
          String perMille = RATES[rate] + "为" + BigDecimal.valueOf(achieved, 1).toPlainString() + "‰";
          String percent = RATES[rate] + "为" + BigDecimal.valueOf(achieved, 2).toPlainString() + "%";
          Task inPerMille = extracted(text, perMille);
          assertThat(inPerMille.targets()).as(text).hasSize(1);
          assertThat(MatchingPropertiesTest.paired(inPerMille)).as(text + " / " + perMille).doesNotContain("-");
          assertThat(Classifier.standard().assess(inPerMille, YEAR_END).status()).as(text + " / " + perMille)
              .isEqualTo(Classifier.standard().assess(extracted(text, percent), YEAR_END).status());
        });
  }

  @Test
  void aRateInPerMilleIsJudgedByRatioNotByPercentagePoints() {
    qt().withExamples(200).forAll(integers().between(0, RATES.length - 1), integers().between(10, 200),
        integers().between(12, 30))
        .checkAssert((rate, target, overInTenths) -> {
          String text = RATES[rate] + "控制在" + BigDecimal.valueOf(target, 1).toPlainString() + "‰以内";
          BigDecimal achieved = BigDecimal.valueOf(target, 1).multiply(BigDecimal.valueOf(overInTenths, 1));
          String narrative = RATES[rate] + "为" + achieved.stripTrailingZeros().toPlainString() + "‰";
          // more than a tenth over its ceiling (a ratio beyond 1 / 0.9), though well within a point
          assertThat(Classifier.standard().assess(extracted(text, narrative), YEAR_END).status())
              .as(text + " / " + narrative).isEqualTo(Status.NOT_MET);
        });
  }

  // ---------------------------------------------------------------------------------------------

  private static final String[] HOUSING = {"完成棚户区改造", "棚户区改造开工", "建设保障性住房", "实施农村危房改造", "建成安置房"};
  private static final String[] NOT_HOUSING = {"安装智能电表", "发放防疫物资", "配备净水设备"};

  @Test
  void housingInDwellingsAndInHouseholdsIsJudgedTheSameEitherWay() {
    qt().withExamples(300).forAll(integers().between(0, HOUSING.length - 1), integers().between(10, 9_999),
        integers().between(1, 19_999), integers().between(0, 1))
        .checkAssert((work, target, achieved, swap) -> {
          String[] units = swap == 1 ? new String[] {"户", "套"} : new String[] {"套", "户"};
          String text = HOUSING[work] + target + units[0];
          String same = HOUSING[work] + achieved + units[0];
          String other = HOUSING[work] + achieved + units[1];
          Task inOther = extracted(text, other);
          assertThat(MatchingPropertiesTest.paired(inOther)).as(text + " / " + other).containsExactly(achieved + units[1]);
          assertThat(Classifier.standard().assess(inOther, YEAR_END).status()).as(text + " / " + other)
              .isEqualTo(Classifier.standard().assess(extracted(text, same), YEAR_END).status());
        });
  }

  @Test
  void setsOfThingsForHouseholdsAreNoDwellings() {
    qt().withExamples(100).forAll(integers().between(0, NOT_HOUSING.length - 1), integers().between(10, 9_999))
        .checkAssert((work, n) -> {
          String text = NOT_HOUSING[work] + n + "套";
          String narrative = "为" + n + "户居民" + NOT_HOUSING[work];
          assertThat(MatchingPropertiesTest.paired(extracted(text, narrative))).as(text + " / " + narrative).containsExactly("-");
        });
  }

  // ---------------------------------------------------------------------------------------------

  private static final String[] PER_100K = {"孕产妇死亡率", "甲乙类传染病发病率", "道路交通万车死亡率", "肺结核发病率"};

  @Test
  void aRatePer100000IsJudgedByItsRatioNeverAsAPercentage() {
    qt().withExamples(300).forAll(integers().between(0, PER_100K.length - 1), integers().between(10, 300),
        integers().between(1, 600), integers().between(0, 1))
        .checkAssert((rate, ceiling, achieved, slash) -> {
          String per = slash == 1 ? "/10万" : "/十万";
          String text = PER_100K[rate] + "控制在" + ceiling + per + "以下";
          String narrative = PER_100K[rate] + "为" + achieved + "/10万";
          Task task = extracted(text, narrative);
          assertThat(MatchingPropertiesTest.paired(task)).as(text + " / " + narrative).containsExactly(achieved + "/10万");
          // lower is better: within the ceiling met, within a tenth over it basically met (as counts are)
          Status expected = achieved <= ceiling ? Status.MET
              : achieved * 9L <= ceiling * 10L ? Status.BASICALLY_MET : Status.NOT_MET;
          assertThat(Classifier.standard().assess(task, YEAR_END).status()).as(text + " / " + narrative).isEqualTo(expected);
        });
  }

  // ---------------------------------------------------------------------------------------------

  private static final String[] BASES = {"上年", "去年", "上年同期", "去年同期", "2019年"};
  private static final String[] TENTHS = {"一", "两", "二", "三", "五"};
  private static final int[] TENTHS_VALUE = {1, 2, 2, 3, 5};

  @Test
  void nTimesTheBaseIsAGrowthOfNMinusOneHundredPercent() {
    qt().withExamples(300).forAll(integers().between(0, SUBJECTS.length - 1), integers().between(0, BASES.length - 1),
        integers().between(11, 99), integers().between(0, 1))
        .checkAssert((subject, base, tenths, verb) -> {
          String times = BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
          String text = SUBJECTS[subject] + (verb == 1 ? "是" : "达到") + BASES[base] + "的" + times + "倍";
          List<Target> targets = extracted(text, "").targets();
          assertThat(targets).as(text).hasSize(1);
          assertThat(targets.get(0).kind()).as(text).isEqualTo(Kind.GROWTH);
          assertThat(targets.get(0).quantity().format()).as(text).isEqualTo((tenths - 10) * 10 + "%");
        });
  }

  @Test
  void tenthsMoreAreAGrowthOfThatManyTenPercent() {
    qt().withExamples(100).forAll(integers().between(0, TENTHS.length - 1), integers().between(0, 2))
        .checkAssert((tenths, verb) -> {
          String text = "全年粮食" + new String[] {"增产", "增长", "增收"}[verb] + TENTHS[tenths] + "成";
          List<Target> targets = extracted(text, "").targets();
          assertThat(targets).as(text).hasSize(1);
          assertThat(targets.get(0).kind()).as(text).isEqualTo(Kind.GROWTH);
          assertThat(targets.get(0).quantity().format()).as(text).isEqualTo(TENTHS_VALUE[tenths] * 10 + "%");
        });
  }

  @Test
  void wordsEndingInTenthsAreNoGrowth() {
    for (String text : List.of("新建成三成以上", "道路建成", "工作一成不变", "三成以上的村", "完成一成")) {
      assertThat(extracted(text, "").targets()).as(text).allSatisfy(t -> assertThat(t.kind()).isNotEqualTo(Kind.GROWTH));
    }
    // twice as many projects is no growth without its base
    assertThat(extracted("3倍以上的项目完成验收", "").targets()).allSatisfy(t -> assertThat(t.kind()).isNotEqualTo(Kind.GROWTH));
  }

  // ---------------------------------------------------------------------------------------------

  private static final String[] SHARES_OF = {"完成全年目标任务的", "完成年度计划的", "完成全年任务的"};

  @Test
  void aCompletionRateIsJudgedAgainstAShareOfTheTaskAsAgainstTheWhole() {
    qt().withExamples(300).forAll(integers().between(0, SHARES_OF.length - 1), integers().between(50, 100),
        integers().between(1, 200))
        .checkAssert((form, share, rate) -> {
          String text = SHARES_OF[form] + share + "%";
          String narrative = SHARES_OF[form] + rate + "%";
          Status expected = rate > share ? Status.EXCEEDED : rate.equals(share) ? Status.MET
              : rate * 10L >= share * 9L ? Status.BASICALLY_MET : Status.NOT_MET;
          assertThat(Classifier.standard().assess(extracted(text, narrative), YEAR_END).status()).as(text + " / " + narrative)
              .isEqualTo(expected);
        });
  }
}
