package io.github.workreport.text;

import io.github.workreport.ReportReadException;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The line-level forms of the table text format, each recognised by hand-written scanning (no
 * regular expressions: they run on every line): the number that opens a row, a section heading
 * with its count, and the declared totals of a summary line.
 */
final class TableTextLines {
  private TableTextLines() {}

  /**
   * The lines of a text, one at a time, without their line ends (LF, CRLF or CR) and without a
   * byte-order mark at the very start; a line longer than the limit is refused, so that a text
   * without line breaks is never held whole.
   */
  static final class LineReader {
    private final Reader in;
    /** The whole text when it is a string already: lines are then ranges of it, not copies. */
    private final String whole;
    private final String source;
    private final int limit;
    private final char[] buffer;
    private int pos;
    private int end;
    private int number;
    private boolean afterCr;
    private boolean eof;
    private boolean bomChecked;
    private final StringBuilder line = new StringBuilder();

    /** The text of the line last found by {@link #advance()}, from {@link #start()} to {@link #end()}. */
    private String text;
    private int start;
    private int stop;

    LineReader(Reader in, String source, int limit) {
      this.in = in;
      this.whole = null;
      this.buffer = new char[8192];
      this.source = source;
      this.limit = limit;
    }

    LineReader(String whole, String source, int limit) {
      this.in = null;
      this.whole = whole;
      this.buffer = null;
      this.source = source;
      this.limit = limit;
    }

    /** The number of the line last returned, from 1. */
    int number() {
      return number;
    }

    /**
     * Finds the next line: false at the end of the text, else the line is {@link #text()} from
     * {@link #start()} to {@link #end()}, which for a text read whole is the text itself.
     */
    boolean advance() {
      if (whole == null) {
        text = next();
        start = 0;
        stop = text == null ? 0 : text.length();
        return text != null;
      }
      return advanceWithin();
    }

    /** The text holding the line last found. */
    String text() {
      return text;
    }

    /** Where the line last found starts in {@link #text()}. */
    int start() {
      return start;
    }

    /** Where the line last found ends in {@link #text()}, before its line end. */
    int end() {
      return stop;
    }

    /** {@link #advance()} on a text read whole: the same lines as {@link #next()} gives, without copying them. */
    private boolean advanceWithin() {
      String s = whole;
      int length = s.length();
      int p = pos;
      if (afterCr) {
        afterCr = false;
        if (p < length && s.charAt(p) == '\n') {
          p++;
        }
      }
      if (!bomChecked && p < length && s.charAt(p) != '\n' && s.charAt(p) != '\r') {
        bomChecked = true;
        if (s.charAt(p) == '\uFEFF') {
          p++;
          if (p == length) { // a text of nothing but the mark has no line
            pos = p;
            return false;
          }
        }
      }
      if (p == length) {
        pos = p;
        return false;
      }
      int q = p;
      while (q < length && s.charAt(q) != '\n' && s.charAt(q) != '\r') {
        q++;
      }
      if (q - p > limit) {
        throw new ReportReadException(source, "line " + (number + 1),
            "the line is longer than " + limit + " characters (TableTextFormat.maxLineLength)");
      }
      text = s;
      start = p;
      stop = q;
      number++;
      if (q < length) {
        afterCr = s.charAt(q) == '\r';
        q++;
      }
      pos = q;
      return true;
    }

    /** The next line, or null at the end of the text. */
    private String next() {
      line.setLength(0);
      boolean any = false;
      while (true) {
        if (pos == end) {
          if (eof || !fill()) {
            eof = true;
            if (!any) {
              return null;
            }
            return done();
          }
        }
        if (afterCr) {
          afterCr = false;
          if (buffer[pos] == '\n') {
            pos++;
            continue;
          }
        }
        if (!bomChecked && buffer[pos] != '\n' && buffer[pos] != '\r') {
          bomChecked = true;
          if (buffer[pos] == '\uFEFF') {
            pos++;
            continue;
          }
        }
        // The rest of the line in this buffer, copied at once: most lines end inside one buffer.
        int from = pos;
        int stop = from;
        while (stop < end && buffer[stop] != '\n' && buffer[stop] != '\r') {
          stop++;
        }
        if (stop > from) {
          any = true;
          if (line.length() + (stop - from) > limit) {
            throw new ReportReadException(source, "line " + (number + 1),
                "the line is longer than " + limit + " characters (TableTextFormat.maxLineLength)");
          }
          line.append(buffer, from, stop - from);
        }
        pos = stop;
        if (stop < end) {
          pos++;
          afterCr = buffer[stop] == '\r';
          return done();
        }
      }
    }

    private String done() {
      number++;
      return line.toString();
    }

    private boolean fill() {
      try {
        int n;
        do {
          n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
          return false;
        }
        pos = 0;
        end = n;
        return true;
      } catch (IOException e) {
        throw new ReportReadException(source, "line " + (number + 1), "cannot read: " + e.getMessage(), e);
      }
    }
  }

  /** The number opening a row: {@code 13.}, {@code 13、}, {@code 13．}, {@code （十三）}, {@code (13)}, {@code 十三、}. */
  static final class RowNumber {
    /** How sure the form is: 13、 is a number; 13.5万 or 2020 年 may be text that begins with one. */
    enum Form { DELIMITED, AMBIGUOUS, BARE }

    final int value;
    final String rest;
    final Form form;

    private RowNumber(int value, String rest, Form form) {
      this.value = value;
      this.rest = rest;
      this.form = form;
    }

    /** The number at the start of a trimmed, non-empty cell, or null. */
    static RowNumber parse(String cell) {
      int n = cell.length();
      char c = cell.charAt(0);
      if (c == '(' || c == '（') {
        int close = 1;
        while (close < n && close <= 6 && cell.charAt(close) != ')' && cell.charAt(close) != '）') {
          close++;
        }
        if (close >= n || close > 6) {
          return null;
        }
        int value = value(cell, 1, close);
        return value < 1 ? null : new RowNumber(value, rest(cell, close + 1), Form.DELIMITED);
      }
      if (isDigit(c)) {
        int j = 0;
        while (j < n && isDigit(cell.charAt(j))) {
          j++;
        }
        if (j > 7) {
          return null;
        }
        int value = arabic(cell, 0, j);
        if (value < 1) {
          return null;
        }
        if (j == n) {
          return new RowNumber(value, "", Form.BARE);
        }
        char d = cell.charAt(j);
        Form form;
        if (d == '、' || d == ')' || d == '）') {
          form = Form.DELIMITED;
        } else if (d == '.' || d == '．') {
          form = j + 1 < n && isDigit(cell.charAt(j + 1)) ? Form.AMBIGUOUS : Form.DELIMITED;
        } else if (TableTextReader.isBlank(d)) {
          form = Form.AMBIGUOUS;
        } else {
          return null;
        }
        if (j >= 4) {
          form = Form.AMBIGUOUS; // 2020、2021年… is text; 1234. is a row only where 1234 comes next
        }
        return new RowNumber(value, rest(cell, j + 1), form);
      }
      int circled = circled(c);
      if (circled > 0) {
        // ①…⑳, ⑴…⒇, ⒈…⒛, ㈠…㈩: a row's number where the rows are so numbered, but sub-items inside a cell
        // may be numbered alike, so a line opening with one starts a row only where its number comes next
        return new RowNumber(circled, rest(cell, 1), Form.AMBIGUOUS);
      }
      if (ChineseNumerals.digit(c) > 0 || c == '十') {
        int j = 0;
        while (j < n && j < 4 && ChineseNumerals.isNumeral(cell.charAt(j))) {
          j++;
        }
        if (j < n && (cell.charAt(j) == '、' || cell.charAt(j) == '．' || cell.charAt(j) == '.')) {
          int value = ChineseNumerals.parse(cell, 0, j);
          return value < 1 ? null : new RowNumber(value, rest(cell, j + 1), Form.DELIMITED);
        }
      }
      return null;
    }

    /** The number a single character writes in a circle or with its mark (①, ⑴, ⒈, ㈠, ㉑), or 0. */
    static int circled(char c) {
      if (c >= '\u2460' && c <= '\u249B') {
        return (c - '\u2460') % 20 + 1; // ①-⑳, ⑴-⒇, ⒈-⒛: three runs of twenty
      }
      if (c >= '\u3251' && c <= '\u325F') {
        return c - '\u3251' + 21; // ㉑-㉟
      }
      if (c >= '\u32B1' && c <= '\u32BF') {
        return c - '\u32B1' + 36; // ㊱-㊿
      }
      if (c >= '\u3220' && c <= '\u3229') {
        return c - '\u3220' + 1; // ㈠-㈩
      }
      return 0;
    }

    private static int value(String s, int from, int to) {
      while (from < to && TableTextReader.isBlank(s.charAt(from))) {
        from++;
      }
      while (to > from && TableTextReader.isBlank(s.charAt(to - 1))) {
        to--;
      }
      if (from == to) {
        return -1;
      }
      boolean digits = true;
      for (int i = from; i < to; i++) {
        digits &= isDigit(s.charAt(i));
      }
      return digits ? (to - from <= 4 ? arabic(s, from, to) : -1) : ChineseNumerals.parse(s, from, to);
    }
  }

  /** A section heading: {@code 已完成 98 项:}, {@code 二、持续推进（11项）}, {@code （一）经济发展}. */
  static final class Heading {
    final String name;
    final Integer count;
    /**
     * A heading that is one only by its ordinal (（一）经济发展, 二、推动文旅产业高质量发展): it groups tasks by what they are
     * about and says nothing of their status or number.
     */
    final boolean topic;

    private Heading(String name, Integer count, boolean topic) {
      this.name = name;
      this.count = count;
      this.topic = topic;
    }

    /** The heading a one-cell line states, or null when it is not one. */
    static Heading parse(String line) {
      int n = line.length();
      if (n > 40) {
        return null;
      }
      int end = n;
      boolean colon = false;
      while (end > 0 && (line.charAt(end - 1) == ':' || line.charAt(end - 1) == '：'
          || TableTextReader.isBlank(line.charAt(end - 1)))) {
        colon |= line.charAt(end - 1) != ' ';
        end--;
      }
      if (end == 0 || line.charAt(end - 1) == '。') {
        return null;
      }
      int start = 0;
      boolean ordinal = false;
      char c = line.charAt(0);
      if (isDigit(c)) {
        return null; // 13. opens a row, never a heading
      }
      if (c == '(' || c == '（' || ChineseNumerals.isNumeral(c)) {
        RowNumber number = RowNumber.parse(line.substring(0, end));
        if (number != null && number.form == RowNumber.Form.DELIMITED) {
          ordinal = true;
          start = end - number.rest.length();
        }
      }
      String body = TableTextReader.trim(line.substring(start, end));
      // 续 marks a heading repeated after a page break: 已完成（续）.
      for (String mark : new String[] {"（续）", "(续)", "续表", "续"}) {
        if (body.endsWith(mark) && body.length() > mark.length()) {
          body = TableTextReader.trim(body.substring(0, body.length() - mark.length()));
          break;
        }
      }
      Integer count = null;
      int[] parsed = trailingCount(body);
      if (parsed != null) {
        count = parsed[0];
        body = TableTextReader.trim(body.substring(0, parsed[1]));
      }
      while (!body.isEmpty() && (body.endsWith(":") || body.endsWith("："))) {
        body = TableTextReader.trim(body.substring(0, body.length() - 1));
      }
      String name = body;
      if (name.isEmpty() || name.length() > 20) {
        return null;
      }
      for (int i = 0; i < name.length(); i++) {
        char d = name.charAt(i);
        if (isDigit(d) || "。，,；;、！？!?\t".indexOf(d) >= 0) {
          return null;
        }
      }
      // a heading naming how the work went (主要指标完成情况) declares no status, so starts with no status word
      boolean status = startsWithStatusWord(name) && name.length() <= 10;
      if (count != null || ordinal || status) {
        return new Heading(name, count, count == null && !status && !StatusCues.ofHeading(name).isDetermined());
      }
      return null;
    }

    /** 98 项 / （98项） / 共98项 / （共 98 项） at the end: {count, start of the count's text}, or null. */
    private static int[] trailingCount(String s) {
      int e = s.length();
      boolean paren = false;
      if (e > 0 && (s.charAt(e - 1) == ')' || s.charAt(e - 1) == '）')) {
        paren = true;
        e--;
      }
      e = skipBlanksBack(s, e);
      if (e == 0 || s.charAt(e - 1) != '项') {
        return null;
      }
      e = skipBlanksBack(s, e - 1);
      int digitsEnd = e;
      while (e > 0 && isDigit(s.charAt(e - 1))) {
        e--;
      }
      if (e == digitsEnd || digitsEnd - e > 7) {
        return null;
      }
      int count = arabic(s, e, digitsEnd);
      e = skipBlanksBack(s, e);
      for (String word : new String[] {"共计", "合计", "总计", "共"}) {
        if (s.startsWith(word, e - word.length())) {
          e -= word.length();
          break;
        }
      }
      e = skipBlanksBack(s, e);
      if (paren) {
        if (e == 0 || s.charAt(e - 1) != '(' && s.charAt(e - 1) != '（') {
          return null;
        }
        e--;
      }
      return new int[] {count, e};
    }

    private static boolean startsWithStatusWord(String name) {
      for (String word : STATUS_WORDS) {
        if (name.startsWith(word)) {
          return StatusCues.ofHeading(name).isDetermined();
        }
      }
      return false;
    }

    private static final String[] STATUS_WORDS = {
      "已完成", "完成", "基本完成", "超额完成", "全面完成", "持续推进", "正在推进", "推进中", "加快推进",
      "未完成", "尚未完成", "进行中", "正在实施", "实施中", "滞后", "进度滞后", "已办结"
    };
  }

  /** The totals a summary line declares: 共计 107 项，其中，已完成 96 项，持续推进 11 项. */
  static final class Totals {
    final Integer total;
    final Map<String, Integer> bySection;

    private Totals(Integer total, Map<String, Integer> bySection) {
      this.total = total;
      this.bySection = bySection;
    }

    /** The totals a line declares, or null when it declares none. */
    static Totals parse(String line) {
      Integer total = null;
      Map<String, Integer> bySection = new LinkedHashMap<>();
      String firstName = null;
      int firstCount = 0;
      int n = line.length();
      int start = 0;
      for (int i = 0; i <= n; i++) {
        if (i == n || "，,；;。、()（）:：".indexOf(line.charAt(i)) >= 0) {
          if (i > start) {
            String segment = TableTextReader.trim(line.substring(start, i));
            int[] parsed = Heading.trailingCount(segment);
            if (parsed != null) {
              String name = TableTextReader.trim(segment.substring(0, parsed[1]));
              if (firstName == null) {
                firstName = name;
                firstCount = parsed[0];
              }
              boolean totalWord = segment.substring(parsed[1]).startsWith("共")
                  || segment.substring(parsed[1]).startsWith("合计")
                  || segment.substring(parsed[1]).startsWith("总计");
              if (name.startsWith("其中")) {
                name = TableTextReader.trim(name.substring(2));
              }
              if (totalWord && (name.isEmpty() || name.endsWith("全年") || name.endsWith("任务"))
                  || name.endsWith("总数") || name.equals("总计") || name.equals("合计")) {
                if (total == null) {
                  total = parsed[0];
                }
              } else if (!name.isEmpty() && name.length() <= 12 && noDigits(name)) {
                bySection.putIfAbsent(name, parsed[0]);
              }
            }
          }
          start = i + 1;
        }
      }
      if (total == null && firstName != null && namesAllTasks(firstName)) {
        // 确定重点任务5项，已完成3项，正在推进2项: the tasks counted first, then split by status. Only
        // when the parts add up to it, so that categories (重点任务5项，民生实事10项) never pass for a total.
        int parts = 0;
        for (Map.Entry<String, Integer> section : bySection.entrySet()) {
          parts += section.getKey().equals(firstName) ? 0 : section.getValue();
        }
        if (parts > 0 && parts == firstCount) {
          total = firstCount;
          bySection.remove(firstName);
        }
      }
      return total == null && bySection.isEmpty() ? null : new Totals(total, bySection);
    }

    /** A name for the tasks as a whole (…重点任务, …民生实事), not one of their statuses. */
    private static boolean namesAllTasks(String name) {
      return (name.endsWith("任务") || name.endsWith("事项") || name.endsWith("实事") || name.endsWith("工作"))
          && !Heading.startsWithStatusWord(name) && !name.contains("完成") && !name.contains("推进");
    }

    private static boolean noDigits(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (isDigit(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Whether a one-cell line is what a PDF prints on every page rather than part of the table: a
   * page number ({@code - 12 -}, {@code —12—}, {@code 第 12 页}, {@code 第12页 共30页}) or the label of a
   * continued table ({@code 续表}, {@code 续表1}, {@code （续）}).
   */
  static boolean isPageFurniture(String cell) {
    String s = TableTextReader.stripSpaces(cell);
    int n = s.length();
    if (n < 2 || n > 16) {
      return false;
    }
    if (s.equals("续表") || s.equals("（续）") || s.equals("(续)")
        || s.startsWith("续表") && allDigits(s, 2, n)) {
      return true;
    }
    if (isDash(s.charAt(0)) && isDash(s.charAt(n - 1))) {
      int from = 1;
      int to = n - 1;
      while (from < to && isDash(s.charAt(from))) {
        from++;
      }
      while (to > from && isDash(s.charAt(to - 1))) {
        to--;
      }
      return to - from >= 1 && to - from <= 4 && allDigits(s, from, to);
    }
    if (s.charAt(0) == '第') {
      int page = s.indexOf('页');
      if (page < 2 || !allDigits(s, 1, page)) {
        return false;
      }
      String rest = s.substring(page + 1);
      return rest.isEmpty()
          || (rest.startsWith("共") || rest.startsWith("/") || rest.startsWith("，共") || rest.startsWith(",共"))
          && rest.endsWith("页") && allDigits(rest, rest.indexOf(rest.startsWith("/") ? '/' : '共') + 1, rest.length() - 1);
    }
    return false;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '－' || c == '—' || c == '–' || c == '─';
  }

  private static boolean allDigits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Chinese numerals as tasks and headings are numbered with them: 一 to 九百九十九. */
  static final class ChineseNumerals {
    private ChineseNumerals() {}

    /** 0 to 9 for 零〇一二两三四五六七八九, else -1. */
    static int digit(char c) {
      switch (c) {
        case '零': case '〇': return 0;
        case '一': return 1;
        case '二': case '两': return 2;
        case '三': return 3;
        case '四': return 4;
        case '五': return 5;
        case '六': return 6;
        case '七': return 7;
        case '八': return 8;
        case '九': return 9;
        default: return -1;
      }
    }

    static boolean isNumeral(char c) {
      return digit(c) >= 0 || c == '十' || c == '百';
    }

    /** 十三 → 13, 二十五 → 25, 一百零五 → 105; -1 when not a numeral. */
    static int parse(String s, int from, int to) {
      int total = 0;
      int digit = -1;
      if (from >= to) {
        return -1;
      }
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        int d = digit(c);
        if (d >= 0) {
          digit = d;
        } else if (c == '十') {
          total += (digit < 0 ? 1 : digit) * 10;
          digit = -1;
        } else if (c == '百') {
          if (digit < 0) {
            return -1;
          }
          total += digit * 100;
          digit = -1;
        } else {
          return -1;
        }
      }
      return digit > 0 ? total + digit : total;
    }
  }

  /** The rest of a trimmed cell from {@code from}, without the blanks there: one copy, not two. */
  private static String rest(String cell, int from) {
    while (from < cell.length() && TableTextReader.isBlank(cell.charAt(from))) {
      from++;
    }
    return cell.substring(from);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  /** The value of 1 to 7 ASCII or full-width digits. */
  static int arabic(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      v = v * 10 + (c <= '9' ? c - '0' : c - '０');
    }
    return v;
  }

  private static int skipBlanksBack(String s, int e) {
    while (e > 0 && TableTextReader.isBlank(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
