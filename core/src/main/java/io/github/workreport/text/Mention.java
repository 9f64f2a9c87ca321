package io.github.workreport.text;

import io.github.workreport.Approximation;
import io.github.workreport.Kind;
import io.github.workreport.Quantity;
import io.github.workreport.TextParseException;
import io.github.workreport.Unit;
import io.github.workreport.text.Lexicon.UnitClass;
import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A number as a text mentions it, with what the scanner saw around it: the unit, a scale
 * (万/亿), approximation words, a range. Mutable while the scanner and the parsers work on it; never
 * leaves the package.
 */
final class Mention {

  /** What the number is. */
  enum Type {
    /** A quantity with a unit: a candidate target or measure. */
    QUANTITY,
    /** A date or part of one: 2020年, 9月. */
    DATE,
    /** Anything else: an ordinal, a name, a code, a number without a unit. */
    OTHER
  }

  Type type = Type.OTHER;
  /** The first character of the number (its sign, 百分之, or its first digit). */
  int start;
  /** Where the number's sentence starts (after the last 。；！？ or line end before it). */
  int sentenceStart;
  /** The start of an approximation word directly before the number (近, 约, 超过), else {@link #start}. */
  int prefixStart;
  /** That word, or empty. */
  String prefix = "";
  /** After the digits, the scale and 余/多, before the unit. */
  int numberEnd;
  int unitStart;
  int unitEnd;
  /** After the unit, a compound unit's tail and the second number of a range. */
  int end;
  /** The value as written; the scale belongs to the unit (23.41 in 23.41万平方米). */
  BigDecimal value;
  /** The upper end of a range, in the same unit, else null. */
  BigDecimal upper;
  /** 万, 亿 or 万亿 written between the number and its unit, else empty. */
  String scale = "";
  /** The unit as {@code Unit.parse} reads it, without the scale; empty when none. */
  String unitSymbol = "";
  UnitClass unitClass = UnitClass.NONE;
  boolean chinese;
  /** A place in a ranking (排名全省第4位), or a target's place to keep (保持全省前5位): lower is better. */
  boolean rank;
  /** A ratio's first term, its second 1 (生师比19:1, 之比2.3∶1): {@link #end} is past the 1. */
  boolean toOne;
  boolean approximate;
  /**
   * For a multiple read as a percentage, the change its own words make it whatever the words before
   * say: a growth (是上年的2倍, 增产一成) or a decline (减半); else null.
   */
  Kind change;
  /** The side the approximation words give (近: below), else null: exact, or either side (约). */
  Approximation approximation;
  /** For a date: the year (2020年) or month (9月), else -1. */
  int year = -1;
  int month = -1;
  /** For a range of years (2019年至2020年): the last year, else -1. */
  int lastYear = -1;

  /**
   * Marks the number approximate, on {@code side} (null: either side). Words that disagree (近42余家)
   * leave it either side, as do words without a side (约1000余人).
   */
  void approximately(Approximation side) {
    approximation = !approximate || approximation == side ? side : null;
    approximate = true;
  }

  /** The unit symbol with its scale: 万平方米. */
  String symbol() {
    return scale.isEmpty() ? unitSymbol : scale + unitSymbol;
  }

  boolean isQuantity() {
    return type == Type.QUANTITY;
  }

  /** The quantity, or null if the unit cannot be read (it always can for scanned units). */
  Quantity quantity() {
    return quantity(value);
  }

  Quantity quantity(BigDecimal v) {
    Unit unit = unit(symbol());
    return unit == null ? null : Quantity.of(v, unit);
  }

  /** Units by symbol: the scanner's symbols come from a small vocabulary, so a bounded cache serves. */
  private static final ConcurrentHashMap<String, Unit> UNITS = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 4096;

  private static Unit unit(String symbol) {
    Unit unit = UNITS.get(symbol);
    if (unit != null) {
      return unit;
    }
    try {
      unit = Unit.parse(symbol);
    } catch (TextParseException e) {
      return null;
    }
    if (UNITS.size() < MAX_CACHED) {
      UNITS.put(symbol, unit);
    }
    return unit;
  }

  @Override
  public String toString() {
    return type + "[" + start + "," + end + ") " + (prefix.isEmpty() ? "" : prefix) + value
        + (upper == null ? "" : "~" + upper) + symbol() + (approximate ? " approx" : "");
  }
}
