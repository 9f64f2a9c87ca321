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

  // --- ranges ------------------------------------------------------------------------------

  private static Target range(Bound bound, String lower, String upper) {
    return Target.builder().metric("国内生产总值").kind(Kind.GROWTH).bound(bound)
        .quantity(Quantity.parse(lower)).upper(Quantity.parse(upper)).build();
  }

  @Test
  void aRangeKeepsItsLowerEndAsTheQuantityAndShowsBothEnds() {
    Target target = range(Bound.AT_LEAST, "6%", "6.5%");
    assertThat(target.quantity()).isEqualTo(Quantity.parse("6%"));
    assertThat(target.value()).isEqualByComparingTo("6");
    assertThat(target.upper()).contains(Quantity.parse("6.5%"));
    assertThat(target.isRange()).isTrue();
    assertThat(target.formatQuantity()).isEqualTo("6%-6.5%");
    assertThat(target.describe()).isEqualTo("增长6%-6.5%");
    assertThat(target.text()).isEqualTo("国内生产总值增长6%-6.5%");
    assertThat(target).hasToString("国内生产总值 增长 6%-6.5%");
  }

  @Test
  void aRangeOtherThanAFloorKeepsItsComparator() {
    assertThat(range(Bound.AT_MOST, "3%", "3.5%").describe()).isEqualTo("增长≤3%-3.5%");
    assertThat(range(Bound.AT_MOST, "3%", "3.5%").text()).isEqualTo("国内生产总值增长3%-3.5%以内");
    assertThat(range(Bound.ABOUT, "6%", "6.5%")).hasToString("国内生产总值 增长 ≈ 6%-6.5%");
    assertThat(range(Bound.EXACTLY, "6%", "6.5%").describe()).isEqualTo("增长6%-6.5%");
    assertThat(range(Bound.AT_LEAST, "-2%", "-1%").formatQuantity()).isEqualTo("-2%至-1%");
  }

  @Test
  void aSingleValueHasNoUpperEnd() {
    Target target = Target.of("地区生产总值", Kind.GROWTH, Bound.AT_LEAST, Quantity.parse("7.5%"));
    assertThat(target.upper()).isEmpty();
    assertThat(target.isRange()).isFalse();
    assertThat(target.formatQuantity()).isEqualTo("7.5%");
    assertThat(target.describe()).isEqualTo("增长≥7.5%");
    assertThat(target.comparatorSymbol()).isEqualTo("≥");
    assertThat(Target.of("新建公厕", Kind.COUNT, Bound.EXACTLY, Quantity.parse("15座")).describe()).isEqualTo("15座");
  }

  @Test
  void anUpperEndMustBeGreaterAndInTheSameUnit() {
    assertThatThrownBy(() -> range(Bound.AT_LEAST, "6%", "6%"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not greater than its lower end 6%");
    assertThatThrownBy(() -> range(Bound.AT_LEAST, "6.5%", "6%"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upper end 6%");
    assertThatThrownBy(() -> range(Bound.AT_LEAST, "6%", "7个百分点"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the unit");
    assertThatThrownBy(() -> Target.builder().from(range(Bound.AT_LEAST, "1万元", "2万元"))
        .quantity(Quantity.parse("10000元")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the unit");
  }

  @Test
  void aHandBuiltTargetCountsNoHousingAndIsAShareOfNothingUnlessSaidSo() {
    Target t = Target.of("棚户区改造", Kind.COUNT, Bound.AT_LEAST, Quantity.parse("1000套"));
    assertThat(t.housing()).isFalse();
    assertThat(t.shareOf()).isEmpty();
    assertThat(t.isShareOfTask()).isFalse();
    assertThat(t.withHousing(true).housing()).isTrue();
    Target share = Target.of("a", Kind.LEVEL, Bound.EXACTLY, Quantity.parse("95%")).withShareOf(Whole.TASK);
    assertThat(share.isShareOfTask()).isTrue();
  }

  @Test
  void dwellingsAndHouseholdsAreAcceptedOnlyWhenBothCountHousing() {
    Target dwellings = Target.of("a", Kind.COUNT, Bound.AT_LEAST, Quantity.parse("1000套"));
    Measure households = Measure.of("b", Kind.COUNT, Quantity.parse("1050户"));
    assertThat(dwellings.withHousing(true).accepts(households.withHousing(true))).isTrue();
    assertThat(dwellings.withHousing(true).accepts(households)).isFalse();
    assertThat(dwellings.accepts(households.withHousing(true))).isFalse();
    // housing makes 套 and 户 one for one, nothing else: 家 counts firms
    assertThat(dwellings.withHousing(true).accepts(Measure.of("b", Kind.COUNT, Quantity.parse("1050家")).withHousing(true)))
        .isFalse();
  }

  @Test
  void aCompletionRateIsAcceptedByALevelOnlyWhenItIsAShareOfTheTask() {
    Target level = Target.of("a", Kind.LEVEL, Bound.EXACTLY, Quantity.parse("95%"));
    Measure rate = Measure.of("b", Kind.LEVEL, Quantity.parse("102%")).withRole(Role.COMPLETION_RATE);
    assertThat(level.accepts(rate)).isFalse();
    assertThat(level.withShareOf(Whole.TASK).accepts(rate)).isTrue();
  }

  @Test
  void onlyALevelInPercentIsAShare() {
    assertThatThrownBy(() -> Target.of("a", Kind.COUNT, Bound.EXACTLY, Quantity.parse("95个")).withShareOf(Whole.TASK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LEVEL in %");
    assertThatThrownBy(() -> Target.of("a", Kind.GROWTH, Bound.EXACTLY, Quantity.parse("5%")).withShareOf(Whole.TASK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LEVEL in %");
    assertThatThrownBy(() -> Target.of("a", Kind.LEVEL, Bound.EXACTLY, Quantity.parse("5个百分点")).withShareOf(Whole.TASK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LEVEL in %");
  }
}
