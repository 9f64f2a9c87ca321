package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.Unit.Dimension;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

  // --- parse: dimension and scale --------------------------------------------------------------

  /** symbol, dimension, the base unit of the dimension, how many base units one of symbol is. */
  static Stream<Arguments> scales() {
    return Stream.of(
        Arguments.of("元", Dimension.CURRENCY, "元", "1"),
        Arguments.of("千元", Dimension.CURRENCY, "元", "1000"),
        Arguments.of("万元", Dimension.CURRENCY, "元", "10000"),
        Arguments.of("亿元", Dimension.CURRENCY, "元", "100000000"),
        Arguments.of("万亿元", Dimension.CURRENCY, "元", "1000000000000"),
        Arguments.of("百万元", Dimension.CURRENCY, "元", "1000000"),
        Arguments.of("千万元", Dimension.CURRENCY, "元", "10000000"),
        Arguments.of("米", Dimension.LENGTH, "米", "1"),
        Arguments.of("千米", Dimension.LENGTH, "米", "1000"),
        Arguments.of("公里", Dimension.LENGTH, "米", "1000"),
        Arguments.of("km", Dimension.LENGTH, "米", "1000"),
        Arguments.of("平方米", Dimension.AREA, "平方米", "1"),
        Arguments.of("㎡", Dimension.AREA, "平方米", "1"),
        Arguments.of("万平方米", Dimension.AREA, "平方米", "10000"),
        Arguments.of("公顷", Dimension.AREA, "平方米", "10000"),
        Arguments.of("平方公里", Dimension.AREA, "平方米", "1000000"),
        Arguments.of("平方千米", Dimension.AREA, "平方米", "1000000"),
        Arguments.of("亩", Dimension.AREA, "亩", "1"),
        Arguments.of("万亩", Dimension.AREA, "亩", "10000"),
        Arguments.of("公顷", Dimension.AREA, "亩", "15"),
        Arguments.of("立方米", Dimension.VOLUME, "立方米", "1"),
        Arguments.of("万方", Dimension.VOLUME, "立方米", "10000"),
        Arguments.of("吨", Dimension.MASS, "吨", "1"),
        Arguments.of("万吨", Dimension.MASS, "吨", "10000"),
        Arguments.of("公斤", Dimension.MASS, "吨", "0.001"),
        Arguments.of("%", Dimension.PERCENT, "%", "1"),
        Arguments.of("％", Dimension.PERCENT, "%", "1"),
        Arguments.of("个百分点", Dimension.PERCENT, "%", "1"),
        Arguments.of("‰", Dimension.PERCENT, "%", "0.1"),
        Arguments.of("座", Dimension.COUNT, "座", "1"),
        Arguments.of("万人", Dimension.COUNT, "人", "10000"),
        Arguments.of("千人", Dimension.COUNT, "人", "1000"),
        Arguments.of("万人次", Dimension.COUNT, "人次", "10000"),
        Arguments.of("万标箱", Dimension.COUNT, "标准箱", "10000"),
        Arguments.of("TEU", Dimension.COUNT, "标准箱", "1"),
        Arguments.of("万羽", Dimension.COUNT, "羽", "10000"),
        Arguments.of("毫米", Dimension.LENGTH, "米", "0.001"),
        Arguments.of("厘米", Dimension.LENGTH, "米", "0.01"),
        Arguments.of("万千瓦", Dimension.OTHER, "千瓦", "10000"),
        Arguments.of("万", Dimension.OTHER, "", "10000"),
        Arguments.of("亿", Dimension.OTHER, "", "100000000"));
  }

  @ParameterizedTest(name = "1{0} = {3}{2}")
  @MethodSource("scales")
  void unitsKnowTheirDimensionAndScale(String symbol, Dimension dimension, String base, String factor) {
    Unit unit = Unit.parse(symbol);
    assertThat(unit.dimension()).isEqualTo(dimension);
    assertThat(unit.convert(BigDecimal.ONE, Unit.parse(base))).isEqualByComparingTo(factor);
  }

  @Test
  void symbolsAreKeptAsWrittenAndNormalised() {
    assertThat(Unit.parse("万元")).isSameAs(Unit.WAN_YUAN);
    assertThat(Unit.parse(" 万 元 ").symbol()).isEqualTo("万元");
    assertThat(Unit.parse("％")).isEqualTo(Unit.PERCENT);
    assertThat(Unit.parse("㎡").symbol()).isEqualTo("㎡");
    assertThat(Unit.parse("")).isSameAs(Unit.NONE);
    assertThat(Unit.parse("  ")).isSameAs(Unit.NONE);
    assertThat(Unit.count("座")).isEqualTo(Unit.parse("座"));
  }

  @Test
  void unitsAreEqualByTheirSymbolOnly() {
    assertThat(Unit.parse("公里")).isNotEqualTo(Unit.KILOMETRE);
    assertThat(Unit.parse("公里")).isEqualTo(Unit.GONGLI).hasSameHashCodeAs(Unit.GONGLI);
    assertThat(Unit.parse("名")).isNotEqualTo(Unit.parse("人"));
    assertThat(Unit.WAN_YUAN).hasToString("万元");
    assertThat(Unit.NONE).hasToString("");
  }

  // --- commensurability -------------------------------------------------------------------------

  static Stream<Arguments> commensurable() {
    return Stream.of(
        Arguments.of("万元", "亿元", true),
        Arguments.of("千米", "公里", true),
        Arguments.of("平方米", "亩", true),
        Arguments.of("公顷", "万平方米", true),
        Arguments.of("%", "个百分点", true),
        Arguments.of("人", "名", true),
        Arguments.of("名", "位", true),
        Arguments.of("万人", "名", true),
        Arguments.of("家", "户", true),
        Arguments.of("场", "场次", true),
        Arguments.of("台", "辆", true),
        Arguments.of("个", "座", true),
        Arguments.of("座", "个", true),
        Arguments.of("个", "家", true),
        Arguments.of("个", "所", true),
        Arguments.of("个", "个", true),
        Arguments.of("个", "人", false),
        Arguments.of("名", "个", false),
        Arguments.of("个", "人次", false),
        Arguments.of("人", "人次", false),
        Arguments.of("座", "辆", false),
        Arguments.of("人", "元", false),
        Arguments.of("%", "元", false),
        Arguments.of("吨", "立方米", false),
        Arguments.of("元/月/人", "元/月/人", true),
        Arguments.of("元/月/人", "元", false),
        Arguments.of("元/月/人", "元/人", false),
        Arguments.of("元/月/人", "", false),
        Arguments.of("", "", true),
        Arguments.of("", "万", true),
        Arguments.of("亿", "万", true),
        Arguments.of("", "个", false));
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @MethodSource("commensurable")
  void countsCompareWithinTheirClassifierAndItsSynonyms(String a, String b, boolean expected) {
    Unit left = Unit.parse(a);
    Unit right = Unit.parse(b);
    assertThat(left.isCommensurableWith(right)).isEqualTo(expected);
    assertThat(right.isCommensurableWith(left)).as("symmetric").isEqualTo(expected);
    if (!expected) {
      assertThatThrownBy(() -> left.convert(BigDecimal.ONE, right))
          .isInstanceOf(IncommensurableUnitsException.class);
      assertThatThrownBy(() -> left.compare(BigDecimal.ONE, right, BigDecimal.ONE))
          .isInstanceOf(IncommensurableUnitsException.class);
    }
  }

  @Test
  void classifiersResolveSynonyms() {
    assertThat(Unit.parse("名").classifier()).isEqualTo("人");
    assertThat(Unit.parse("位").classifier()).isEqualTo("人");
    assertThat(Unit.parse("户").classifier()).isEqualTo("家");
    assertThat(Unit.parse("场次").classifier()).isEqualTo("场");
    assertThat(Unit.parse("台").classifier()).isEqualTo("辆");
    assertThat(Unit.parse("座").classifier()).isEqualTo("座");
    assertThat(Unit.parse("元/月/人").classifier()).isEqualTo("元/月/人");
    assertThat(Unit.WAN_YUAN.classifier()).isEmpty();
    assertThat(Unit.NONE.classifier()).isEmpty();
  }

  @Test
  void dwellingsAndHouseholdsAreKnownButNotCommensurable() {
    Unit sets = Unit.parse("套");
    Unit households = Unit.parse("户");
    assertThat(sets.isCommensurableWith(households)).isFalse();
    assertThat(sets.isDwellingsAgainstHouseholds(households)).isTrue();
    assertThat(Unit.parse("万户").isDwellingsAgainstHouseholds(sets)).isTrue();
    assertThat(sets.isDwellingsAgainstHouseholds(Unit.parse("家"))).isFalse(); // 家 counts firms
    assertThat(sets.isDwellingsAgainstHouseholds(sets)).isFalse();
    assertThat(Unit.parse("万户").withClassifierOf(sets)).isEqualTo(Unit.parse("万套"));
    assertThat(households.withClassifierOf(Unit.parse("万套"))).isEqualTo(sets);
    assertThat(Unit.WAN_YUAN.withClassifierOf(sets)).isSameAs(Unit.WAN_YUAN);
  }

  @Test
  void aRatePer100000ComparesOnlyWithItself() {
    Unit per100k = Unit.parse("/10万");
    assertThat(per100k.dimension()).isEqualTo(Dimension.OTHER);
    assertThat(per100k.isCommensurableWith(Unit.parse("/10万"))).isTrue();
    assertThat(per100k.isCommensurableWith(Unit.PERCENT)).isFalse();
    assertThat(per100k.isCommensurableWith(Unit.NONE)).isFalse();
    assertThat(Quantity.parse("15/10万").format()).isEqualTo("15/10万");
  }

  @Test
  void compoundUnitsAreOtherAndCompareOnlyWithThemselves() {
    Unit perMonthPerHead = Unit.parse("元/月/人");
    assertThat(perMonthPerHead.dimension()).isEqualTo(Dimension.OTHER);
    assertThat(perMonthPerHead.compare(new BigDecimal("1890"), Unit.parse("元/月/人"), new BigDecimal("1800")))
        .isPositive();
    assertThat(Unit.parse("微克/立方米").dimension()).isEqualTo(Dimension.OTHER);
    assertThat(Unit.parse("人/万台").isCommensurableWith(Unit.parse("人/台"))).isFalse();
    assertThat(Unit.parse("元/亩").isCommensurableWith(Unit.parse("元/人"))).isFalse();
    assertThat(Unit.parse("吨/日").isCommensurableWith(Unit.parse("吨"))).isFalse();
  }

  @Test
  void aMeasureBeforeTheSlashScalesAsItselfDoes() {
    // 0.22万吨/日 of treatment capacity is 2200吨/日; 1.2万元/亩 is 12000元/亩
    assertThat(Unit.parse("万吨/日").convert(new BigDecimal("0.22"), Unit.parse("吨/日"))).isEqualByComparingTo("2200");
    assertThat(Unit.parse("万元/亩").convert(new BigDecimal("1.2"), Unit.parse("元/亩"))).isEqualByComparingTo("12000");
    assertThat(Unit.parse("万元/月/人").isCommensurableWith(Unit.parse("元/月/人"))).isTrue();
    assertThat(Unit.parse("万千瓦/年").convert(new BigDecimal("3"), Unit.parse("千瓦/年"))).isEqualByComparingTo("30000");
    assertThat(Unit.parse("万吨/日").isCommensurableWith(Unit.parse("万立方米/日"))).isFalse();
  }

  @Test
  void powerAndEnergyAreMeasuresOfTheirOwn() {
    assertThat(Unit.parse("千瓦").dimension()).isEqualTo(Dimension.OTHER);
    assertThat(Unit.parse("万千瓦").isCommensurableWith(Unit.parse("千瓦"))).isTrue();
    assertThat(Unit.parse("万千瓦").convert(new BigDecimal("5"), Unit.parse("兆瓦"))).isEqualByComparingTo("50");
    assertThat(Unit.parse("千瓦时").convert(new BigDecimal("2"), Unit.parse("万千瓦时"))).isEqualByComparingTo("0.0002");
    // a count of plants never compares with their capacity, nor power with energy
    assertThat(Unit.parse("个").isCommensurableWith(Unit.parse("万千瓦"))).isFalse();
    assertThat(Unit.parse("千瓦").isCommensurableWith(Unit.parse("千瓦时"))).isFalse();
    assertThat(Unit.parse("千伏安").isCommensurableWith(Unit.parse("千瓦"))).isFalse();
  }

  // --- conversion ------------------------------------------------------------------------------

  @Test
  void muConvertsExactlyToItsOwnFamilyAndFromDecimalUnits() {
    assertThat(Unit.MU.convert(new BigDecimal("15"), Unit.SQUARE_METRE)).isEqualByComparingTo("10000");
    assertThat(Unit.SQUARE_METRE.convert(new BigDecimal("10000"), Unit.MU)).isEqualByComparingTo("15");
    assertThat(Unit.HECTARE.convert(BigDecimal.ONE, Unit.MU)).isEqualByComparingTo("15");
    assertThat(Unit.WAN_MU.convert(BigDecimal.ONE, Unit.MU)).isEqualByComparingTo("10000");
    assertThat(Unit.SQUARE_METRE.convert(BigDecimal.ONE, Unit.MU)).isEqualByComparingTo("0.0015");
  }

  @Test
  void muToDecimalUnitsRoundsToThirtyFourDigits() {
    BigDecimal oneMu = Unit.MU.convert(BigDecimal.ONE, Unit.SQUARE_METRE);
    assertThat(oneMu.precision()).isEqualTo(34);
    assertThat(oneMu.toPlainString()).startsWith("666.666666666666");
  }

  @Test
  void compareIsExactWhereConversionWouldRound() {
    // 1亩 is 666.66…7平方米 after rounding; the comparison itself does not round.
    assertThat(Unit.MU.compare(BigDecimal.ONE, Unit.SQUARE_METRE, new BigDecimal("666.6666666666666666666666666666667")))
        .isNegative();
    assertThat(Unit.MU.compare(new BigDecimal("3"), Unit.SQUARE_METRE, new BigDecimal("2000"))).isZero();
    assertThat(Unit.YI_YUAN.compare(new BigDecimal("258.77"), Unit.WAN_YUAN, new BigDecimal("2587700"))).isZero();
  }

  @Test
  void conversionWithinOneScaleReturnsTheValue() {
    BigDecimal value = new BigDecimal("12.30");
    assertThat(Unit.KILOMETRE.convert(value, Unit.GONGLI)).isSameAs(value);
  }

  // --- errors ----------------------------------------------------------------------------------

  static Stream<Arguments> badUnits() {
    return Stream.of(
        Arguments.of("3座", 0),
        Arguments.of("座3", 1),
        Arguments.of("座(", 1),
        Arguments.of("万 元。", 3),
        Arguments.of(" 座 [", 3),
        Arguments.of(".座", 0),
        Arguments.of("座\u0000", 1));
  }

  @ParameterizedTest
  @MethodSource("badUnits")
  void parseErrorsPointIntoTheSymbolAsWritten(String symbol, int index) {
    assertThatThrownBy(() -> Unit.parse(symbol))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.input()).isEqualTo(symbol);
          assertThat(e.index()).isEqualTo(index);
        });
  }

  @Test
  void parseRejectsNullNamingTheArgument() {
    assertThatThrownBy(() -> Unit.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("symbol");
  }

  @ParameterizedTest
  @ValueSource(strings = {"m2", "km²", "m³", "平米", "方"})
  void aliasesWithDigitsOrSuperscriptsAreKnown(String symbol) {
    assertThat(Unit.parse(symbol).dimension()).isIn(Dimension.AREA, Dimension.VOLUME);
  }

  @Test
  void incommensurableErrorNamesBothUnits() {
    IncommensurableUnitsException e = new IncommensurableUnitsException(Unit.parse("人"), Unit.YUAN);
    assertThat(e).hasMessage("cannot compare 人 (COUNT) with 元 (CURRENCY)");
    assertThat(e.from()).isEqualTo(Unit.parse("人"));
    assertThat(e.to()).isEqualTo(Unit.YUAN);
    assertThat(new IncommensurableUnitsException(Unit.NONE, Unit.PERCENT))
        .hasMessage("cannot compare a bare number (OTHER) with % (PERCENT)");
  }
}
