package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void anOutcomeClaimsNothingByDefault() {
    Outcome outcome = Outcome.builder().build();
    assertThat(outcome.narrative()).isEmpty();
    assertThat(outcome.declaredStatus()).isEqualTo(Status.UNDETERMINED);
    assertThat(outcome.measures()).isEmpty();
    assertThat(Outcome.of("全年淘汰国Ⅲ及以下老旧车辆801辆。", Status.MET).declaredStatus()).isEqualTo(Status.MET);
  }

  @Test
  void toStringGivesStatusMeasureCountAndTheStartOfTheNarrative() {
    Outcome outcome = Outcome.builder().narrative("全年淘汰国Ⅲ及以下老旧车辆801辆。").declaredStatus(Status.MET)
        .addMeasure(Measure.of("老旧车辆", Kind.COUNT, Quantity.parse("801辆"))).build();
    assertThat(outcome).hasToString("Outcome[MET, 1 measures: 全年淘汰国Ⅲ及以下老旧车辆801辆。]");
    assertThat(Outcome.of("长".repeat(40), Status.ONGOING))
        .hasToString("Outcome[ONGOING, 0 measures: " + "长".repeat(30) + "…]");
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Outcome.of(null, Status.MET)).hasMessage("narrative");
    assertThatThrownBy(() -> Outcome.of("", null)).hasMessage("declaredStatus");
    assertThatThrownBy(() -> Outcome.builder().addMeasure(null)).hasMessageContaining("measures");
  }
}
