package io.github.workreport.excel;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one sheet as read, before any interpretation: rows in order (blank rows absent),
 * merged regions, and whether the sheet is hidden or a chart sheet.
 */
final class RawSheet {
  /** A row: its zero-based index and its cells by column, {@code null} where blank. */
  static final class Row {
    final int index;
    final Cell[] cells;

    Row(int index, Cell[] cells) {
      this.index = index;
      this.cells = cells;
    }

    Cell get(int column) {
      return column >= 0 && column < cells.length ? cells[column] : null;
    }

    String text(int column) {
      Cell c = get(column);
      return c == null ? "" : c.text;
    }
  }

  /** A merged region, inclusive bounds, zero-based. */
  static final class Merge {
    final int firstRow;
    final int lastRow;
    final int firstColumn;
    final int lastColumn;

    Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
      this.firstRow = firstRow;
      this.lastRow = lastRow;
      this.firstColumn = firstColumn;
      this.lastColumn = lastColumn;
    }

    int width() {
      return lastColumn - firstColumn + 1;
    }
  }

  final String name;
  final boolean hidden;
  final boolean chartSheet;
  final List<Row> rows;
  final List<Merge> merges;

  RawSheet(String name, boolean hidden, boolean chartSheet, List<Row> rows, List<Merge> merges) {
    this.name = name;
    this.hidden = hidden;
    this.chartSheet = chartSheet;
    this.rows = rows;
    this.merges = merges;
  }

  /**
   * Copies the value of each merged region's top-left cell into every cell of the region that lies
   * in a row present in the sheet, marking all of them with the region's index. Rows absent from
   * the sheet stay absent: a merge over blank rows adds no rows.
   */
  void fillMerges() {
    if (merges.isEmpty() || rows.isEmpty()) {
      return;
    }
    int[] indexes = new int[rows.size()];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = rows.get(i).index;
    }
    for (int m = 0; m < merges.size(); m++) {
      Merge merge = merges.get(m);
      int at = java.util.Arrays.binarySearch(indexes, merge.firstRow);
      if (at < 0) {
        continue; // the top-left cell's row is blank: nothing to carry
      }
      Cell origin = rows.get(at).get(merge.firstColumn);
      if (origin == null) {
        continue;
      }
      Cell marked = origin.inMerge(m);
      for (int r = at; r < rows.size() && rows.get(r).index <= merge.lastRow; r++) {
        Row row = rows.get(r);
        int last = Math.min(merge.lastColumn, row.cells.length - 1);
        for (int c = merge.firstColumn; c <= last; c++) {
          row.cells[c] = marked;
        }
        if (merge.lastColumn >= row.cells.length && merge.firstColumn < Limits.MAX_COLUMNS) {
          int width = Math.min(merge.lastColumn + 1, Limits.MAX_COLUMNS);
          Cell[] wider = java.util.Arrays.copyOf(row.cells, width);
          for (int c = Math.max(merge.firstColumn, row.cells.length); c < width; c++) {
            wider[c] = marked;
          }
          rows.set(r, new Row(row.index, wider));
        }
      }
    }
  }

  /**
   * {@link #fillMerges()} for rows that come one at a time, in order: a region's value is taken
   * from its top-left cell when the region's first row comes, and carried to the rows after it
   * that lie in the region. Memory holds the regions, not the rows.
   */
  static final class MergeFiller {
    private final List<Merge> merges;
    private final Integer[] byFirstRow;
    private int next;
    /** Indexes of the regions open at the current row, with their marked value. */
    private final List<Integer> open = new ArrayList<>();
    private final java.util.Map<Integer, Cell> values = new java.util.HashMap<>();

    MergeFiller(List<Merge> merges) {
      this.merges = merges;
      byFirstRow = new Integer[merges.size()];
      for (int m = 0; m < byFirstRow.length; m++) {
        byFirstRow[m] = m;
      }
      java.util.Arrays.sort(byFirstRow, java.util.Comparator.comparingInt((Integer m) -> merges.get(m).firstRow)
          .thenComparingInt(m -> m));
    }

    /** The row with the values of the regions over it; {@code row} itself when none is. */
    Row fill(Row row) {
      if (merges.isEmpty()) {
        return row;
      }
      open.removeIf(m -> {
        if (merges.get(m).lastRow < row.index) {
          values.remove(m);
          return true;
        }
        return false;
      });
      while (next < byFirstRow.length && merges.get(byFirstRow[next]).firstRow <= row.index) {
        int m = byFirstRow[next++];
        Merge merge = merges.get(m);
        // A region whose first row is blank (absent) carries nothing, as in fillMerges.
        if (merge.firstRow == row.index) {
          Cell origin = row.get(merge.firstColumn);
          if (origin != null) {
            values.put(m, origin.inMerge(m));
            open.add(m);
          }
        }
      }
      if (open.isEmpty()) {
        return row;
      }
      open.sort(null);
      Row filled = row;
      for (int m : open) {
        Merge merge = merges.get(m);
        Cell marked = values.get(m);
        int last = Math.min(merge.lastColumn, filled.cells.length - 1);
        for (int c = merge.firstColumn; c <= last; c++) {
          filled.cells[c] = marked;
        }
        if (merge.lastColumn >= filled.cells.length && merge.firstColumn < Limits.MAX_COLUMNS) {
          int width = Math.min(merge.lastColumn + 1, Limits.MAX_COLUMNS);
          Cell[] wider = java.util.Arrays.copyOf(filled.cells, width);
          for (int c = Math.max(merge.firstColumn, filled.cells.length); c < width; c++) {
            wider[c] = marked;
          }
          filled = new Row(filled.index, wider);
        }
      }
      return filled;
    }
  }

  static List<Row> newRows() {
    return new ArrayList<>();
  }
}
