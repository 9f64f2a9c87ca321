package io.github.workreport;

import io.github.workreport.internal.TupleStyle;
import java.math.BigDecimal;
import java.math.BigInteger;
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

  /**
   * How far from the decimal point a value's digits may lie and still be written out in full; beyond
   * it (no document has such numbers) {@link #format()} writes {@code 1E+400} so that a value built
   * from an extreme {@code BigDecimal} cannot make its text, or its canonical form, explode.
   */
  private static final int PLAIN_LIMIT = 100;

  @Value.Check
  AbstractQuantity normalize() {
    BigDecimal canonical = canonical(value());
    return canonical.equals(value()) ? this : Quantity.of(canonical, unit());
  }

  static BigDecimal canonical(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (value.scale() == 0 && value.precision() <= PLAIN_LIMIT) {
      // An integer written out in full is canonical as it is (most quantities, read or built);
      // longer ones may have more trailing zeros than the plain form keeps.
      return value;
    }
    BigDecimal stripped;
    try {
      stripped = value.stripTrailingZeros();
    } catch (ArithmeticException scaleOverflow) {
      // At the very edge of BigDecimal's range the zeros can only be stripped as far as the scale goes.
      BigInteger unscaled = value.unscaledValue();
      int scale = value.scale();
      BigInteger[] divided = unscaled.divideAndRemainder(BigInteger.TEN);
      while (scale > Integer.MIN_VALUE && divided[1].signum() == 0) {
        unscaled = divided[0];
        scale--;
        divided = unscaled.divideAndRemainder(BigInteger.TEN);
      }
      stripped = new BigDecimal(unscaled, scale);
    }
    return stripped.scale() < 0 && stripped.scale() >= -PLAIN_LIMIT ? stripped.setScale(0) : stripped;
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
    BigDecimal v = value();
    if (v.scale() <= PLAIN_LIMIT && v.scale() >= -PLAIN_LIMIT) {
      return v.toPlainString() + unit().symbol();
    }
    // Not BigDecimal.toString(): its normalised exponent can exceed what new BigDecimal(String)
    // reads back (1.0E+2147483648); digits times a power of ten keep the scale as it is.
    BigInteger digits = v.unscaledValue();
    long exponent = -(long) v.scale();
    if (exponent > Integer.MAX_VALUE) { // 1E+2147483648 is out of reach of the parser; 10E+2147483647 is not
      digits = digits.multiply(BigInteger.TEN);
      exponent--;
    }
    return digits + (exponent < 0 ? "E" : "E+") + exponent + unit().symbol();
  }

  /** {@code Quantity[258.77亿元]}, which {@link #parse} reads back. @return the text */
  @Override
  public String toString() {
    return "Quantity[" + format() + "]";
  }
}
