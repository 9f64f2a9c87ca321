package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SectionTest {

  @Test
  void toStringReadsLikeTheHeading() {
    assertThat(Section.builder().name("已完成").declaredStatus(Status.MET).declaredCount(98).build())
        .hasToString("已完成 98 项 → MET");
    assertThat(Section.of("持续推进", Status.ONGOING)).hasToString("持续推进 → ONGOING");
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Section.of(null, Status.MET)).hasMessage("name");
    assertThatThrownBy(() -> Section.of("已完成", null)).hasMessage("declaredStatus");
  }

  // DeclaredTotals is small enough to live here.

  @Test
  void declaredTotalsReadLikeTheSummaryLine() {
    DeclaredTotals totals = DeclaredTotals.builder().total(107).putBySection("已完成", 96).putBySection("持续推进", 11).build();
    assertThat(totals).hasToString("共计107项 (已完成 96, 持续推进 11)");
    assertThat(totals.isEmpty()).isFalse();
    assertThat(totals.bySection().keySet()).containsExactly("已完成", "持续推进");
    DeclaredTotals none = DeclaredTotals.builder().build();
    assertThat(none.isEmpty()).isTrue();
    assertThat(none).hasToString("未申报总数");
    assertThat(DeclaredTotals.builder().putBySection("已完成", 3).build()).hasToString("未申报总数 (已完成 3)");
    assertThat(DeclaredTotals.builder().total(5).build().isEmpty()).isFalse();
  }
}
