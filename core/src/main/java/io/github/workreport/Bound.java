package io.github.workreport;

/**
 * How a target bounds its value: the comparator of the design's JSON format.
 */
public enum Bound {
  /** 以上, 不少于, 不低于, 超过: the value or more. */
  AT_LEAST("≥", "以上"),
  /** 以内, 以下, 不超过, 控制在, 压缩至: the value or less. */
  AT_MOST("≤", "以内"),
  /** 左右, 约: around the value; judged like {@link #AT_LEAST} unless the metric is a ceiling by nature. */
  ABOUT("≈", "左右"),
  /** A plain number: judged like {@link #AT_LEAST}. */
  EXACTLY("=", "");

  private final String symbol;
  private final String word;

  Bound(String symbol, String word) {
    this.symbol = symbol;
    this.word = word;
  }

  /** The mathematical symbol: ≥ ≤ ≈ =. @return the symbol */
  public String symbol() {
    return symbol;
  }

  /** The Chinese word written after the number (以上, 以内, 左右), or empty. @return the word */
  public String word() {
    return word;
  }
}
