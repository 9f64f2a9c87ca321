package io.github.workreport;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal with Chinese text in it: CJK characters
 * take two columns (East Asian Width W and F), combining marks none. Used by {@link
 * Summary#toString()}; not API.
 */
final class TextColumns {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] rightAligned;

  TextColumns(boolean... rightAligned) {
    this.rightAligned = rightAligned.clone();
  }

  TextColumns row(Object... cells) {
    String[] row = new String[rightAligned.length];
    for (int i = 0; i < row.length; i++) {
      row[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
    }
    rows.add(row);
    return this;
  }

  void appendTo(StringBuilder out, String indent) {
    int[] widths = new int[rightAligned.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < row.length; i++) {
        int pad = widths[i] - width(row[i]);
        if (i > 0) {
          line.append("  ");
        }
        if (rightAligned[i]) {
          line.append(" ".repeat(pad)).append(row[i]);
        } else {
          line.append(row[i]).append(" ".repeat(pad));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /** The columns {@code text} takes in a terminal. */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += width(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** The columns one code point takes: 0 for controls and combining marks, 2 for wide CJK. */
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
}
