package io.github.workreport;

import io.github.workreport.internal.Decimals;
import io.github.workreport.internal.TupleStyle;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A quantity with its unit, such as {@code 258.77亿元}, {@code 7.5%} or {@code 15座}.
 *
 * <p>The value is an exact {@link BigDecimal}, kept without trailing zeros so that {@code 7.50%}
 * and {@code 7.5%} are equal values. {@link #equals} compares value and unit as written; {@link
 * #compareTo} compares amounts across units of the same dimension, so {@code 258.77亿元} and {@code
 * 2587700万元} compare as equal though they are not {@code equals}. Comparing or converting across
 * dimensions ({@code 人} and {@code 元}) throws {@link IncommensurableUnitsException}.
 *
 * <p>{@link #toString()} gives {@code Quantity[258.77亿元]} and {@link #parse(CharSequence)} reads it
 * back, as well as the bare {@code 258.77亿元}. This class is immutable and thread-safe.
 */
@TupleStyle
@Value.Immutable
abstract class AbstractQuantity implements Comparable<Quantity> {

  /** The exact value, without trailing zeros. @return the value */
  @Value.Parameter
  public abstract BigDecimal value();

  /** The unit. @return the unit */
  @Value.Parameter
  public abstract Unit unit();

  @Value.Check
  AbstractQuantity normalize() {
    BigDecimal canonical = Decimals.canonical(value());
    return canonical.equals(value()) ? this : Quantity.of(canonical, unit());
  }

  /**
   * Reads a quantity written as {@code 258.77亿元}, {@code -17.5%}, {@code 15 座} or as this class's
   * {@code toString()}, {@code Quantity[258.77亿元]}. The number is plain ASCII decimal notation,
   * optionally with an exponent ({@code 1E+400}, as {@link #format()} writes values far from one);
   * the text parsers in {@code io.github.workreport.text} read the many other ways documents write
   * numbers.
   *
   * @param text the quantity
   * @return the quantity
   * @throws TextParseException if the text is not a number followed by a unit; its {@link
   *     TextParseException#index() index} points into {@code text}
   */
  public static Quantity parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int start = 0;
    int end = s.length();
    while (start < end && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (s.startsWith("Quantity[", start) && end > start && s.charAt(end - 1) == ']') {
      start += "Quantity[".length();
      end--;
    }
    int i = start;
    if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    int integerFrom = i;
    i = skipDigits(s, i, end);
    if (i == integerFrom) {
      throw new TextParseException("quantity", text, i);
    }
    if (i < end && s.charAt(i) == '.') {
      int fractionFrom = i + 1;
      i = skipDigits(s, fractionFrom, end);
      if (i == fractionFrom) {
        throw new TextParseException("quantity", text, fractionFrom - 1);
      }
    }
    if (i + 1 < end && (s.charAt(i) == 'E' || s.charAt(i) == 'e')) {
      int exponentFrom = s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-' ? i + 2 : i + 1;
      int exponentTo = skipDigits(s, exponentFrom, end);
      if (exponentTo > exponentFrom) { // otherwise the E starts the unit
        i = exponentTo;
      }
    }
    BigDecimal value;
    try {
      value = new BigDecimal(s.substring(start, i));
    } catch (NumberFormatException exponentOutOfRange) {
      throw new TextParseException("quantity", text, start);
    }
    try {
      return Quantity.of(value, Unit.parse(s.substring(i, end)));
    } catch (TextParseException badUnit) {
      throw new TextParseException("quantity", text, i + badUnit.index());
    }
  }

  private static int skipDigits(String s, int from, int end) {
    int i = from;
    while (i < end && isAsciiDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Expresses this quantity in another unit of the same dimension: {@code 258.77亿元} to {@code 万元}
   * gives {@code 2587700万元}. Exact except for conversions from {@code 亩} to decimal area units, see
   * {@link Unit#convert}.
   *
   * @param target the unit
   * @return the same amount in {@code target}
   * @throws IncommensurableUnitsException if the units cannot be compared
   */
  public Quantity to(Unit target) {
    return Quantity.of(unit().convert(value(), target), target);
  }

  /**
   * Whether this quantity can be compared with {@code other}.
   *
   * @param other another quantity
   * @return true when the units are commensurable
   */
  public boolean isComparableWith(Quantity other) {
    return unit().isCommensurableWith(other.unit());
  }

  /**
   * Compares amounts exactly, across units of one dimension.
   *
   * @param other another quantity
   * @return negative, zero or positive
   * @throws IncommensurableUnitsException if the units cannot be compared
   */
  @Override
  public int compareTo(Quantity other) {
    return unit().compare(value(), other.unit(), other.value());
  }

  /**
   * Whether the two quantities are the same amount, such as {@code 1公里} and {@code 1000米}.
   *
   * @param other another quantity
   * @return true when they compare as equal
   * @throws IncommensurableUnitsException if the units cannot be compared
   */
  public boolean isEquivalentTo(Quantity other) {
    return compareTo(other) == 0;
  }

  /**
   * The quantity as a document writes it: {@code 258.77亿元}. A value whose digits lie more than a
   * hundred places from the decimal point is written with an exponent ({@code 1E+400元}), which
   * {@link #parse} reads back.
   *
   * @return the text
   */
  public String format() {
    return Decimals.format(value(), unit().symbol());
  }

  /** {@code Quantity[258.77亿元]}, which {@link #parse} reads back. @return the text */
  @Override
  public String toString() {
    return "Quantity[" + format() + "]";
  }
}
