package io.github.workreport.text;

import io.github.workreport.Unit;
import io.github.workreport.text.TableTextFormat.Column;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a task table's header cells, as every reader of tables understands them: which
 * column a header names (by a {@link TableTextFormat}'s aliases), whether it is a period's
 * achievement (1-9月完成投资（万元）), the unit and the label it gives the numbers below it
 * (万元 and 年度计划投资), and whether it names the date the table is as of (截至9月底进展情况). The text
 * reader and the workbook reader both ask here, so that one table reads the same whatever file it
 * comes in. Only what a reader outside this package needs is public; the rest (the unit and label
 * a header gives, whether it names a date) serves the public methods.
 *
 * <pre>{@code
 * TableHeaders headers = TableHeaders.of(TableTextFormat.DEFAULT);
 * headers.column("1-9月完成投资（万元）");                 // ACTUAL
 * headers.targetText("年度计划投资（万元）", "5000");        // ，年度计划投资5000万元
 * TableHeaders.achievedText("1-9月完成投资（万元）", "9800"); // 1-9月完成投资9800万元
 * TableHeaders.datedTitle("某县2021年…分解表", "截至9月底进展情况", null); // dated September
 * }</pre>
 *
 * <p>Headers are compared as written, white space aside: a reader that folds widths or drops
 * punctuation first loses the brackets that hold a unit and the dash of 1-9月. Instances are
 * immutable and thread-safe.
 */
public final class TableHeaders {
  /** Header words that say no more than that a column holds the target, besides the format's target names. */
  private static final List<String> BARE_TARGET_WORDS = List.of("目标", "计划", "指标", "目标任务", "年度目标任务",
      "工作目标", "主要指标", "目标任务数", "任务数");

  /**
   * 1-6月完成, 上半年, 前三季度实际完成, 9月份累计, 实际完成数, 1-9月完成投资（万元）: a period's achievement
   * as a column header, the thing measured named or not, its unit in brackets or not.
   */
  private static final Pattern ACHIEVED = Pattern.compile(
      "(?:(\\d{4}年)?((\\d{1,2}[-—－~～至到])?\\d{1,2}月份?|上半年|前三季度|[一二三四]季度)(实际|累计)?(完成)?(数|值|额|量)?"
          + "|(\\d{4}年)?(全年)?(实际|累计)?完成(数|值|额|量)?"
          + "|(\\d{4}年)?((\\d{1,2}[-—－~～至到])?\\d{1,2}月份?|上半年|前三季度|[一二三四]季度|全年)?(实际|累计)?完成"
          + "(投资|产值|金额|营收|收入|面积|里程|数量|工程量)(数|值|额|量)?)"
          + "\\s*(?:[（(][^（()）]{1,4}[)）])?");

  /** Words that date a column: 截至9月底进展情况, 完成情况（截至6月底）, 1-9月完成, 上半年. */
  private static final Pattern AS_OF =
      Pattern.compile("截至|截止|\\d{1,2}月|[一二三四五六七八九十]{1,2}月|上半年|前三季度|[一二三四]季度");

  /** A unit written in a header: 增长% / 增速（%） / 完成额(亿元). */
  private static final Pattern UNIT = Pattern.compile("(.*?)\\s*(?:[（(]([^（()）]{1,4})[)）]|(%|％))");

  private static final TableHeaders DEFAULT = new TableHeaders(TableTextFormat.DEFAULT);

  private final Map<Column, List<String>> aliases;
  private final Set<String> targetWords;

  private TableHeaders(TableTextFormat format) {
    this.aliases = format.headerAliases();
    Set<String> words = new HashSet<>(BARE_TARGET_WORDS);
    words.addAll(aliases.getOrDefault(Column.TARGET, List.of()));
    this.targetWords = Set.copyOf(words);
  }

  /**
   * The header words of a format.
   *
   * @param format the format whose {@link TableTextFormat#headerAliases()} name the columns
   * @return the header words
   */
  public static TableHeaders of(TableTextFormat format) {
    return format.equals(TableTextFormat.DEFAULT) ? DEFAULT : new TableHeaders(format);
  }

  /**
   * The column a header names on its own, before the rest of its row is known: a format's alias
   * equal to it, else a period's achievement (1-6月完成, 1-9月完成投资（万元）), else the longest
   * alias it contains (落实进展情况 is the narrative; {@link Column#MEASURE_UNIT} only by an equal
   * name), else a target for a header of aim that names no time or state (目标增速(%), 2015年目标).
   *
   * @param header the header as written, white space removed; in traditional characters (責任單位)
   *     it names what its simplified form names
   * @return the column, or empty when the header names none
   */
  public Optional<Column> column(String header) {
    return columnOfSimplified(Lexer.simplified(header));
  }

  /**
   * {@link #column(String)} of a header already in simplified characters ({@link Lexer#simplified}),
   * for the text reader, which simplifies each header cell once and keeps it for the rest of its row.
   */
  Optional<Column> columnOfSimplified(String header) {
    if (header.isEmpty()) {
      return Optional.empty();
    }
    for (Map.Entry<Column, List<String>> e : aliases.entrySet()) {
      if (e.getValue().contains(header)) {
        return Optional.of(e.getKey());
      }
    }
    if (isAchieved(header)) {
      return Optional.of(Column.ACTUAL);
    }
    Column best = null;
    int bestLength = 0;
    for (Map.Entry<Column, List<String>> e : aliases.entrySet()) {
      if (e.getKey() == Column.MEASURE_UNIT) {
        continue;
      }
      for (String alias : e.getValue()) {
        if (alias.length() > bestLength && header.contains(alias)) {
          best = e.getKey();
          bestLength = alias.length();
        }
      }
    }
    if (best == null && (header.contains("目标") || header.startsWith("预期") || header.startsWith("计划"))
        && !header.contains("完成") && !header.contains("时") && !header.contains("情况")) {
      return Optional.of(Column.TARGET);
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether a header names a period's achievement: 1-6月完成, 上半年, 前三季度实际完成, 实际完成数,
   * 1-9月完成投资（万元）, a unit in brackets allowed after it.
   *
   * @param header the header as written, white space removed
   * @return true for an achievement column
   */
  static boolean isAchieved(String header) {
    return ACHIEVED.matcher(header).matches();
  }

  /**
   * Whether a header says what date its column is as of: 截至9月底进展情况, 完成情况（截至6月底）, 1-9月完成,
   * 上半年. A reader dates a report from such a header when its title names no month.
   *
   * @param header the header as written
   * @return true when the header names a date
   */
  static boolean namesDate(String header) {
    return AS_OF.matcher(header).find();
  }

  /**
   * What a report is dated by ({@link ReportTitle#parse}): its title, then those of the narrative's
   * and the achievement's headers that name a date. A title that names no month leaves it to the
   * table (截至9月底进展情况, 完成情况（截至6月底）, 1-9月完成).
   *
   * @param title the title and summary lines above the table
   * @param headers the headers of the narrative and achievement columns, in order; null or empty
   *     for a column the table lacks
   * @return the words to read the report's year and period from
   */
  public static String datedTitle(String title, String... headers) {
    StringBuilder out = new StringBuilder(title);
    for (String header : headers) {
      if (header != null && namesDate(header)) {
        out.append(' ').append(header);
      }
    }
    return out.toString();
  }

  /**
   * The unit a header gives the numbers of its column: 万元 in 年度计划投资（万元）, % in 增长% or
   * 增速（%）; empty when it gives none, or is nothing but the unit.
   *
   * @param header the header as written
   * @return the unit, or empty
   */
  static String unit(String header) {
    Matcher m = UNIT.matcher(header);
    if (!m.matches() || m.group(1).isEmpty()) {
      return "";
    }
    return m.group(2) != null ? m.group(2) : m.group(3);
  }

  /**
   * A header without the unit it gives ({@link #unit}): 年度计划投资 in 年度计划投资（万元）; the header
   * itself when it gives no unit.
   *
   * @param header the header as written
   * @return the label
   */
  static String label(String header) {
    Matcher m = UNIT.matcher(header);
    return m.matches() && !m.group(1).isEmpty() ? m.group(1) : header;
  }

  /**
   * Whether a header's words say no more than that the column holds the target: the format's
   * target names (年度目标, 计划数 …) and the bare words 目标, 计划, 指标, 目标任务 and their like.
   *
   * @param label a header, or its {@link #label}
   * @return true for a bare word of aim
   */
  boolean isTargetWord(String label) {
    return targetWords.contains(label.strip());
  }

  /**
   * What a target cell adds to its task's text when the table gives its numbers no unit column:
   * the unit its header gives after a bare number, and the header's words before it when they name
   * more than the target (年度计划投资（万元） and 5000 → ，年度计划投资5000万元; 目标任务 and 8600人 →
   * 8600人).
   *
   * @param header the target column's header as written
   * @param cell the cell, stripped
   * @return the words to append to the task's text
   */
  public String targetText(String header, String cell) {
    String measured = withUnit(cell, unit(header));
    String label = label(header);
    return isTargetWord(label) || measured.length() == cell.length() ? measured : "，" + label + measured;
  }

  /**
   * An achievement cell as its narrative states it, when the table gives its numbers no unit
   * column: under its header, the unit the header gives after a bare number (1-9月完成投资（万元） and
   * 9800 → 1-9月完成投资9800万元; 1-6月完成 and 1250亿元 → 1-6月完成1250亿元).
   *
   * @param header the achievement column's header as written
   * @param cell the cell, stripped
   * @return the line to add to the narrative
   */
  public static String achievedText(String header, String cell) {
    String measured = withUnit(cell, unit(header));
    return (measured.length() != cell.length() ? label(header) : header) + measured;
  }

  /**
   * The unit a sheet declares once above its table for its bare figures (单位：万元; （单位：亿元、%，注明者除外）): the first
   * of a count, money or a measure named after a 单位： in {@code lines}, which a sheet reader passes as the rows above
   * its header. A percentage is no such unit: a sheet that declares only % declares none.
   *
   * <pre>{@code
   * TableHeaders.declaredUnit(List.of("某县2021年重点项目推进表", "（单位：亿元、%，注明者除外）")); // 亿元
   * }</pre>
   *
   * @param lines the text of the rows above a table's header, top to bottom
   * @return the declared unit, or empty if the lines declare none
   * @throws NullPointerException if {@code lines} or one of them is null
   */
  public static Optional<Unit> declaredUnit(List<String> lines) {
    for (String line : lines) {
      int at = line.indexOf("单位");
      while (at >= 0) {
        int k = at + 2;
        while (k < line.length() && Lexicon.isSpace(line.charAt(k))) {
          k++;
        }
        if (k < line.length() && (line.charAt(k) == '：' || line.charAt(k) == ':')) {
          Optional<Unit> unit = firstUnitOf(line, k + 1);
          if (unit.isPresent()) {
            return unit;
          }
        }
        at = line.indexOf("单位", at + 2);
      }
    }
    return Optional.empty();
  }

  /** The first unit of count, money or a measure in the list of units from {@code from}: 亿元 of 亿元、%，注明者除外. */
  private static Optional<Unit> firstUnitOf(String line, int from) {
    int k = from;
    while (k < line.length()) {
      while (k < line.length() && Lexicon.isSpace(line.charAt(k))) {
        k++; // 单位： 万元, as a PDF copy spaces it
      }
      int end = k;
      while (end < line.length() && "、，,；;）)".indexOf(line.charAt(end)) < 0 && !Lexicon.isSpace(line.charAt(end))) {
        end++;
      }
      String symbol = end > k ? Grammar.unitNamed(line.substring(k, end)) : null;
      if (symbol != null && !symbol.equals("%")) {
        return Optional.of(Unit.parse(symbol));
      }
      if (end >= line.length() || "、，,".indexOf(line.charAt(end)) < 0) {
        return Optional.empty();
      }
      k = end + 1;
    }
    return Optional.empty();
  }

  /**
   * {@code cell} with {@code unit} after its first number where the number has none: 105 → 105亿元,
   * 4.5以内 → 4.5%以内, 1.5万 → 1.5万人; unchanged when it has one (增长6%) or names the unit already.
   *
   * @param cell a cell's text
   * @param unit the unit, or empty to leave the cell as it is
   * @return the cell with its unit
   */
  static String withUnit(String cell, String unit) {
    if (unit.isEmpty() || cell.contains(unit)) {
      return cell;
    }
    int start = 0;
    while (start < cell.length() && !isDigitChar(cell.charAt(start))) {
      start++;
    }
    if (start == cell.length()) {
      return cell;
    }
    int end = start;
    while (end < cell.length() && (isDigitChar(cell.charAt(end)) || cell.charAt(end) == '.' || cell.charAt(end) == ',')) {
      end++;
    }
    while (end < cell.length() && "万亿千百".indexOf(cell.charAt(end)) >= 0 && unit.indexOf(cell.charAt(end)) < 0) {
      end++;
    }
    if (end < cell.length() && (cell.charAt(end) == '%' || cell.charAt(end) == '％' || cell.charAt(end) == '‰'
        || cell.charAt(end) < 0x80 && Character.isLetter(cell.charAt(end)))) {
      return cell;
    }
    return cell.substring(0, end) + unit + cell.substring(end);
  }

  private static boolean isDigitChar(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }
}
