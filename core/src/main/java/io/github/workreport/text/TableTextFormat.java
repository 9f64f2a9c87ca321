package io.github.workreport.text;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How {@link TableText} reads a task table written as text: the cell separator, the column layout
 * before a header row is seen, the header names it recognises, the characters that separate
 * responsible units, whether rows split by page breaks are merged back, and whether anything the
 * format does not describe is refused ({@link #strict()}) or read as well as it can be.
 *
 * <pre>{@code
 * Report r = TableText.read(text, "baqiao.txt");                       // DEFAULT
 * TableTextFormat semicolons = TableTextFormat.DEFAULT.builder()
 *     .cellSeparator(';')
 *     .headerAlias(TableTextFormat.Column.NARRATIVE, "执行情况")
 *     .strict(true)
 *     .build();
 * Report s = TableText.read(text, "other.txt", semicolons);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; {@link #builder()} starts a changed copy.
 */
public final class TableTextFormat {

  /** What a column of the table holds. */
  public enum Column {
    /** 序号: the task's number, when the table gives it a column of its own. */
    NUMBER,
    /** 主要任务: the task as the report states it (with its number in front, unless in a NUMBER column). */
    TASK,
    /** 责任单位: the responsible units, the lead first. */
    UNITS,
    /** 配合单位, 协办单位: further responsible units, after the lead ones. */
    SUPPORTING_UNITS,
    /**
     * 完成时限: when the task is due. A cell that names a month or a year (2021年12月底, 12月底前, 2022年,
     * 年底) gives the task's deadline; one that names none (长期坚持) is kept in the narrative under
     * its header.
     */
    DEADLINE,
    /** 完成情况: what the document reports about the task. */
    NARRATIVE,
    /**
     * 年度目标: an indicator table's target for the year (105, 增长6%), added to the task's text after
     * the task or indicator name, with the {@link #MEASURE_UNIT} after a bare number.
     */
    TARGET,
    /**
     * 实绩, 1-6月完成: an indicator table's achieved value, added to the narrative under its header,
     * with the {@link #MEASURE_UNIT} after a bare number.
     */
    ACTUAL,
    /**
     * 单位 in a table with a {@link #TARGET} or {@link #ACTUAL} column: the unit of measure of its
     * numbers (亿元, %, 万人), not the units responsible for the task.
     */
    MEASURE_UNIT
  }

  /**
   * The seed's format: tab-separated cells, the columns 主要任务 · 责任单位 · 完成情况 until a header
   * row says otherwise, the header names of the design brief, units separated by white space and
   * 、，,；;/／, page-break continuation rows merged, lenient.
   */
  public static final TableTextFormat DEFAULT = new Builder().build();

  /**
   * {@link #DEFAULT} with comma-separated cells: a table saved as {@code .csv} by a spreadsheet, a
   * cell holding a comma, a line break or a quote quoted as RFC 4180 has it. UTF-8 or GB18030, as
   * Excel saves it in China, both read.
   */
  public static final TableTextFormat CSV = new Builder().cellSeparator(',').build();

  private final char cellSeparator;
  private final List<Column> defaultColumns;
  private final Map<Column, List<String>> headerAliases;
  private final String unitSeparators;
  private final boolean mergeContinuationRows;
  private final boolean strict;
  private final Charset charset;
  private final long maxInputBytes;
  private final int maxRows;

  /**
   * The default {@link #maxInputBytes()}: 16 MB. A real task table is some hundred kilobytes; a
   * whole text of 16 MB, with the report read from it, fits in a 256 MB heap.
   */
  public static final long DEFAULT_MAX_INPUT_BYTES = 16L << 20;

  /** The default {@link #maxRows()}: 200 000, as for a workbook sheet. */
  public static final int DEFAULT_MAX_ROWS = 200_000;
  private final int maxLineLength;

  /** The default {@link #maxLineLength()}: 4 000 000 characters. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 4_000_000;

  private TableTextFormat(Builder b) {
    this.cellSeparator = b.cellSeparator;
    this.defaultColumns = List.copyOf(b.defaultColumns);
    EnumMap<Column, List<String>> aliases = new EnumMap<>(Column.class);
    b.headerAliases.forEach((column, names) -> aliases.put(column, List.copyOf(names)));
    this.headerAliases = Collections.unmodifiableMap(aliases);
    this.unitSeparators = b.unitSeparators;
    this.mergeContinuationRows = b.mergeContinuationRows;
    this.strict = b.strict;
    this.charset = b.charset;
    this.maxInputBytes = b.maxInputBytes;
    this.maxRows = b.maxRows;
    this.maxLineLength = b.maxLineLength;
  }

  /** The character between cells; a tab by default. @return the separator */
  public char cellSeparator() {
    return cellSeparator;
  }

  /**
   * The columns assumed until a header row is read: {@code TASK, UNITS, NARRATIVE} by default. A
   * header row (主要任务 · 责任单位 · 完成情况, in any order, with 序号 or unknown columns) replaces
   * them for the rows below it.
   *
   * @return the columns, in order
   */
  public List<Column> defaultColumns() {
    return defaultColumns;
  }

  /**
   * The header names recognised for each column. A header cell names a column when, ignoring white
   * space, it equals one of the names or contains one (the longest contained name wins), so that
   * 落实进展情况 is the narrative; a {@link Column#MEASURE_UNIT} only by equal names, so that 配合单位 is
   * not one, and only in a table with a target or an achieved column (else 单位 is the responsible
   * units). An achieved column is also named by a period and 完成 (1-6月完成, 上半年, 前三季度实际完成),
   * a target column by any header with 目标 (目标增速(%)). A header cell that names no column, or a
   * column already named, is kept as an extra column whose text is added to the narrative under its
   * header.
   *
   * @return the names, by column
   */
  public Map<Column, List<String>> headerAliases() {
    return headerAliases;
  }

  /**
   * The characters that separate responsible units in a cell, besides white space; {@code 、，,；;/／}
   * by default. Separators inside brackets do not split: 区住建局（区人防办、区城改办） is one unit.
   *
   * @return the separators
   */
  public String unitSeparators() {
    return unitSeparators;
  }

  /**
   * Whether a line that does not start with a number continues the row above it (true by
   * default). Text extracted from a PDF splits a row at a page break: the part on the next page
   * comes after a blank line, cell by cell ({@code \t\t区审计局…} continues only the narrative).
   * When false, every such line is a row of its own, numbered after the one before.
   *
   * @return true if continuation rows are merged
   */
  public boolean mergeContinuationRows() {
    return mergeContinuationRows;
  }

  /**
   * Whether to refuse, with a {@link io.github.workreport.ReportReadException} naming the line,
   * what the lenient reader would otherwise repair: a row with more or fewer cells than its header,
   * a row without a number, numbers that skip or repeat within a section, control characters.
   * False by default.
   *
   * @return true if strict
   */
  public boolean strict() {
    return strict;
  }

  /**
   * The character set to decode bytes with, when the caller knows it; empty (the default) to
   * detect it: a byte-order mark (UTF-8, UTF-16, UTF-32), else strict UTF-8, else strict GB18030.
   *
   * @return the character set
   */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /**
   * The most bytes {@link TableText} reads as one report: {@link #DEFAULT_MAX_INPUT_BYTES} unless
   * set; {@link TableText#stream streaming} has no size limit, only {@link #maxLineLength()}. Reading holds the whole text in memory, several times over while it is split into rows,
   * so a larger input — a file that is not a task table, a single line of 100 MB — is refused with
   * a {@link io.github.workreport.ReportReadException} naming the line the limit falls in and the
   * limit, after reading no more than the limit and a byte.
   *
   * @return the limit, in bytes
   */
  public long maxInputBytes() {
    return maxInputBytes;
  }

  /**
   * The most task rows read into one report: {@link #DEFAULT_MAX_ROWS} unless set; {@link
   * TableText#stream streaming} has no row limit. A report is held in memory
   * whole, so a table of short rows that fits under {@link #maxInputBytes()} can still exhaust a
   * heap; the first row beyond the limit is refused with a {@link
   * io.github.workreport.ReportReadException} naming its line. Raise it only with the heap to match.
   *
   * @return the limit
   */
  public int maxRows() {
    return maxRows;
  }

  /**
   * The longest line read, in characters (4 000 000 by default): a longer line is a {@link
   * io.github.workreport.ReportReadException} naming the line and the limit, so that text with no
   * line breaks cannot make a streaming read hold the whole input.
   *
   * @return the limit
   */
  public int maxLineLength() {
    return maxLineLength;
  }

  /** A builder initialised with this format's settings. @return the builder */
  public Builder builder() {
    return new Builder(this);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TableTextFormat)) {
      return false;
    }
    TableTextFormat f = (TableTextFormat) other;
    return cellSeparator == f.cellSeparator
        && mergeContinuationRows == f.mergeContinuationRows
        && strict == f.strict
        && defaultColumns.equals(f.defaultColumns)
        && headerAliases.equals(f.headerAliases)
        && unitSeparators.equals(f.unitSeparators)
        && Objects.equals(charset, f.charset)
        && maxInputBytes == f.maxInputBytes
        && maxRows == f.maxRows
        && maxLineLength == f.maxLineLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(cellSeparator, defaultColumns, headerAliases, unitSeparators,
        mergeContinuationRows, strict, charset, maxInputBytes, maxRows, maxLineLength);
  }

  /** {@code TableTextFormat[separator=\t, columns=[TASK, UNITS, NARRATIVE], merge, lenient]}. @return the text */
  @Override
  public String toString() {
    return "TableTextFormat[separator=" + (cellSeparator == '\t' ? "\\t" : String.valueOf(cellSeparator))
        + ", columns=" + defaultColumns
        + (mergeContinuationRows ? ", merge" : ", no merge")
        + (strict ? ", strict" : ", lenient")
        + (charset == null ? "" : ", " + charset.name())
        + (maxInputBytes == DEFAULT_MAX_INPUT_BYTES ? "" : ", at most " + maxInputBytes + " bytes")
        + (maxRows == DEFAULT_MAX_ROWS ? "" : ", at most " + maxRows + " rows")
        + (maxLineLength == DEFAULT_MAX_LINE_LENGTH ? "" : ", lines of at most " + maxLineLength + " chars") + "]";
  }

  /** Builds a {@link TableTextFormat}; start one with {@code TableTextFormat.DEFAULT.builder()}. */
  public static final class Builder {
    private char cellSeparator = '\t';
    private List<Column> defaultColumns = List.of(Column.TASK, Column.UNITS, Column.NARRATIVE);
    private final EnumMap<Column, Set<String>> headerAliases = new EnumMap<>(Column.class);
    private String unitSeparators = "、，,；;/／";
    private boolean mergeContinuationRows = true;
    private boolean strict;
    private Charset charset;
    private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
    private int maxRows = DEFAULT_MAX_ROWS;
    private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;

    private Builder() {
      headerAlias(Column.NUMBER, "序号", "编号");
      headerAlias(Column.TASK, "主要任务", "工作任务", "任务内容", "目标任务", "重点工作", "项目名称",
          "重点任务", "工作内容", "任务", "事项", "工作要点", "主要工作", "指标名称", "主要指标", "指标", "项目内容",
          "建设内容", "实施内容", "具体内容", "项目", "实事项目", "民生实事", "考核项目", "任务名称", "工作事项");
      headerAlias(Column.UNITS, "责任单位", "牵头单位", "责任部门", "牵头部门", "承办单位", "责任主体", "主责单位",
          "主办单位", "实施单位", "责任处室", "责任科室");
      headerAlias(Column.SUPPORTING_UNITS, "配合单位", "配合部门", "协办单位", "协办部门", "协同单位", "参与单位",
          "配合");
      headerAlias(Column.DEADLINE, "完成时限", "时限", "完成时间", "截止时间", "完成期限", "时间节点", "时间要求");
      headerAlias(Column.NARRATIVE, "完成情况", "落实情况", "进展情况", "落实情况及下一步工作", "进展", "落实", "推进情况",
          "执行情况", "实施情况", "办理情况", "完成状况", "工作成效");
      headerAlias(Column.TARGET, "年度目标", "全年目标", "预期目标", "计划目标", "目标值", "目标数", "年度计划", "计划数");
      headerAlias(Column.ACTUAL, "实际完成", "累计完成", "预计完成", "全年完成", "完成值", "完成数", "完成额", "完成量",
          "实际值", "实绩");
      headerAlias(Column.MEASURE_UNIT, "计量单位", "单位");
    }

    private Builder(TableTextFormat format) {
      cellSeparator = format.cellSeparator;
      defaultColumns = format.defaultColumns;
      format.headerAliases.forEach((column, names) -> headerAliases.put(column, new LinkedHashSet<>(names)));
      unitSeparators = format.unitSeparators;
      mergeContinuationRows = format.mergeContinuationRows;
      strict = format.strict;
      charset = format.charset;
      maxInputBytes = format.maxInputBytes;
      maxRows = format.maxRows;
      maxLineLength = format.maxLineLength;
    }

    /**
     * Sets the character between cells.
     *
     * @param separator the separator; not a line break
     * @return this builder
     * @throws IllegalArgumentException for {@code \n}, {@code \r} or {@code \f}
     */
    public Builder cellSeparator(char separator) {
      if (separator == '\n' || separator == '\r' || separator == '\f') {
        throw new IllegalArgumentException("a line break cannot separate cells");
      }
      this.cellSeparator = separator;
      return this;
    }

    /**
     * Sets the columns assumed until a header row is read.
     *
     * @param columns the columns in order; must include {@link Column#TASK}, each at most once
     * @return this builder
     * @throws IllegalArgumentException when TASK is missing or a column repeats
     */
    public Builder defaultColumns(Column... columns) {
      List<Column> list = List.of(columns);
      if (!list.contains(Column.TASK)) {
        throw new IllegalArgumentException("the columns must include TASK: " + list);
      }
      if (new LinkedHashSet<>(list).size() != list.size()) {
        throw new IllegalArgumentException("a column repeats: " + list);
      }
      this.defaultColumns = list;
      return this;
    }

    /**
     * Adds header names for a column.
     *
     * @param column the column
     * @param names names as written in headers, such as 执行情况; a name in traditional characters
     *     (執行情況) is kept in its simplified form, as headers are read
     * @return this builder
     */
    public Builder headerAlias(Column column, String... names) {
      Set<String> set = headerAliases.computeIfAbsent(Objects.requireNonNull(column, "column"),
          c -> new LinkedHashSet<>());
      for (String name : names) {
        String n = Lexer.simplified(TableTextReader.stripSpaces(Objects.requireNonNull(name, "name")));
        if (!n.isEmpty()) {
          set.add(n);
        }
      }
      return this;
    }

    /**
     * Replaces the header names of a column.
     *
     * @param column the column
     * @param names the names; none to recognise the column by no name
     * @return this builder
     */
    public Builder headerAliases(Column column, List<String> names) {
      headerAliases.remove(Objects.requireNonNull(column, "column"));
      return headerAlias(column, names.toArray(new String[0]));
    }

    /**
     * Sets the characters that separate responsible units, besides white space.
     *
     * @param separators the characters, such as {@code "、，,；;"}; empty to split on white space only
     * @return this builder
     */
    public Builder unitSeparators(String separators) {
      this.unitSeparators = Objects.requireNonNull(separators, "separators");
      return this;
    }

    /**
     * Sets whether lines that do not start with a number continue the row above.
     *
     * @param merge true to merge (the default)
     * @return this builder
     */
    public Builder mergeContinuationRows(boolean merge) {
      this.mergeContinuationRows = merge;
      return this;
    }

    /**
     * Sets whether to refuse what the lenient reader would repair.
     *
     * @param strict true to refuse
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Sets the character set of byte input, instead of detecting it.
     *
     * @param charset the character set, or {@code null} to detect
     * @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = charset;
      return this;
    }

    /**
     * Sets the most bytes read as one report.
     *
     * @param bytes the limit; at least 1, and less than 2 GB (a Java array holds no more)
     * @return this builder
     * @throws IllegalArgumentException for a limit out of that range
     */
    public Builder maxInputBytes(long bytes) {
      if (bytes < 1 || bytes >= Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("the input limit must be from 1 byte to under 2 GB: " + bytes);
      }
      this.maxInputBytes = bytes;
      return this;
    }

    /**
     * Sets the most task rows read.
     *
     * @param rows the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException for a limit under 1
     */
    public Builder maxRows(int rows) {
      if (rows < 1) {
        throw new IllegalArgumentException("the row limit must be at least 1: " + rows);
      }
      this.maxRows = rows;
      return this;
    }

    /**
     * Sets the longest line read, in characters.
     *
     * @param maxLineLength the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder maxLineLength(int maxLineLength) {
      if (maxLineLength < 1) {
        throw new IllegalArgumentException("maxLineLength must be at least 1: " + maxLineLength);
      }
      this.maxLineLength = maxLineLength;
      return this;
    }

    /** The format. @return the format */
    public TableTextFormat build() {
      return new TableTextFormat(this);
    }
  }
}
