package io.github.workreport.examples.cli;

import io.github.workreport.DisplayWidth;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A text table for the terminal: columns sized to their widest cell up to a limit (longer cells
 * are cut with an ellipsis), aligned for double-width characters, a cell optionally coloured
 * (the colour is added after padding so that it takes no columns).
 */
final class Table {
  private final List<Column> columns = new ArrayList<>();
  private final List<Cell[]> rows = new ArrayList<>();
  private final Style style;

  private static final class Column {
    final String header;
    final int max;
    final boolean right;
    final boolean keepEnd;

    Column(String header, int max, boolean right, boolean keepEnd) {
      this.header = header;
      this.max = max;
      this.right = right;
      this.keepEnd = keepEnd;
    }
  }

  private static final class Cell {
    final String text;
    final String colour;

    Cell(String text, String colour) {
      this.text = text;
      this.colour = colour;
    }
  }

  Table(Style style) {
    this.style = style;
  }

  /** Adds a left-aligned column of at most {@code max} display columns. */
  Table left(String header, int max) {
    columns.add(new Column(header, max, false, false));
    return this;
  }

  /** Adds a left-aligned column of at most {@code max} display columns, long cells cut at the front. */
  Table leftKeepingEnd(String header, int max) {
    columns.add(new Column(header, max, false, true));
    return this;
  }

  /** Adds a right-aligned column of at most {@code max} display columns. */
  Table right(String header, int max) {
    columns.add(new Column(header, max, true, false));
    return this;
  }

  /** Starts a row; fill it with {@link Row#cell}. */
  Row row() {
    Cell[] cells = new Cell[columns.size()];
    rows.add(cells);
    return new Row(cells);
  }

  /** A row being filled, cell by cell from the left. */
  final class Row {
    private final Cell[] cells;
    private int next;

    private Row(Cell[] cells) {
      this.cells = cells;
    }

    Row cell(Object text) {
      return cell(text, null);
    }

    Row cell(Object text, String colour) {
      Column column = columns.get(next);
      String value = String.valueOf(text);
      cells[next] = new Cell(column.keepEnd ? DisplayWidth.fitEnd(value, column.max) : DisplayWidth.fit(value, column.max), colour);
      next++;
      return this;
    }
  }

  void print(PrintWriter out, String indent) {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = DisplayWidth.of(DisplayWidth.fit(columns.get(c).header, columns.get(c).max));
      for (Cell[] row : rows) {
        if (row[c] != null) {
          widths[c] = Math.max(widths[c], DisplayWidth.of(row[c].text));
        }
      }
    }
    printHeader(out, indent, widths);
    printRows(out, indent, widths);
  }

  /**
   * The widths of the columns at their limits, for a table printed as its rows come (its widest
   * cells are not known in advance): every cell fits.
   */
  int[] fullWidths() {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = columns.get(c).max;
    }
    return widths;
  }

  /** Prints the header line with the columns {@code widths} wide. */
  void printHeader(PrintWriter out, String indent, int[] widths) {
    StringBuilder header = new StringBuilder(indent);
    for (int c = 0; c < widths.length; c++) {
      Column column = columns.get(c);
      header.append(c == 0 ? "" : "  ")
          .append(DisplayWidth.pad(DisplayWidth.fit(column.header, column.max), widths[c], column.right));
    }
    out.println(style.bold(header.toString().stripTrailing()));
  }

  /** Prints the rows added since the last call, the columns {@code widths} wide, and forgets them. */
  void printRows(PrintWriter out, String indent, int[] widths) {
    for (Cell[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < widths.length; c++) {
        Cell cell = row[c] == null ? new Cell("", null) : row[c];
        boolean right = columns.get(c).right;
        String spaces = " ".repeat(Math.max(0, widths[c] - DisplayWidth.of(cell.text)));
        String text = style.paint(cell.colour, cell.text);
        line.append(c == 0 ? "" : "  ").append(right ? spaces + text : text + spaces);
      }
      out.println(line.toString().stripTrailing());
    }
    rows.clear();
  }
}
