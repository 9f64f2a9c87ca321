package io.github.workreport.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * One cell as read from a sheet: text, or a number with the way it is formatted (plain, percent,
 * date). A cell that lies inside a merged region carries the region's index, so that rows sharing
 * a merged 序号 can be told apart from rows that merely repeat a value.
 */
final class Cell {
  enum Format { PLAIN, PERCENT, DATE }

  /** Excel computes and shows numbers to 15 significant digits; more digits are binary noise. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

  final String text;
  final BigDecimal number;
  final Format format;
  final int merge;

  private Cell(String text, BigDecimal number, Format format, int merge) {
    this.text = text;
    this.number = number;
    this.format = format;
    this.merge = merge;
  }

  static Cell text(String text) {
    return new Cell(text, null, Format.PLAIN, -1);
  }

  static Cell number(BigDecimal value, Format format) {
    return new Cell(value.toPlainString(), value, format, -1);
  }

  Cell inMerge(int region) {
    return new Cell(text, number, format, region);
  }

  boolean isNumber() {
    return number != null;
  }

  boolean isBlank() {
    return number == null && text.isBlank();
  }

  /**
   * A number as Excel stores it ({@code 5.2000000000000002}) at the 15 significant digits Excel
   * shows, without trailing zeros: {@code 5.2}.
   */
  static BigDecimal ofDouble(double value) {
    if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
      return BigDecimal.ZERO;
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return BigDecimal.valueOf((long) value);
    }
    return strip(new BigDecimal(value).round(EXCEL_DIGITS));
  }

  /** The {@code <v>} text of an OOXML number cell, read as {@link #ofDouble} would read it. */
  static BigDecimal ofStored(String v) {
    int digits = 0;
    boolean plain = true;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c != '.' && c != '-') {
        plain = false;
        break;
      }
    }
    if (plain && digits <= 15 && digits > 0) {
      return strip(new BigDecimal(v));
    }
    return ofDouble(Double.parseDouble(v));
  }

  static BigDecimal strip(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  @Override
  public String toString() {
    return text;
  }
}
