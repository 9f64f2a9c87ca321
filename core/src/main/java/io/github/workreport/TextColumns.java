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
        widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < row.length; i++) {
        int pad = widths[i] - DisplayWidth.of(row[i]);
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
}
