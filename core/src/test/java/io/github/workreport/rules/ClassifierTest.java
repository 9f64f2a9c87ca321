package io.github.workreport.rules;

import static io.github.workreport.rules.Generators.BY_INDEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.Approximation;
import io.github.workreport.Assessment;
import io.github.workreport.Basis;
import io.github.workreport.Bound;
import io.github.workreport.Deadline;
import io.github.workreport.Finding;
import io.github.workreport.FindingKind;
import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Outcome;
import io.github.workreport.Pace;
import io.github.workreport.Period;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.Role;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import io.github.workreport.UnverifiedReason;
import io.github.workreport.Whole;
import io.github.workreport.Match;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules one by one, on small hand-made tasks; target i is matched with measure i. */
class ClassifierTest {
  private static final Classifier CLASSIFIER = Classifier.standard().withMatcher(BY_INDEX);
  private static final Optional<Period> YEAR_END = Optional.of(Period.fullYear(2020));

  private static Target target(String metric, Kind kind, Bound bound, String quantity) {
    return Target.of(metric, kind, bound, Quantity.parse(quantity));
  }

  private static Measure measure(String metric, Kind kind, String quantity) {
    return Measure.of(metric, kind, Quantity.parse(quantity));
  }

  private static Task.Builder task(Status declared, List<Target> targets, Measure... measures) {
    return Task.builder().section("已完成").number(1).text("任务").targets(targets)
        .outcome(Outcome.builder().declaredStatus(declared).addMeasures(measures).build());
  }

  private static Assessment assess(Target target, Measure measure) {
    return CLASSIFIER.assess(task(Status.UNDETERMINED, List.of(target), measure).build(), YEAR_END);
  }

  // --- an approximate figure equal to its target: its side decides ------------------------------

  private static Measure sided(String quantity, Approximation side) {
    return measure("固定资产投资", Kind.AMOUNT, quantity).withApproximation(side);
  }

  static Stream<Arguments> sides() {
    return Stream.of(
        Arguments.of(target("固定资产投资", Kind.AMOUNT, Bound.EXACTLY, "50亿元"), sided("50亿元", Approximation.BELOW),
            Status.BASICALLY_MET, "目标50亿元，实际近50亿元，完成率100%，基本完成"),
        Arguments.of(target("固定资产投资", Kind.AMOUNT, Bound.AT_LEAST, "50亿元"), sided("50亿元", Approximation.BELOW),
            Status.BASICALLY_MET, "目标≥50亿元，实际近50亿元，完成率100%，基本完成"),
        Arguments.of(target("固定资产投资", Kind.AMOUNT, Bound.EXACTLY, "50亿元"), sided("50亿元", Approximation.AT_LEAST),
            Status.MET, "目标50亿元，实际50亿元，完成率100%，完成"),
        Arguments.of(target("固定资产投资", Kind.AMOUNT, Bound.EXACTLY, "50亿元"), sided("50亿元", Approximation.ABOVE),
            Status.EXCEEDED, "目标50亿元，实际超过50亿元，完成率100%，超额完成"),
        // a side says nothing when the numbers differ
        Arguments.of(target("固定资产投资", Kind.AMOUNT, Bound.EXACTLY, "50亿元"), sided("52亿元", Approximation.BELOW),
            Status.EXCEEDED, "目标50亿元，实际52亿元，完成率104%，超额完成"),
        // against a ceiling: nearly the ceiling is within it, the ceiling and some is over it
        Arguments.of(target("政府性债务余额", Kind.AMOUNT, Bound.AT_MOST, "50亿元"), sided("50亿元", Approximation.BELOW),
            Status.MET, "目标≤50亿元，实际近50亿元，完成率100%，完成"),
        Arguments.of(target("政府性债务余额", Kind.AMOUNT, Bound.AT_MOST, "50亿元"), sided("50亿元", Approximation.AT_LEAST),
            Status.BASICALLY_MET, "目标≤50亿元，实际不少于50亿元，完成率100%，基本完成"),
        // over a ceiling the excess is told, not a rate of completion above 100% that would read as a success
        Arguments.of(target("政府性债务余额", Kind.AMOUNT, Bound.AT_MOST, "50亿元"), sided("60亿元", Approximation.BELOW),
            Status.NOT_MET, "目标≤50亿元，实际60亿元，超出目标20%，未完成"),
        // rates: 翻了一番多 against 翻一番
        Arguments.of(target("高新技术企业", Kind.GROWTH, Bound.EXACTLY, "100%"),
            measure("高新技术企业", Kind.GROWTH, "100%").withApproximation(Approximation.ABOVE),
            Status.EXCEEDED, "目标增长100%，实际超过100%，与目标持平，超额完成"),
        // the upper end of a range
        Arguments.of(Target.of("地区生产总值", Kind.GROWTH, Bound.AT_LEAST, Quantity.parse("6%")).withUpper(Quantity.parse("6.5%")),
            measure("地区生产总值", Kind.GROWTH, "6%").withApproximation(Approximation.BELOW),
            Status.BASICALLY_MET, "目标增长6%-6.5%，实际近6%，与目标持平，基本完成"));
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @MethodSource("sides")
  void anApproximateFigureEqualToItsTargetIsJudgedByItsSide(Target target, Measure measure, Status status,
      String explanation) {
    assertJudged(target, measure, status, explanation);
  }

  private static void assertJudged(Target target, Measure measure, Status status, String explanation) {
    Assessment assessment = assess(target, measure);
    assertThat(assessment.status()).isEqualTo(status);
    assertThat(assessment.explanation()).isEqualTo(explanation);
  }

  @Test
  void nearlyTheWholeTaskIsNotTheWholeTask() {
    Measure rate = Measure.builder().metric("").kind(Kind.LEVEL).quantity(Quantity.parse("100%"))
        .role(Role.COMPLETION_RATE).approximation(Approximation.BELOW).build();
    Assessment assessment = assess(target("公厕", Kind.COUNT, Bound.EXACTLY, "20座"), rate);
    assertThat(assessment.status()).isEqualTo(Status.BASICALLY_MET);
    assertThat(assessment.explanation()).isEqualTo("目标20座，完成率近100%，基本完成");
  }

  // --- rules 1 and 2: one target ---------------------------------------------------------------

  static Stream<Arguments> singleTargets() {
    return Stream.of(
        // higher is better: amounts and counts by ratio
        Arguments.of(target("老旧车辆", Kind.COUNT, Bound.EXACTLY, "713辆"), measure("老旧车辆", Kind.COUNT, "801辆"),
            Status.EXCEEDED, "目标713辆，实际801辆，完成率112.3%，超额完成"),
        Arguments.of(target("提升改造公厕", Kind.COUNT, Bound.EXACTLY, "22座"), measure("提升改造", Kind.COUNT, "22座"),
            Status.MET, "目标22座，实际22座，完成率100%，完成"),
        Arguments.of(target("背街小巷", Kind.COUNT, Bound.AT_LEAST, "10条"), measure("", Kind.COUNT, "9条"),
            Status.BASICALLY_MET, "目标≥10条，实际9条，完成率90%，基本完成"),
        Arguments.of(target("背街小巷", Kind.COUNT, Bound.AT_LEAST, "11条"), measure("", Kind.COUNT, "9条"),
            Status.NOT_MET, "目标≥11条，实际9条，完成率81.8%，未完成"),
        // the percentage is rounded once, from the exact quotient (38.05…% → 38.1%, not 0.3805 → 38.0%)
        Arguments.of(target("学位", Kind.COUNT, Bound.EXACTLY, "16320个"), measure("学位", Kind.COUNT, "6210个"),
            Status.NOT_MET, "目标16320个，实际6210个，完成率38.1%，未完成"),
        Arguments.of(target("年度投资", Kind.AMOUNT, Bound.ABOUT, "258.77亿元"), measure("投资", Kind.AMOUNT, "2587700万元"),
            Status.MET, "目标≈258.77亿元，实际2587700万元，完成率100%，完成"),
        // higher is better: rates by percentage points
        Arguments.of(target("服务业增加值", Kind.GROWTH, Bound.AT_LEAST, "7.5%"), measure("服务业增加值", Kind.GROWTH, "6.8%"),
            Status.BASICALLY_MET, "目标增长≥7.5%，实际6.8%，差0.7个百分点，基本完成"),
        Arguments.of(target("固定资产投资", Kind.GROWTH, Bound.AT_LEAST, "8%"), measure("", Kind.GROWTH, "9.2%"),
            Status.EXCEEDED, "目标增长≥8%，实际9.2%，高于目标1.2个百分点，超额完成"),
        Arguments.of(target("社会消费品零售总额", Kind.GROWTH, Bound.AT_LEAST, "6%"), measure("", Kind.GROWTH, "6.0%"),
            Status.MET, "目标增长≥6%，实际6%，与目标持平，完成"),
        Arguments.of(target("万元GDP能耗", Kind.DECLINE, Bound.AT_LEAST, "2%"), measure("能耗", Kind.DECLINE, "4.94%"),
            Status.EXCEEDED, "目标下降≥2%，实际4.94%，高于目标2.94个百分点，超额完成"),
        Arguments.of(target("万元GDP能耗", Kind.DECLINE, Bound.AT_LEAST, "2%"), measure("能耗", Kind.GROWTH, "0.5%"),
            Status.NOT_MET, "目标下降≥2%，实际增长0.5%，差2.5个百分点，未完成"),
        Arguments.of(target("地区生产总值", Kind.GROWTH, Bound.AT_LEAST, "3%"), measure("", Kind.DECLINE, "1%"),
            Status.NOT_MET, "目标增长≥3%，实际下降1%，差4个百分点，未完成"),
        Arguments.of(target("万元GDP能耗", Kind.DECLINE, Bound.ABOUT, "3%"), measure("能耗", Kind.DECLINE, "2.5%"),
            Status.BASICALLY_MET, "目标下降≈3%，实际2.5%，差0.5个百分点，基本完成"),
        // lower is better: AT_MOST, and ABOUT on ceiling metrics
        Arguments.of(target("城镇登记失业率", Kind.LEVEL, Bound.AT_MOST, "4%"), measure("城镇登记失业率", Kind.LEVEL, "3.42%"),
            Status.MET, "目标≤4%，实际3.42%，低于目标0.58个百分点，完成"),
        Arguments.of(target("城镇登记失业率", Kind.LEVEL, Bound.AT_MOST, "4%"), measure("", Kind.LEVEL, "4.8%"),
            Status.BASICALLY_MET, "目标≤4%，实际4.8%，超出目标0.8个百分点，基本完成"),
        Arguments.of(target("居民消费价格涨幅", Kind.GROWTH, Bound.ABOUT, "3%"), measure("", Kind.GROWTH, "4.5%"),
            Status.NOT_MET, "目标增长≈3%，实际4.5%，超出目标1.5个百分点，未完成"),
        Arguments.of(target("居民消费价格涨幅", Kind.GROWTH, Bound.ABOUT, "3%"), measure("", Kind.GROWTH, "2.5%"),
            Status.MET, "目标增长≈3%，实际2.5%，低于目标0.5个百分点，完成"),
        Arguments.of(target("生产安全事故", Kind.COUNT, Bound.AT_MOST, "9起"), measure("", Kind.COUNT, "10起"),
            Status.BASICALLY_MET, "目标≤9起，实际10起，超出目标11.1%，基本完成"),
        Arguments.of(target("生产安全事故", Kind.COUNT, Bound.AT_MOST, "9起"), measure("", Kind.COUNT, "11起"),
            Status.NOT_MET, "目标≤9起，实际11起，超出目标22.2%，未完成"));
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @MethodSource("singleTargets")
  void oneTargetIsJudgedByItsRuleAndExplainedWithItsNumbers(Target target, Measure measure, Status status,
      String explanation) {
    Assessment assessment = assess(target, measure);
    assertThat(assessment.status()).isEqualTo(status);
    assertThat(assessment.basis()).isEqualTo(Basis.NUMERIC);
    assertThat(assessment.explanation()).isEqualTo(explanation);
    assertThat(assessment.targets()).singleElement().satisfies(line -> {
      assertThat(line.status()).isEqualTo(status);
      assertThat(line.measureIndex()).hasValue(0);
    });
    assertThat(assessment.findings()).isEmpty();
  }

  static Stream<Arguments> boundaries() {
    return Stream.of(
        Arguments.of(Bound.AT_LEAST, "100座", "90座", Status.BASICALLY_MET),
        Arguments.of(Bound.AT_LEAST, "100座", "89.99座", Status.NOT_MET),
        Arguments.of(Bound.EXACTLY, "7.3座", "6.57座", Status.BASICALLY_MET),
        Arguments.of(Bound.EXACTLY, "7.3座", "6.5699座", Status.NOT_MET),
        Arguments.of(Bound.AT_LEAST, "7.5%", "6.5%", Status.BASICALLY_MET),
        Arguments.of(Bound.AT_LEAST, "7.5%", "6.49%", Status.NOT_MET),
        Arguments.of(Bound.AT_LEAST, "1%", "0%", Status.BASICALLY_MET),
        Arguments.of(Bound.AT_MOST, "90座", "100座", Status.BASICALLY_MET),
        Arguments.of(Bound.AT_MOST, "90座", "100.001座", Status.NOT_MET),
        Arguments.of(Bound.AT_MOST, "4%", "5%", Status.BASICALLY_MET),
        Arguments.of(Bound.AT_MOST, "4%", "5.0001%", Status.NOT_MET),
        Arguments.of(Bound.AT_MOST, "4%", "4%", Status.MET));
  }

  @ParameterizedTest(name = "{0} {1}, achieved {2} → {3}")
  @MethodSource("boundaries")
  void thresholdsAreExactAtTheirBoundaries(Bound bound, String t, String a, Status status) {
    Kind kind = t.endsWith("%") ? Kind.LEVEL : Kind.COUNT;
    assertThat(assess(target("指标", kind, bound, t), measure("指标", kind, a)).status()).isEqualTo(status);
  }

  @Test
  void thresholdsComeFromThePolicy() {
    Classifier strict = Classifier.of(ClassificationPolicy.parse("ratio=0.95,points=0.5")).withMatcher(BY_INDEX);
    Task counts = task(Status.UNDETERMINED, List.of(target("", Kind.COUNT, Bound.AT_LEAST, "100座")),
        measure("", Kind.COUNT, "94座")).build();
    Task rates = task(Status.UNDETERMINED, List.of(target("", Kind.GROWTH, Bound.AT_LEAST, "7.5%")),
        measure("", Kind.GROWTH, "6.8%")).build();
    assertThat(strict.assess(counts).status()).isEqualTo(Status.NOT_MET);
    assertThat(CLASSIFIER.assess(counts).status()).isEqualTo(Status.BASICALLY_MET);
    assertThat(strict.assess(rates).status()).isEqualTo(Status.NOT_MET);
    assertThat(strict.policy()).isEqualTo(ClassificationPolicy.parse("ratio=0.95,points=0.5"));
    assertThat(Classifier.standard().policy()).isEqualTo(ClassificationPolicy.defaults());
  }

  static Stream<Arguments> otherScales() {
    return Stream.of(
        Arguments.of("100万元", "0.009亿元", Status.BASICALLY_MET),
        Arguments.of("0.01亿元", "89.99万元", Status.NOT_MET),
        Arguments.of("10千米", "9公里", Status.BASICALLY_MET),
        Arguments.of("10公里", "10000米", Status.MET),
        Arguments.of("1万平方米", "9000平方米", Status.BASICALLY_MET),
        Arguments.of("23.41万平方米", "234101平方米", Status.EXCEEDED),
        Arguments.of("15亩", "1公顷", Status.MET));
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @MethodSource("otherScales")
  void targetAndMeasureInDifferentScalesAreComparedAsAmounts(String t, String a, Status status) {
    Kind kind = Kind.AMOUNT;
    assertThat(assess(target("", kind, Bound.AT_LEAST, t), measure("", kind, a)).status()).isEqualTo(status);
  }

  /** Counterexamples the totality law found in the first version of the rules. */
  @Test
  void extremeValuesAreJudgedWithoutThrowing() {
    Quantity huge = Quantity.of(new BigDecimal(java.math.BigInteger.TEN, Integer.MIN_VALUE + 1), io.github.workreport.Unit.PERCENT);
    Target zero = target("地区生产总值", Kind.GROWTH, Bound.AT_LEAST, "0%");
    // Arithmetic at the edge of BigDecimal's scale range may fail; the target is then unverified.
    Assessment assessment = assess(zero, Measure.of("", Kind.GROWTH, huge));
    assertThat(assessment.status()).isIn(Status.EXCEEDED, Status.UNDETERMINED);
    assertThat(assessment.explanation()).hasSizeLessThan(200);
    Assessment merelyHuge = assess(zero, measure("", Kind.GROWTH, "1E+999999999%"));
    assertThat(merelyHuge.status()).isEqualTo(Status.EXCEEDED);
    assertThat(merelyHuge.explanation()).isEqualTo("目标增长≥0%，实际1E+999999999%，高于目标1E+999999999个百分点，超额完成");
    Target tiny = Target.of("", Kind.AMOUNT, Bound.AT_LEAST, Quantity.of(new BigDecimal("1E-2147483647"), io.github.workreport.Unit.YUAN));
    assertThat(assess(tiny, measure("", Kind.AMOUNT, "5亿元")).status()).isIn(Status.EXCEEDED, Status.UNDETERMINED);
  }

  @Test
  void comparisonsAcrossUnitsAreExactWhereConversionWouldRound() {
    // 1亩 is 666.666…平方米 without end: converted to 34 digits it would equal this target and be MET.
    Target target = target("复垦", Kind.AMOUNT, Bound.AT_LEAST, "666.6666666666666666666666666666667平方米");
    assertThat(assess(target, measure("复垦", Kind.AMOUNT, "1亩")).status()).isEqualTo(Status.BASICALLY_MET);
    assertThat(assess(target("复垦", Kind.AMOUNT, Bound.AT_LEAST, "1000平方米"), measure("复垦", Kind.AMOUNT, "1.35亩"))
        .status()).isEqualTo(Status.BASICALLY_MET);
  }

  @Test
  void theRatioIsAchievedOverTargetToFourPlaces() {
    Assessment assessment = assess(target("服务业增加值", Kind.GROWTH, Bound.AT_LEAST, "7.5%"),
        measure("", Kind.GROWTH, "6.8%"));
    assertThat(assessment.targets().get(0).ratio()).hasValue(new BigDecimal("0.9067"));
  }

  @Test
  void ratiosOfEqualAmountsAreOneToFourPlacesHoweverLargeTheAmounts() {
    for (String amount : new String[] {"1E+600元", "123456789E+900元", "7E-700元"}) {
      Assessment assessment = assess(target("投资", Kind.AMOUNT, Bound.EXACTLY, amount), measure("投资", Kind.AMOUNT, amount));
      assertThat(assessment.status()).isEqualTo(Status.MET);
      assertThat(assessment.targets().get(0).ratio()).hasValue(new BigDecimal("1.0000"));
      assertThat(assessment.explanation()).endsWith("完成率100%，完成");
    }
  }

  @Test
  void gapsInPointsAreExactForNumbersOfAThousandDigits() {
    BigDecimal huge = BigDecimal.TEN.pow(1200).add(new BigDecimal("0.25"));
    Target target = target("增速", Kind.GROWTH, Bound.AT_LEAST, huge.toPlainString() + "%");
    Measure onePointShort = measure("增速", Kind.GROWTH, huge.subtract(BigDecimal.ONE).toPlainString() + "%");
    Measure justMore = measure("增速", Kind.GROWTH, huge.subtract(new BigDecimal("1.01")).toPlainString() + "%");
    assertThat(assess(target, onePointShort).status()).isEqualTo(Status.BASICALLY_MET);
    assertThat(assess(target, onePointShort).explanation()).contains("差1个百分点");
    assertThat(assess(target, justMore).status()).isEqualTo(Status.NOT_MET);
  }

  @Test
  void aZeroTargetHasNoRatio() {
    Assessment met = assess(target("事故", Kind.COUNT, Bound.AT_MOST, "0起"), measure("事故", Kind.COUNT, "0起"));
    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(met.targets().get(0).ratio()).isEmpty();
    assertThat(met.explanation()).isEqualTo("目标≤0起，实际0起，完成");
    assertThat(assess(target("事故", Kind.COUNT, Bound.AT_MOST, "0起"), measure("事故", Kind.COUNT, "2起")).status())
        .isEqualTo(Status.NOT_MET);
  }

  // --- completion rates and revised targets ----------------------------------------------------

  static Stream<Arguments> completionRates() {
    return Stream.of(
        Arguments.of("116.89%", Status.EXCEEDED, "1.1689"),
        Arguments.of("100%", Status.MET, "1.0000"),
        Arguments.of("90%", Status.BASICALLY_MET, "0.9000"),
        Arguments.of("62%", Status.NOT_MET, "0.6200"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("completionRates")
  void aCompletionRateIsJudgedAgainstOne(String rate, Status status, String ratio) {
    Measure completion = measure("", Kind.LEVEL, rate).withRole(Role.COMPLETION_RATE);
    Assessment assessment = assess(target("城镇新增就业", Kind.COUNT, Bound.AT_LEAST, "8000人"), completion);
    assertThat(assessment.status()).isEqualTo(status);
    assertThat(assessment.targets().get(0).ratio()).hasValue(new BigDecimal(ratio));
    assertThat(assessment.explanation()).startsWith("目标≥8000人，完成率" + rate.replace("100%", "100%") + "，");
  }

  @Test
  void aCompletionRateSaysNothingAboutACeiling() {
    Measure completion = measure("", Kind.LEVEL, "95%").withRole(Role.COMPLETION_RATE);
    Assessment assessment = CLASSIFIER.assess(task(Status.MET,
        List.of(target("城镇登记失业率", Kind.LEVEL, Bound.AT_MOST, "4%")), completion).build());
    assertThat(assessment.basis()).isEqualTo(Basis.DECLARED);
    assertThat(assessment.targets().get(0).isVerified()).isFalse();
  }

  @Test
  void aRevisedTargetReplacesTheOriginal() {
    Task task = task(Status.EXCEEDED, List.of(target("一般公共预算收入", Kind.GROWTH, Bound.EXACTLY, "6%")),
        measure("一般公共预算收入", Kind.GROWTH, "0.08%").withRole(Role.REVISED_TARGET),
        measure("一般公共预算收入", Kind.GROWTH, "1.8%")).build();
    Classifier classifier = Classifier.standard()
        .withMatcher(t -> List.of(Match.builder().target(0).measure(1).revision(0).build()));
    Assessment assessment = classifier.assess(task);
    assertThat(assessment.status()).isEqualTo(Status.EXCEEDED);
    assertThat(assessment.targets().get(0).revisionIndex()).hasValue(0);
    assertThat(assessment.targets().get(0).ratio()).hasValue(new BigDecimal("22.5000"));
    assertThat(assessment.findings()).containsExactly(
        Finding.of(FindingKind.REVISED_TARGET, "目标由6%调整为0.08%，按调整后目标评估"));
    assertThat(assessment.explanation()).isEqualTo("目标增长6%（调整为0.08%），实际1.8%，高于目标1.72个百分点，超额完成");
  }

  /** A growth revised to a decline (由6%调整为下降2%) is a growth of −2 %, and the year's figure is judged against it. */
  @ParameterizedTest
  @CsvSource({"DECLINE, 1.2%, EXCEEDED", "GROWTH, 0.5%, EXCEEDED", "DECLINE, 2%, MET", "DECLINE, 2.8%, BASICALLY_MET",
      "DECLINE, 3.5%, NOT_MET"})
  void aGrowthRevisedToADeclineIsJudgedAsANegativeGrowth(Kind kind, String achieved, Status status) {
    Task task = task(Status.UNDETERMINED, List.of(target("一般公共预算收入", Kind.GROWTH, Bound.EXACTLY, "6%")),
        measure("一般公共预算收入", Kind.DECLINE, "2%").withRole(Role.REVISED_TARGET),
        measure("一般公共预算收入", kind, achieved)).build();
    Classifier classifier = Classifier.standard()
        .withMatcher(t -> List.of(Match.builder().target(0).measure(1).revision(0).build()));
    Assessment assessment = classifier.assess(task);
    assertThat(assessment.status()).isEqualTo(status);
    assertThat(assessment.findings()).containsExactly(
        Finding.of(FindingKind.REVISED_TARGET, "目标由6%调整为-2%，按调整后目标评估"));
  }

  @Test
  void aRevisionThatIsNotARevisedTargetOrNotComparableIsIgnored() {
    Task task = task(Status.MET, List.of(target("收入", Kind.GROWTH, Bound.EXACTLY, "6%")),
        measure("收入", Kind.AMOUNT, "183000万元").withRole(Role.REVISED_TARGET),
        measure("收入", Kind.GROWTH, "1.8%"),
        measure("收入", Kind.GROWTH, "0.08%"))
        .build();
    for (int revision : new int[] {0, 2}) {
      Assessment assessment = Classifier.standard()
          .withMatcher(t -> List.of(Match.builder().target(0).measure(1).revision(revision).build()))
          .assess(task);
      assertThat(assessment.status()).isEqualTo(Status.NOT_MET);
      assertThat(assessment.targets().get(0).revision()).isEmpty();
      assertThat(assessment.has(FindingKind.REVISED_TARGET)).isFalse();
    }
  }

  // --- rule 3: tasks still running ---------------------------------------------------------------

  private static final Target SCHOOLS = target("新建改扩建学校", Kind.COUNT, Bound.EXACTLY, "24所");

  private static Assessment schools(String achieved, Status declared, Optional<Deadline> deadline, Optional<Period> period) {
    return CLASSIFIER.assess(task(declared, List.of(SCHOOLS), measure("学校", Kind.COUNT, achieved))
        .deadline(deadline).build(), period);
  }

  @Test
  void aShortfallBeforeTheDeadlineIsOngoingWithAPace() {
    Optional<Deadline> deadline = Optional.of(Deadline.of(YearMonth.of(2021, 12)));
    // 24 schools due in 24 months: 12 by the end of the first year is the pro-rata target
    Assessment ahead = schools("13所", Status.MET, deadline, YEAR_END);
    assertThat(ahead.status()).isEqualTo(Status.ONGOING);
    assertThat(ahead.pace()).contains(Pace.AHEAD);
    assertThat(ahead.explanation()).isEqualTo("目标24所，实际13所，完成率54.2%，持续推进（期限2021-12未到），超进度");
    assertThat(ahead.findings()).containsExactly(Finding.of(FindingKind.CLAIM_NOT_SUPPORTED, "申报完成，数值仅支持持续推进"));
    assertThat(schools("12所", Status.MET, deadline, YEAR_END).pace()).contains(Pace.ON_PACE);
    assertThat(schools("10.8所", Status.MET, deadline, YEAR_END).pace()).contains(Pace.ON_PACE);
    assertThat(schools("10.79所", Status.MET, deadline, YEAR_END).pace()).contains(Pace.BEHIND);
  }

  @Test
  void aTaskDeclaredOngoingIsRunningEvenWithoutAPeriod() {
    Assessment assessment = schools("9所", Status.ONGOING, Optional.empty(), Optional.empty());
    assertThat(assessment.status()).isEqualTo(Status.ONGOING);
    assertThat(assessment.pace()).isEmpty();
    assertThat(assessment.explanation()).contains("持续推进（申报持续推进）");
    assertThat(assessment.findings()).isEmpty();
  }

  @Test
  void aProgressReportPacesAgainstTheMonthsElapsed() {
    Optional<Period> june = Optional.of(Period.of(YearMonth.of(2020, 6)));
    Assessment half = schools("12所", Status.UNDETERMINED, Optional.empty(), june);
    assertThat(half.status()).isEqualTo(Status.ONGOING);
    assertThat(half.pace()).contains(Pace.ON_PACE);
    assertThat(half.explanation()).contains("（进度报告截至2020-06）");
    assertThat(schools("5所", Status.UNDETERMINED, Optional.empty(), june).pace()).contains(Pace.BEHIND);
  }

  @Test
  void aShortfallOfAFigureDatedBeforeTheReportIsProgressNotFailure() {
    Measure midYear = measure("学校", Kind.COUNT, "14所").withAsOf(YearMonth.of(2020, 6));
    Assessment assessment = CLASSIFIER.assess(task(Status.UNDETERMINED, List.of(SCHOOLS), midYear).build(), YEAR_END);
    assertThat(assessment.status()).isEqualTo(Status.ONGOING);
    assertThat(assessment.pace()).isEmpty();
    assertThat(assessment.explanation()).isEqualTo("目标24所，实际14所，完成率58.3%，持续推进（数值截至2020-06）");
    // a figure of the report's own month is final; one that already reached the target has reached it
    Optional<Period> june = Optional.of(Period.of(YearMonth.of(2020, 6)));
    Assessment inJune = CLASSIFIER.assess(task(Status.UNDETERMINED, List.of(SCHOOLS), midYear).build(), june);
    assertThat(inJune.explanation()).contains("（进度报告截至2020-06）");
    Measure early = measure("学校", Kind.COUNT, "25所").withAsOf(YearMonth.of(2020, 6));
    assertThat(CLASSIFIER.assess(task(Status.UNDETERMINED, List.of(SCHOOLS), early).build(), YEAR_END).status())
        .isEqualTo(Status.EXCEEDED);
    // without a period there is nothing to be earlier than
    assertThat(CLASSIFIER.assess(task(Status.UNDETERMINED, List.of(SCHOOLS), midYear).build(), Optional.empty()).status())
        .isEqualTo(Status.NOT_MET);
  }

  @Test
  void basicallyMetAndBetterAreNotTurnedIntoOngoing() {
    Optional<Deadline> later = Optional.of(Deadline.of(YearMonth.of(2022, 9)));
    assertThat(schools("22所", Status.ONGOING, later, YEAR_END).status()).isEqualTo(Status.BASICALLY_MET);
    assertThat(schools("25所", Status.ONGOING, later, YEAR_END).status()).isEqualTo(Status.EXCEEDED);
  }

  @Test
  void aShortfallAfterTheDeadlineInAYearEndReportIsNotMet() {
    Optional<Deadline> past = Optional.of(Deadline.of(YearMonth.of(2020, 6)));
    Assessment assessment = schools("12所", Status.MET, past, YEAR_END);
    assertThat(assessment.status()).isEqualTo(Status.NOT_MET);
    assertThat(assessment.pace()).isEmpty();
  }

  @Test
  void aTaskDueBeforeTheReportsYearGetsNoPace() {
    Assessment overdue = schools("12所", Status.ONGOING, Optional.of(Deadline.of(YearMonth.of(2019, 12))), YEAR_END);
    assertThat(overdue.status()).isEqualTo(Status.ONGOING);
    assertThat(overdue.pace()).isEmpty();
    Assessment dueInJanuary = schools("12所", Status.ONGOING, Optional.of(Deadline.of(YearMonth.of(2020, 1))), YEAR_END);
    assertThat(dueInJanuary.pace()).contains(Pace.BEHIND);
  }

  @Test
  void aTasksPaceIsTheWorstOfItsTargetsPaces() {
    Target rate = target("增加值", Kind.GROWTH, Bound.AT_LEAST, "6%");
    Target roads = target("道路", Kind.COUNT, Bound.EXACTLY, "10条");
    Target toilets = target("公厕", Kind.COUNT, Bound.EXACTLY, "10座");
    Task mixed = task(Status.ONGOING, List.of(roads, rate),
        measure("", Kind.COUNT, "5条"), measure("", Kind.GROWTH, "3%")).build();
    assertThat(CLASSIFIER.assess(mixed, YEAR_END).pace()).contains(Pace.BEHIND);
    Task twoPaces = task(Status.ONGOING, List.of(toilets, roads),
        measure("", Kind.COUNT, "11座"), measure("", Kind.COUNT, "5条")).build();
    assertThat(CLASSIFIER.assess(twoPaces, YEAR_END).pace()).contains(Pace.BEHIND);
    Task reversed = task(Status.ONGOING, List.of(roads, toilets),
        measure("", Kind.COUNT, "5条"), measure("", Kind.COUNT, "11座")).build();
    assertThat(CLASSIFIER.assess(reversed, YEAR_END).pace()).contains(Pace.BEHIND);
  }

  @Test
  void ratesAndCeilingsGetNoPace() {
    Task rate = task(Status.ONGOING, List.of(target("增加值", Kind.GROWTH, Bound.AT_LEAST, "6%")),
        measure("", Kind.GROWTH, "3%")).build();
    Task ceiling = task(Status.ONGOING, List.of(target("事故", Kind.COUNT, Bound.AT_MOST, "6起")),
        measure("", Kind.COUNT, "9起")).build();
    assertThat(CLASSIFIER.assess(rate, YEAR_END).pace()).isEmpty();
    assertThat(CLASSIFIER.assess(ceiling, YEAR_END).pace()).isEmpty();
    assertThat(CLASSIFIER.assess(ceiling, YEAR_END).status()).isEqualTo(Status.ONGOING);
  }

  // --- rule 4: the weakest evidenced target --------------------------------------------------

  @Test
  void aTaskIsAsGoodAsItsWeakestEvidencedTargetAndUnverifiedTargetsDoNotVote() {
    Task task = task(Status.EXCEEDED,
        List.of(target("新建公厕", Kind.COUNT, Bound.EXACTLY, "15座"),
            target("提升改造公厕", Kind.COUNT, Bound.EXACTLY, "22座"),
            target("社会对外开放公厕", Kind.COUNT, Bound.EXACTLY, "3座")),
        measure("新建公厕", Kind.COUNT, "20座"), measure("提升改造", Kind.COUNT, "22座"))
        .build();
    Assessment assessment = CLASSIFIER.assess(task);
    assertThat(assessment.status()).isEqualTo(Status.MET);
    assertThat(assessment.targets()).extracting(TargetAssessment::status)
        .containsExactly(Status.EXCEEDED, Status.MET, Status.UNDETERMINED);
    assertThat(assessment.findings()).containsExactly(
        Finding.of(FindingKind.CLAIM_NOT_SUPPORTED, "申报超额完成，数值仅支持完成"),
        Finding.of(FindingKind.UNVERIFIED_TARGET, "目标“社会对外开放公厕3座”在完成情况中没有可比的数值"));
    assertThat(assessment.explanation()).isEqualTo("新建公厕：目标15座，实际20座，完成率133.3%，超额完成；"
        + "提升改造公厕：目标22座，实际22座，完成率100%，完成；社会对外开放公厕：目标3座，无可比数值");
  }

  // --- rules 5 and 6: no evidence --------------------------------------------------------------

  @Test
  void withoutEvidenceTheDeclaredStatusStands() {
    Task qualitative = task(Status.ONGOING, List.of()).build();
    Assessment assessment = CLASSIFIER.assess(qualitative);
    assertThat(assessment.status()).isEqualTo(Status.ONGOING);
    assertThat(assessment.basis()).isEqualTo(Basis.DECLARED);
    assertThat(assessment.explanation()).isEqualTo("无量化目标，按申报持续推进");

    Task unverifiable = task(Status.MET, List.of(target("学位", Kind.COUNT, Bound.EXACTLY, "16320个")),
        measure("投资", Kind.AMOUNT, "3.1亿元")).build();
    Assessment unverified = CLASSIFIER.assess(unverifiable);
    assertThat(unverified.status()).isEqualTo(Status.MET);
    assertThat(unverified.basis()).isEqualTo(Basis.DECLARED);
    assertThat(unverified.explanation()).isEqualTo("目标16320个，无可比数值（配对的数值无法与目标比较）；无可核对的数值，按申报完成");
    assertThat(unverified.targets().get(0).reason()).contains(UnverifiedReason.INCOMPARABLE);
    assertThat(unverified.findings()).extracting(Finding::kind).containsExactly(FindingKind.UNVERIFIED_TARGET);
  }

  static Stream<Arguments> cues() {
    return Stream.of(
        Arguments.of(Status.ONGOING, Status.ONGOING, Basis.TEXTUAL),
        Arguments.of(Status.MET, Status.MET, Basis.TEXTUAL),
        Arguments.of(Status.BASICALLY_MET, Status.BASICALLY_MET, Basis.TEXTUAL),
        Arguments.of(Status.UNDETERMINED, Status.UNDETERMINED, Basis.DECLARED));
  }

  /** The rules take the narrative's cue as the reader recorded it (StatusCuesTest covers the words). */
  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("cues")
  void withNoEvidenceAndNoClaimTheNarrativesCueDecides(Status cue, Status status, Basis basis) {
    Task task = Task.builder().number(1).text("任务")
        .outcome(Outcome.builder().narrative("叙述").cue(cue).build()).build();
    Assessment assessment = CLASSIFIER.assess(task);
    assertThat(assessment.status()).isEqualTo(status);
    assertThat(assessment.basis()).isEqualTo(basis);
    assertThat(assessment.findings()).isEmpty();
    Task declared = task.withOutcome(task.outcome().withDeclaredStatus(Status.NOT_MET));
    assertThat(CLASSIFIER.assess(declared).status()).as("a declaration beats the cue").isEqualTo(Status.NOT_MET);
  }

  // --- findings ------------------------------------------------------------------------------

  @Test
  void aJudgementOnAnEstimateIsProvisional() {
    Task task = task(Status.MET, List.of(target("收入", Kind.GROWTH, Bound.AT_LEAST, "8%")),
        measure("收入", Kind.GROWTH, "6%").withEstimated(true)).build();
    Assessment assessment = CLASSIFIER.assess(task);
    assertThat(assessment.findings()).extracting(Finding::kind)
        .containsExactly(FindingKind.CLAIM_NOT_SUPPORTED, FindingKind.PROVISIONAL);
    assertThat(assessment.explanation()).isEqualTo("目标增长≥8%，实际6%（预计），差2个百分点，未完成");
  }

  @Test
  void aClaimWorseThanTheNumbersIsNoFinding() {
    Task task = task(Status.BASICALLY_MET, List.of(target("车辆", Kind.COUNT, Bound.EXACTLY, "713辆")),
        measure("车辆", Kind.COUNT, "801辆")).build();
    assertThat(CLASSIFIER.assess(task).findings()).isEmpty();
  }

  // --- matching --------------------------------------------------------------------------------

  @Test
  void measuresAnotherDimensionOrRoleLeaveTheTargetUnverified() {
    Target jobs = target("城镇新增就业", Kind.COUNT, Bound.AT_LEAST, "8000人");
    assertThat(assess(jobs, measure("", Kind.AMOUNT, "8000元")).targets().get(0).isVerified()).isFalse();
    assertThat(assess(jobs, measure("", Kind.COUNT, "9000人").withRole(Role.REVISED_TARGET)).targets().get(0).isVerified())
        .isFalse();
    assertThat(assess(jobs, measure("", Kind.COUNT, "9000个")).targets().get(0).isVerified()).isFalse();
  }

  @Test
  void aMatcherThatReturnsNonsenseLeavesTargetsUnverified() {
    Task task = task(Status.MET, List.of(target("车辆", Kind.COUNT, Bound.EXACTLY, "713辆")),
        measure("车辆", Kind.COUNT, "801辆")).build();
    List<List<Match>> nonsense = List.of(
        List.of(Match.builder().target(0).measure(1).build()),
        List.of(Match.builder().target(0).measure(-1).revision(7).build()),
        List.of(Match.builder().target(3).measure(0).build()),
        List.of());
    for (List<Match> matches : nonsense) {
      Assessment assessment = Classifier.standard().withMatcher(t -> matches).assess(task);
      assertThat(assessment.status()).isEqualTo(Status.MET);
      assertThat(assessment.basis()).isEqualTo(Basis.DECLARED);
    }
    assertThat(Classifier.standard().withMatcher(t -> null).assess(task).basis()).isEqualTo(Basis.DECLARED);
    assertThat(Classifier.standard().withMatcher(t -> java.util.Arrays.asList(null, null)).assess(task).basis())
        .isEqualTo(Basis.DECLARED);
  }

  // --- reports ---------------------------------------------------------------------------------

  @Test
  void classifyAssessesEveryTaskAgainstTheReportsPeriod() {
    Task due = task(Status.MET, List.of(SCHOOLS), measure("学校", Kind.COUNT, "12所"))
        .deadline(Deadline.of(YearMonth.of(2022, 9))).build();
    Task qualitative = task(Status.MET, List.of()).number(2).build();
    Report report = Report.builder().year(2020).addTasks(due, qualitative).build();
    Report classified = CLASSIFIER.classify(report);
    assertThat(classified.isClassified()).isTrue();
    // the year gives the period: 2020-12, before the deadline
    assertThat(classified.tasks()).extracting(Task::status).containsExactly(Status.ONGOING, Status.MET);
    Report noYear = Report.builder().addTask(due).build();
    assertThat(CLASSIFIER.classify(noYear).tasks().get(0).status()).isEqualTo(Status.NOT_MET);
    Report progress = report.withPeriod(Period.of(YearMonth.of(2020, 9)));
    assertThat(CLASSIFIER.classify(progress).tasks().get(0).assessment().orElseThrow().explanation())
        .contains("期限2022-09未到");
  }

  @Test
  void nullsAreRejectedNamingTheArgument() {
    assertThatThrownBy(() -> CLASSIFIER.classify(null)).hasMessage("report");
    assertThatThrownBy(() -> CLASSIFIER.assess(null)).hasMessage("task");
    assertThatThrownBy(() -> CLASSIFIER.assess(task(Status.MET, List.of()).build(), null))
        .hasMessage("period");
    assertThatThrownBy(() -> CLASSIFIER.withMatcher(null)).hasMessage("matcher");
    assertThatThrownBy(() -> Classifier.of(null)).hasMessage("policy");
  }

  // --- ranges ------------------------------------------------------------------------------------

  private static Target range(String metric, Kind kind, Bound bound, String lower, String upper) {
    return Target.builder().metric(metric).kind(kind).bound(bound)
        .quantity(Quantity.parse(lower)).upper(Quantity.parse(upper)).build();
  }

  static Stream<Arguments> rangeTargets() {
    Target gdp = range("国内生产总值", Kind.GROWTH, Bound.AT_LEAST, "6%", "6.5%");
    Target parks = range("停车场", Kind.COUNT, Bound.AT_LEAST, "5个", "10个");
    Target cpi = range("居民消费价格涨幅", Kind.GROWTH, Bound.AT_MOST, "3%", "3.5%");
    Target cpiAbout = range("居民消费价格涨幅", Kind.GROWTH, Bound.ABOUT, "3%", "3.5%");
    return Stream.of(
        // higher is better: inside the range (ends included) met, above it exceeded
        Arguments.of(gdp, measure("国内生产总值", Kind.GROWTH, "6.1%"), Status.MET, "目标增长6%-6.5%，实际6.1%，在目标区间内，完成"),
        Arguments.of(gdp, measure("国内生产总值", Kind.GROWTH, "6.2%"), Status.MET, "目标增长6%-6.5%，实际6.2%，在目标区间内，完成"),
        Arguments.of(gdp, measure("国内生产总值", Kind.GROWTH, "6%"), Status.MET, "目标增长6%-6.5%，实际6%，在目标区间内，完成"),
        Arguments.of(gdp, measure("国内生产总值", Kind.GROWTH, "6.5%"), Status.MET, "目标增长6%-6.5%，实际6.5%，在目标区间内，完成"),
        Arguments.of(gdp, measure("国内生产总值", Kind.GROWTH, "6.8%"), Status.EXCEEDED,
            "目标增长6%-6.5%，实际6.8%，高于目标上限0.3个百分点，超额完成"),
        // below the lower end: as for a single target of the lower end
        Arguments.of(gdp, measure("国内生产总值", Kind.GROWTH, "5.4%"), Status.BASICALLY_MET,
            "目标增长6%-6.5%，实际5.4%，差0.6个百分点，基本完成"),
        Arguments.of(gdp, measure("国内生产总值", Kind.GROWTH, "4.9%"), Status.NOT_MET,
            "目标增长6%-6.5%，实际4.9%，差1.1个百分点，未完成"),
        Arguments.of(parks, measure("停车场", Kind.COUNT, "7个"), Status.MET, "目标5个-10个，实际7个，在目标区间内，完成"),
        Arguments.of(parks, measure("停车场", Kind.COUNT, "12个"), Status.EXCEEDED,
            "目标5个-10个，实际12个，高于目标上限，完成率240%，超额完成"),
        Arguments.of(parks, measure("停车场", Kind.COUNT, "4.5个"), Status.BASICALLY_MET, "目标5个-10个，实际4.5个，完成率90%，基本完成"),
        // lower is better: the upper end is the ceiling
        Arguments.of(cpi, measure("居民消费价格涨幅", Kind.GROWTH, "3.2%"), Status.MET, "目标增长≤3%-3.5%，实际3.2%，在目标区间内，完成"),
        Arguments.of(cpi, measure("居民消费价格涨幅", Kind.GROWTH, "3.5%"), Status.MET, "目标增长≤3%-3.5%，实际3.5%，在目标区间内，完成"),
        Arguments.of(cpi, measure("居民消费价格涨幅", Kind.GROWTH, "2.9%"), Status.MET,
            "目标增长≤3%-3.5%，实际2.9%，低于目标上限0.6个百分点，完成"),
        Arguments.of(cpi, measure("居民消费价格涨幅", Kind.GROWTH, "4.1%"), Status.BASICALLY_MET,
            "目标增长≤3%-3.5%，实际4.1%，超出目标上限0.6个百分点，基本完成"),
        Arguments.of(cpi, measure("居民消费价格涨幅", Kind.GROWTH, "4.6%"), Status.NOT_MET,
            "目标增长≤3%-3.5%，实际4.6%，超出目标上限1.1个百分点，未完成"),
        Arguments.of(cpiAbout, measure("居民消费价格涨幅", Kind.GROWTH, "3.4%"), Status.MET,
            "目标增长≈3%-3.5%，实际3.4%，在目标区间内，完成"),
        Arguments.of(cpiAbout, measure("居民消费价格涨幅", Kind.GROWTH, "3.7%"), Status.BASICALLY_MET,
            "目标增长≈3%-3.5%，实际3.7%，超出目标上限0.2个百分点，基本完成"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("rangeTargets")
  void aRangeIsMetWithinItsEndsExceededAboveAndJudgedByItsLowerEndBelow(Target target, Measure measure, Status status,
      String explanation) {
    assertJudged(target, measure, status, explanation);
  }

  @Test
  void belowARangeTheStatusAndRatioAreThoseOfItsLowerEnd() {
    Target range = range("国内生产总值", Kind.GROWTH, Bound.AT_LEAST, "6%", "6.5%");
    Target lower = target("国内生产总值", Kind.GROWTH, Bound.AT_LEAST, "6%");
    for (String a : new String[] {"4.9%", "5%", "5.4%", "5.99%"}) {
      Measure m = measure("国内生产总值", Kind.GROWTH, a);
      assertThat(assess(range, m).status()).as(a).isEqualTo(assess(lower, m).status());
      assertThat(assess(range, m).targets().get(0).ratio()).as(a).isEqualTo(assess(lower, m).targets().get(0).ratio());
    }
  }

  @Test
  void aRevisedTargetReplacesTheWholeRange() {
    Task task = task(Status.MET, List.of(range("一般公共预算收入", Kind.GROWTH, Bound.AT_LEAST, "6%", "6.5%")),
        measure("一般公共预算收入", Kind.GROWTH, "0.08%").withRole(Role.REVISED_TARGET),
        measure("一般公共预算收入", Kind.GROWTH, "1.8%")).build();
    Assessment assessment = Classifier.standard()
        .withMatcher(t -> List.of(Match.builder().target(0).measure(1).revision(0).build()))
        .assess(task);
    assertThat(assessment.status()).isEqualTo(Status.EXCEEDED);
    assertThat(assessment.findings()).containsExactly(
        Finding.of(FindingKind.REVISED_TARGET, "目标由6%-6.5%调整为0.08%，按调整后目标评估"));
    assertThat(assessment.explanation()).isEqualTo("目标增长6%-6.5%（调整为0.08%），实际1.8%，高于目标1.72个百分点，超额完成");
  }

  // --- values the reader decided: housing and a share of the task ------------------------------
  // Metrics and texts here are words that mean nothing: the rules read the values alone.

  @Test
  void dwellingsAgainstHouseholdsAreJudgedOneForOneWhenBothCountHousing() {
    Target dwellings = target("a", Kind.COUNT, Bound.AT_LEAST, "1000套").withHousing(true);
    Measure households = measure("b", Kind.COUNT, "1050户").withHousing(true);
    Assessment assessment = assess(dwellings, households);
    assertThat(assessment.status()).isEqualTo(Status.EXCEEDED);
    assertThat(assessment.targets().get(0).ratio()).hasValue(new BigDecimal("1.0500"));
    // at their scale: 0.1万户 are 1000套
    assertThat(assess(dwellings, measure("b", Kind.COUNT, "0.1万户").withHousing(true)).status()).isEqualTo(Status.MET);
    assertThat(assess(dwellings, households.withHousing(false)).targets().get(0).isVerified()).isFalse();
    assertThat(assess(dwellings.withHousing(false), households).targets().get(0).isVerified()).isFalse();
  }

  @Test
  void aCompletionRateIsJudgedAgainstTheShareOfTheTaskTheTargetIs() {
    Target share = target("a", Kind.LEVEL, Bound.EXACTLY, "95%").withShareOf(Whole.TASK);
    Measure rate = measure("b", Kind.LEVEL, "100%").withRole(Role.COMPLETION_RATE);
    Assessment assessment = assess(share, rate);
    assertThat(assessment.status()).isEqualTo(Status.EXCEEDED);
    assertThat(assessment.targets().get(0).ratio()).hasValue(new BigDecimal("1.0526"));
    assertThat(assess(share, measure("b", Kind.LEVEL, "95%").withRole(Role.COMPLETION_RATE)).status()).isEqualTo(Status.MET);
    assertThat(assess(share, measure("b", Kind.LEVEL, "86%").withRole(Role.COMPLETION_RATE)).status())
        .isEqualTo(Status.BASICALLY_MET);
    // the same words without the value: the rate is judged against the whole task
    assertThat(assess(share.withShareOf(Optional.empty()), rate).status()).isEqualTo(Status.MET);
  }
}
