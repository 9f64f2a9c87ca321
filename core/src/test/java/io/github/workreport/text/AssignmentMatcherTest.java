package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Match;
import io.github.workreport.Bound;
import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.MeasureMatcher;
import io.github.workreport.Outcome;
import io.github.workreport.Quantity;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.Task;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The standard matcher on tasks read the way every reader reads them: through {@link TaskExtractor}. */
class AssignmentMatcherTest {
  private static final MeasureMatcher MATCHER = AssignmentMatcher.standard();

  static Task read(String text, String narrative, String... units) {
    Task task = Task.builder().number(1).text(text).addResponsibleUnits(units)
        .outcome(Outcome.builder().narrative(narrative).build()).build();
    return TaskExtractor.standard().extract(task, Optional.of(Status.MET), OptionalInt.of(2020));
  }

  /** The matched measure's quantity for each target, or "-" when unverified. */
  static List<String> evidence(Task task) {
    return MATCHER.match(task).stream()
        .map(m -> m.measure().isPresent()
            ? task.outcome().measures().get(m.measure().getAsInt()).quantity().format()
            : "-")
        .toList();
  }

  @Test
  void matchesByTheThingsNamed() {
    Task task = read("全年新建公厕15座，提升改造公厕22座，社会对外开放公厕3座。",
        "2020年，城镇新建公厕完成11座（超额完成1座）、农村完成9座（超额完成4座），已全部投入使用；提升改造22座、"
            + "社会单位对外开放公厕3座的任务已完成。");
    assertThat(evidence(task)).containsExactly("20座", "22座", "3座");
  }

  @Test
  void neverTakesPeopleForMoney() {
    Task task = read("全年投入帮扶资金300万元。", "共帮扶困难群众300人。");
    assertThat(evidence(task)).containsExactly("-");
  }

  @Test
  void aStockIsNoEvidenceForNewThings() {
    assertThat(evidence(read("力争新增高新技术企业4家。", "截至目前，全区通过认定的高新技术企业近42余家。")))
        .containsExactly("-");
    assertThat(evidence(read("力争新增高新技术企业4家。", "全年新认定高新技术企业6家。"))).containsExactly("6家");
    // without 新增 the target may be a stock itself
    assertThat(evidence(read("高新技术企业达到40家。", "截至目前，全区高新技术企业42家。"))).containsExactly("42家");
  }

  @Test
  void newWorkIsNoEvidenceForWorkOnWhatExists() {
    assertThat(evidence(read("提升改造公厕22座。", "农村新建公厕9座。"))).containsExactly("-");
    assertThat(evidence(read("新增绿化23.41万平方米。", "绿化提升面积2.19万平方米。"))).containsExactly("-");
  }

  @Test
  void aCountOfProjectsIsACountOfProjects() {
    assertThat(evidence(read("建设分布式能源站13处。", "完成林河春天、合能铂悦府等17个项目分布式能源集中供热设施建设。")))
        .containsExactly("-");
  }

  @Test
  void aValueWithTheTargetsUnitBeatsABareNumberBeforeIt() {
    assertThat(evidence(read("固定资产投资1620亿元。", "2019年：1500；1-9月1180亿元"))).containsExactly("1180亿元");
    // A bare number alone is still read in the target's unit, as a table's actual column writes it.
    assertThat(evidence(read("新建公厕15座。", "完成：16"))).containsExactly("16");
  }

  @Test
  void anEarlierYearsFigureIsItsBaseNotWhatWasDone() {
    // The report is of 2020.
    assertThat(evidence(read("固定资产投资1620亿元。", "2019年全市完成固定资产投资1500亿元，今年1-9月完成1180亿元。")))
        .containsExactly("1180亿元");
    assertThat(evidence(read("固定资产投资1620亿元。", "上年同期1100亿元，1-9月1180亿元。"))).containsExactly("1180亿元");
    // A year as the base of a change, and a growth over last year's period, are still read.
    assertThat(evidence(read("PM2.5浓度较2015年下降25%以上。", "PM2.5浓度较2015年下降39.1%。"))).containsExactly("39.1%");
    assertThat(evidence(read("社会消费品零售总额增长5%。", "社会消费品零售总额比上年同期增长5.2%。"))).containsExactly("5.2%");
  }

  @Test
  void aSubjectlessRateSpeaksOfTheOnlyRateTargetAndTheLatestCounts() {
    Task task = read("城镇居民人均可支配收入增长 8%以上。", "一季度增速 0.6%，二季度增速 3.0%，三季度增速 4.5%，四季度预计增速 6%。");
    assertThat(evidence(task)).containsExactly("6%");
  }

  @Test
  void aSubjectlessRateIsNoEvidenceWhenTwoRateTargetsCouldOwnIt() {
    Task task = read("地区生产总值增长7.5%，服务业增加值增长8%。", "增速为6.8%。");
    assertThat(evidence(task)).containsExactly("-", "-");
  }

  @Test
  void aRevisedTargetIsFoundBesideTheAchievedValue() {
    Task task = read("一般公共预算收入增长 6%。", "由年初预算数 193812 万元调减为 183000 万元，增速由 6% 调整为 0.08%。当前已完成 186308 万元，增速为 1.8%。");
    Match match = MATCHER.match(task).get(0);
    assertThat(task.outcome().measures().get(match.revision().getAsInt()).quantity().format()).isEqualTo("0.08%");
    assertThat(task.outcome().measures().get(match.measure().getAsInt()).quantity().format()).isEqualTo("1.8%");
  }

  @Test
  void aCompletionRateServesWhenNoValueIsGiven() {
    Task task = read("全年城镇新增就业不少于8000人。", "完成目标任务116.89%。");
    assertThat(evidence(task)).containsExactly("116.89%");
  }

  @Test
  void percentagePointsAndPercentagesDoNotMix() {
    assertThat(evidence(read("城镇化率提高1个百分点。", "城镇化率达到61%。"))).containsExactly("-");
    assertThat(evidence(read("城镇化率提高1个百分点。", "城镇化率提高1.2个百分点。"))).containsExactly("1.2个百分点");
  }

  @Test
  void theSameWorkOnASpecificClassifierLinksAWholeToItsKind() {
    Task task = read("到 2022 年 9 月，完成 25 所中小学、幼儿园新建改扩建工程。", "2019 年至 2020 年已完成 12 所新建、改扩建学校。");
    assertThat(evidence(task)).containsExactly("12所");
  }

  @Test
  void partsFromDifferentResponsibleUnitsAreSummed() {
    Task task = read("完成略钢小区、大信小区等16个老旧小区改造。",
        "区住建局完成了12个小区改造，涉及建筑面积39.5万平方米。灞桥投资控股集团完成了五环集团移交四个小区的改造。",
        "区住建局", "灞桥投资控股集团");
    assertThat(evidence(task)).containsExactly("16个");
    Measure sum = task.outcome().measures().get(MATCHER.match(task).get(0).measure().getAsInt());
    assertThat(sum.text()).isEqualTo("区住建局完成了12个小区改造＋灞桥投资控股集团完成了五环集团移交四个小区的改造");
  }

  @Test
  void aTotalBeforeItsBreakdownIsNotSummedAgain() {
    Task task = read("新建学校10所。", "全年新建学校12所，其中城区新建学校5所、农村新建学校7所。");
    assertThat(evidence(task)).containsExactly("12所");
  }

  /** A figure for the whole place, whatever its level, is the total: the places' parts after it are not added again. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"全区", "全市", "全县", "全省"})
  void aWholePlacesFigureIsTheTotalAtEveryLevel(String whole) {
    Task task = read("新建公厕15座。", whole + "新建公厕16座，甲镇新建公厕9座，乙镇新建公厕5座。");
    assertThat(evidence(task)).containsExactly("16座");
  }

  @Test
  void workStartedIsNoEvidenceForWorkDone() {
    assertThat(evidence(read("完成老旧小区改造40个。", "已开工改造老旧小区42个，完工35个。"))).containsExactly("35个");
    // done implies started
    assertThat(evidence(read("开工建设安置房20栋。", "建成安置房22栋。"))).containsExactly("22栋");
  }

  @Test
  void workStartedAndWorkDoneAreNotSummed() {
    // and of the two, the work done answers a target of the work (EleventhRoundFormsTest)
    assertThat(evidence(read("改造老旧小区120个。", "老旧小区改造已开工95个，完工40个。"))).containsExactly("40个");
  }

  @Test
  void countsEndingInDifferentGenericNounsCountDifferentThings() {
    assertThat(evidence(read("引进世界500强企业2家。", "今年引进世界500强企业项目3个。"))).containsExactly("-");
  }

  @Test
  void theSameWordsNameTheSameThingEvenWhenGeneric() {
    assertThat(evidence(read("新增市场主体1万户以上，其中企业3000户。", "新增市场主体12480户，其中企业3865户。")))
        .containsExactly("12480户", "3865户");
  }

  @Test
  void theSetAReportCountsInIsNoAchievement() {
    assertThat(evidence(read("实施重点项目120个。", "120个重点项目已开工108个。"))).containsExactly("108个");
  }

  @Test
  void aMeasureNamingOnlyAThingOfTheTargetIsEvidence() {
    assertThat(evidence(read("完成造林绿化2万亩。", "完成造林1.8万亩、森林抚育0.5万亩。"))).containsExactly("1.8万亩");
  }

  @Test
  void theSameGenericThingsByTheSameActAreEvidence() {
    assertThat(evidence(read("引进招商项目30个。", "共引进项目32个。"))).containsExactly("32个");
    assertThat(evidence(read("签约10亿元以上项目不少于2个。", "论证筛选出重点推介项目32个。"))).containsExactly("-");
  }

  @Test
  void theBudgetRevenueIsAnAchievementNotABudget() {
    assertThat(evidence(read("一般公共预算收入增长6%。", "一般公共预算收入完成18.3亿元，同比增长6.8%。"))).containsExactly("6.8%");
  }

  @Test
  void everyTargetGetsOneMatchInOrder() {
    Task task = Task.builder().number(1).text("x")
        .addTarget(Target.of("甲", Kind.COUNT, Bound.EXACTLY, Quantity.parse("3个")))
        .addTarget(Target.of("乙", Kind.GROWTH, Bound.AT_LEAST, Quantity.parse("5%")))
        .outcome(Outcome.builder().addMeasure(Measure.of("乙", Kind.GROWTH, Quantity.parse("6%"))).build())
        .build();
    List<Match> matches = MATCHER.match(task);
    assertThat(matches).extracting(Match::target).containsExactly(0, 1);
    assertThat(matches.get(0).measure()).isEmpty();
    assertThat(matches.get(1).measure()).hasValue(0);
  }

  @Test
  void targetsAndMeasuresFromColumnsMatchByTheirMetrics() {
    Task task = Task.builder().number(1).text("主要经济指标")
        .addTarget(Target.of("规模以上工业增加值", Kind.GROWTH, Bound.AT_LEAST, Quantity.parse("8%")))
        .addTarget(Target.of("固定资产投资", Kind.GROWTH, Bound.AT_LEAST, Quantity.parse("10%")))
        .outcome(Outcome.builder()
            .addMeasure(Measure.of("固定资产投资", Kind.GROWTH, Quantity.parse("11.2%")))
            .addMeasure(Measure.of("规模以上工业增加值", Kind.GROWTH, Quantity.parse("7.1%"))).build())
        .build();
    assertThat(evidence(task)).containsExactly("7.1%", "11.2%");
  }
}
