package io.github.workreport.excel;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reports built by hand for the tests. */
final class Reports {
  private Reports() {}

  private static final Target GDP = Target.builder().metric("地区生产总值").kind(Kind.GROWTH).bound(Bound.AT_LEAST)
      .quantity(Quantity.parse("7.5%")).text("地区生产总值增长7.5%以上").span(Span.of(0, 14)).build();
  private static final Target TOILETS = Target.builder().metric("新建公厕").kind(Kind.COUNT).bound(Bound.EXACTLY)
      .quantity(Quantity.parse("15座")).firm(false).build();
  private static final Measure GDP_GROWTH = Measure.builder().metric("地区生产总值").kind(Kind.GROWTH)
      .quantity(Quantity.parse("6.8%")).span(Span.of(9, 22)).build();
  private static final Measure TOILETS_BUILT = Measure.builder().metric("新建公厕").kind(Kind.COUNT)
      .quantity(Quantity.parse("11座")).estimated(true).approximate(true).build();

  /** A report using every part of the model, with text that tempts a spreadsheet to misread it. */
  static Report rich() {
    Task gdp = Task.builder()
        .section("已完成").number(1)
        .text("地区生产总值增长7.5%以上，力争新建公厕15座。")
        .addResponsibleUnit("区发改委").addResponsibleUnit("区统计局")
        .deadline(Deadline.of(YearMonth.of(2021, 4)))
        .addTarget(GDP)
        .addTarget(TOILETS)
        .outcome(Outcome.builder()
            .narrative("=SUM(A1)\n地区生产总值增长6.8%；新建公厕11座，预计年底完成。_x0041_ 与\t制表符")
            .declaredStatus(Status.MET)
            .addMeasure(GDP_GROWTH)
            .addMeasure(TOILETS_BUILT)
            .addMeasure(Measure.builder().metric("").kind(Kind.LEVEL).quantity(Quantity.parse("73.33%"))
                .role(Role.COMPLETION_RATE).build())
            .build())
        .assessment(Assessment.builder().status(Status.BASICALLY_MET).basis(Basis.NUMERIC)
            .explanation("目标增长≥7.5%，实际6.8%，差0.7个百分点，基本完成")
            .addTarget(TargetAssessment.builder().targetIndex(0).target(GDP).measureIndex(0).measure(GDP_GROWTH)
                .ratio(new BigDecimal("0.9067")).status(Status.BASICALLY_MET).build())
            .addTarget(TargetAssessment.builder().targetIndex(1).target(TOILETS).measureIndex(1).measure(TOILETS_BUILT)
                .ratio(new BigDecimal("0.7333")).status(Status.ONGOING).pace(Pace.BEHIND).build())
            .pace(Pace.BEHIND)
            .addFinding(Finding.of(FindingKind.CLAIM_NOT_SUPPORTED, "申报完成，数值仅支持基本完成"))
            .addFinding(Finding.of(FindingKind.PROVISIONAL, "评估依据预计数"))
            .build())
        .build();
    Task qualitative = Task.builder()
        .section("已完成").number(2)
        .text("+深化“放管服”改革")
        .addResponsibleUnit("区行政审批服务局")
        .outcome(Outcome.of("-已完成。", Status.MET))
        .assessment(Assessment.of(Status.MET, Basis.DECLARED))
        .build();
    Task ongoing = Task.builder()
        .section("持续推进").number(1)
        .text("@推进地铁5号线建设")
        .outcome(Outcome.builder().narrative("").declaredStatus(Status.ONGOING).build())
        .build();
    Task noSection = Task.builder().number(7).text("  前后有空格的任务  ").addResponsibleUnit("区住建局、区城管局")
        .outcome(Outcome.of(" 叙述\r\n换行 ", Status.UNDETERMINED)).build();
    return Report.builder()
        .title("《灞桥区 2020 年政府工作报告》工作任务分解表")
        .jurisdiction("灞桥区")
        .year(2020)
        .period(Period.of(YearMonth.of(2020, 12)))
        .declaredTotals(DeclaredTotals.builder().total(4).putBySection("已完成", 2).putBySection("持续推进", 1).build())
        .addSection(Section.builder().name("已完成").declaredStatus(Status.MET).declaredCount(98).build())
        .addSection(Section.of("持续推进", Status.ONGOING))
        .addTask(gdp).addTask(qualitative).addTask(ongoing).addTask(noSection)
        .build();
  }

  /** {@code n} plain tasks, as a large office table would hold them. */
  static Report large(int n) {
    List<Task> tasks = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      tasks.add(Task.builder().section(i % 10 == 0 ? "持续推进" : "已完成").number(i)
          .text("任务" + i + "：推进重点项目建设，新建公厕" + (i % 40) + "座")
          .addResponsibleUnit("区单位" + (i % 97))
          .outcome(Outcome.of("已完成第" + i + "项工作，新建公厕" + (i % 37) + "座。", i % 10 == 0 ? Status.ONGOING : Status.MET))
          .build());
    }
    return Report.builder().title("《某区 2020 年政府工作报告》重点任务落实情况").jurisdiction("某区").year(2020)
        .period(Period.fullYear(2020)).tasks(tasks).build();
  }

  static OptionalInt none() {
    return OptionalInt.empty();
  }

  static Optional<String> nothing() {
    return Optional.empty();
  }
}
