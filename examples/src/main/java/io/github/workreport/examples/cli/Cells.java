package io.github.workreport.examples.cli;

/**
 * Display width of text in a terminal, where CJK characters take two columns: East Asian Width W
 * and F (Unicode UAX #11) count two, combining marks and controls none, everything else one
 * (ambiguous characters such as “ ” … → ≥ as one, as terminals draw them in a Chinese locale too).
 */
final class Cells {
  private Cells() {}

  static int width(CharSequence text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      width += width(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  static int width(int cp) {
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
   */
  static String fit(String text, int max) {
    String line = text.replaceAll("[\\t\\r\\n\\f\\u2028\\u2029]+", " ").strip();
    if (width(line) <= max) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int w = width(cp);
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
   */
  static String fitEnd(String text, int max) {
    String line = text.replaceAll("[\\t\\r\\n\\f\\u2028\\u2029]+", " ").strip();
    if (width(line) <= max) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = line.length(); i > 0; ) {
      int cp = line.codePointBefore(i);
      int w = width(cp);
      if (used + w > max - 1) {
        break;
      }
      out.insert(0, Character.toChars(cp));
      used += w;
      i -= Character.charCount(cp);
    }
    return out.insert(0, '…').toString();
  }

  /** {@code text} padded with spaces to {@code width} columns, on the right or the left. */
  static String pad(String text, int width, boolean right) {
    int pad = Math.max(0, width - width(text));
    return right ? " ".repeat(pad) + text : text + " ".repeat(pad);
  }
}
