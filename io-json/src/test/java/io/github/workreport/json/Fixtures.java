package io.github.workreport.json;

import io.github.workreport.Assessment;
import io.github.workreport.Basis;
import io.github.workreport.Bound;
import io.github.workreport.Deadline;
import io.github.workreport.DeclaredTotals;
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
import io.github.workreport.Section;
import io.github.workreport.Span;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fixed, rich report in the manner of the Baqiao 2020 table — two sections whose declared counts
 * disagree, tasks with one or three targets, revised targets, estimates, sums of parts, a qualitative
 * task, an unclassified task — classified by hand so that every part of the format appears. The
 * golden file is this report written out.
 */
final class Fixtures {
  private Fixtures() {}

  static Report richReport() {
    return header().addAllTasks(richTasks()).build();
  }

  /** The report without tasks. */
  static Report.Builder header() {
    return Report.builder()
        .title("《灞桥区 2020 年政府工作报告》工作任务分解表")
        .jurisdiction("灞桥区")
        .year(2020)
        .period(Period.fullYear(2020))
        .declaredTotals(DeclaredTotals.builder().total(7).putBySection("已完成", 4).putBySection("持续推进", 2).build())
        .addSection(Section.builder().name("已完成").declaredStatus(Status.MET).declaredCount(5).build())
        .addSection(Section.builder().name("持续推进").declaredStatus(Status.ONGOING).declaredCount(2).build());
  }

  static List<Task> richTasks() {
    String revenueNarrative = "区人大调减了我区一般公共预算收入预算数，由年初预算数 193812 万元调减为 183000 万元，"
        + "增速由 6% 调整为 0.08%。当前已完成 186308 万元，增速为 1.8%，超额完成任务。";
    Task revenue = Task.builder()
        .section("已完成").number(1)
        .text("1.一般公共预算收入增长 6%。")
        .addResponsibleUnit("区财政局")
        .addTarget(Target.builder().metric("一般公共预算收入").kind(Kind.GROWTH).bound(Bound.EXACTLY)
            .quantity(Quantity.parse("6%")).text("一般公共预算收入增长 6%").span(Span.of(2, 16)).build())
        .outcome(Outcome.builder().narrative(revenueNarrative).declaredStatus(Status.EXCEEDED)
            .addMeasure(Measure.builder().metric("一般公共预算收入").kind(Kind.GROWTH).role(Role.REVISED_TARGET)
                .quantity(Quantity.parse("0.08%")).text("增速由 6% 调整为 0.08%")
                .span(span(revenueNarrative, "增速由 6% 调整为 0.08%")).build())
            .addMeasure(Measure.builder().metric("一般公共预算收入").kind(Kind.AMOUNT)
                .quantity(Quantity.parse("186308万元")).text("已完成 186308 万元")
                .span(span(revenueNarrative, "已完成 186308 万元")).build())
            .addMeasure(Measure.builder().metric("一般公共预算收入").kind(Kind.GROWTH)
                .quantity(Quantity.parse("1.8%")).text("增速为 1.8%")
                .span(span(revenueNarrative, "增速为 1.8%")).build())
            .build())
        .assessment(Assessment.builder().status(Status.EXCEEDED).basis(Basis.NUMERIC)
            .explanation("目标增长6%（调整为0.08%），实际1.8%，超额完成")
            .addTarget(Lines.line(0, 2, 0)
                .ratio(new BigDecimal("22.5")).status(Status.EXCEEDED).build())
            .addFinding(Finding.of(FindingKind.REVISED_TARGET, "目标由6%调整为0.08%，按调整后目标评估"))
            .build())
        .build();

    String gdpNarrative = "生产总值（GDP）完成 542.06 亿元，增长 8.5%，速度高于全市 3.3 个百分点。";
    Task gdp = Task.builder()
        .section("已完成").number(4)
        .text("4.地区生产总值增长 7.5%以上。")
        .addResponsibleUnit("区发改委")
        .addTarget(Target.builder().metric("地区生产总值").kind(Kind.GROWTH).bound(Bound.AT_LEAST)
            .quantity(Quantity.parse("7.5%")).text("地区生产总值增长 7.5%以上").span(Span.of(2, 18)).build())
        .outcome(Outcome.builder().narrative(gdpNarrative).declaredStatus(Status.MET)
            .addMeasure(Measure.builder().metric("生产总值").kind(Kind.AMOUNT)
                .quantity(Quantity.parse("542.06亿元")).text("完成 542.06 亿元")
                .span(span(gdpNarrative, "完成 542.06 亿元")).build())
            .addMeasure(Measure.builder().metric("生产总值").kind(Kind.GROWTH)
                .quantity(Quantity.parse("8.5%")).text("增长 8.5%")
                .span(span(gdpNarrative, "增长 8.5%")).build())
            .addMeasure(Measure.builder().metric("速度").kind(Kind.LEVEL)
                .quantity(Quantity.parse("3.3个百分点")).text("高于全市 3.3 个百分点")
                .span(span(gdpNarrative, "高于全市 3.3 个百分点")).build())
            .build())
        .assessment(Assessment.builder().status(Status.EXCEEDED).basis(Basis.NUMERIC)
            .explanation("目标增长≥7.5%，实际8.5%，超额完成")
            .addTarget(Lines.line(0, 1, -1)
                .ratio(new BigDecimal("1.1333")).status(Status.EXCEEDED).build())
            .build())
        .build();

    String serviceNarrative = "服务业增加值完成 365.22 亿元，增长 6.8%，在全市 13 个区县中位列第 2。";
    Task service = Task.builder()
        .section("已完成").number(5)
        .text("5.服务业增加值增长 7.5%以上。")
        .addResponsibleUnit("区发改委")
        .addTarget(Target.of("服务业增加值", Kind.GROWTH, Bound.AT_LEAST, Quantity.parse("7.5%")))
        .outcome(Outcome.builder().narrative(serviceNarrative).declaredStatus(Status.MET)
            .addMeasure(Measure.of("服务业增加值", Kind.AMOUNT, Quantity.parse("365.22亿元")))
            .addMeasure(Measure.of("服务业增加值", Kind.GROWTH, Quantity.parse("6.8%")))
            .build())
        .assessment(Assessment.builder().status(Status.BASICALLY_MET).basis(Basis.NUMERIC)
            .explanation("目标增长≥7.5%，实际6.8%，差0.7个百分点，基本完成")
            .addTarget(Lines.line(0, 1, -1)
                .ratio(new BigDecimal("0.9067")).status(Status.BASICALLY_MET).build())
            .addFinding(Finding.of(FindingKind.CLAIM_NOT_SUPPORTED, "申报完成，但数值仅支持基本完成"))
            .build())
        .build();

    String incomeNarrative = "受疫情影响，预计农村居民人均可支配收入 19586 元，增速达到 7.9%，基本完成指标任务。";
    Task income = Task.builder()
        .section("已完成").number(7)
        .text("7.农村居民人均纯收入增长 9%以上。")
        .addResponsibleUnit("区农业农村局")
        .addTarget(Target.of("农村居民人均纯收入", Kind.GROWTH, Bound.AT_LEAST, Quantity.parse("9%")))
        .outcome(Outcome.builder().narrative(incomeNarrative).declaredStatus(Status.BASICALLY_MET)
            .addMeasure(Measure.builder().metric("农村居民人均可支配收入").kind(Kind.AMOUNT)
                .quantity(Quantity.parse("19586元")).text("预计农村居民人均可支配收入 19586 元").estimated(true).build())
            .addMeasure(Measure.builder().metric("农村居民人均可支配收入").kind(Kind.GROWTH)
                .quantity(Quantity.parse("7.9%")).text("增速达到 7.9%").estimated(true).build())
            .build())
        .assessment(Assessment.builder().status(Status.NOT_MET).basis(Basis.NUMERIC)
            .explanation("目标增长≥9%，实际7.9%（预计），差1.1个百分点，未完成")
            .addTarget(Lines.line(0, 1, -1)
                .ratio(new BigDecimal("0.8778")).status(Status.NOT_MET).build())
            .addFinding(Finding.of(FindingKind.PROVISIONAL, "依据预计数评估"))
            .addFinding(Finding.of(FindingKind.CLAIM_NOT_SUPPORTED, "申报基本完成，但数值仅支持未完成"))
            .build())
        .build();

    Task farmStays = Task.builder()
        .section("已完成").number(9)
        .text("9.高标准规范管理农家乐，继续推进洪庆山移民搬迁工程。")
        .addResponsibleUnits("区文旅体育局", "纺织城开发公司", "区秦岭保护执法局")
        .outcome(Outcome.builder()
            .narrative("区文旅体育局指导和帮助农家乐规范经营。目前，我区证照齐全、符合规范经营继续保留的农家乐共计 37 家。")
            .declaredStatus(Status.MET)
            .addMeasure(Measure.builder().metric("农家乐").kind(Kind.COUNT).quantity(Quantity.parse("37家"))
                .text("农家乐共计 37 家").build())
            .build())
        .assessment(Assessment.builder().status(Status.MET).basis(Basis.DECLARED).explanation("无量化目标，按申报：完成").build())
        .build();

    String toiletNarrative = "城镇新建公厕完成 11 座，提升改造公厕 22 座，“厕所革命”持续推进中。\n下一步：加快推进。";
    Task toilets = Task.builder()
        .section("持续推进").number(3)
        .text("3.新建公厕15座，提升改造公厕22座，社会对外开放公厕3座，2021年4月底前完成。")
        .addResponsibleUnits("区城市管理局", "各街道办事处")
        .deadline(Deadline.of(YearMonth.of(2021, 4)))
        .addTarget(Target.builder().metric("新建公厕").kind(Kind.COUNT).bound(Bound.EXACTLY)
            .quantity(Quantity.parse("15座")).text("新建公厕15座").span(Span.of(2, 9)).build())
        .addTarget(Target.builder().metric("提升改造公厕").kind(Kind.COUNT).bound(Bound.EXACTLY)
            .quantity(Quantity.parse("22座")).text("提升改造公厕22座").span(Span.of(10, 19)).build())
        .addTarget(Target.builder().metric("社会对外开放公厕").kind(Kind.COUNT).bound(Bound.EXACTLY)
            .quantity(Quantity.parse("3座")).text("社会对外开放公厕3座").firm(false).span(Span.of(20, 30)).build())
        .outcome(Outcome.builder().narrative(toiletNarrative).declaredStatus(Status.ONGOING)
            .addMeasure(Measure.builder().metric("新建公厕").kind(Kind.COUNT).quantity(Quantity.parse("11座"))
                .text("城镇新建公厕完成 11 座").approximate(true).span(span(toiletNarrative, "城镇新建公厕完成 11 座")).build())
            .addMeasure(Measure.builder().metric("提升改造公厕").kind(Kind.COUNT).quantity(Quantity.parse("22座"))
                .text("提升改造公厕 22 座").span(span(toiletNarrative, "提升改造公厕 22 座")).build())
            .addMeasure(Measure.builder().metric("公厕改造").kind(Kind.COUNT).role(Role.COMPLETION_RATE)
                .quantity(Quantity.parse("100%")).text("完成率 100%").build())
            .build())
        .assessment(Assessment.builder().status(Status.ONGOING).basis(Basis.NUMERIC).pace(Pace.BEHIND)
            .explanation("目标新建公厕15座，实际11座，持续推进（欠进度）")
            .addTarget(Lines.line(0, 0, -1)
                .ratio(new BigDecimal("0.7333")).status(Status.ONGOING).pace(Pace.BEHIND).build())
            .addTarget(Lines.line(1, 1, -1)
                .ratio(BigDecimal.ONE).status(Status.MET).pace(Pace.ON_PACE).build())
            .addTarget(Lines.line(2, -1, -1).build())
            .addFinding(Finding.of(FindingKind.UNVERIFIED_TARGET, "社会对外开放公厕3座：完成情况中无可比数值"))
            .build())
        .build();

    Task unclassified = Task.builder()
        .section("持续推进").number(7)
        .text("7.推进“4+7”城市试点，建设 5 号线配套设施 / 元/月/人 \"引号\" \\ 反斜杠 𠮷。")
        .outcome(Outcome.builder().build())
        .build();

    return Stream.of(revenue, gdp, service, income, farmStays, toilets, unclassified).map(Lines::resolve).toList();
  }

  /**
   * {@code count} tasks made by cycling through the rich tasks and renumbering them, for reports of
   * any size.
   */
  static Stream<Task> manyTasks(long count) {
    List<Task> rich = richTasks();
    return Stream.iterate(0L, i -> i + 1).limit(count)
        .map(i -> rich.get((int) (i % rich.size())).withNumber((int) (i + 1)));
  }

  static Report manyTaskReport(int count) {
    return header().addAllTasks(() -> manyTasks(count).iterator()).build();
  }

  private static Span span(String text, String part) {
    int start = text.indexOf(part);
    if (start < 0) {
      throw new IllegalArgumentException(part + " is not in " + text);
    }
    return Span.of(start, start + part.length());
  }
}
