package io.github.workreport.text;

import io.github.workreport.Deadline;
import io.github.workreport.DeclaredTotals;
import io.github.workreport.Outcome;
import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.Section;
import io.github.workreport.Status;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import io.github.workreport.text.TableTextFormat.Column;
import io.github.workreport.text.TableTextLines.ChineseNumerals;
import io.github.workreport.text.TableTextLines.Heading;
import io.github.workreport.text.TableTextLines.RowNumber;
import io.github.workreport.text.TableTextLines.Totals;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One reading of one table text: lines pulled one at a time from a {@link Reader} are split into
 * cells and fed to a small state machine (preamble, then headings, header rows and rows); a row is
 * handed out once the next line shows it is complete, so memory holds a line and a row or two. Not
 * thread-safe; {@link TableText} makes a new one per read, and {@link TableTextStream} drives it.
 *
 * <p>The cost per character is a comparison or two; each cell is cut out once, and only merged
 * cells (rare) are concatenated.
 */
final class TableTextReader {
  private static final String RULE_CHARS = "-—–_=─━┄┅┈┉﹣－＝~～·.*+|＋｜";

  private final TableTextFormat format;
  private final TableHeaders headerWords;
  private final String source;
  private final char separator;
  private final boolean strict;
  private Layout layout;

  /* The cells of the current line (reused): rawCount with trailing empty cells, count without. */
  private String[] cells = new String[8];
  private int rawCount;
  private int count;

  /** Whether the table has begun: a heading, a header row or a row has been read. */
  private boolean started;
  /** Whether a blank line, rule, page break or header row came since the last row line. */
  private boolean brk;
  private final List<String> titleLines = new ArrayList<>();
  private final List<String> summaryLines = new ArrayList<>();
  private Integer declaredTotal;
  private final LinkedHashMap<String, Integer> declaredBySection = new LinkedHashMap<>();
  private final List<SectionDraft> sections = new ArrayList<>();
  private final Map<String, SectionDraft> sectionsByName = new HashMap<>();
  private SectionDraft section = new SectionDraft(null, Status.UNDETERMINED, null);
  /**
   * The topic heading read last (二、推动文旅产业高质量发展), until the row after it: the topic is a section when that row's
   * number starts again (1 after 8), and otherwise only a title over rows numbered on through the table, which stay in
   * the section around them, as a reader pairing tasks by section and number expects. A first topic before any row
   * cannot know, and is a title.
   */
  private Heading topic;
  private Row row;
  /** Rows complete and not yet taken, in order; at most a few (a line closes one row at a time). */
  private final ArrayDeque<Row> ready = new ArrayDeque<>();
  private long rowCount;
  private final TableTextLines.LineReader lines;
  private boolean ended;

  TableTextReader(TableTextFormat format, String source, Reader text) {
    this(format, source, new TableTextLines.LineReader(text, source, format.maxLineLength()));
  }

  /** A reader of a text held whole: its cells are cut from it directly, not from a copy of each line. */
  TableTextReader(TableTextFormat format, String source, String text) {
    this(format, source, new TableTextLines.LineReader(text, source, format.maxLineLength()));
  }

  private TableTextReader(TableTextFormat format, String source, TableTextLines.LineReader lines) {
    this.format = format;
    this.headerWords = TableHeaders.of(format);
    this.source = source;
    this.lines = lines;
    this.separator = format.cellSeparator();
    this.strict = format.strict();
    Column[] columns = format.defaultColumns().toArray(new Column[0]);
    this.layout = new Layout(columns, new String[columns.length]);
  }

  // ---------------------------------------------------------------- the scan

  /**
   * Reads lines until a task row is complete (or the text ends) and returns it, or null at the end
   * of the text. The row before the last one read is complete only once the next line shows it
   * does not continue it: one line of look-ahead.
   */
  Row nextRow() {
    while (ready.isEmpty()) {
      if (ended) {
        return null;
      }
      readLine();
    }
    return ready.poll();
  }

  /** Reads lines until the table has begun, so that the title and the summary are known. */
  void readPreamble() {
    while (!started && !ended) {
      readLine();
    }
  }

  /** Scans the next line, or at the end of the text closes the last row; a text without rows is refused. */
  private void readLine() {
    Line next = replay.poll();
    if (next != null) {
      scan(next.text, 0, next.text.length(), next.number, true);
      return;
    }
    if (lines.advance()) {
      scan(lines.text(), lines.start(), lines.end(), lines.number(), true);
      return;
    }
    ended = true;
    closeRow();
    if (rowCount == 0) {
      throw new ReportReadException(source, "",
          "no task rows: a task table has rows of " + (separator == '\t' ? "TAB" : "'" + separator + "'")
              + "-separated cells, each starting with its number (1. 1、 （一）)");
    }
  }

  /**
   * One line, {@code text} from {@code start} to {@code len}: its cells, with a form feed splitting it
   * in two; a cell opening with a quote is read as quoted unless {@code quoting} is off.
   */
  private void scan(String text, int start, int len, int line, boolean quoting) {
    int cellStart = start;
    rawCount = 0;
    boolean controls = false;
    boolean pageBroken = false;
    for (int i = start; i < len; i++) {
      char c = text.charAt(i);
      if (c == separator) {
        addCell(text, cellStart, i);
        cellStart = i + 1;
      } else if (c == '"' && i == cellStart && quoting && !pageBroken && separator != '"') {
        scanQuoted(text, start, len, line);
        return;
      } else if (c < 0x20 || c == 0x7F) {
        if (c == '\f') {
          // A form feed is a page break: what precedes it on the line is a line of its own.
          addCell(text, cellStart, i);
          line(line, controls);
          rawCount = 0;
          cellStart = i + 1;
          controls = false;
          brk = true;
          pageBroken = true;
        } else if (c != '\t') {
          controls = true;
        }
      }
    }
    addCell(text, cellStart, len);
    line(line, controls);
  }

  // ---------------------------------------------------------------- quoted cells

  /** How many lines one quoted cell may span before its opening quote is taken for a quote mark. */
  private static final int MAX_QUOTED_LINES = 200;

  /** A line read again: read ahead for a quoted cell that turned out not to be one. */
  private static final class Line {
    final String text;
    final int number;

    Line(String text, int number) {
      this.text = text;
      this.number = number;
    }
  }

  /** Lines read ahead for a quoted cell that never closed, in order, read again as they are. */
  private final ArrayDeque<Line> replay = new ArrayDeque<>();

  /**
   * A line with a cell that opens with {@code "}, as a spreadsheet writes a cell holding a line
   * break, a tab or a quote when its rows are copied as text: {@code "新建幼儿园3所⏎新增学位900个"},
   * {@code "推进""放管服""改革"}. A cell whose quote closes right before a separator or the line's
   * end is that cell's text, line breaks kept and doubled quotes single; while it is open, the next
   * lines belong to it. A quote that closes anywhere else, or stays open for {@value
   * #MAX_QUOTED_LINES} lines or to the end of the text, is a quote mark like any other character,
   * and the lines read ahead are read again as rows.
   */
  private void scanQuoted(String text, int start, int len, int line) {
    if (quoteState(text, start, len, false) == OPEN) {
      StringBuilder joined = new StringBuilder(len - start + 64).append(text, start, len);
      List<Line> ahead = new ArrayList<>();
      int state = OPEN;
      while (state == OPEN && ahead.size() < MAX_QUOTED_LINES && joined.length() <= format.maxLineLength()) {
        Line next = replay.poll();
        if (next == null && lines.advance()) {
          next = new Line(lines.text().substring(lines.start(), lines.end()), lines.number());
        }
        if (next == null) {
          break;
        }
        ahead.add(next);
        joined.append('\n').append(next.text);
        state = quoteState(next.text, 0, next.text.length(), true); // each line once: within the open cell
      }
      if (state != CLOSED) {
        for (int k = ahead.size() - 1; k >= 0; k--) {
          replay.addFirst(ahead.get(k));
        }
        scan(text, start, len, line, false);
        return;
      }
      text = joined.toString();
      start = 0;
      len = text.length();
    }
    rawCount = 0;
    boolean controls = false;
    int cellStart = start;
    int i = start;
    while (i <= len) {
      int close = i == cellStart && i < len && text.charAt(i) == '"' ? closingQuote(text, i, len) : -1;
      if (close >= 0) {
        addQuotedCell(text, cellStart + 1, close);
        i = close + 1; // at the separator or the end
        cellStart = i + 1;
        i++;
        continue;
      }
      if (i == len || text.charAt(i) == separator) {
        addCell(text, cellStart, i);
        cellStart = i + 1;
      } else if (text.charAt(i) < 0x20 && text.charAt(i) != '\t' || text.charAt(i) == 0x7F) {
        controls = true;
      }
      i++;
    }
    line(line, controls);
  }

  /**
   * Where the quote opening a cell at {@code open} closes, right before a separator or the end, or
   * -1 when it closes elsewhere (a quote mark, not a quoted cell) or not at all.
   */
  private int closingQuote(CharSequence text, int open, int len) {
    for (int i = open + 1; i < len; i++) {
      if (text.charAt(i) == '"') {
        if (i + 1 < len && text.charAt(i + 1) == '"') {
          i++;
          continue;
        }
        return i + 1 == len || text.charAt(i + 1) == separator ? i : -1;
      }
    }
    return -1;
  }

  private static final int CLOSED = 0;
  private static final int OPEN = 1;
  private static final int MALFORMED = 2;

  /**
   * Where a line leaves the quoted cells read from {@code from}, starting {@code inside} one or at a
   * cell's start: {@link #OPEN} when the text ends inside a quoted cell, {@link #MALFORMED} when a
   * quote opening a cell closes anywhere but right before a separator or the end (“"十四五"规划”:
   * a quote mark, not a quoted cell), else {@link #CLOSED}.
   */
  private int quoteState(CharSequence text, int from, int len, boolean inside) {
    boolean cellStart = !inside;
    int i = from;
    while (i < len) {
      char c = text.charAt(i);
      if (inside) {
        if (c == '"') {
          if (i + 1 < len && text.charAt(i + 1) == '"') {
            i += 2;
            continue;
          }
          if (i + 1 < len && text.charAt(i + 1) != separator) {
            return MALFORMED;
          }
          inside = false;
        }
      } else if (c == separator) {
        cellStart = true;
      } else {
        inside = c == '"' && cellStart;
        cellStart = false;
      }
      i++;
    }
    return inside ? OPEN : CLOSED;
  }

  private void addQuotedCell(String text, int from, int to) {
    String inner = text.substring(from, to);
    if (inner.indexOf('"') >= 0) {
      inner = inner.replace("\"\"", "\"");
    }
    if (rawCount == cells.length) {
      cells = Arrays.copyOf(cells, rawCount * 2);
    }
    cells[rawCount++] = trim(inner);
  }

  private void addCell(String text, int from, int to) {
    while (from < to && isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(text.charAt(to - 1))) {
      to--;
    }
    if (rawCount == cells.length) {
      cells = Arrays.copyOf(cells, rawCount * 2);
    }
    cells[rawCount++] = from == to ? "" : text.substring(from, to);
  }

  /**
   * Spaces of every kind and tabs: Unicode's space separators (full-width U+3000, no-break U+00A0,
   * U+2000–U+200A …), line and paragraph separators, U+0085, and the zero-width space and a stray
   * byte-order mark, which PDF extraction leaves in text. Written out rather than asked of {@link
   * Character}, since it runs on the edges of every cell.
   */
  static boolean isBlank(char c) {
    if (c < 0x80) {
      return c == ' ' || c == '\t';
    }
    if (c < 0x1680) {
      return c == 0x85 || c == 0xA0;
    }
    return c == 0x3000 || c == 0xFEFF || c == 0x1680 || c >= 0x2000 && c <= 0x200B
        || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F;
  }

  // ---------------------------------------------------------------- one line

  private void line(int line, boolean controls) {
    if (controls) {
      sanitize(line);
    }
    count = rawCount;
    while (count > 0 && cells[count - 1].isEmpty()) {
      count--;
    }
    if (count == 0) {
      brk = true;
      return;
    }
    if (isRule()) {
      brk = true;
      return;
    }
    if (count == 1) {
      if (TableTextLines.isPageFurniture(cells[0])) {
        brk = true;
        return;
      }
      Heading heading = Heading.parse(cells[0]);
      if (heading != null && heading.topic) {
        closeRow(); // a section only if the numbering starts again under it (see startRow)
        topic = heading;
        started = true;
        brk = true;
        return;
      }
      if (heading != null) {
        topic = null;
        openSection(heading);
        return;
      }
    }
    RowNumber number = rowNumber();
    if (number == null) {
      if (isHeader(line)) {
        return;
      }
      if (!started && preamble()) {
        return;
      }
    }
    started = true;
    if (number != null) {
      startRow(number, line);
    } else {
      continueRow(line);
    }
    brk = false;
  }

  private void sanitize(int line) {
    for (int k = 0; k < rawCount; k++) {
      String cell = cells[k];
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (c < 0x20 && c != '\t' && c != '\n' || c == 0x7F) {
          if (strict) {
            throw fail(line, String.format("control character U+%04X in cell %d", (int) c, k + 1));
          }
          StringBuilder b = new StringBuilder(cell);
          for (int j = i; j < b.length(); j++) {
            char d = b.charAt(j);
            if (d < 0x20 && d != '\n' || d == 0x7F) {
              b.setCharAt(j, ' '); // a line break is only ever in a quoted cell, where it was written
            }
          }
          cells[k] = trim(b.toString());
          break;
        }
      }
    }
  }

  private boolean isRule() {
    int ruleChars = 0;
    for (int k = 0; k < count; k++) {
      String cell = cells[k];
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (RULE_CHARS.indexOf(c) < 0 && !isBlank(c)) {
          return false;
        }
        ruleChars++;
      }
    }
    return ruleChars >= 2;
  }

  // ---------------------------------------------------------------- preamble, headings, headers

  /** A line above the table: a title line or a summary line. False when the line starts the table. */
  private boolean preamble() {
    StringBuilder joined = new StringBuilder();
    int nonEmpty = 0;
    for (int k = 0; k < count; k++) {
      if (!cells[k].isEmpty()) {
        nonEmpty++;
        if (joined.length() > 0) {
          joined.append(' ');
        }
        joined.append(cells[k]);
      }
    }
    String text = joined.toString();
    Totals totals = Totals.parse(text);
    if (nonEmpty > 1 && totals == null) {
      return false;
    }
    if (totals != null) {
      if (totals.total != null && declaredTotal == null) {
        declaredTotal = totals.total;
      }
      totals.bySection.forEach(declaredBySection::putIfAbsent);
    }
    char first = text.charAt(0);
    boolean summaryLike = first == '(' || first == '（' || text.startsWith("共") || text.startsWith("合计")
        || text.startsWith("总计") || text.startsWith("其中");
    if (totals != null && (summaryLike || !titleLines.isEmpty())) {
      summaryLines.add(text);
    } else if (!(titleLines.isEmpty() && isAttachmentLabel(text))) {
      titleLines.add(text);
    }
    return true;
  }

  /** 附件 / 附件2 / 附表一： — the label of an attachment, printed above its title. */
  private static boolean isAttachmentLabel(String text) {
    if (!text.startsWith("附件") && !text.startsWith("附表")) {
      return false;
    }
    for (int i = 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(TableTextLines.isDigit(c) || ChineseNumerals.isNumeral(c) || c == ':' || c == '：' || isBlank(c))) {
        return false;
      }
    }
    return true;
  }

  private void openSection(Heading heading) {
    closeRow();
    SectionDraft existing = sectionsByName.get(heading.name);
    if (existing != null) {
      // The same heading again (已完成（续）after a page break) goes on with the same section.
      if (existing.count == null) {
        existing.count = heading.count;
      }
      section = existing;
    } else {
      section = new SectionDraft(heading.name, StatusCues.ofHeading(heading.name), heading.count);
      sections.add(section);
      sectionsByName.put(heading.name, section);
    }
    started = true;
    brk = true;
  }

  private boolean isHeader(int line) {
    if (count < 2) {
      return false;
    }
    Column[] roles = new Column[count];
    String[] names = new String[count];
    boolean task = false;
    boolean narrative = false;
    int named = 0;
    for (int k = 0; k < count; k++) {
      String name = Lexer.simplified(stripSpaces(cells[k]));
      if (name.length() > 16) {
        return false;
      }
      names[k] = name;
      Column column = headerWords.columnOfSimplified(name).orElse(null);
      if (column == Column.TASK && task) {
        // 重点工作 · 目标任务: a second task column names the target when it says so, and is more of
        // the task otherwise (项目名称 · 建设内容)
        column = name.contains("目标") || name.contains("指标") ? Column.TARGET : Column.TASK;
      } else if (column == Column.UNITS && Arrays.asList(roles).contains(Column.UNITS)
          && !Arrays.asList(roles).contains(Column.SUPPORTING_UNITS)) {
        column = Column.SUPPORTING_UNITS; // 牵头单位 · 责任单位: the lead, then those who share the work
      }
      boolean repeats = column == Column.TARGET || column == Column.ACTUAL // 目标 and 目标增速, 实绩 and 增速
          || column == Column.TASK && task;
      if (column != null && (repeats || !Arrays.asList(roles).contains(column))) {
        roles[k] = column;
        named++;
        task |= column == Column.TASK;
        narrative |= column == Column.NARRATIVE;
      }
    }
    indicatorColumns(roles);
    for (Column role : roles) {
      task |= role == Column.TASK;
    }
    if (!task && narrative && named >= 2) {
      // 实事内容 · 牵头单位 · 进展情况: a name of its own in the task's place, the other columns known
      int first = roles[0] == Column.NUMBER ? 1 : 0;
      if (first < count && roles[first] == null && onlyUnknownCell(roles, first) && !names[first].isEmpty()
          && !anyDigit(names[first])) {
        roles[first] = Column.TASK;
        task = true;
      }
    }
    if (named < 2 || !(task || narrative)) {
      return false;
    }
    if (!task) {
      if (strict) {
        throw fail(line, "the header row names no task column (主要任务)");
      }
      return false;
    }
    Layout header = new Layout(roles, names);
    if (!header.sameAs(layout)) {
      // A different header starts a different table; a repeated one (after a page break) does not.
      closeRow();
      layout = header;
    }
    started = true;
    brk = true;
    return true;
  }

  private static boolean onlyUnknownCell(Column[] roles, int cell) {
    for (int k = 0; k < roles.length; k++) {
      if (k != cell && roles[k] == null) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What an indicator table's header means, settled once the whole header row is known: 单位 is the
   * unit of measure beside a target or achieved column and the responsible units otherwise; with no
   * task column, the target column holds the task (序号 · 年度目标 · 责任单位 · 完成情况).
   */
  private static void indicatorColumns(Column[] roles) {
    List<Column> named = Arrays.asList(roles);
    boolean numbers = named.contains(Column.TARGET) || named.contains(Column.ACTUAL);
    for (int k = 0; k < roles.length; k++) {
      if (roles[k] == Column.MEASURE_UNIT && !numbers) {
        roles[k] = named.contains(Column.UNITS) ? null : Column.UNITS;
      }
    }
    if (!named.contains(Column.TASK)) {
      for (int k = 0; k < roles.length; k++) {
        if (roles[k] == Column.TARGET) {
          roles[k] = Column.TASK;
          break;
        }
      }
    }
  }

  // ---------------------------------------------------------------- rows

  /** The number the current line opens a row with, or null when it opens none. */
  private RowNumber rowNumber() {
    Layout l = layout;
    int expected = section.last + 1;
    int at = l.number >= 0 ? l.number : Math.max(l.task, 0);
    if (at >= count || cells[at].isEmpty()) {
      return null;
    }
    RowNumber n = RowNumber.parse(cells[at]);
    if (n == null) {
      return null;
    }
    if (l.number >= 0) {
      if (n.form == RowNumber.Form.AMBIGUOUS && n.value != expected) {
        return null;
      }
      // 1. 新建公厕15座 under a header whose 序号 has a column of its own: the number and the task
      // share the first cell, and the row is a cell short of the header
      return n.rest.isEmpty() || n.form == RowNumber.Form.DELIMITED && l.task == l.number + 1 && count < l.width ? n : null;
    }
    if (n.form == RowNumber.Form.AMBIGUOUS && n.value != expected) {
      return null;
    }
    // A bare number (13, no 、 or .) is a row's number only in a cell of its own, ahead of the row.
    if (n.form == RowNumber.Form.BARE && count < 2 && n.value != expected) {
      return null;
    }
    return n;
  }

  private void startRow(RowNumber number, int line) {
    closeRow();
    if (topic != null) {
      if (section.last > 0 && number.value <= section.last) {
        openSection(topic);
      }
      topic = null;
    }
    Layout l = layout;
    SectionDraft s = section;
    if (strict && number.value != s.last + 1) {
      throw fail(line, "task number " + number.value + (s.last == 0
          ? " opens " + (s.name == null ? "the table" : "section " + s.name) + ", expected 1"
          : " follows " + s.last + (s.name == null ? "" : " in section " + s.name)));
    }
    Row r = new Row(line, number.value, s, true, l);
    if (l.number >= 0 && !number.rest.isEmpty()) {
      // The task out of the number's cell into its own column; the cells after it move one right.
      if (rawCount == cells.length) {
        cells = Arrays.copyOf(cells, rawCount * 2);
      }
      System.arraycopy(cells, l.number + 1, cells, l.number + 2, rawCount - l.number - 1);
      cells[l.number] = String.valueOf(number.value);
      cells[l.number + 1] = number.rest;
      rawCount++;
      count++;
    } else if (l.number < 0) {
      int at = Math.max(l.task, 0);
      if (number.rest.isEmpty() && count >= 2 && at + 1 < rawCount) {
        // The number stood in a cell of its own: the cells after it move one column left.
        System.arraycopy(cells, at + 1, cells, at, rawCount - at - 1);
        rawCount--;
        count--;
      } else {
        cells[at] = number.rest;
      }
    }
    fill(r, line);
    row = r;
    rowCount++;
    s.last = number.value;
  }

  /** The refusal of a whole read that meets a row beyond {@link TableTextFormat#maxRows()}. */
  ReportReadException tooManyRows(Row r) {
    return fail(r.line, "more than " + format.maxRows() + " task rows; raise TableTextFormat.maxRows to read it");
  }

  private void continueRow(int line) {
    Row r = row;
    if (r == null || !format.mergeContinuationRows() || !r.numbered && count >= 2) {
      if (strict) {
        throw fail(line, r == null ? "a row that does not start with a number (such as 1. or （一）)"
            : "a line that does not start with a number, and continuation rows are not merged");
      }
      // A table without numbers, or text with no row to continue: a row of its own.
      closeRow();
      r = new Row(line, section.last + 1, section, false, layout);
      fill(r, line);
      row = r;
      rowCount++;
      section.last = r.number;
      return;
    }
    int width = r.layout.width;
    int k = r.received;
    if (!brk && k < width && k - 1 + rawCount <= width) {
      // The previous line stopped inside the row: a cell broke across lines and goes on here.
      int at = Math.max(k - 1, 0);
      for (int j = 0; j < rawCount; j++) {
        put(r, at + j, cells[j], line);
      }
      r.received = Math.max(k, at + rawCount);
    } else if (!brk && count == 1) {
      // A complete row and one more piece of text: its last cell broke across lines.
      put(r, width - 1, cells[0], line);
    } else {
      // A page break split the row: the parts continue the cells above, cell by cell.
      for (int j = 0; j < rawCount; j++) {
        put(r, j, cells[j], line);
      }
      r.received = Math.max(k, Math.min(rawCount, width));
    }
  }

  private void fill(Row r, int line) {
    for (int k = 0; k < rawCount; k++) {
      put(r, k, cells[k], line);
    }
    r.received = Math.min(rawCount, r.layout.width);
  }

  /** Puts or appends {@code text} into cell {@code k} of a row; beyond the last column, into the last. */
  private void put(Row r, int k, String text, int line) {
    if (text.isEmpty()) {
      return;
    }
    int width = r.layout.width;
    boolean spaced = k == r.layout.units;
    if (k >= width) {
      if (strict) {
        throw fail(line, "more cells than the header's " + width + ": " + abbreviate(text));
      }
      k = width - 1;
      spaced = true;
    }
    String old = r.cells[k];
    r.cells[k] = old == null ? text : join(old, text, spaced);
  }

  /**
   * Joins two parts of a cell. Chinese text wraps anywhere and joins without a space, and so does a
   * number the break cut (全年完成投资1.0 ⏎ 8亿元 is 1.08亿元: prose never sets two figures side by side);
   * where two Latin words meet, or a word meets a figure, a space keeps them apart. Units, and cells
   * beyond the header's last, always get a space.
   */
  private static String join(String a, String b, boolean spaced) {
    if (spaced) {
      return a + " " + b;
    }
    char last = a.charAt(a.length() - 1);
    char first = b.charAt(0);
    boolean cutNumber = isDigitOrPoint(last) && isDigitOrPoint(first) && (isDigit(last) || isDigit(first));
    return !cutNumber && isLatinOrDigit(last) && isLatinOrDigit(first) ? a + " " + b : a + b;
  }

  private static boolean isLatinOrDigit(char c) {
    return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDigitOrPoint(char c) {
    return isDigit(c) || c == '.';
  }

  private void closeRow() {
    Row r = row;
    if (r == null) {
      return;
    }
    row = null;
    if (strict && r.received < r.layout.width) {
      throw fail(r.line, "the row has " + r.received + " cells, the header " + r.layout.width);
    }
    ready.add(r);
  }

  // ---------------------------------------------------------------- the report

  /**
   * The report as the text above the table gives it: title, jurisdiction, year, period and the
   * declared totals as the summary line names them; no sections, no tasks. Final once the table has
   * begun ({@link #readPreamble()}).
   */
  Report header() {
    String title = String.join(" ", titleLines);
    String about = summaryLines.isEmpty() ? title : title + " " + String.join(" ", summaryLines);
    // A title that names no month leaves it to the table: 截至9月底进展情况, 完成情况（截至6月底）, 1-9月完成
    ReportTitle parsed = ReportTitle.parse(layout == null ? about
        : TableHeaders.datedTitle(about, layout.header(layout.narrative), layout.header(layout.actual)));
    parsedTitle = parsed;
    return Report.builder()
        .title(title)
        .jurisdiction(parsed.jurisdiction())
        .year(parsed.year())
        .period(parsed.period())
        .declaredTotals(totals())
        .build();
  }

  /** What the title says; set by {@link #header()}. */
  ReportTitle parsedTitle = ReportTitle.parse("");

  /** The unit the lines above the table declare for its bare figures: {@link TableHeaders#declaredUnit}. */
  Optional<Unit> sheetUnit() {
    List<String> lines = new ArrayList<>(titleLines);
    lines.addAll(summaryLines);
    return TableHeaders.declaredUnit(lines);
  }

  /** The header with every section and the totals matched to the sections' names, at the end. */
  Report end(Report header) {
    Report.Builder report = Report.builder().from(header).declaredTotals(totals());
    for (SectionDraft s : sections) {
      report.addSection(Section.builder().name(s.name).declaredStatus(s.status)
          .declaredCount(Optional.ofNullable(s.count)).build());
    }
    return report.build();
  }

  boolean ended() {
    return ended;
  }

  /**
   * The task of a row as written, before extraction.
   *
   * @param year the report's year, for a due date written without one (12月底)
   */
  Task task(Row r, OptionalInt year) {
    Layout l = r.layout;
    Optional<Deadline> due = Deadlines.ofCell(r.cell(l.deadline), year);
    String text = r.cell(l.task);
    for (int k = l.task + 1; k < l.width; k++) {
      if (l.roles[k] == Column.TASK && r.cells[k] != null && !r.cells[k].isBlank()) {
        text = text.isBlank() ? r.cells[k].strip() : text.strip() + "：" + r.cells[k].strip(); // 县医院迁建：新建门诊楼
      }
    }
    String narrative = r.cell(l.narrative);
    String unit = r.cell(l.measureUnit).strip();
    boolean unitUsed = unit.isEmpty();
    StringBuilder extra = null;
    String achieved = r.cell(l.actual).strip();
    if (!achieved.isEmpty()) {
      // The achieved value first, under its header (1-6月完成1250.3亿元): before the columns of other
      // years and rates, which the narrative's reader must not take for it.
      String stated;
      if (unit.isEmpty()) {
        stated = TableHeaders.achievedText(l.names[l.actual], achieved);
      } else {
        String measured = TableHeaders.withUnit(achieved, unit);
        unitUsed |= measured.length() != achieved.length();
        stated = l.headers[l.actual] + measured;
      }
      extra = new StringBuilder(narrative).append(narrative.isEmpty() ? "" : "\n").append(stated);
    }
    for (int k = 0; k < l.width; k++) {
      String cell = r.cells[k];
      if (cell == null || cell.isBlank() || k == l.actual || k == l.deadline && due.isPresent()) {
        continue;
      }
      if (l.roles[k] == Column.TARGET) {
        // An indicator table's targets follow the indicator, as the reports write them:
        // 全市生产总值4620亿元，增速7%以上 (a second target column named 目标增速(%)).
        String value = cell.strip();
        String measured;
        if (k != l.target) {
          measured = "，" + l.labelled(k, value);
        } else if (!unit.isEmpty()) {
          measured = TableHeaders.withUnit(value, unit);
          unitUsed |= measured.length() != value.length();
        } else {
          // 年度计划投资（万元） · 12000: the header's unit, and its words when they name more than a target
          measured = headerWords.targetText(l.names[k], value);
        }
        text = text + measured;
        continue;
      }
      if (l.roles[k] != null && l.roles[k] != Column.ACTUAL && l.roles[k] != Column.DEADLINE) {
        continue;
      }
      // A column the format does not know (备注, 增长%), or a due date that names no month (长期坚持, or
      // 12月底 in a report of no known year), kept in the narrative under its header.
      if (extra == null) {
        extra = new StringBuilder(narrative);
      }
      if (extra.length() > 0) {
        extra.append('\n');
      }
      extra.append(l.labelled(k, cell.strip()));
    }
    if (!unitUsed) {
      // No bare number took the unit of measure: it is kept, as every cell is.
      extra = extra == null ? new StringBuilder(narrative) : extra;
      extra.append(extra.length() > 0 ? "\n" : "").append(l.headers[l.measureUnit]).append('：').append(unit);
    }
    if (extra != null) {
      narrative = extra.toString();
    }
    List<String> responsible = splitUnits(r.cell(l.units), format.unitSeparators());
    String supporting = r.cell(l.supportingUnits);
    if (!supporting.isBlank()) {
      responsible = new ArrayList<>(responsible);
      for (String helper : splitUnits(supporting, format.unitSeparators())) {
        if (!responsible.contains(helper)) {
          responsible.add(helper);
        }
      }
    }
    return Task.builder()
        .section(r.section.optionalName)
        .number(r.number)
        .text(text)
        .responsibleUnits(responsible)
        .deadline(due)
        .outcome(Outcome.of(narrative, Status.UNDETERMINED))
        .build();
  }

  /** The header of a second target column without its word of aim: 目标增速(%) → 增速(%). */
  private static String targetLabel(String header) {
    String label = header.replace("年度目标", "").replace("目标", "").replace("预期", "").replace("计划", "");
    return label.isEmpty() || label.charAt(0) == '(' || label.charAt(0) == '（' ? header : label;
  }

  private DeclaredTotals totals() {
    DeclaredTotals.Builder totals = DeclaredTotals.builder();
    if (declaredTotal != null) {
      totals.total(declaredTotal);
    }
    // The summary may name a section a little differently from its heading (已完成 / 已完成事项).
    for (Map.Entry<String, Integer> e : declaredBySection.entrySet()) {
      String name = e.getKey();
      if (!sectionsByName.containsKey(name)) {
        String match = null;
        int matches = 0;
        for (SectionDraft s : sections) {
          if (s.name.contains(name) || name.contains(s.name)) {
            match = s.name;
            matches++;
          }
        }
        if (matches == 1 && !declaredBySection.containsKey(match)) {
          name = match;
        }
      }
      totals.putBySection(name, e.getValue());
    }
    return totals.build();
  }

  /** The units of a cell, split on blanks and the separators, never inside brackets. */
  static List<String> splitUnits(String cell, String separators) {
    // Chinese characters are neither brackets nor blanks, nor separators unless one is (和).
    boolean skipIdeographs = !hasIdeograph(separators);
    List<String> units = new ArrayList<>(4);
    int depth = 0;
    int start = 0;
    int n = cell.length();
    for (int i = 0; i < n; i++) {
      char c = cell.charAt(i);
      if (skipIdeographs && c >= 0x4E00 && c <= 0x9FFF) {
        continue;
      }
      if (c == '（' || c == '(' || c == '【' || c == '[' || c == '〔') {
        depth++;
      } else if (c == '）' || c == ')' || c == '】' || c == ']' || c == '〕') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (isBlank(c) || separators.indexOf(c) >= 0)) {
        if (i > start) {
          units.add(cell.substring(start, i));
        }
        start = i + 1;
      }
    }
    if (n > start) {
      units.add(cell.substring(start, n));
    }
    return units;
  }

  private static boolean hasIdeograph(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x4E00 && s.charAt(i) <= 0x9FFF) {
        return true;
      }
    }
    return false;
  }

  /** {@code s} without the blanks ({@link #isBlank(char)}) at either end. */
  static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isBlank(s.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  static String stripSpaces(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isBlank(c)) {
        if (b == null) {
          b = new StringBuilder(s.length()).append(s, 0, i);
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private ReportReadException fail(int line, String reason) {
    return new ReportReadException(source, "line " + line, reason);
  }

  static String abbreviate(String s) {
    return s.length() > 64 ? s.substring(0, 64) + "…" : s;
  }

  // ---------------------------------------------------------------- small values

  /** The columns of a table: a role per column (null for one the format does not know) and the header text. */
  private static final class Layout {
    final Column[] roles;
    final String[] headers;
    final int width;
    final int number;
    final int task;
    final int units;
    final int narrative;
    final int target;
    final int actual;
    final int measureUnit;
    final int supportingUnits;
    final int deadline;
    /** Per column: its name under which a cell is kept, and, when its header gives a unit, the label and the unit. */
    final String[] names;
    private final String[] labels;
    private final String[] headerUnits;

    Layout(Column[] roles, String[] headers) {
      this.roles = roles;
      this.headers = headers;
      this.width = roles.length;
      this.number = indexOf(Column.NUMBER);
      this.task = indexOf(Column.TASK);
      this.units = indexOf(Column.UNITS);
      this.narrative = indexOf(Column.NARRATIVE);
      this.target = indexOf(Column.TARGET);
      this.actual = indexOf(Column.ACTUAL);
      this.measureUnit = indexOf(Column.MEASURE_UNIT);
      this.supportingUnits = indexOf(Column.SUPPORTING_UNITS);
      this.deadline = indexOf(Column.DEADLINE);
      // Each column's name and the unit its header gives, read once per table, not per row.
      this.names = new String[width];
      this.labels = new String[width];
      this.headerUnits = new String[width];
      for (int k = 0; k < width; k++) {
        String name = headers[k] == null || headers[k].isEmpty() ? "第" + (k + 1) + "列" : headers[k];
        names[k] = roles[k] == Column.TARGET && k != target ? targetLabel(name) : name;
        String unit = TableHeaders.unit(names[k]);
        if (!unit.isEmpty()) {
          labels[k] = TableHeaders.label(names[k]);
          headerUnits[k] = unit;
        }
      }
    }

    /** Column {@code k}'s header as written, or null when the table has no such column or no header. */
    String header(int k) {
      return k >= 0 ? headers[k] : null;
    }

    /**
     * A cell of a column without a role of its own under its header: a number whose unit the header
     * gives, as the reports write it (增长% and 5.2 → 增长5.2%, 增速(%) and 7以上 → 增速7%以上), anything
     * else as 备注：….
     */
    String labelled(int k, String value) {
      if (headerUnits[k] != null) {
        String measured = TableHeaders.withUnit(value, headerUnits[k]);
        if (measured.length() != value.length()) {
          return labels[k] + measured;
        }
      }
      return names[k] + "：" + value;
    }

    private int indexOf(Column column) {
      for (int i = 0; i < roles.length; i++) {
        if (roles[i] == column) {
          return i;
        }
      }
      return -1;
    }

    boolean sameAs(Layout other) {
      return Arrays.equals(roles, other.roles);
    }
  }

  static final class SectionDraft {
    final String name;
    final Optional<String> optionalName;
    final Status status;
    Integer count;
    int last;

    SectionDraft(String name, Status status, Integer count) {
      this.name = name;
      this.optionalName = Optional.ofNullable(name);
      this.status = status;
      this.count = count;
    }
  }

  /** A row being read: its cells by column, and how many cells its lines have filled so far. */
  static final class Row {
    final int line;
    final int number;
    final SectionDraft section;
    final boolean numbered;
    final Layout layout;
    final String[] cells;
    int received;

    Row(int line, int number, SectionDraft section, boolean numbered, Layout layout) {
      this.line = line;
      this.number = number;
      this.section = section;
      this.numbered = numbered;
      this.layout = layout;
      this.cells = new String[layout.width];
    }

    String cell(int k) {
      return k >= 0 && cells[k] != null ? cells[k] : "";
    }
  }
}
