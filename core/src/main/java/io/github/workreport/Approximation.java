package io.github.workreport;

/**
 * Which side of its written number an approximate figure lies on, as the words around it say. A
 * figure said to be about its number (约, 左右) has no side and no value of this type.
 *
 * <p>The classifier judges a figure equal to its target by the least favourable value the words
 * allow: nearly the target did not reach it, more than the target exceeded it, and the target
 * and some reached it (and, against a ceiling, went over it).
 */
public enum Approximation {
  /** 近, 接近, 将近, 不到, 不足: short of the number (近50亿元). */
  BELOW("近"),
  /**
   * 余, 多 after a count: the number and some, its last places dropped (1000余人). Reports write a
   * count so that reached its target, hence no more than the number is taken for granted.
   */
  AT_LEAST("余"),
  /** 超过, 逾, 翻了一番多: beyond the number. */
  ABOVE("超过");

  private final String word;

  Approximation(String word) {
    this.word = word;
  }

  /** The usual word for this side, such as 近. @return the word */
  public String word() {
    return word;
  }

  /**
   * The side of a sum of two figures, either of which may be exact ({@code null}): parts on one
   * side, or exact, keep it; parts on opposite sides leave none.
   *
   * @param a one part's side, or null
   * @param b the other's, or null
   * @return the sum's side, or null
   */
  public static Approximation ofSum(Approximation a, Approximation b) {
    if (a == null || a == b) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (a == BELOW || b == BELOW) {
      return null;
    }
    return ABOVE; // one part beyond, the other at least
  }
}
