package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MeasureTest {

  @Test
  void toStringMarksRoleEstimateAndApproximation() {
    Measure growth = Measure.of("服务业增加值", Kind.GROWTH, Quantity.parse("6.8%"));
    assertThat(growth).hasToString("服务业增加值 增长 6.8%");
    assertThat(growth.withEstimated(true)).hasToString("服务业增加值 增长 6.8% (预计)");
    assertThat(Measure.of("", Kind.COUNT, Quantity.parse("9条")).withApproximate(true)).hasToString("9条 (约)");
    assertThat(Measure.of("一般公共预算收入", Kind.GROWTH, Quantity.parse("0.08%")).withRole(Role.REVISED_TARGET))
        .hasToString("[调整后目标] 一般公共预算收入 增长 0.08%");
    assertThat(Measure.of("", Kind.LEVEL, Quantity.parse("116.89%")).withRole(Role.COMPLETION_RATE))
        .hasToString("[完成率] 116.89%");
  }

  @Test
  void defaultsAreAnExactAchievedValueWithComposedText() {
    Measure measure = Measure.of("社会消费品零售总额", Kind.AMOUNT, Quantity.parse("58.50亿元"));
    assertThat(measure.role()).isEqualTo(Role.ACHIEVED);
    assertThat(measure.estimated()).isFalse();
    assertThat(measure.approximate()).isFalse();
    assertThat(measure.text()).isEqualTo("社会消费品零售总额58.5亿元");
    assertThat(measure.value()).isEqualByComparingTo("58.5");
    assertThat(measure.unit()).isEqualTo(Unit.YI_YUAN);
    assertThat(Measure.of("服务业增加值", Kind.GROWTH, Quantity.parse("6.8%")).text()).isEqualTo("服务业增加值增长6.8%");
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Measure.of(null, Kind.COUNT, Quantity.parse("1座"))).hasMessage("metric");
    assertThatThrownBy(() -> Measure.builder().text(null)).hasMessage("text");
    assertThatThrownBy(() -> Measure.of("m", Kind.COUNT, Quantity.parse("1座")).withRole(null)).hasMessage("role");
  }
}
