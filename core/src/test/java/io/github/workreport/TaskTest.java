package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TaskTest {

  private static Task task5() {
    return Task.builder()
        .section("已完成").number(5)
        .text("服务业增加值增长 7.5%以上。")
        .addResponsibleUnit("区发改委")
        .addTarget(Target.of("服务业增加值", Kind.GROWTH, Bound.AT_LEAST, Quantity.parse("7.5%")))
        .outcome(Outcome.builder().narrative("服务业增加值完成 365.22 亿元，增长 6.8%。").declaredStatus(Status.MET)
            .addMeasure(Measure.of("服务业增加值", Kind.GROWTH, Quantity.parse("6.8%"))).build())
        .build();
  }

  @Test
  void toStringCitesSectionNumberTextAndLeadUnit() {
    assertThat(task5()).hasToString("已完成 5 服务业增加值增长 7.5%以上。 [区发改委]");
    assertThat(task5().withAssessment(Assessment.of(Status.BASICALLY_MET, Basis.NUMERIC)))
        .hasToString("已完成 5 服务业增加值增长 7.5%以上。 [区发改委] → BASICALLY_MET");
    assertThat(Task.builder().number(3).text("x".repeat(50)).build())
        .hasToString("3 " + "x".repeat(40) + "…");
  }

  @Test
  void theFirstResponsibleUnitLeads() {
    Task task = Task.builder().number(10).text("t").addResponsibleUnits("区发改委", "新区经发局").build();
    assertThat(task.leadUnit()).contains("区发改委");
    assertThat(Task.builder().number(1).text("t").build().leadUnit()).isEmpty();
  }

  @Test
  void aTaskIsCitedBySectionAndNumber() {
    assertThat(task5().ref()).isEqualTo("已完成 5");
    assertThat(Task.builder().number(7).text("t").build().ref()).isEqualTo("7");
  }

  @Test
  void statusIsUndeterminedUntilAssessed() {
    assertThat(task5().status()).isEqualTo(Status.UNDETERMINED);
    assertThat(task5().withAssessment(Assessment.of(Status.MET, Basis.DECLARED)).status()).isEqualTo(Status.MET);
  }

  @Test
  void defaultsAreAnEmptyOutcomeAndNoDeadline() {
    Task task = Task.builder().number(1).text("t").build();
    assertThat(task.outcome().narrative()).isEmpty();
    assertThat(task.outcome().declaredStatus()).isEqualTo(Status.UNDETERMINED);
    assertThat(task.deadline()).isEmpty();
    assertThat(task.targets()).isEmpty();
  }

  @Test
  void withCopiesChangeOneField() {
    Task task = task5();
    Task due = task.withDeadline(Deadline.of(YearMonth.of(2022, 9)));
    assertThat(due.deadline()).contains(Deadline.of(YearMonth.of(2022, 9)));
    assertThat(due.withDeadline(java.util.Optional.empty())).isEqualTo(task);
  }

  @Test
  void requiredFieldsAreNamedWhenMissing() {
    assertThatThrownBy(() -> Task.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("number")
        .hasMessageContaining("text");
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Task.builder().text(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> Task.builder().section((String) null)).hasMessage("section");
    assertThatThrownBy(() -> Task.builder().addResponsibleUnit(null)).hasMessageContaining("responsibleUnits");
    assertThatThrownBy(() -> Task.builder().addTarget(null)).hasMessageContaining("targets");
    assertThatThrownBy(() -> task5().withOutcome(null)).hasMessage("outcome");
  }

  @Test
  void collectionsAreUnmodifiable() {
    assertThatThrownBy(() -> task5().targets().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> task5().responsibleUnits().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
