package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.rules.Classifier;
import io.github.workreport.text.TableText;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SummaryTest {

  private static Task growth(int number, String unit, String metric, String target, String achieved,
      Status declared) {
    return Task.builder().section("已完成").number(number).text(metric + "增长" + target + "以上")
        .addResponsibleUnit(unit)
        .addTarget(Target.of(metric, Kind.GROWTH, Bound.AT_LEAST, Quantity.parse(target)))
        .outcome(Outcome.builder().narrative(metric + "增长" + achieved).declaredStatus(declared)
            .addMeasure(Measure.of(metric, Kind.GROWTH, Quantity.parse(achieved))).build())
        .build();
  }

  /** Four tasks: exceeded, a 完成 claim the numbers call 未完成, a basically met one, a qualitative one. */
  private static Report small() {
    return Report.builder()
        .title("《测试区 2021 年政府工作报告》重点任务落实情况")
        .jurisdiction("测试区")
        .year(2021)
        .period(Period.fullYear(2021))
        .declaredTotals(DeclaredTotals.builder().total(5).build())
        .addSection(Section.of("已完成", Status.MET))
        .addTask(growth(1, "区发改委", "地区生产总值", "7%", "8%", Status.MET))
        .addTask(growth(2, "区统计局", "社会消费品零售总额", "6%", "3%", Status.MET))
        .addTask(growth(3, "区发改委", "服务业增加值", "8%", "7.5%", Status.BASICALLY_MET))
        .addTask(Task.builder().section("已完成").number(4).text("深化改革").outcome(
            Outcome.of("已完成。", Status.MET)).build())
        .build();
  }

  // --- counts ----------------------------------------------------------------------------------

  @Test
  void anUnclassifiedReportCountsEveryTaskUndetermined() {
    Summary summary = small().summary();
    assertThat(summary.isClassified()).isFalse();
    assertThat(summary.count(Status.UNDETERMINED)).isEqualTo(4);
    assertThat(summary.byDeclaredStatus().get(Status.MET)).isEqualTo(3);
    assertThat(summary.claimsNotSupported()).isEmpty();
  }

  @Test
  void countsByAssessedAndDeclaredStatus() {
    Summary summary = Classifier.standard().classify(small()).summary();
    assertThat(summary.isClassified()).isTrue();
    assertThat(summary.tasks()).isEqualTo(4);
    assertThat(summary.declaredTotal()).contains(5);
    assertThat(summary.byStatus()).containsExactly(
        Map.entry(Status.EXCEEDED, 1), Map.entry(Status.MET, 1), Map.entry(Status.BASICALLY_MET, 1),
        Map.entry(Status.ONGOING, 0), Map.entry(Status.NOT_MET, 1), Map.entry(Status.UNDETERMINED, 0));
    assertThat(summary.byDeclaredStatus().get(Status.MET)).isEqualTo(3);
    assertThat(summary.byDeclaredStatus().get(Status.BASICALLY_MET)).isEqualTo(1);
  }

  @Test
  void claimsNotSupportedAreTheTasksWithThatFinding() {
    Summary summary = Classifier.standard().classify(small()).summary();
    assertThat(summary.claimsNotSupported()).extracting(Task::ref).containsExactly("已完成 2");
    assertThat(summary.findingCounts()).containsEntry(FindingKind.CLAIM_NOT_SUPPORTED, 1);
  }

  @Test
  void reportFindingsAreCountedWithTheTasksFindings() {
    Summary summary = Classifier.standard().classify(small()).summary();
    assertThat(summary.reportFindings()).singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.COUNT_MISMATCH));
    assertThat(summary.findingCounts()).containsEntry(FindingKind.COUNT_MISMATCH, 1);
    assertThat(summary.findingCounts()).doesNotContainKey(FindingKind.PROVISIONAL);
  }

  // --- scorecards ------------------------------------------------------------------------------

  @Test
  void scorecardsPutTheUnitWithTasksNotMetFirst() {
    List<Summary.Scorecard> cards = Classifier.standard().classify(small()).summary().byLeadUnit();
    assertThat(cards).extracting(Summary.Scorecard::unit)
        .containsExactly("区统计局", "区发改委", Summary.NO_UNIT);
    Summary.Scorecard fagaiwei = cards.get(1);
    assertThat(fagaiwei.tasks()).isEqualTo(2);
    assertThat(fagaiwei.count(Status.EXCEEDED)).isEqualTo(1);
    assertThat(fagaiwei.shortfalls()).isEqualTo(1);
    assertThat(fagaiwei.claimsNotSupported()).isZero();
    assertThat(cards.get(0).claimsNotSupported()).isEqualTo(1);
    assertThat(cards.get(0)).hasToString("区统计局: 1 task, 未完成 1; 1 claim not supported");
  }

  @Test
  void scorecardsCoverEveryTaskOfTheSeed() throws IOException {
    Summary summary = Classifier.standard().classify(seed()).summary();
    assertThat(summary.tasks()).isEqualTo(107);
    assertThat(summary.byStatus().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(107);
    assertThat(summary.byLeadUnit().stream().mapToInt(Summary.Scorecard::tasks).sum()).isEqualTo(107);
    Map<String, Long> leads = seed().tasks().stream()
        .collect(Collectors.groupingBy(t -> t.leadUnit().orElse(Summary.NO_UNIT), Collectors.counting()));
    assertThat(summary.byLeadUnit()).allSatisfy(c -> assertThat((long) c.tasks()).isEqualTo(leads.get(c.unit())));
    assertThat(summary.declaredTotal()).contains(107);
    assertThat(summary.reportFindings()).extracting(Finding::kind).containsExactly(FindingKind.COUNT_MISMATCH);
  }

  // --- toString --------------------------------------------------------------------------------

  @Test
  void printsAHeaderLineAndAlignedTables() throws IOException {
    String text = Classifier.standard().classify(seed()).summary().toString();
    List<String> lines = text.lines().collect(Collectors.toList());
    assertThat(lines.get(0)).isEqualTo("Summary[灞桥区 2020, 2020-12 (全年), 107 tasks (declared 107), classified]");
    // The status table's lines are right-aligned in their last column: the same display width.
    List<String> statusLines = lines.subList(1, 8);
    assertThat(statusLines.get(0)).contains("status", "assessed", "declared");
    assertThat(statusLines).extracting(DisplayWidth::of).containsOnly(DisplayWidth.of(statusLines.get(0)));
    // So are the scorecards', whose first column holds units of four to eight Chinese characters.
    int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("  lead unit")).findFirst().orElseThrow());
    List<String> unitLines = lines.subList(header, lines.size());
    assertThat(unitLines).hasSizeGreaterThan(10);
    assertThat(unitLines).extracting(DisplayWidth::of).containsOnly(DisplayWidth.of(unitLines.get(0)));
  }

  @Test
  void anEmptyReportPrintsWithoutTables() {
    assertThat(Report.builder().build().summary().toString()).startsWith("Summary[untitled, 0 tasks]")
        .contains("findings: none").doesNotContain("lead unit");
  }

  @Test
  void equalReportsGiveEqualSummaries() {
    Report report = Classifier.standard().classify(small());
    assertThat(report.summary()).isEqualTo(Summary.of(report)).hasSameHashCodeAs(Summary.of(report));
    assertThat(report.summary()).isNotEqualTo(small().summary());
  }

  private static Report seed() throws IOException {
    try (InputStream in = SummaryTest.class.getResourceAsStream("/baqiao-2020.txt")) {
      return TableText.read(in, "baqiao-2020.txt");
    }
  }
}
