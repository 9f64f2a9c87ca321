package io.github.workreport;

import io.github.workreport.internal.TupleStyle;
import org.immutables.value.Value;

/**
 * Where a piece of text lies in a longer one: a half-open range of {@code char} indexes {@code
 * [start, end)}, as {@link String#substring(int, int)} takes it. Targets carry the span of their
 * words in the task text, measures theirs in the narrative.
 */
@TupleStyle
@Value.Immutable
abstract class AbstractSpan {

  /** The first index. @return the start, zero or more */
  @Value.Parameter
  public abstract int start();

  /** The index after the last. @return the end, not less than the start */
  @Value.Parameter
  public abstract int end();

  @Value.Check
  void check() {
    if (start() < 0 || end() < start()) {
      throw new IllegalArgumentException("span [" + start() + ", " + end() + ") is not a range");
    }
  }

  /** The number of chars covered. @return the length */
  public int length() {
    return end() - start();
  }

  /**
   * The covered text of {@code text}.
   *
   * @param text the text the span refers to
   * @return the covered part
   * @throws IndexOutOfBoundsException if the span does not lie within {@code text}
   */
  public String of(CharSequence text) {
    return text.subSequence(start(), end()).toString();
  }

  @Override
  public String toString() {
    return "[" + start() + ", " + end() + ")";
  }
}
