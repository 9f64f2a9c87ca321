package io.github.workreport;

/**
 * Thrown when text that must be a value (a quantity, a unit, a policy) cannot be read as one. It
 * carries the text (cut to 64 characters) and the index where reading failed, as {@link
 * java.time.format.DateTimeParseException} does.
 */
public final class TextParseException extends WorkReportException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_INPUT = 64;

  private final String input;
  private final int index;

  /**
   * Creates the exception.
   *
   * @param what the kind of value expected, such as "quantity"
   * @param input the text that was read
   * @param index the zero-based index in {@code input} where reading failed
   */
  public TextParseException(String what, CharSequence input, int index) {
    super("cannot read " + what + " from \"" + cut(input) + "\" at index " + index);
    this.input = cut(input);
    this.index = index;
  }

  private static String cut(CharSequence input) {
    String text = String.valueOf(input);
    return text.length() <= MAX_INPUT ? text : text.substring(0, MAX_INPUT) + "…";
  }

  /** The text that was read, cut to 64 characters. @return the text */
  public String input() {
    return input;
  }

  /** The zero-based index where reading failed. @return the index */
  public int index() {
    return index;
  }
}
