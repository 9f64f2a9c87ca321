package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.bigDecimals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class QuantityTest {

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  // --- of ----------------------------------------------------------------------------------------

  @Test
  void valuesAreKeptWithoutTrailingZeros() {
    assertThat(Quantity.of(new BigDecimal("7.50"), Unit.PERCENT)).isEqualTo(q("7.5%"));
    assertThat(Quantity.of(new BigDecimal("1E+2"), Unit.TON).value()).isEqualTo(new BigDecimal("100"));
    assertThat(Quantity.of(new BigDecimal("0.000"), Unit.TON).value()).isEqualTo(BigDecimal.ZERO);
    assertThat(q("100座").value().scale()).isZero();
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> Quantity.of(null, Unit.YUAN)).isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class).hasMessage("unit");
    assertThatThrownBy(() -> Quantity.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  // --- to, compareTo -------------------------------------------------------------------------

  @Test
  void conversionIsExact() {
    assertThat(q("258.77亿元").to(Unit.WAN_YUAN)).isEqualTo(q("2587700万元"));
    assertThat(q("1.5公里").to(Unit.METRE)).isEqualTo(q("1500米"));
    assertThat(q("23.41万平方米").to(Unit.SQUARE_METRE)).isEqualTo(q("234100平方米"));
    assertThat(q("10000平方米").to(Unit.MU)).isEqualTo(q("15亩"));
    assertThat(q("1.2万人").to(Unit.parse("名"))).isEqualTo(q("12000名"));
  }

  @Test
  void theSameAmountInAnotherScaleIsEquivalentButNotEqual() {
    Quantity yi = q("258.77亿元");
    Quantity wan = q("2587700万元");
    assertThat(yi.compareTo(wan)).isZero();
    assertThat(yi.isEquivalentTo(wan)).isTrue();
    assertThat(yi).isNotEqualTo(wan);
    assertThat(q("1公里").isEquivalentTo(q("1000米"))).isTrue();
    assertThat(q("15亩").isEquivalentTo(q("1公顷"))).isTrue();
    assertThat(q("258.78亿元").compareTo(wan)).isPositive();
  }

  static Stream<Arguments> incommensurable() {
    return Stream.of(
        Arguments.of("8000人", "8000元"),
        Arguments.of("7.5%", "7.5万元"),
        Arguments.of("3座", "3人"),
        Arguments.of("16320个", "16320人"),
        Arguments.of("1890元/月/人", "1890元"));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @MethodSource("incommensurable")
  void comparingAcrossDimensionsThrows(String a, String b) {
    Quantity left = q(a);
    Quantity right = q(b);
    assertThat(left.isComparableWith(right)).isFalse();
    assertThatThrownBy(() -> left.compareTo(right)).isInstanceOf(IncommensurableUnitsException.class);
    assertThatThrownBy(() -> left.isEquivalentTo(right)).isInstanceOf(IncommensurableUnitsException.class);
    assertThatThrownBy(() -> left.to(right.unit()))
        .isInstanceOfSatisfying(IncommensurableUnitsException.class, e -> {
          assertThat(e.from()).isEqualTo(left.unit());
          assertThat(e.to()).isEqualTo(right.unit());
        });
  }

  // --- parse, format, toString ---------------------------------------------------------------

  static Stream<Arguments> readable() {
    return Stream.of(
        Arguments.of("258.77亿元", "258.77", "亿元"),
        Arguments.of("-17.5%", "-17.5", "%"),
        Arguments.of("+3座", "3", "座"),
        Arguments.of("15 座", "15", "座"),
        Arguments.of("  7.5 %  ", "7.5", "%"),
        Arguments.of("Quantity[258.77亿元]", "258.77", "亿元"),
        Arguments.of("1890元/月/人", "1890", "元/月/人"),
        Arguments.of("42", "42", ""),
        Arguments.of("100万", "100", "万"),
        Arguments.of("1E+400元", "1E+400", "元"),
        Arguments.of("2.5e-3吨", "0.0025", "吨"),
        Arguments.of("5E座", "5", "E座"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readable")
  void parseReadsANumberAndAUnit(String text, String value, String unit) {
    Quantity quantity = Quantity.parse(text);
    assertThat(quantity.value()).isEqualByComparingTo(value);
    assertThat(quantity.unit()).isEqualTo(Unit.parse(unit));
  }

  static Stream<Arguments> unreadable() {
    return Stream.of(
        Arguments.of("", 0),
        Arguments.of("亿元", 0),
        Arguments.of("  abc", 2),
        Arguments.of("-", 1),
        Arguments.of(".5%", 0),
        Arguments.of("5.%", 1),
        Arguments.of("1.2.3万元", 3),
        Arguments.of("12 万(元)", 4),
        Arguments.of("Quantity[x]", 9),
        Arguments.of("1E+9999999999元", 0));
  }

  @ParameterizedTest(name = "\"{0}\" at {1}")
  @MethodSource("unreadable")
  void parseErrorsCarryTheInputAndTheIndexInIt(String text, int index) {
    assertThatThrownBy(() -> Quantity.parse(text))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.input()).isEqualTo(text);
          assertThat(e.index()).isEqualTo(index);
          assertThat(e.getMessage()).isEqualTo("cannot read quantity from \"" + text + "\" at index " + index);
        });
  }

  @Test
  void parseErrorsCutLongInputTo64Characters() {
    String text = "x".repeat(100);
    assertThatThrownBy(() -> Quantity.parse(text))
        .isInstanceOfSatisfying(TextParseException.class, e -> assertThat(e.input()).hasSize(65).endsWith("…"));
  }

  @Test
  void toStringIsShortAndReadable() {
    assertThat(q("258.77亿元")).hasToString("Quantity[258.77亿元]");
    assertThat(q("7.50%")).hasToString("Quantity[7.5%]");
    assertThat(q("1.2E+3座")).hasToString("Quantity[1200座]");
    assertThat(q("-0.08%").format()).isEqualTo("-0.08%");
    assertThat(q("42")).hasToString("Quantity[42]");
  }

  @Test
  void extremeValuesAreWrittenWithAnExponentInsteadOfMillionsOfDigits() {
    Quantity huge = Quantity.of(new BigDecimal("1E+999999999"), Unit.YUAN);
    Quantity tiny = Quantity.of(new BigDecimal("-3E-999999999"), Unit.PERCENT);
    assertThat(huge.format()).isEqualTo("1E+999999999元");
    assertThat(tiny.format()).isEqualTo("-3E-999999999%");
    assertThat(Quantity.parse(huge.toString())).isEqualTo(huge);
    assertThat(Quantity.parse(tiny.toString())).isEqualTo(tiny);
  }

  /** Counterexamples the round-trip property found: values at the edge of BigDecimal's scale range. */
  static Stream<BigDecimal> edgeOfScaleRange() {
    return Stream.of(
        new BigDecimal(BigInteger.valueOf(-10), Integer.MIN_VALUE + 1), // toString gives -1.0E+2147483648
        new BigDecimal(BigInteger.valueOf(-100), Integer.MIN_VALUE + 1), // stripTrailingZeros overflows
        new BigDecimal(BigInteger.valueOf(15), Integer.MAX_VALUE),
        new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE));
  }

  @ParameterizedTest
  @MethodSource("edgeOfScaleRange")
  void valuesAtTheEdgeOfTheScaleRangeAreAcceptedAndReadBack(BigDecimal value) {
    Quantity quantity = Quantity.of(value, Unit.YUAN);
    assertThat(quantity.value()).isEqualByComparingTo(value);
    assertThat(Quantity.parse(quantity.toString())).isEqualTo(quantity);
  }

  /** Values from everyday to extreme, units from the constants to arbitrary classifiers. */
  static Gen<BigDecimal> values() {
    Gen<BigDecimal> ordinary = bigDecimals().ofBytes(8).withScale(4);
    Gen<BigDecimal> scaled = integers().between(-1_000_000, 1_000_000)
        .zip(integers().between(-300, 300), (unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
    Gen<BigDecimal> extreme = integers().all()
        .zip(arbitrary().pick(Integer.MIN_VALUE + 1, -999_999_999, 999_999_999, Integer.MAX_VALUE),
            (unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(5, ordinary),
        org.quicktheories.api.Pair.of(4, scaled),
        org.quicktheories.api.Pair.of(1, extreme));
  }

  static Gen<Unit> units() {
    Gen<Unit> known = arbitrary().pick(Unit.YUAN, Unit.QIAN_YUAN, Unit.WAN_YUAN, Unit.YI_YUAN, Unit.METRE,
        Unit.KILOMETRE, Unit.GONGLI, Unit.SQUARE_METRE, Unit.WAN_SQUARE_METRE, Unit.SQUARE_KILOMETRE,
        Unit.HECTARE, Unit.MU, Unit.WAN_MU, Unit.CUBIC_METRE, Unit.WAN_CUBIC_METRE, Unit.TON, Unit.WAN_TON,
        Unit.KILOGRAM, Unit.PERCENT, Unit.PERMILLE, Unit.PERCENTAGE_POINT, Unit.NONE);
    Gen<Unit> written = arbitrary().pick("座", "个", "人", "名", "人次", "万人", "户", "家", "元/月/人",
        "微克/立方米", "㎡", "km", "万", "亿", "E座", "e", "万千瓦", "批次").map(Unit::parse);
    Gen<Unit> anyHan = strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(1, 4).map(Unit::parse);
    return known.mix(written).mix(anyHan);
  }

  @Test
  void parseReadsToStringBack() {
    qt().forAll(values(), units())
        .checkAssert((value, unit) -> {
          Quantity quantity = Quantity.of(value, unit);
          assertThat(Quantity.parse(quantity.toString())).isEqualTo(quantity);
          assertThat(Quantity.parse(quantity.format())).isEqualTo(quantity);
        });
  }

  @Test
  void equalValuesHaveOneCanonicalForm() {
    qt().forAll(values(), integers().between(0, 5))
        .assuming((value, extraZeros) -> value.scale() <= Integer.MAX_VALUE - extraZeros)
        .checkAssert((value, extraZeros) -> {
          BigDecimal padded = value.setScale(value.scale() + extraZeros);
          assertThat(Quantity.of(padded, Unit.TON)).isEqualTo(Quantity.of(value, Unit.TON));
        });
  }

  /** An integer written out in full, however many zeros it ends in, is the same quantity as 1E+300. */
  @Test
  void anIntegerWrittenOutHasTheCanonicalFormOfItsExponentForm() {
    qt().forAll(integers().between(-1_000_000, 1_000_000), integers().between(0, 400))
        .checkAssert((unscaled, zeros) -> {
          BigDecimal exponent = new BigDecimal(BigInteger.valueOf(unscaled), -zeros);
          assertThat(Quantity.of(exponent.setScale(0), Unit.TON)).isEqualTo(Quantity.of(exponent, Unit.TON));
        });
  }

  @Test
  void conversionThereAndBackIsTheSameAmount() {
    Gen<Unit> money = arbitrary().pick(Unit.YUAN, Unit.QIAN_YUAN, Unit.WAN_YUAN, Unit.YI_YUAN);
    qt().forAll(bigDecimals().ofBytes(8).withScale(3), money, money)
        .checkAssert((value, from, to) -> {
          Quantity quantity = Quantity.of(value, from);
          Quantity converted = quantity.to(to);
          assertThat(converted.isEquivalentTo(quantity)).isTrue();
          assertThat(converted.to(from)).isEqualTo(quantity);
        });
  }
}
