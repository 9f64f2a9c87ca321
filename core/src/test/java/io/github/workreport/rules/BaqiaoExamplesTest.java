package io.github.workreport.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.workreport.Role;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import io.github.workreport.Match;
import io.github.workreport.text.AssignmentMatcher;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of the design, from 《灞桥区 2020 年政府工作报告》工作任务分解表 (a year-end report),
 * built by hand: the targets and measures a careful reader finds in the task and its narrative.
 * Expected statuses are the hand labels of {@code baqiao-2020.gold.jsonl}. The text package's matcher
 * pairs targets with measures, so these double as an integration check of matching and rules; task 8 needs
 * an explicit matcher (see there).
 */
class BaqiaoExamplesTest {
  private static final Optional<Period> YEAR_2020 = Optional.of(Period.fullYear(2020));
  /** The text package's matcher, as the readers record it: these tasks are built by hand. */
  private static final Classifier STANDARD = Classifier.standard().withMatcher(AssignmentMatcher.standard());

  private static Target target(String metric, Kind kind, Bound bound, String quantity, String text) {
    return Target.builder().metric(metric).kind(kind).bound(bound).quantity(Quantity.parse(quantity)).text(text).build();
  }

  private static Measure measure(String metric, Kind kind, String quantity, String text) {
    return Measure.builder().metric(metric).kind(kind).quantity(Quantity.parse(quantity)).text(text).build();
  }

  private static Task.Builder task(String section, int number, String text, String unit, Status declared,
      String narrative, Measure... measures) {
    return Task.builder().section(section).number(number).text(text).addResponsibleUnit(unit)
        .outcome(Outcome.builder().narrative(narrative).declaredStatus(declared).addMeasures(measures).build());
  }

  private static void assertNumeric(Assessment assessment, Status status) {
    assertThat(assessment.status()).isEqualTo(status);
    assertThat(assessment.basis()).isEqualTo(Basis.NUMERIC);
  }

  private static List<Status> lineStatuses(Assessment assessment) {
    return assessment.targets().stream().map(TargetAssessment::status).toList();
  }

  @Test
  void completed1_revisedTargetExceeded() {
    Task task = task("已完成", 1, "一般公共预算收入增长 6%。", "区财政局", Status.EXCEEDED,
        "由于疫情因素和减税降费政策，区人大十七届二十九次会议调减了我区一般公共预算收入预算数，由年初预算数 193812 万元调减为"
            + " 183000 万元，增速由 6% 调整为 0.08%。当前已完成 186308 万元，增速为 1.8%，超额完成任务。",
        measure("一般公共预算收入预算数", Kind.AMOUNT, "183000万元", "由年初预算数 193812 万元调减为 183000 万元")
            .withRole(Role.REVISED_TARGET),
        measure("一般公共预算收入", Kind.GROWTH, "0.08%", "增速由 6% 调整为 0.08%").withRole(Role.REVISED_TARGET),
        measure("一般公共预算收入", Kind.AMOUNT, "186308万元", "当前已完成 186308 万元"),
        measure("一般公共预算收入", Kind.GROWTH, "1.8%", "增速为 1.8%"))
        .addTarget(target("一般公共预算收入", Kind.GROWTH, Bound.EXACTLY, "6%", "一般公共预算收入增长 6%"))
        .build();
    Assessment assessment = STANDARD.assess(task, YEAR_2020);
    assertNumeric(assessment, Status.EXCEEDED);
    assertThat(assessment.targets().get(0).revisionIndex()).hasValue(1);
    assertThat(assessment.targets().get(0).measureIndex()).hasValue(3);
    assertThat(assessment.findings()).containsExactly(
        Finding.of(FindingKind.REVISED_TARGET, "目标由6%调整为0.08%，按调整后目标评估"));
    assertThat(assessment.explanation()).isEqualTo("目标增长6%（调整为0.08%），实际1.8%，高于目标1.72个百分点，超额完成");
  }

  @Test
  void completed5_basicallyMetThoughDeclaredMet() {
    Task task = task("已完成", 5, "服务业增加值增长 7.5%以上。", "区发改委", Status.MET,
        "服务业增加值完成 365.22 亿元，增长 6.8%，在全市 13 个区县中位列第 2。",
        measure("服务业增加值", Kind.AMOUNT, "365.22亿元", "服务业增加值完成 365.22 亿元"),
        measure("服务业增加值", Kind.GROWTH, "6.8%", "增长 6.8%"))
        .addTarget(target("服务业增加值", Kind.GROWTH, Bound.AT_LEAST, "7.5%", "服务业增加值增长 7.5%以上"))
        .build();
    Assessment assessment = STANDARD.assess(task, YEAR_2020);
    assertNumeric(assessment, Status.BASICALLY_MET);
    assertThat(assessment.targets().get(0).ratio()).hasValue(new BigDecimal("0.9067"));
    assertThat(assessment.findings()).containsExactly(
        Finding.of(FindingKind.CLAIM_NOT_SUPPORTED, "申报完成，数值仅支持基本完成"));
    assertThat(assessment.explanation()).isEqualTo("目标增长≥7.5%，实际6.8%，差0.7个百分点，基本完成");
  }

  @Test
  void completed6_notMetThoughDeclaredMet() {
    Task task = task("已完成", 6, "社会消费品零售总额增长 6%以上。", "区投资商务局", Status.MET,
        "社会消费品零售总额完成 58.50 亿元，增长 3.6%，在全市 13 个区县中位列第 2。",
        measure("社会消费品零售总额", Kind.AMOUNT, "58.50亿元", "社会消费品零售总额完成 58.50 亿元"),
        measure("社会消费品零售总额", Kind.GROWTH, "3.6%", "增长 3.6%"))
        .addTarget(target("社会消费品零售总额", Kind.GROWTH, Bound.AT_LEAST, "6%", "社会消费品零售总额增长 6%以上"))
        .build();
    Assessment assessment = STANDARD.assess(task, YEAR_2020);
    assertNumeric(assessment, Status.NOT_MET);
    assertThat(assessment.findings()).containsExactly(
        Finding.of(FindingKind.CLAIM_NOT_SUPPORTED, "申报完成，数值仅支持未完成"));
    assertThat(assessment.explanation()).isEqualTo("目标增长≥6%，实际3.6%，差2.4个百分点，未完成");
  }

  @Test
  void completed7_anEstimateShortOfTheClaimedBasicallyMet() {
    // The narrative claims 基本完成; 7.9% against 9% is 1.1 points short (ratio 0.878): not met.
    Task task = task("已完成", 7, "农村居民人均纯收入增长 9%以上。", "区农业农村局", Status.BASICALLY_MET,
        "受疫情影响，预计农村居民人均可支配收入 19586 元，增速达到 7.9%，基本完成指标任务。",
        measure("农村居民人均可支配收入", Kind.AMOUNT, "19586元", "预计农村居民人均可支配收入 19586 元").withEstimated(true),
        measure("农村居民人均可支配收入", Kind.GROWTH, "7.9%", "增速达到 7.9%").withEstimated(true))
        .addTarget(target("农村居民人均纯收入", Kind.GROWTH, Bound.AT_LEAST, "9%", "农村居民人均纯收入增长 9%以上"))
        .build();
    Assessment assessment = STANDARD.assess(task, YEAR_2020);
    assertNumeric(assessment, Status.NOT_MET);
    assertThat(assessment.findings()).containsExactly(
        Finding.of(FindingKind.CLAIM_NOT_SUPPORTED, "申报基本完成，数值仅支持未完成"),
        Finding.of(FindingKind.PROVISIONAL, "评估依据预计数，待正式数据核实"));
    assertThat(assessment.explanation()).isEqualTo("目标增长≥9%，实际7.9%（预计），差1.1个百分点，未完成");
  }

  private static Task completed8() {
    return task("已完成", 8, "城镇居民人均可支配收入增长 8%以上。", "区发改委", Status.MET,
        "一季度增速 0.6%，二季度增速 3.0%，三季度增速 4.5%，四季度预计增速6%。",
        measure("", Kind.GROWTH, "0.6%", "一季度增速 0.6%"),
        measure("", Kind.GROWTH, "3.0%", "二季度增速 3.0%"),
        measure("", Kind.GROWTH, "4.5%", "三季度增速 4.5%"),
        measure("", Kind.GROWTH, "6%", "四季度预计增速6%").withEstimated(true))
        .addTarget(target("城镇居民人均可支配收入", Kind.GROWTH, Bound.AT_LEAST, "8%", "城镇居民人均可支配收入增长 8%以上"))
        .build();
  }

  private static void assertCompleted8(Assessment assessment) {
    assertNumeric(assessment, Status.NOT_MET);
    assertThat(assessment.targets().get(0).measureIndex()).hasValue(3);
    assertThat(assessment.findings()).containsExactly(
        Finding.of(FindingKind.CLAIM_NOT_SUPPORTED, "申报完成，数值仅支持未完成"),
        Finding.of(FindingKind.PROVISIONAL, "评估依据预计数，待正式数据核实"));
    assertThat(assessment.explanation()).isEqualTo("目标增长≥8%，实际6%（预计），差2个百分点，未完成");
  }

  @Test
  void completed8_judgedProvisionallyOnTheFourthQuarterEstimate() {
    // Explicit matcher: the narrative names no metric, and the latest period's rate is the one that
    // answers a year's target. The standard matcher cannot choose yet, see the disabled test below.
    Classifier latestQuarter = STANDARD.withMatcher(t -> List.of(Match.builder().target(0).measure(3).build()));
    assertCompleted8(latestQuarter.assess(completed8(), YEAR_2020));
  }

  @Test
  @Disabled("Known gap in text.MetricMatcher: with several unnamed quarterly rates it matches none; "
      + "it should take the latest period's (四季度) rate. Enable when the matcher learns periods.")
  void completed8_withTheStandardMatcher() {
    assertCompleted8(STANDARD.assess(completed8(), YEAR_2020));
  }

  @Test
  void completed19_exceeded() {
    Task task = task("已完成", 19, "淘汰国Ⅲ及以下老旧车辆713辆，更新环卫、通勤等车辆，推广使用新能源汽车。", "交警灞桥大队",
        Status.MET, "全年淘汰国Ⅲ及以下老旧车辆801辆。",
        measure("老旧车辆", Kind.COUNT, "801辆", "全年淘汰国Ⅲ及以下老旧车辆801辆"))
        .addTarget(target("老旧车辆", Kind.COUNT, Bound.EXACTLY, "713辆", "淘汰国Ⅲ及以下老旧车辆713辆"))
        .build();
    Assessment assessment = STANDARD.assess(task, YEAR_2020);
    assertNumeric(assessment, Status.EXCEEDED);
    assertThat(assessment.targets().get(0).ratio()).hasValue(new BigDecimal("1.1234"));
    assertThat(assessment.findings()).isEmpty();
    assertThat(assessment.explanation()).isEqualTo("目标713辆，实际801辆，完成率112.3%，超额完成");
  }

  @Test
  void completed35_threeTargetsTheWeakestOnlyMet() {
    // 城镇 11 + 农村 9 new toilets: one measure for the sum, citing the parts. The 超额完成1座/4座 in
    // brackets are margins, not achieved values; they make the declared status 超额完成.
    Task task = task("已完成", 35, "全年新建公厕15座，提升改造公厕22座，社会对外开放公厕3座。", "区城市管理局",
        Status.EXCEEDED,
        "2020年，城镇新建公厕完成11座（超额完成1座）、农村完成9座（超额完成4座），已全部投入使用；提升改造22座、"
            + "社会单位对外开放公厕3座的任务已完成。",
        measure("新建公厕", Kind.COUNT, "20座", "城镇新建公厕完成11座…农村完成9座"),
        measure("提升改造", Kind.COUNT, "22座", "提升改造22座"),
        measure("社会单位对外开放公厕", Kind.COUNT, "3座", "社会单位对外开放公厕3座"))
        .addTarget(target("新建公厕", Kind.COUNT, Bound.EXACTLY, "15座", "新建公厕15座"))
        .addTarget(target("提升改造公厕", Kind.COUNT, Bound.EXACTLY, "22座", "提升改造公厕22座"))
        .addTarget(target("社会对外开放公厕", Kind.COUNT, Bound.EXACTLY, "3座", "社会对外开放公厕3座"))
        .build();
    Assessment assessment = STANDARD.assess(task, YEAR_2020);
    assertNumeric(assessment, Status.MET);
    assertThat(lineStatuses(assessment)).containsExactly(Status.EXCEEDED, Status.MET, Status.MET);
    assertThat(assessment.findings()).containsExactly(
        Finding.of(FindingKind.CLAIM_NOT_SUPPORTED, "申报超额完成，数值仅支持完成"));
    assertThat(assessment.explanation()).isEqualTo("新建公厕：目标15座，实际20座，完成率133.3%，超额完成；"
        + "提升改造公厕：目标22座，实际22座，完成率100%，完成；"
        + "社会对外开放公厕：目标3座，实际3座，完成率100%，完成");
  }

  @Test
  void completed71_jobsExceededUnemploymentWithinItsCeiling() {
    Task task = task("已完成", 71, "全年城镇新增就业不少于8000人，城镇登记失业率控制在4%以内。", "区人社局", Status.MET,
        "全年城镇新增就业9351人，完成目标任务116.89%（最终数字以市上确定为准）。城镇登记失业率3.42%，低于目标任务0.58个百分点。",
        measure("城镇新增就业", Kind.COUNT, "9351人", "全年城镇新增就业9351人"),
        measure("", Kind.LEVEL, "116.89%", "完成目标任务116.89%").withRole(Role.COMPLETION_RATE),
        measure("城镇登记失业率", Kind.LEVEL, "3.42%", "城镇登记失业率3.42%"))
        .addTarget(target("城镇新增就业", Kind.COUNT, Bound.AT_LEAST, "8000人", "城镇新增就业不少于8000人"))
        .addTarget(target("城镇登记失业率", Kind.LEVEL, Bound.AT_MOST, "4%", "城镇登记失业率控制在4%以内"))
        .build();
    Assessment assessment = STANDARD.assess(task, YEAR_2020);
    assertNumeric(assessment, Status.MET);
    assertThat(lineStatuses(assessment)).containsExactly(Status.EXCEEDED, Status.MET);
    assertThat(assessment.targets()).extracting(line -> line.measureIndex().getAsInt()).containsExactly(0, 2);
    assertThat(assessment.findings()).isEmpty();
    assertThat(assessment.explanation()).isEqualTo("城镇新增就业：目标≥8000人，实际9351人，完成率116.9%，超额完成；"
        + "城镇登记失业率：目标≤4%，实际3.42%，低于目标0.58个百分点，完成");
  }

  @Test
  void completed77_beforeItsDeadlineOngoingAheadOfPace() {
    // Due 2022-09: 33 months from January 2020, 12 of them elapsed; 25 × 12/33 ≈ 9.1 schools and
    // 16320 × 12/33 ≈ 5934 places are the pro-rata targets.
    Task task = task("已完成", 77, "到 2022 年 9 月，完成 25 所中小学、幼儿园新建改扩建工程，新增学位 16320 个。", "区教育局",
        Status.MET,
        "2019 年至 2020 年已完成 12 所新建、改扩建学校，增加学位 6210 个。2020 年至 2021 年完成 7 所新建、改扩建学校，"
            + "增加学位 4110 个，截至目前，其中 3 所已主体封顶，4 所正在加快主体施工。2021 年至 2022 年计划完成 6 所新建、"
            + "改扩建学校，增加学位 6000 个，正在进行前期准备工作。",
        measure("新建、改扩建学校", Kind.COUNT, "12所", "2019 年至 2020 年已完成 12 所新建、改扩建学校"),
        measure("增加学位", Kind.COUNT, "6210个", "增加学位 6210 个"),
        measure("新建、改扩建学校", Kind.COUNT, "7所", "2020 年至 2021 年完成 7 所新建、改扩建学校"),
        measure("增加学位", Kind.COUNT, "4110个", "增加学位 4110 个"),
        measure("主体封顶", Kind.COUNT, "3所", "3 所已主体封顶"),
        measure("主体施工", Kind.COUNT, "4所", "4 所正在加快主体施工"),
        measure("新建、改扩建学校", Kind.COUNT, "6所", "计划完成 6 所新建、改扩建学校"),
        measure("增加学位", Kind.COUNT, "6000个", "增加学位 6000 个"))
        .deadline(Deadline.of(YearMonth.of(2022, 9)))
        .addTarget(target("新建改扩建学校", Kind.COUNT, Bound.EXACTLY, "25所", "完成 25 所中小学、幼儿园新建改扩建工程"))
        .addTarget(target("学位", Kind.COUNT, Bound.EXACTLY, "16320个", "新增学位 16320 个"))
        .build();
    Assessment assessment = STANDARD.assess(task, YEAR_2020);
    assertNumeric(assessment, Status.ONGOING);
    assertThat(assessment.targets()).extracting(line -> line.measureIndex().getAsInt()).containsExactly(0, 1);
    assertThat(lineStatuses(assessment)).containsExactly(Status.ONGOING, Status.ONGOING);
    assertThat(assessment.pace()).contains(Pace.AHEAD);
    assertThat(assessment.findings()).containsExactly(
        Finding.of(FindingKind.CLAIM_NOT_SUPPORTED, "申报完成，数值仅支持持续推进"));
    assertThat(assessment.explanation()).isEqualTo(
        "新建改扩建学校：目标25所，实际12所，完成率48%，持续推进（期限2022-09未到），超进度；"
            + "学位：目标16320个，实际6210个，完成率38.1%，持续推进（期限2022-09未到），超进度");
  }

  @Test
  void ongoing3_aShortfallInAnOngoingTaskBehindPace() {
    Task task = task("持续推进", 3, "提升改造新医路、纺东街延伸段等 11 条背街小巷。", "区城市管理局", Status.ONGOING,
        "已完成了 9 条道路提升改造，剩余的纺五路、纺七路提升改造计划春节前完工。",
        measure("道路提升改造", Kind.COUNT, "9条", "已完成了 9 条道路提升改造"))
        // The metric keeps the task's verbs: the narrative names the work (提升改造), not the streets.
        .addTarget(target("提升改造背街小巷", Kind.COUNT, Bound.EXACTLY, "11条", "11 条背街小巷"))
        .build();
    Assessment assessment = STANDARD.assess(task, YEAR_2020);
    assertNumeric(assessment, Status.ONGOING);
    assertThat(assessment.pace()).contains(Pace.BEHIND);
    assertThat(assessment.findings()).isEmpty();
    assertThat(assessment.explanation()).isEqualTo("目标11条，实际9条，完成率81.8%，持续推进（申报持续推进），欠进度");
  }

  @Test
  void ongoing10_projectsAndInvestmentBothShort() {
    // 共安排重点项目 164 个 is the plan, not an achievement, so it is not a measure here.
    Task task = task("持续推进", 10, "加快推进 162 个重点在建项目建设，确保完成 258.77 亿元年度投资计划。", "区发改委",
        Status.ONGOING,
        "2020 年我区共安排重点项目 164 个。截至 12 月底，实际开复工项目 125 个，完成投资额 160.36 亿元。下一步，继续推进"
            + "项目手续办理进度，力争 2021 年具备实施条件，确保启动建设。",
        measure("开复工项目", Kind.COUNT, "125个", "实际开复工项目 125 个"),
        measure("投资额", Kind.AMOUNT, "160.36亿元", "完成投资额 160.36 亿元"))
        .addResponsibleUnit("新区经发局")
        .addTarget(target("重点在建项目", Kind.COUNT, Bound.EXACTLY, "162个", "162 个重点在建项目"))
        .addTarget(target("年度投资", Kind.AMOUNT, Bound.EXACTLY, "258.77亿元", "完成 258.77 亿元年度投资计划"))
        .build();
    Assessment assessment = STANDARD.assess(task, YEAR_2020);
    assertNumeric(assessment, Status.ONGOING);
    // 开复工项目 shares no word with 重点在建项目 but the generic 项目, so the standard matcher leaves
    // the project count unverified (the gold marks that target optional); the investment decides.
    assertThat(assessment.targets().get(0).isVerified()).isFalse();
    assertThat(assessment.targets().get(1).measureIndex()).hasValue(1);
    assertThat(assessment.targets().get(1).ratio()).hasValue(new BigDecimal("0.6197"));
    assertThat(assessment.pace()).contains(Pace.BEHIND);
    assertThat(assessment.findings()).extracting(Finding::kind).containsExactly(FindingKind.UNVERIFIED_TARGET);
    assertThat(assessment.explanation()).isEqualTo(
        "重点在建项目：目标162个，无可比数值（数值属于另一指标）；"
            + "年度投资：目标258.77亿元，实际160.36亿元，完成率62%，持续推进（申报持续推进），欠进度");
  }
}
