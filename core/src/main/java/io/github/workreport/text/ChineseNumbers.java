package io.github.workreport.text;

import io.github.workreport.TextParseException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Chinese numerals, read and written: {@code 一千二百} is 1200, {@code 三万五千} is 35000 and 35000 is
 * written {@code 三万五千}.
 *
 * <pre>{@code
 * ChineseNumbers.parse("二十五");      // 25
 * ChineseNumbers.parse("三点五");      // 3.5
 * ChineseNumbers.parse("1.5万");       // 15000
 * ChineseNumbers.format(100010);       // 十万零一十
 * }</pre>
 *
 * <p>{@link #parse} reads the digits 零〇一二两三四五六七八九 (and the financial and traditional
 * forms 壹贰叁肆伍陆柒捌玖, 兩貳參陸), the units 十百千万亿 (and 拾佰仟萬億, and 万万 as 亿), a leading 负
 * or 負, decimals after 点 or 點, and
 * Arabic numbers in place of digits ({@code 23.41万}, {@code 3万5千}). A numeral without units is
 * read digit by digit ({@code 二〇二二} is 2022). The colloquial elision of the last unit is read as
 * people read it: {@code 三万五} is 35000, {@code 一千二} is 1200. {@link #format} writes the standard
 * reading that {@link #parse} reads back, with 二 (not 两) and 十 (not 一十) at the start.
 *
 * <p>This class is thread-safe; it holds no state.
 */
public final class ChineseNumbers {
  private static final BigInteger WAN = BigInteger.valueOf(10_000L);
  private static final BigInteger YI = BigInteger.valueOf(100_000_000L);
  private static final String DIGITS = "零一二三四五六七八九";
  /** No real numeral is longer; the bound keeps arithmetic on hostile input linear. */
  static final int MAX_LENGTH = 64;

  private ChineseNumbers() {}

  /**
   * Each character's part in a numeral, one array load instead of a {@code switch} that compiles to
   * a branchy search: a digit's value plus one in the low four bits, a small unit's power of ten
   * times {@link #SMALL_UNIT}, or {@link #BIG_UNIT}; 0 for every other character.
   */
  private static final byte[] NUMERAL = new byte[Character.MAX_VALUE + 1];
  private static final int SMALL_UNIT = 16;
  private static final int BIG_UNIT = 64;

  static {
    String[] digits = {"零〇", "一壹", "二两兩贰貳", "三叁參", "四肆", "五伍", "六陆陸", "七柒", "八捌", "九玖"};
    for (int d = 0; d < digits.length; d++) {
      for (char c : digits[d].toCharArray()) {
        NUMERAL[c] = (byte) (d + 1);
      }
    }
    String[] smallUnits = {"十拾", "百佰", "千仟"};
    for (int power = 1; power <= smallUnits.length; power++) {
      for (char c : smallUnits[power - 1].toCharArray()) {
        NUMERAL[c] = (byte) (power * SMALL_UNIT);
      }
    }
    for (char c : "万萬亿億".toCharArray()) {
      NUMERAL[c] = (byte) BIG_UNIT;
    }
  }

  /**
   * The value of a Chinese numeral digit, or -1: 零〇 0, 一壹 1, 二两貳贰兩 2 … 九玖 9.
   *
   * @param c a character
   * @return the digit's value, or -1 if {@code c} is not a digit
   */
  static int digit(char c) {
    return (NUMERAL[c] & 15) - 1;
  }

  /** The power of ten of a unit character below 万: 十 1, 百 2, 千 3; 0 if not such a unit. */
  static int smallUnit(char c) {
    return (NUMERAL[c] & (3 * SMALL_UNIT)) / SMALL_UNIT;
  }

  /** Whether {@code c} is 万 or 亿 (or their traditional forms). */
  static boolean isBigUnit(char c) {
    return NUMERAL[c] == BIG_UNIT;
  }

  /**
   * Whether {@code c} is a numeral of the financial form (壹贰叁…拾佰仟), which cheques and contracts write
   * whole and which is never mixed with the common form (一二三…十百千); 零 and 万亿 belong to both.
   */
  static boolean isFinancial(char c) {
    return "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".indexOf(c) >= 0;
  }

  /** Whether {@code c} is a numeral of the common form, not of the financial one nor of both. */
  static boolean isCommonForm(char c) {
    return isNumeralChar(c) && !isFinancial(c) && !isBigUnit(c) && c != '零';
  }

  /** Whether {@code c} can appear in a Chinese numeral. */
  static boolean isNumeralChar(char c) {
    return NUMERAL[c] != 0;
  }

  /**
   * Reads a numeral: {@code 一千二百} gives 1200, {@code 三万五千} 35000, {@code 零} 0, {@code 负三点五}
   * -3.5, {@code 2.5亿} 250000000. Whitespace around the numeral is ignored.
   *
   * @param text the numeral
   * @return its exact value, without trailing zeros after the decimal point
   * @throws TextParseException if {@code text} is not a well-formed numeral or is longer than 64
   *     characters; the exception gives the index of the first character that cannot be read
   * @throws NullPointerException if {@code text} is null
   */
  public static BigDecimal parse(CharSequence text) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    int from = 0;
    int to = text.length();
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    BigDecimal value = parse(text, from, to);
    if (value == null) {
      throw new TextParseException("Chinese numeral", text, Math.max(from, errorIndex(text, from, to)));
    }
    return value;
  }

  /** Where reading {@code text[from, to)} first fails, for the exception; a best effort. */
  private static int errorIndex(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isNumeralChar(c) && !isPoint(c) && !isMinus(c) && c != '.' && !isAsciiDigit(c)) {
        return i;
      }
    }
    return to == from ? from : to - 1;
  }

  /**
   * Reads {@code text[from, to)} as a numeral, or returns null. Never throws for any input.
   */
  static BigDecimal parse(CharSequence text, int from, int to) {
    if (from >= to || to - from > MAX_LENGTH) {
      return null;
    }
    if (to - from == 1 && digit(text.charAt(from)) >= 0) {
      return BigDecimal.valueOf(digit(text.charAt(from))); // 三, 两: most numerals in prose are one digit
    }
    boolean negative = false;
    if (isMinus(text.charAt(from))) {
      negative = true;
      from++;
      if (from >= to) {
        return null;
      }
    }
    int point = -1;
    for (int i = from; i < to; i++) {
      if (isPoint(text.charAt(i))) {
        point = i;
        break;
      }
    }
    BigDecimal value;
    if (point >= 0) {
      BigDecimal whole = integerPart(text, from, point);
      BigDecimal fraction = fraction(text, point + 1, to);
      if (whole == null || fraction == null) {
        return null;
      }
      value = whole.add(fraction);
    } else {
      value = integerPart(text, from, to);
      if (value == null) {
        return null;
      }
    }
    value = canonical(value);
    return negative ? value.negate() : value;
  }

  private static BigDecimal canonical(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Digits after 点, each a Chinese or Arabic digit. */
  private static BigDecimal fraction(CharSequence text, int from, int to) {
    if (from >= to) {
      return null;
    }
    StringBuilder digits = new StringBuilder("0.");
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int d = isAsciiDigit(c) ? c - '0' : digit(c);
      if (d < 0) {
        return null;
      }
      digits.append((char) ('0' + d));
    }
    return new BigDecimal(digits.toString());
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** 点, or its traditional form 點: the decimal point of a numeral. */
  static boolean isPoint(char c) {
    return c == '点' || c == '點';
  }

  /** 负, or its traditional form 負: a minus sign written as a word. */
  static boolean isMinus(char c) {
    return c == '负' || c == '負';
  }

  /** Characters that make a word of the 负 after them: 税负 (a tax burden), 减负, 担负, 胜负. */
  private static final String BURDEN_WORDS = "税稅减減担擔肩抱胜勝自欠辜背正";

  /**
   * Whether the 负 at {@code at} is a minus sign (负2.7%, 增长负3%) and not the end of a word
   * (再减少企业税负3500亿元 reduces a burden by 3500亿元).
   */
  static boolean isMinusSign(CharSequence text, int at) {
    return isMinus(text.charAt(at)) && (at == 0 || BURDEN_WORDS.indexOf(text.charAt(at - 1)) < 0);
  }

  /**
   * The integer part: either a digit string (no units) or a positional numeral whose "digits" may
   * also be Arabic numbers.
   */
  private static BigDecimal integerPart(CharSequence text, int from, int to) {
    if (from >= to) {
      return null;
    }
    boolean units = false;
    boolean arabic = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (smallUnit(c) > 0 || isBigUnit(c)) {
        units = true;
      } else if (isAsciiDigit(c) || c == '.') {
        arabic = true;
      } else if (digit(c) < 0) {
        return null;
      }
    }
    if (!units) {
      if (arabic) {
        return arabicNumber(text, from, to);
      }
      StringBuilder digits = new StringBuilder(to - from);
      for (int i = from; i < to; i++) {
        digits.append((char) ('0' + digit(text.charAt(i))));
      }
      return new BigDecimal(digits.toString());
    }
    return positional(text, from, to);
  }

  private static BigDecimal arabicNumber(CharSequence text, int from, int to) {
    boolean point = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (point || i == from || i == to - 1) {
          return null;
        }
        point = true;
      } else if (!isAsciiDigit(c)) {
        return null;
      }
    }
    return new BigDecimal(text.subSequence(from, to).toString());
  }

  /**
   * A positional numeral. {@code total} holds whole 亿 groups, {@code wan} the 万 group, {@code
   * section} the part below 万 and {@code pending} a digit not yet given its unit.
   */
  private static BigDecimal positional(CharSequence text, int from, int to) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal wan = null;
    BigDecimal section = BigDecimal.ZERO;
    BigDecimal pending = null;
    int lastSmall = 4; // units inside a section must fall: 千 > 百 > 十
    int lastUnitPower = -1; // for the colloquial elision: 三万五 = 35000
    boolean zero = false;
    boolean anything = false;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      int d = digit(c);
      if (isAsciiDigit(c)) {
        int j = i;
        while (j < to && (isAsciiDigit(text.charAt(j)) || text.charAt(j) == '.')) {
          j++;
        }
        if (pending != null) {
          return null;
        }
        pending = arabicNumber(text, i, j);
        if (pending == null) {
          return null;
        }
        anything = true;
        i = j;
        continue;
      }
      if (d == 0) {
        if (pending != null) {
          return null; // 三零: digits run together
        }
        zero = true;
        anything = true;
        i++;
        continue;
      }
      if (d > 0) {
        if (pending != null) {
          return null;
        }
        pending = BigDecimal.valueOf(d);
        anything = true;
        i++;
        continue;
      }
      int small = smallUnit(c);
      if (small > 0) {
        if (small >= lastSmall) {
          return null; // 一百二千
        }
        BigDecimal multiplier = pending;
        if (multiplier == null) {
          // Only 十 may stand alone, at the start of a section or after 零: 十三, 三万十二, 三千零十二.
          if (small != 1 || section.signum() != 0 && !zero) {
            return null;
          }
          multiplier = BigDecimal.ONE;
        }
        section = section.add(multiplier.scaleByPowerOfTen(small));
        pending = null;
        zero = false;
        lastSmall = small;
        lastUnitPower = small;
        anything = true;
        i++;
        continue;
      }
      if ((c == '万' || c == '萬') && i + 1 < to && (text.charAt(i + 1) == '万' || text.charAt(i + 1) == '萬')) {
        c = '亿'; // 四万万 is 四亿, as older texts write it
        i++;
      }
      if (c == '万' || c == '萬') {
        BigDecimal group = pending == null ? section : section.add(pending);
        if (group.signum() == 0 || wan != null) {
          return null; // 万 alone, or 万 twice before 亿
        }
        wan = group.multiply(new BigDecimal(WAN));
        section = BigDecimal.ZERO;
        pending = null;
        zero = false;
        lastSmall = 4;
        lastUnitPower = 4;
        anything = true;
        i++;
        continue;
      }
      if (c == '亿' || c == '億') {
        BigDecimal group = (wan == null ? BigDecimal.ZERO : wan).add(section)
            .add(pending == null ? BigDecimal.ZERO : pending);
        BigDecimal all = total.add(group);
        if (all.signum() == 0) {
          return null;
        }
        total = all.multiply(new BigDecimal(YI));
        wan = null;
        section = BigDecimal.ZERO;
        pending = null;
        zero = false;
        lastSmall = 4;
        lastUnitPower = 8;
        anything = true;
        i++;
        continue;
      }
      return null;
    }
    if (!anything) {
      return null;
    }
    BigDecimal tail = BigDecimal.ZERO;
    if (pending != null) {
      // A final digit right after a unit, with no 零 between, stands for the next lower place.
      if (!zero && lastUnitPower >= 2 && pending.scale() <= 0 && pending.compareTo(BigDecimal.TEN) < 0) {
        tail = pending.scaleByPowerOfTen(lastUnitPower - 1);
      } else {
        tail = pending;
      }
    }
    BigDecimal result = total.add(wan == null ? BigDecimal.ZERO : wan).add(section).add(tail);
    return result.scale() < 0 ? result.setScale(0) : result;
  }

  /**
   * Writes {@code n} as a Chinese numeral in the standard reading: 0 {@code 零}, 12 {@code 十二},
   * 105 {@code 一百零五}, 35000 {@code 三万五千}, 100010 {@code 十万零一十}, 10<sup>12</sup>
   * {@code 一万亿}; negative numbers start with 负. {@link #parse} reads the result back to {@code n}.
   *
   * @param n a number
   * @return the numeral
   */
  public static String format(long n) {
    return format(BigInteger.valueOf(n));
  }

  /**
   * Writes an integer of any size as a Chinese numeral, as {@link #format(long)} does; groups above
   * 亿 repeat 亿 ({@code 一亿亿} is 10<sup>16</sup>).
   *
   * @param n a number
   * @return the numeral
   * @throws NullPointerException if {@code n} is null
   */
  public static String format(BigInteger n) {
    if (n.signum() == 0) {
      return "零";
    }
    StringBuilder out = new StringBuilder();
    if (n.signum() < 0) {
      out.append('负');
      n = n.negate();
    }
    appendNumber(out, n, true);
    return out.toString();
  }

  /** Appends {@code n > 0}; {@code leading} when nothing precedes it, so 十 may drop its 一. */
  private static void appendNumber(StringBuilder out, BigInteger n, boolean leading) {
    if (n.compareTo(YI) >= 0) {
      BigInteger[] parts = n.divideAndRemainder(YI);
      appendNumber(out, parts[0], leading);
      out.append('亿');
      appendRest(out, parts[1], YI.divide(BigInteger.TEN));
    } else if (n.compareTo(WAN) >= 0) {
      BigInteger[] parts = n.divideAndRemainder(WAN);
      appendBelowWan(out, parts[0].intValue(), leading);
      out.append('万');
      appendRest(out, parts[1], BigInteger.valueOf(1000));
    } else {
      appendBelowWan(out, n.intValue(), leading);
    }
  }

  /** The part after 亿 or 万: 零 when it does not fill the highest place, nothing when zero. */
  private static void appendRest(StringBuilder out, BigInteger rest, BigInteger highestPlace) {
    if (rest.signum() == 0) {
      return;
    }
    if (rest.compareTo(highestPlace) < 0) {
      out.append('零');
    }
    appendNumber(out, rest, false);
  }

  private static void appendBelowWan(StringBuilder out, int n, boolean leading) {
    int[] places = {1000, 100, 10, 1};
    char[] units = {'千', '百', '十', 0};
    boolean started = false;
    boolean zero = false;
    for (int p = 0; p < places.length; p++) {
      int d = n / places[p] % 10;
      if (d == 0) {
        zero = started;
        continue;
      }
      if (zero) {
        out.append('零');
        zero = false;
      }
      if (!(d == 1 && places[p] == 10 && !started && leading)) {
        out.append(DIGITS.charAt(d));
      }
      if (units[p] != 0) {
        out.append(units[p]);
      }
      started = true;
    }
  }
}
