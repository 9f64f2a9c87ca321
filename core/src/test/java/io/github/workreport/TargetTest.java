package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TargetTest {

  static Stream<Arguments> written() {
    return Stream.of(
        Arguments.of(Target.of("地区生产总值", Kind.GROWTH, Bound.AT_LEAST, Quantity.parse("7.5%")),
            "地区生产总值 增长 ≥ 7.5%", "地区生产总值增长7.5%以上"),
        Arguments.of(Target.of("城镇登记失业率", Kind.LEVEL, Bound.AT_MOST, Quantity.parse("4%")),
            "城镇登记失业率 ≤ 4%", "城镇登记失业率达到4%以内"),
        Arguments.of(Target.of("新建公厕", Kind.COUNT, Bound.EXACTLY, Quantity.parse("15座")),
            "新建公厕 = 15座", "新建公厕15座"),
        Arguments.of(Target.of("万元GDP能耗", Kind.DECLINE, Bound.AT_LEAST, Quantity.parse("2%")).withFirm(false),
            "万元GDP能耗 下降 ≥ 2% (力争)", "万元GDP能耗下降2%以上"),
        Arguments.of(Target.of("", Kind.AMOUNT, Bound.ABOUT, Quantity.parse("258.77亿元")),
            "≈ 258.77亿元", "258.77亿元左右"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("written")
  void toStringAndDefaultTextAreReadable(Target target, String toString, String text) {
    assertThat(target).hasToString(toString);
    assertThat(target.text()).isEqualTo(text);
  }

  @Test
  void aTargetIsFirmUnlessSaidOtherwise() {
    Target target = Target.of("地区生产总值", Kind.GROWTH, Bound.AT_LEAST, Quantity.parse("7.5%"));
    assertThat(target.firm()).isTrue();
    assertThat(target.value()).isEqualByComparingTo("7.5");
    assertThat(target.unit()).isEqualTo(Unit.PERCENT);
    assertThat(target.span()).isEmpty();
  }

  @Test
  void writtenTextAndSpanAreKept() {
    Target target = Target.builder().metric("老旧车辆").kind(Kind.COUNT).bound(Bound.EXACTLY)
        .quantity(Quantity.parse("713辆")).text("淘汰国Ⅲ及以下老旧车辆713辆").span(Span.of(0, 15)).build();
    assertThat(target.text()).isEqualTo("淘汰国Ⅲ及以下老旧车辆713辆");
    assertThat(target.span()).contains(Span.of(0, 15));
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    Quantity q = Quantity.parse("1座");
    assertThatThrownBy(() -> Target.of(null, Kind.COUNT, Bound.EXACTLY, q)).hasMessage("metric");
    assertThatThrownBy(() -> Target.of("m", null, Bound.EXACTLY, q)).hasMessage("kind");
    assertThatThrownBy(() -> Target.of("m", Kind.COUNT, null, q)).hasMessage("bound");
    assertThatThrownBy(() -> Target.of("m", Kind.COUNT, Bound.EXACTLY, null)).hasMessage("quantity");
    assertThatThrownBy(() -> Target.builder().metric("m").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("kind, bound, quantity");
  }
}
