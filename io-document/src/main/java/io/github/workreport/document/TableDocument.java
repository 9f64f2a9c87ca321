package io.github.workreport.document;

import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.text.TableText;
import io.github.workreport.text.TableTextFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every document reader ends in: the lines above the table (title, summary), the table's rows
 * of cells with the headings between them, each with the place in the document it came from. It
 * becomes a report through core's table text reader — the same sections, numbering, continuation
 * rows, header aliases and extraction as a {@code .txt} table — and a failure there names the
 * document's place ({@code page 3}, {@code table 1 row 12}), not a line of the text made here.
 */
final class TableDocument {
  private static final Pattern LINE = Pattern.compile("^line (\\d+)");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*[(（]?[0-9０-９]{1,4}[)）]?\\s*[.．、]?\\s*$");

  private final String source;
  private final StringBuilder text = new StringBuilder();
  /** The document place of each line of {@link #text}, by line number from 1. */
  private final List<String> places = new ArrayList<>();
  private boolean anyRow;
  /** The column of the responsible units in the last table with a header, or -1. */
  private int unitsColumn = -1;

  TableDocument(String source) {
    this.source = source;
  }

  /** A line of prose above or between tables: a title, a summary, a section heading. */
  void line(String words, String place) {
    String clean = clean(words);
    if (!clean.isEmpty()) {
      append(clean, place);
    }
  }

  /** A blank line: a page break, after which an unnumbered row continues the row above. */
  void pageBreak(String place) {
    append("", place);
  }

  /** A row of the table, its cells in column order. */
  void row(List<String> cells, String place) {
    List<String> clean = new ArrayList<>(cells.size());
    for (String c : cells) {
      clean.add(clean(c));
    }
    cleanRow(clean, place);
  }

  /** A row whose cells are {@link #clean} already: those of {@link #table}, cleaned once on the way in. */
  private void cleanRow(List<String> cells, String place) {
    boolean any = false;
    for (String c : cells) {
      any |= !c.isEmpty();
    }
    if (!any) {
      return;
    }
    anyRow = true;
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append('\t');
      }
      String cell = cells.get(i);
      if (cell.startsWith("\"")) {
        // The text reader reads a cell opening with a quote as quoted: written quoted, it reads back as it is.
        text.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        text.append(cell);
      }
    }
    text.append('\n');
    places.add(place);
  }

  boolean hasRows() {
    return anyRow;
  }

  String source() {
    return source;
  }

  /** One cell of a document table as laid out on the grid: its text, and whether a merge from the row above covers it. */
  static final class Cell {
    final String text;
    final boolean mergedFromAbove;

    Cell(String text, boolean mergedFromAbove) {
      this.text = text == null ? "" : text;
      this.mergedFromAbove = mergedFromAbove;
    }
  }

  /**
   * A table of the document, its rows laid out on the grid (a cell spanning columns given once,
   * the columns it covers empty; a cell covered by a vertical merge marked). Rows above the header
   * that hold one text are lines of prose (a caption, a heading); a row of one text in the table is
   * a section heading; a row whose number cell is covered by the number above is a sub-row of the
   * same task, its cells added to the task's; other merged cells carry their text down, as a lead
   * unit merged over two tasks belongs to both. Repeated header rows are left out.
   *
   * @return whether the table had a header row naming the task column
   */
  boolean table(List<List<Cell>> rows, String tablePlace) {
    return table(rows, tablePlace, false);
  }

  /**
   * As {@link #table(List, String)}; with {@code numberedWithoutHeader} a table without a header
   * row is read as the task table when its rows are numbered (a page's only numbered table).
   */
  boolean table(List<List<Cell>> rows, String tablePlace, boolean numberedWithoutHeader) {
    int header = -1;
    for (int r = 0; r < rows.size() && header < 0; r++) {
      if (isHeader(texts(rows.get(r), -1))) {
        header = r;
      }
    }
    if (header < 0 && !((anyRow || numberedWithoutHeader) && numbered(rows))) {
      // Not a task table (a layout table, a signature block) unless it goes on with the table
      // before it, its header left on the page before: its lines of one text may be a title.
      for (int r = 0; r < rows.size(); r++) {
        String only = onlyText(texts(rows.get(r), -1));
        if (only != null) {
          line(only, tablePlace + " row " + (r + 1));
        }
      }
      return false;
    }
    int number = -1;
    List<String> headerCells = header >= 0 ? texts(rows.get(header), -1) : List.of();
    for (int c = 0; c < headerCells.size(); c++) {
      if (column(headerCells.get(c)) == TableTextFormat.Column.NUMBER) {
        number = c;
      } else if (column(headerCells.get(c)) == TableTextFormat.Column.UNITS) {
        unitsColumn = c;
      }
    }
    List<List<String>> pending = new ArrayList<>();
    List<String> pendingPlaces = new ArrayList<>();
    List<String> above = null;
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = rows.get(r);
      List<String> cells = texts(row, unitsColumn);
      String place = tablePlace + " row " + (r + 1);
      String only = onlyText(cells);
      if (r < header || header < 0 && only != null) {
        if (only != null) {
          flush(pending, pendingPlaces);
          line(only, place);
        } else if (header < 0) {
          pending.add(cells);
          pendingPlaces.add(place);
        }
        continue;
      }
      if (r > header && cells.equals(headerCells)) {
        continue; // the header repeated on a new page
      }
      if (r > header && only != null && !isNumber(only)) {
        flush(pending, pendingPlaces);
        line(only, place); // 已完成 98 项, 二、持续推进: a heading spanning the table
        continue;
      }
      boolean subRow = r > header && number >= 0 && number < row.size() && row.get(number).mergedFromAbove
          && !pending.isEmpty();
      if (subRow) {
        List<String> task = pending.get(pending.size() - 1);
        for (int c = 0; c < row.size(); c++) {
          if (row.get(c).mergedFromAbove || cells.get(c).isEmpty()) {
            continue;
          }
          while (task.size() <= c) {
            task.add("");
          }
          task.set(c, joinPieces(task.get(c), cells.get(c)));
        }
        continue;
      }
      List<String> filled = new ArrayList<>(cells);
      for (int c = 0; c < row.size(); c++) {
        if (row.get(c).mergedFromAbove && above != null && c < above.size() && filled.get(c).isEmpty()) {
          filled.set(c, above.get(c));
        }
      }
      pending.add(filled);
      pendingPlaces.add(place);
      above = filled;
    }
    flush(pending, pendingPlaces);
    return header >= 0;
  }

  private void flush(List<List<String>> pending, List<String> places) {
    for (int i = 0; i < pending.size(); i++) {
      // Cleaned by texts(), joined by joinPieces() from cleaned pieces, or carried down from a cleaned row.
      cleanRow(pending.get(i), places.get(i));
    }
    pending.clear();
    places.clear();
  }

  /**
   * The cells' texts, each as one line. In the units column a line break parts two units (区住建局,
   * then 区城管局 in a paragraph of its own); elsewhere it is no break in the text.
   */
  private static List<String> texts(List<Cell> row, int unitsColumn) {
    List<String> out = new ArrayList<>(row.size());
    for (int c = 0; c < row.size(); c++) {
      String text = row.get(c).text;
      out.add(clean(c == unitsColumn ? text.replace('\n', ' ') : text));
    }
    return out;
  }

  /** Whether some row of a table without a header starts with a task's number. */
  private static boolean numbered(List<List<Cell>> rows) {
    for (List<Cell> row : rows) {
      if (!row.isEmpty()) {
        String first = clean(row.get(0).text);
        if (isNumber(first) || first.matches("^[0-9０-９]{1,4}\\s*[.．、].*")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The one text of a row whose other cells are empty or repeat it, or null. */
  private static String onlyText(List<String> cells) {
    String only = null;
    for (String c : cells) {
      if (c.isEmpty() || c.equals(only)) {
        continue;
      }
      if (only != null) {
        return null;
      }
      only = c;
    }
    return only;
  }

  /** The pieces of a merged task's cell: a sentence end between them unless the first has one. */
  static String joinPieces(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    char last = a.charAt(a.length() - 1);
    return "。；;，,！？!?".indexOf(last) >= 0 ? a + b : a + "；" + b;
  }

  private void append(String line, String place) {
    text.append(line).append('\n');
    places.add(place);
  }

  /** The report, read by core's table text reader; its failures name the document's place. */
  Report toReport() {
    if (!anyRow) {
      throw new ReportReadException(source, "", "no task table found (no table with rows of tasks)");
    }
    try {
      return TableText.read(text.toString(), source);
    } catch (ReportReadException e) {
      throw new ReportReadException(source, place(e.place()), e.reason(), e);
    }
  }

  /** The text handed to the table reader: for tests and for {@code convert} to .txt. */
  String text() {
    return text.toString();
  }

  private String place(String textPlace) {
    Matcher m = LINE.matcher(textPlace);
    if (m.find()) {
      int line = Integer.parseInt(m.group(1));
      if (line >= 1 && line <= places.size()) {
        return places.get(line - 1);
      }
    }
    return textPlace;
  }

  /** Whether a header-row cell names one of core's table columns (主要任务, 责任单位, 完成情况, 序号). */
  static TableTextFormat.Column column(String cell) {
    String h = cell.replaceAll("\\s+", "");
    if (h.isEmpty()) {
      return null;
    }
    for (Map.Entry<TableTextFormat.Column, List<String>> e : TableTextFormat.DEFAULT.headerAliases().entrySet()) {
      for (String alias : e.getValue()) {
        if (h.equals(alias)) {
          return e.getKey();
        }
      }
    }
    if (h.length() > 16 || h.matches(".*[，。；,;].*")) {
      return null; // a sentence that mentions 责任单位 is no header cell
    }
    for (Map.Entry<TableTextFormat.Column, List<String>> e : TableTextFormat.DEFAULT.headerAliases().entrySet()) {
      for (String alias : e.getValue()) {
        if (alias.length() >= 3 && h.contains(alias)) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  /** Whether a row is a header row: it names the task column and one other. */
  static boolean isHeader(List<String> cells) {
    boolean task = false;
    int named = 0;
    for (String c : cells) {
      TableTextFormat.Column col = column(c);
      if (col != null) {
        named++;
        task |= col == TableTextFormat.Column.TASK;
      }
    }
    return task && named >= 2;
  }

  /** A cell holding only a task number: 13, 13., （13）. */
  static boolean isNumber(String cell) {
    return NUMBERED.matcher(cell).matches();
  }

  /**
   * A cell's text as one line: its own lines joined (without a space between Chinese characters, as
   * a line break inside a cell is no word break), tabs and control characters as spaces.
   */
  static String clean(String cell) {
    if (cell == null) {
      return "";
    }
    if (isClean(cell)) {
      return cell; // most cells, and every cell cleaned before: no copy
    }
    StringBuilder out = new StringBuilder(cell.length());
    boolean pendingBreak = false;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u000B' || c == '\u2028' || c == '\u2029') {
        pendingBreak = out.length() > 0;
        continue;
      }
      if (c == '\t' || Character.isISOControl(c) || c == '\u00A0') {
        c = ' ';
      }
      if (pendingBreak) {
        char last = out.charAt(out.length() - 1);
        if (isLatin(last) && isLatin(c)) {
          out.append(' ');
        }
        pendingBreak = false;
      }
      out.append(c);
    }
    return out.toString().strip();
  }

  private static boolean isClean(String cell) {
    int n = cell.length();
    if (n == 0) {
      return true;
    }
    if (Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(n - 1))
        || Character.isSpaceChar(cell.charAt(0)) || Character.isSpaceChar(cell.charAt(n - 1))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = cell.charAt(i);
      if (c < 0x20 || c == 0x7F || c == '\u00A0' || c == '\u2028' || c == '\u2029' || c >= 0x80 && c <= 0x9F) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLatin(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  /** Joins the text of a cell's paragraphs: a line break, so that {@link #clean} joins them as written. */
  static String paragraphs(List<String> parts) {
    List<String> kept = new ArrayList<>(parts.size());
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        kept.add(p.strip());
      }
    }
    return String.join("\n", kept);
  }

  /** A cell's text lower-cased, for comparisons that ignore case. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
