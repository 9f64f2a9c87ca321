package io.github.workreport.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * How the model writes numbers: the canonical value of a quantity and its text, written straight
 * into a {@link StringBuilder}. Not exported: the model ({@code Quantity.format()}) and the rules
 * (explanations) share it so that both write every number the same way, and the values a document
 * has (at most eighteen digits, a few decimals) are written without the intermediate strings of
 * {@link BigDecimal#toPlainString()}. It also holds the one constant the text readers and the rules
 * share ({@link #HUNDRED}).
 */
public final class Decimals {
  /**
   * One hundred: the whole in percent (完成率100%) and the factor between a fraction and a
   * percentage, for the readers and the rules alike.
   */
  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * How far from the decimal point a value's digits may lie and still be written out in full; beyond
   * it (no document has such numbers) a value is written {@code 1E+400}, so that a value built from
   * an extreme {@code BigDecimal} cannot make its text, or its canonical form, explode.
   */
  public static final int PLAIN_LIMIT = 100;

  /** Values of at most this many digits and decimals are written from a {@code long}. */
  private static final int LONG_DIGITS = 18;

  private static final long[] POWERS_OF_TEN = new long[LONG_DIGITS + 1];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i <= LONG_DIGITS; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private Decimals() {}

  /**
   * The canonical form of a value: without trailing zeros, and an integer written out in full
   * (scale zero) unless its digits lie beyond {@link #PLAIN_LIMIT}; zero is {@link BigDecimal#ZERO}.
   *
   * @param value a value
   * @return the canonical value, {@code value} itself when it is canonical
   */
  public static BigDecimal canonical(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (value.scale() == 0 && value.precision() <= PLAIN_LIMIT) {
      // An integer written out in full is canonical as it is (most quantities, read or built);
      // longer ones may have more trailing zeros than the plain form keeps.
      return value;
    }
    int scale = value.scale();
    if (scale > 0 && scale <= LONG_DIGITS && value.precision() <= LONG_DIGITS
        && value.scaleByPowerOfTen(scale).longValue() % 10 != 0) {
      return value; // a decimal of a document (7.5) has no trailing zero to strip
    }
    BigDecimal stripped;
    try {
      stripped = value.stripTrailingZeros();
    } catch (ArithmeticException scaleOverflow) {
      // At the very edge of BigDecimal's range the zeros can only be stripped as far as the scale goes.
      BigInteger unscaled = value.unscaledValue();
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
   * A value as a quantity's text writes it ({@link #appendFormatted}), followed by {@code suffix}.
   *
   * @param value a value
   * @param suffix what follows the number, such as a unit's symbol
   * @return the text
   */
  public static String format(BigDecimal value, String suffix) {
    if (value.scale() == 0 && value.precision() <= LONG_DIGITS) {
      return value.longValue() + suffix; // one string, no intermediate one for the digits
    }
    return appendFormatted(new StringBuilder(value.precision() + 4 + suffix.length()), value).append(suffix).toString();
  }

  /**
   * Appends a value as a quantity's text writes it: in plain decimal notation while its digits lie
   * within {@link #PLAIN_LIMIT} places of the decimal point, else as digits times a power of ten
   * ({@code 1E+400}).
   *
   * @param out where to write
   * @param value a value
   * @return {@code out}
   */
  public static StringBuilder appendFormatted(StringBuilder out, BigDecimal value) {
    int scale = value.scale();
    if (scale >= 0 && scale <= LONG_DIGITS && value.precision() <= LONG_DIGITS) {
      return appendDigits(out, value, scale, false);
    }
    if (scale <= PLAIN_LIMIT && scale >= -PLAIN_LIMIT) {
      return out.append(value.toPlainString());
    }
    // Not BigDecimal.toString(): its normalised exponent can exceed what new BigDecimal(String)
    // reads back (1.0E+2147483648); digits times a power of ten keep the scale as it is.
    BigInteger digits = value.unscaledValue();
    long exponent = -(long) scale;
    if (exponent > Integer.MAX_VALUE) { // 1E+2147483648 is out of reach of the parser; 10E+2147483647 is not
      digits = digits.multiply(BigInteger.TEN);
      exponent--;
    }
    return out.append(digits).append(exponent < 0 ? "E" : "E+").append(exponent);
  }

  /**
   * Appends the canonical form of a value ({@link #canonical}) as {@link #appendFormatted} writes
   * it: {@code 0.50} as {@code 0.5}, {@code 5.0} as {@code 5}.
   *
   * @param out where to write
   * @param value a value
   * @return {@code out}
   */
  public static StringBuilder appendCanonical(StringBuilder out, BigDecimal value) {
    int scale = value.scale();
    if (scale >= 0 && scale <= LONG_DIGITS && value.precision() <= LONG_DIGITS) {
      return appendDigits(out, value, scale, true);
    }
    return appendFormatted(out, canonical(value));
  }

  /** A value of at most eighteen digits and decimals, its trailing decimal zeros dropped if asked. */
  private static StringBuilder appendDigits(StringBuilder out, BigDecimal value, int scale, boolean stripZeros) {
    long unscaled = scale == 0 ? value.longValue() : value.scaleByPowerOfTen(scale).longValue();
    if (scale == 0) {
      return out.append(unscaled);
    }
    if (unscaled < 0) {
      out.append('-');
      unscaled = -unscaled;
    }
    long power = POWERS_OF_TEN[scale];
    long fraction = unscaled % power;
    out.append(unscaled / power);
    if (stripZeros) {
      if (fraction == 0) {
        return out;
      }
      while (fraction % 10 == 0) {
        fraction /= 10;
        scale--;
      }
    }
    out.append('.');
    // leading zeros of the decimals: 0.05 has fraction 5 in two places
    for (int places = scale - 1; places > 0 && fraction < POWERS_OF_TEN[places]; places--) {
      out.append('0');
    }
    return out.append(fraction);
  }
}
