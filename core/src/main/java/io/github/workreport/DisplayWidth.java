package io.github.workreport;

/**
 * The width of text in a terminal or a monospaced table, where CJK characters take two columns:
 * East Asian Width W and F (Unicode UAX #11) count two, combining marks and controls none,
 * everything else one (ambiguous characters such as “ ” … → ≥ as one, as terminals draw them in a
 * Chinese locale too). {@link Summary#toString()} and the command line align their tables with it,
 * and so can a program that prints a report.
 *
 * <pre>{@code
 * DisplayWidth.of("灞桥区");                      // 6
 * DisplayWidth.fit("目标增长7.5%，实际6.8%", 10);  // 目标增长7…
 * }</pre>
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  /**
   * The columns {@code text} takes.
   *
   * @param text the text
   * @return its width in columns
   */
  public static int of(CharSequence text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /**
   * The columns one code point takes: 0 for controls and combining marks, 2 for wide CJK, else 1.
   *
   * @param cp a code point
   * @return its width in columns
   */
  public static int of(int cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
      return 0;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || (type == Character.FORMAT && cp != 0xAD)) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  /** East Asian Width W or F (Unicode UAX #11), the ranges that occur in text. */
  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || cp == 0x2329 || cp == 0x232A
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xA960 && cp <= 0xA97F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE10 && cp <= 0xFE19)
        || (cp >= 0xFE30 && cp <= 0xFE6F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /**
   * {@code text} on one line and cut to at most {@code max} columns, an ellipsis marking the cut;
   * line breaks and tabs become spaces so that a cell never breaks the table.
   *
   * @param text the text
   * @param max the most columns, at least 1
   * @return the fitted text
   */
  public static String fit(String text, int max) {
    String line = text.replaceAll("[\\t\\r\\n\\f\\u2028\\u2029]+", " ").strip();
    if (of(line) <= max) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int w = of(cp);
      if (used + w > max - 1) {
        break;
      }
      out.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return out.append('…').toString();
  }

  /**
   * {@code text} cut from the front to at most {@code max} columns, so that the end stays: a path
   * keeps its file name ({@code …/2021/baqiao.xlsx}).
   *
   * @param text the text
   * @param max the most columns, at least 1
   * @return the fitted text
   */
  public static String fitEnd(String text, int max) {
    String line = text.replaceAll("[\\t\\r\\n\\f\\u2028\\u2029]+", " ").strip();
    if (of(line) <= max) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = line.length(); i > 0; ) {
      int cp = line.codePointBefore(i);
      int w = of(cp);
      if (used + w > max - 1) {
        break;
      }
      out.insert(0, Character.toChars(cp));
      used += w;
      i -= Character.charCount(cp);
    }
    return out.insert(0, '…').toString();
  }

  /**
   * {@code text} padded with spaces to {@code width} columns.
   *
   * @param text the text
   * @param width the columns to fill
   * @param right true to align right (spaces before), false to align left
   * @return the padded text, or {@code text} itself when it is already as wide
   */
  public static String pad(String text, int width, boolean right) {
    int pad = Math.max(0, width - of(text));
    return right ? " ".repeat(pad) + text : text + " ".repeat(pad);
  }
}
