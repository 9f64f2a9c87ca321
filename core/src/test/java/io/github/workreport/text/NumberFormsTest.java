package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.workreport.Quantity;
import io.github.workreport.Unit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers as any writer writes them: each form of writing a number that reports use, read to its
 * one value, and the law behind them — for every value and every way of writing it that the
 * scanner claims to read (Arabic, full-width, Chinese numerals simplified and traditional, with
 * thousands separators, with 万/亿 scales, with a sign word), scanning gives exactly that value and
 * never another number. A wrong value is worse than none.
 */
class NumberFormsTest {

  /** The one quantity of {@code text}, as "value unit" with the unit's symbol, or "-" for none. */
  static String quantity(String text) {
    List<String> found = new ArrayList<>();
    for (Mention m : NumberScanner.scan(text)) {
      if (m.isQuantity()) {
        found.add(m.value.stripTrailingZeros().toPlainString() + (m.upper == null ? "" : "~" + m.upper.toPlainString())
            + " " + m.symbol());
      }
    }
    return found.isEmpty() ? "-" : String.join(" | ", found);
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        // Chinese decimals after 百分之, and 点 in any numeral
        Arguments.of("增长百分之六点五", "6.5 %"),
        Arguments.of("下降百分之零点八", "0.8 %"),
        Arguments.of("提高零点五个百分点", "0.5 个百分点"),
        // 负 as a sign
        Arguments.of("增长负2.7%", "-2.7 %"),
        Arguments.of("负零点八千米", "-0.8 千米"),
        Arguments.of("增长-17.5%", "-17.5 %"),
        // full-width thousands separators
        Arguments.of("完成１，２３０个", "1230 个"),
        Arguments.of("增长百分之１，０５０", "1050 %"),
        Arguments.of("投资1,234.5万元", "1234.5 万元"),
        // a unit ends where its word ends
        Arguments.of("补贴3人民币", "3 元"),
        Arguments.of("选派3个人员", "-"),
        Arguments.of("涉及3台州企业", "-"),
        // ranges give both ends
        Arguments.of("增长3%-5%", "3~5 %"),
        Arguments.of("增长5-20%", "5~20 %"),
        Arguments.of("建设3到5万平方米", "3~5 万平方米"),
        // 个百分点 after Chinese numerals
        Arguments.of("降低两个百分点", "2 个百分点"),
        Arguments.of("再降一个百分点", "1 个百分点"),
        // traditional characters
        Arguments.of("降低3個百分點", "3 个百分点"),
        Arguments.of("投資5萬元", "5 万元"),
        Arguments.of("收入2億元", "2 亿元"),
        Arguments.of("造林300公頃", "300 公顷"),
        Arguments.of("增長三點五%", "3.5 %"),
        Arguments.of("新建兩座", "2 座"),
        // 一, 两, 半 before a unit of measure; the indefinite article before a classifier
        Arguments.of("减少近一吨", "1 吨"),
        Arguments.of("运输一吨半", "1.5 吨"),
        Arguments.of("长两米半", "2.5 米"),
        Arguments.of("修路一公里", "1 公里"),
        Arguments.of("建成一批项目", "-"),
        Arguments.of("打造一个平台", "-"),
        // a lone numeral and classifier after a noun: a count where it ends the clause, a name inside it
        Arguments.of("改造提升农贸市场五个", "5 个"),
        Arguments.of("已建成社区食堂四个，剩余一个正在施工", "4 个"),
        Arguments.of("践行“三个代表”", "-"),
        Arguments.of("实现四个全覆盖", "-"),
        // Latin unit symbols after digits; names refused
        Arguments.of("道路250m", "250 米"),
        Arguments.of("管网30km", "30 km"),
        Arguments.of("每人5kg", "5 千克"),
        Arguments.of("装机12万kW", "12 万千瓦"),
        Arguments.of("建筑面积3.5万m²", "3.5 万m²"),
        Arguments.of("建设5G基站", "-"),
        Arguments.of("PM2.5浓度", "-"),
        Arguments.of("110KV变电站", "-"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("forms")
  void eachFormReadsToItsOneValue(String text, String expected) {
    assertThat(quantity(text)).isEqualTo(expected);
  }

  static Stream<Arguments> numerals() {
    return Stream.of(
        Arguments.of("負三十二", "-32"),
        Arguments.of("四萬萬", "400000000"),
        Arguments.of("四万万", "400000000"),
        Arguments.of("一百零一万零三千零十二", "1013012"),
        Arguments.of("三點五", "3.5"),
        Arguments.of("兩千", "2000"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("numerals")
  void chineseNumbersReadsTheNumeralsOneWrites(String numeral, String value) {
    assertThat(ChineseNumbers.parse(numeral)).isEqualByComparingTo(new BigDecimal(value));
  }

  // --------------------------------------------------------------------------------- the law

  private static final String WIDE_DIGITS = "０１２３４５６７８９";

  /** Every way the scanner claims to read {@code v}, each paired with the scale it writes (1, 万, 亿). */
  static List<String[]> writings(BigDecimal v) {
    List<String[]> out = new ArrayList<>();
    boolean negative = v.signum() < 0;
    BigDecimal abs = v.abs();
    String plain = abs.toPlainString();
    String sign = negative ? "-" : "";
    out.add(new String[] {sign + plain, ""});
    out.add(new String[] {(negative ? "负" : "") + plain, ""});
    out.add(new String[] {(negative ? "－" : "") + wide(plain), ""});
    String grouped = grouped(plain, ',');
    if (!grouped.equals(plain)) {
      out.add(new String[] {sign + grouped, ""});
      out.add(new String[] {(negative ? "负" : "") + wide(grouped(plain, '，')), ""});
    }
    String chinese = chinese(abs);
    out.add(new String[] {(negative ? "负" : "") + chinese, ""});
    out.add(new String[] {(negative ? "負" : "") + traditional(chinese), ""});
    for (int power : new int[] {4, 8}) {
      BigDecimal scaled = abs.movePointLeft(power).stripTrailingZeros();
      if (scaled.scale() <= 4 && scaled.compareTo(BigDecimal.ONE) >= 0) {
        String word = power == 4 ? "万" : "亿";
        out.add(new String[] {sign + scaled.toPlainString() + word, word});
        out.add(new String[] {(negative ? "負" : "") + wide(scaled.toPlainString()) + (power == 4 ? "萬" : "億"), word});
      }
    }
    return out;
  }

  private static String wide(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? WIDE_DIGITS.charAt(c - '0') : c == '.' ? '．' : c);
    }
    return out.toString();
  }

  private static String grouped(String plain, char comma) {
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(comma);
      }
      out.append(whole.charAt(i));
    }
    return out + (point < 0 ? "" : plain.substring(point));
  }

  private static String chinese(BigDecimal abs) {
    BigInteger whole = abs.toBigInteger();
    String out = ChineseNumbers.format(whole);
    BigDecimal fraction = abs.subtract(new BigDecimal(whole));
    if (fraction.signum() != 0) {
      String digits = fraction.stripTrailingZeros().toPlainString().substring(2);
      StringBuilder f = new StringBuilder("点");
      for (char c : digits.toCharArray()) {
        f.append("零一二三四五六七八九".charAt(c - '0'));
      }
      out += f;
    }
    return out;
  }

  private static String traditional(String s) {
    return s.replace('万', '萬').replace('亿', '億').replace('点', '點');
  }

  @Test
  void everyWritingOfAValueReadsToExactlyThatValue() {
    qt().withExamples(3_000)
        .forAll(longs().between(-999_999_999_999L, 999_999_999_999L).mix(longs().between(-2_000L, 2_000L), 50),
            integers().between(0, 3))
        .checkAssert((unscaled, scale) -> {
          BigDecimal v = BigDecimal.valueOf(unscaled, scale);
          for (String[] writing : writings(v)) {
            String text = "完成" + writing[0] + "吨。";
            List<Mention> quantities = new ArrayList<>();
            for (Mention m : NumberScanner.scan(text)) {
              if (m.isQuantity()) {
                quantities.add(m);
              }
            }
            assertThat(quantities).as(text).hasSize(1);
            Quantity q = quantities.get(0).quantity();
            BigDecimal tons = q.unit().convert(q.value(), Unit.TON);
            assertThat(tons).as(text).isEqualByComparingTo(v);
          }
        });
  }
}
