package io.github.workreport.excel;

import io.github.workreport.Bound;
import io.github.workreport.Kind;
import io.github.workreport.TextParseException;
import io.github.workreport.Unit;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the numbers of target, actual and ratio columns: numeric cells, and text cells that hold
 * one number with at most a few words around it ({@code ≥7.5%}, {@code 增长7.5%以上}, {@code 15座},
 * {@code 1,234.5}, {@code 预计12}). A cell with more than one number, or with a sentence around it,
 * is prose and left to the text parsers: a wrong number is worse than none.
 */
final class CellNumbers {
  private CellNumbers() {}

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");
  private static final Pattern TRAILING_BOUND = Pattern.compile("(及以上|以上|以内|以下|左右|之内|内|上下)$");
  private static final int MAX_WORDS = 8;

  /** A number read from a cell, with what the words around it say. */
  static final class Read {
    final BigDecimal value;
    final Unit unit;
    final Bound bound;
    final Optional<Kind> kindWord;
    final boolean firm;
    final boolean estimated;
    final boolean approximate;

    Read(BigDecimal value, Unit unit, Bound bound, Optional<Kind> kindWord, boolean firm, boolean estimated,
        boolean approximate) {
      this.value = value;
      this.unit = unit;
      this.bound = bound;
      this.kindWord = kindWord;
      this.firm = firm;
      this.estimated = estimated;
      this.approximate = approximate;
    }
  }

  /**
   * Reads a cell; {@code columnUnit} applies when the cell names no unit of its own.
   *
   * @return the number, or empty for prose and blanks
   */
  static Optional<Read> read(Cell cell, Unit columnUnit) {
    if (cell == null || cell.isBlank()) {
      return Optional.empty();
    }
    if (cell.isNumber()) {
      if (cell.format == Cell.Format.PERCENT) {
        return Optional.of(new Read(Cell.strip(cell.number.movePointRight(2)), Unit.PERCENT, Bound.EXACTLY,
            Optional.empty(), true, false, false));
      }
      return Optional.of(new Read(cell.number, columnUnit, Bound.EXACTLY, Optional.empty(), true, false, false));
    }
    String text = halfWidth(cell.text).strip();
    Matcher m = NUMBER.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int start = m.start();
    int end = m.end();
    if (m.find()) {
      return Optional.empty(); // two numbers: a range or a sentence
    }
    String before = text.substring(0, start).strip();
    String after = text.substring(end).strip();
    String bound = "";
    Matcher tb = TRAILING_BOUND.matcher(after);
    if (tb.find()) {
      bound = tb.group(1);
      after = after.substring(0, tb.start()).strip();
    }
    if (before.length() > MAX_WORDS || after.length() > 6) {
      return Optional.empty();
    }
    Unit unit = columnUnit;
    if (!after.isEmpty()) {
      Optional<Unit> written = parseUnit(after);
      if (written.isEmpty()) {
        return Optional.empty();
      }
      unit = written.get();
    }
    BigDecimal value;
    try {
      value = Cell.strip(new BigDecimal(text.substring(start, end)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    String words = before + bound;
    return Optional.of(new Read(value, unit, bound(words), kindWord(before), !any(words, "力争", "争取"),
        words.contains("预计") || words.contains("预估"),
        any(words, "约", "近", "余", "多", "超过", "左右")));
  }

  /** Whether {@code text} contains one of {@code words}; cheaper than a regular expression per cell. */
  static boolean any(String text, String... words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  static Bound bound(String words) {
    if (any(words, "以上", "不低于", "不少于", "≥", ">=", "超过", "至少", "高于", "大于")) {
      return Bound.AT_LEAST;
    }
    if (any(words, "以内", "以下", "不超过", "不高于", "≤", "<=", "控制在", "低于", "压缩至", "之内", "小于", "内")) {
      return Bound.AT_MOST;
    }
    if (any(words, "左右", "约", "上下")) {
      return Bound.ABOUT;
    }
    return Bound.EXACTLY;
  }

  private static Optional<Kind> kindWord(String words) {
    if (any(words, "下降", "降低", "减少", "压减")) {
      return Optional.of(Kind.DECLINE);
    }
    if (any(words, "增长", "增速", "增幅", "提高", "提升")) {
      return Optional.of(Kind.GROWTH);
    }
    return Optional.empty();
  }

  /** The kind of a number in {@code unit} about {@code metric}, given the words beside it. */
  static Kind kind(Unit unit, String metric, Optional<Kind> word) {
    if (unit.dimension() == Unit.Dimension.PERCENT) {
      if (word.isPresent()) {
        return word.get();
      }
      if (any(metric, "下降", "降低", "减少")) {
        return Kind.DECLINE;
      }
      if (any(metric, "增长", "增速", "增幅", "增加值增")) {
        return Kind.GROWTH;
      }
      return Kind.LEVEL;
    }
    if (unit.dimension() == Unit.Dimension.COUNT) {
      return Kind.COUNT;
    }
    if (unit.equals(Unit.NONE) || unit.dimension() == Unit.Dimension.OTHER) {
      return Kind.LEVEL;
    }
    return Kind.AMOUNT;
  }

  /** A unit column's or remark's text as a unit, if it is one. */
  static Optional<Unit> unit(String text) {
    String t = halfWidth(text).strip();
    if (t.isEmpty() || t.length() > 6) {
      return Optional.empty();
    }
    return parseUnit(t);
  }

  /** Units recur on every row of a table; parsing each anew costs more than the row's other cells. */
  private static final java.util.Map<String, Optional<Unit>> UNITS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Optional<Unit> parseUnit(String text) {
    Optional<Unit> known = UNITS.get(text);
    if (known != null) {
      return known;
    }
    Optional<Unit> unit;
    try {
      unit = Optional.of(Unit.parse(text));
    } catch (TextParseException notAUnit) {
      unit = Optional.empty();
    }
    if (UNITS.size() < 4096) {
      UNITS.put(text, unit);
    }
    return unit;
  }

  private static final Pattern INTEGER = Pattern.compile("^\\D{0,3}?(\\d{1,7})\\D{0,3}$");

  /** A task number written as {@code 12}, {@code 12.}, {@code 12、}, {@code (12)} or {@code 第12项}. */
  static OptionalInt taskNumber(Cell cell) {
    if (cell == null || cell.isBlank()) {
      return OptionalInt.empty();
    }
    if (cell.isNumber()) {
      BigDecimal n = cell.number;
      if (n.signum() >= 0 && n.scale() <= 0 && n.compareTo(BigDecimal.valueOf(10_000_000)) < 0) {
        return OptionalInt.of(n.intValue());
      }
      return OptionalInt.empty();
    }
    Matcher m = INTEGER.matcher(halfWidth(cell.text).strip());
    if (m.matches() && !m.group().contains("月") && !m.group().contains("%")) {
      return OptionalInt.of(Integer.parseInt(m.group(1)));
    }
    return OptionalInt.empty();
  }

  private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*[年./-]\\s*(\\d{1,2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*月");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

  /** The month a deadline cell names: a date, 2021年4月底前, 6月底, 年底, 年内. */
  static Optional<YearMonth> deadline(Cell cell, OptionalInt reportYear) {
    if (cell == null || cell.isBlank()) {
      return Optional.empty();
    }
    if (cell.isNumber()) {
      if (cell.format == Cell.Format.DATE && DateUtil.isValidExcelDate(cell.number.doubleValue())) {
        LocalDateTime date = DateUtil.getLocalDateTime(cell.number.doubleValue());
        return Optional.of(YearMonth.from(date));
      }
      return Optional.empty();
    }
    String t = halfWidth(cell.text);
    Matcher ym = YEAR_MONTH.matcher(t);
    if (ym.find()) {
      return month(Integer.parseInt(ym.group(1)), Integer.parseInt(ym.group(2)));
    }
    Matcher y = YEAR.matcher(t);
    OptionalInt year = y.find() ? OptionalInt.of(Integer.parseInt(y.group(1))) : reportYear;
    if (year.isEmpty()) {
      return Optional.empty();
    }
    Matcher mm = MONTH.matcher(t);
    if (mm.find()) {
      return month(year.getAsInt(), Integer.parseInt(mm.group(1)));
    }
    if (t.contains("年底") || t.contains("年内") || t.contains("年末") || t.contains("全年")) {
      return Optional.of(YearMonth.of(year.getAsInt(), 12));
    }
    return Optional.empty();
  }

  private static Optional<YearMonth> month(int year, int month) {
    return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
  }

  static String halfWidth(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
      if (c == ',' || c == '，') {
        // thousands separators between digits vanish: 1,234.5
        if (i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))) {
          if (out == null) {
            out = new StringBuilder(s.substring(0, i));
          }
          continue;
        }
      }
      if (r != c && out == null) {
        out = new StringBuilder(s.substring(0, i));
      }
      if (out != null) {
        out.append(r);
      }
    }
    return out == null ? s : out.toString();
  }
}
