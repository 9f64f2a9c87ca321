package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.workreport.TextParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class ChineseNumbersTest {

  // ------------------------------------------------------------------ parse

  static Stream<Arguments> numerals() {
    return Stream.of(
        Arguments.of("零", "0"),
        Arguments.of("〇", "0"),
        Arguments.of("一", "1"),
        Arguments.of("两", "2"),
        Arguments.of("十", "10"),
        Arguments.of("十三", "13"),
        Arguments.of("二十五", "25"),
        Arguments.of("一百零五", "105"),
        Arguments.of("一千二百", "1200"),
        Arguments.of("一千零五十", "1050"),
        Arguments.of("三万五千", "35000"),
        Arguments.of("十万零一十", "100010"),
        Arguments.of("一亿零一万", "100010000"),
        Arguments.of("三亿五千万", "350000000"),
        Arguments.of("一万亿", "1000000000000"),
        Arguments.of("一亿亿", "10000000000000000"),
        Arguments.of("两千", "2000"),
        Arguments.of("壹仟贰佰叁拾肆", "1234"),
        Arguments.of("三万五", "35000"),
        Arguments.of("一千二", "1200"),
        Arguments.of("二〇二二", "2022"),
        Arguments.of("三点一四", "3.14"),
        Arguments.of("负十七点五", "-17.5"),
        Arguments.of("1.5万", "15000"),
        Arguments.of("23.41万", "234100"),
        Arguments.of("258.77亿", "25877000000"),
        Arguments.of("3万5千", "35000"),
        Arguments.of(" 十三 ", "13"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("numerals")
  void parseReadsNumerals(String numeral, String value) {
    assertThat(ChineseNumbers.parse(numeral)).isEqualByComparingTo(new BigDecimal(value));
  }

  @Test
  void parseGivesNoTrailingZeros() {
    assertThat(ChineseNumbers.parse("一千二百").scale()).isZero();
    assertThat(ChineseNumbers.parse("三点五零")).isEqualTo(new BigDecimal("3.5"));
  }

  @ParameterizedTest
  @MethodSource("notNumerals")
  void parseRefusesWhatIsNoNumeral(String text, int index) {
    assertThatThrownBy(() -> ChineseNumbers.parse(text))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.index()).isEqualTo(index);
          assertThat(e.input()).isEqualTo(text.length() > 64 ? text.substring(0, 64) + "…" : text);
        });
  }

  static Stream<Arguments> notNumerals() {
    return Stream.of(
        Arguments.of("", 0),
        Arguments.of("   ", 3),
        Arguments.of("十三五", 2),   // digits run together: a plan's name, not a number
        Arguments.of("万", 0),
        Arguments.of("百", 0),
        Arguments.of("一百二千", 3),
        Arguments.of("三零万", 2),
        Arguments.of("三个", 1),
        Arguments.of("负", 0),
        Arguments.of("三点", 1),
        Arguments.of("x十", 0));
  }

  @Test
  void parseRefusesNumeralsLongerThanAnyRealOne() {
    String huge = "一" + "亿".repeat(1000);
    assertThatThrownBy(() -> ChineseNumbers.parse(huge)).isInstanceOf(TextParseException.class);
  }

  @Test
  void parseIsTotal() {
    Gen<String> numeralish = strings().betweenCodePoints(0, 0x10FFFF).ofLengthBetween(0, 12)
        .mix(strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(0, 8))
        .mix(integers().between(0, 20).zip(integers().between(0, 1_000_000), (n, seed) -> randomNumeral(n, seed)));
    qt().withExamples(20_000).forAll(numeralish).checkAssert(text -> {
      try {
        assertThat(ChineseNumbers.parse(text)).isNotNull();
      } catch (TextParseException expected) {
        assertThat(expected.index()).isBetween(0, Math.max(0, text.length()));
      }
    });
  }

  /** A string of numeral characters, well formed or not. */
  private static String randomNumeral(int length, int seed) {
    String alphabet = "零一二两三四五六七八九十百千万亿点负";
    StringBuilder out = new StringBuilder();
    java.util.Random random = new java.util.Random(seed);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  // ------------------------------------------------------------------ format

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of(0L, "零"),
        Arguments.of(10L, "十"),
        Arguments.of(12L, "十二"),
        Arguments.of(20L, "二十"),
        Arguments.of(105L, "一百零五"),
        Arguments.of(110L, "一百一十"),
        Arguments.of(1200L, "一千二百"),
        Arguments.of(1005L, "一千零五"),
        Arguments.of(35000L, "三万五千"),
        Arguments.of(100010L, "十万零一十"),
        Arguments.of(100_010_000L, "一亿零一万"),
        Arguments.of(1_000_000_000_000L, "一万亿"),
        Arguments.of(-17L, "负十七"));
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @MethodSource("formats")
  void formatWritesTheStandardReading(long n, String numeral) {
    assertThat(ChineseNumbers.format(n)).isEqualTo(numeral);
  }

  @Test
  void formatWritesLongExtremes() {
    assertThat(ChineseNumbers.parse(ChineseNumbers.format(Long.MAX_VALUE)))
        .isEqualByComparingTo(new BigDecimal(Long.MAX_VALUE));
    assertThat(ChineseNumbers.parse(ChineseNumbers.format(Long.MIN_VALUE)))
        .isEqualByComparingTo(new BigDecimal(Long.MIN_VALUE));
    assertThat(ChineseNumbers.format(BigInteger.TEN.pow(16))).isEqualTo("一亿亿");
  }

  @Test
  void formatThenParseRoundTripsUpToATrillion() {
    qt().withExamples(50_000).forAll(longs().between(0, 1_000_000_000_000L))
        .checkAssert(n -> assertThat(ChineseNumbers.parse(ChineseNumbers.format(n)))
            .isEqualByComparingTo(BigDecimal.valueOf(n)));
  }

  @Test
  void formatThenParseRoundTripsEveryNumberBelowOneHundredThousand() {
    for (long n = 0; n < 100_000; n++) {
      assertThat(ChineseNumbers.parse(ChineseNumbers.format(n)).longValueExact()).isEqualTo(n);
    }
  }

  @Test
  void formatThenParseRoundTripsAroundEveryPlace() {
    for (long place = 1; place <= 1_000_000_000_000L; place *= 10) {
      for (long delta = -12; delta <= 12; delta++) {
        long n = Math.max(0, place + delta);
        assertThat(ChineseNumbers.parse(ChineseNumbers.format(n)).longValueExact()).as("%d", n).isEqualTo(n);
        long m = place * 7 + delta * place / 10;
        assertThat(ChineseNumbers.parse(ChineseNumbers.format(m)).longValueExact()).as("%d", m).isEqualTo(m);
      }
    }
  }
}
