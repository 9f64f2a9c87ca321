package io.github.workreport;

/**
 * What a number says about its subject: a change (growth or decline, in percent or of a count or
 * amount: 增长8%, 重污染天数减少5天), a level reached, or a count or amount accumulated. Targets and
 * measures share the kinds, so that a growth target is judged against a growth measure.
 */
public enum Kind {
  /** 增长 x%: a growth rate; 增加 x 天: a count grown by that much. */
  GROWTH("增长"),
  /** 下降 x%, 减少 x 起: a decline, its magnitude positive. */
  DECLINE("下降"),
  /** 达到/提高到 x: a level, a rate or share reached. */
  LEVEL("达到"),
  /** x 座/家/个: things counted. */
  COUNT(""),
  /** x 万元/千米/平方米: an amount of money, length, area or mass. */
  AMOUNT("");

  private final String word;

  Kind(String word) {
    this.word = word;
  }

  /** The word a document puts before the number (增长, 下降, 达到), or empty. @return the word */
  public String word() {
    return word;
  }

  /** Whether values of this kind accumulate over the year (counts and amounts). @return true if cumulative */
  public boolean isCumulative() {
    return this == COUNT || this == AMOUNT;
  }

  /** Whether this kind is a rate of change (growth or decline). @return true if a change */
  public boolean isChange() {
    return this == GROWTH || this == DECLINE;
  }
}
