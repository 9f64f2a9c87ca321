package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final String TITLE = "《灞桥区 2020 年政府工作报告》工作任务分解表";

  private static List<Task> tasks(String section, int count) {
    List<Task> tasks = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      tasks.add(Task.builder().section(section).number(n).text(section + "任务" + n).build());
    }
    return tasks;
  }

  /** The seed's counts: summary 已完成 96 and 持续推进 11, headings 已完成 98 and 持续推进 11, rows 96 and 11. */
  private static Report.Builder seedShape() {
    return Report.builder()
        .title(TITLE)
        .jurisdiction("灞桥区")
        .year(2020)
        .period(Period.fullYear(2020))
        .declaredTotals(DeclaredTotals.builder().total(107).putBySection("已完成", 96).putBySection("持续推进", 11).build())
        .addSection(Section.builder().name("已完成").declaredStatus(Status.MET).declaredCount(98).build())
        .addSection(Section.builder().name("持续推进").declaredStatus(Status.ONGOING).declaredCount(11).build())
        .addAllTasks(tasks("已完成", 96))
        .addAllTasks(tasks("持续推进", 11));
  }

  // --- findings: COUNT_MISMATCH ----------------------------------------------------------------

  @Test
  void theSeedsHeadingDisagreesWithItsSummaryAndRows() {
    List<Finding> findings = seedShape().build().findings();
    assertThat(findings).containsExactly(
        Finding.of(FindingKind.COUNT_MISMATCH, "已完成：标题申报98项，汇总申报96项，实列96项"));
  }

  @Test
  void countsThatAgreeGiveNoFinding() {
    Report agreeing = seedShape().build()
        .withSections(
            Section.builder().name("已完成").declaredStatus(Status.MET).declaredCount(96).build(),
            Section.builder().name("持续推进").declaredStatus(Status.ONGOING).declaredCount(11).build());
    assertThat(agreeing.findings()).isEmpty();
  }

  @Test
  void aSummaryCountWithoutASectionIsCheckedToo() {
    Report report = Report.builder()
        .declaredTotals(DeclaredTotals.builder().putBySection("未完成", 2).build())
        .addAllTasks(tasks("已完成", 3))
        .build();
    assertThat(report.findings()).containsExactly(
        Finding.of(FindingKind.COUNT_MISMATCH, "未完成：汇总申报2项，实列0项"));
  }

  @Test
  void perSectionCountsAreNotCheckedWhenNoRowHasASection() {
    List<Task> unsectioned = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      unsectioned.add(Task.builder().number(n).text("任务" + n).build());
    }
    Report report = Report.builder()
        .declaredTotals(DeclaredTotals.builder().total(4).putBySection("已完成", 2).putBySection("持续推进", 2).build())
        .addAllTasks(unsectioned)
        .build();
    assertThat(report.findings()).containsExactly(
        Finding.of(FindingKind.COUNT_MISMATCH, "共计：汇总申报4项，实列3项"));
  }

  @Test
  void aDeclaredTotalThatDisagreesWithTheRowsIsAFinding() {
    Report report = Report.builder()
        .declaredTotals(DeclaredTotals.builder().total(107).build())
        .addAllTasks(tasks("已完成", 105))
        .build();
    assertThat(report.findings()).containsExactly(
        Finding.of(FindingKind.COUNT_MISMATCH, "共计：汇总申报107项，实列105项"));
  }

  @Test
  void aReportWithoutDeclaredCountsHasNoFindings() {
    assertThat(Report.builder().addAllTasks(tasks("已完成", 3)).build().findings()).isEmpty();
  }

  // --- navigation ----------------------------------------------------------------------------

  @Test
  void tasksAreFoundBySectionAndNumber() {
    Report report = seedShape().build();
    assertThat(report.task("持续推进", 3)).map(Task::text).contains("持续推进任务3");
    assertThat(report.task("已完成", 3)).map(Task::text).contains("已完成任务3");
    assertThat(report.task("持续推进", 12)).isEmpty();
    assertThat(report.section("持续推进")).map(Section::declaredStatus).contains(Status.ONGOING);
    assertThat(report.section("未完成")).isEmpty();
  }

  @Test
  void aReportIsClassifiedWhenEveryTaskHasAnAssessment() {
    Report report = seedShape().build();
    assertThat(report.isClassified()).isFalse();
    List<Task> assessed = new ArrayList<>();
    report.tasks().forEach(t -> assessed.add(t.withAssessment(Assessment.of(Status.MET, Basis.DECLARED))));
    assertThat(report.withTasks(assessed).isClassified()).isTrue();
  }

  // --- values --------------------------------------------------------------------------------

  @Test
  void toStringNamesTheReportItsPeriodAndSize() {
    assertThat(seedShape().build()).hasToString("Report[" + TITLE + ", 2020-12 (全年), 107 tasks]");
    assertThat(Report.builder().jurisdiction("灞桥区").year(2020).build()).hasToString("Report[灞桥区, 2020, 0 tasks]");
    assertThat(Report.builder().build()).hasToString("Report[untitled, 0 tasks]");
    Report classified = Report.builder()
        .period(Period.of(YearMonth.of(2020, 6)))
        .addTask(Task.builder().number(1).text("t").assessment(Assessment.of(Status.MET, Basis.DECLARED)).build())
        .build();
    assertThat(classified).hasToString("Report[untitled, 2020-06 (上半年), 1 tasks, classified]");
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Report.builder().title(null)).hasMessage("title");
    assertThatThrownBy(() -> Report.builder().addTask(null)).hasMessageContaining("tasks");
    assertThatThrownBy(() -> Report.builder().build().withSections((List<Section>) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void collectionsAreUnmodifiable() {
    Report report = seedShape().build();
    assertThatThrownBy(() -> report.tasks().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
