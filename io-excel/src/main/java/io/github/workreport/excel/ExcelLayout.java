package io.github.workreport.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link ExcelReader} finds the task table in a workbook: which sheet, how far down to look
 * for the header row, extra header names for the {@link ExcelColumn columns}, and the limits that
 * keep a hostile file from exhausting memory.
 *
 * <pre>{@code
 * ExcelLayout layout = ExcelLayout.DEFAULT.toBuilder()
 *     .sheet("2020年")
 *     .alias(ExcelColumn.TASK, "事项名称")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExcelLayout {

  /**
   * The default layout: the first visible sheet that holds a task table, the header within the
   * first 30 rows, the built-in header names, at most 200 000 rows per sheet, and an error for a
   * sheet that holds no task table when every sheet is read.
   */
  public static final ExcelLayout DEFAULT = builder().build();

  private final Optional<String> sheet;
  private final int headerSearchRows;
  private final int maxRows;
  private final boolean skipUnrecognizedSheets;
  private final Map<ExcelColumn, List<String>> aliases;

  private ExcelLayout(Builder b) {
    this.sheet = b.sheet;
    this.headerSearchRows = b.headerSearchRows;
    this.maxRows = b.maxRows;
    this.skipUnrecognizedSheets = b.skipUnrecognizedSheets;
    Map<ExcelColumn, List<String>> copy = new EnumMap<>(ExcelColumn.class);
    b.aliases.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.aliases = Collections.unmodifiableMap(copy);
  }

  /** A builder with the default settings. @return the builder */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this layout. @return the builder */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sheet = sheet;
    b.headerSearchRows = headerSearchRows;
    b.maxRows = maxRows;
    b.skipUnrecognizedSheets = skipUnrecognizedSheets;
    aliases.forEach((k, v) -> b.aliases.put(k, new ArrayList<>(v)));
    return b;
  }

  /** The sheet to read by name; empty for the first visible sheet holding a task table. @return the sheet */
  public Optional<String> sheet() {
    return sheet;
  }

  /** How many rows from the top are searched for the header row. @return the count */
  public int headerSearchRows() {
    return headerSearchRows;
  }

  /**
   * The most rows with values a sheet may have; a larger sheet is refused with an {@link
   * ExcelReadException} at the first row beyond the limit, before it can exhaust memory. A report
   * is held in memory whole: a typical task table needs about 1 KB of heap per row, so the default
   * of 200 000 rows reads within a 256 MB heap; raise the limit only with the heap to match.
   *
   * @return the limit
   */
  public int maxRows() {
    return maxRows;
  }

  /**
   * Whether {@link ExcelReader#readAll} passes over visible sheets that hold no task table instead
   * of failing. Hidden sheets, chart sheets and empty sheets are always passed over.
   *
   * @return true to skip them
   */
  public boolean skipUnrecognizedSheets() {
    return skipUnrecognizedSheets;
  }

  /** Extra header names, tried before the built-in ones. @return the names by column */
  public Map<ExcelColumn, List<String>> aliases() {
    return aliases;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExcelLayout)) {
      return false;
    }
    ExcelLayout other = (ExcelLayout) o;
    return sheet.equals(other.sheet) && headerSearchRows == other.headerSearchRows && maxRows == other.maxRows
        && skipUnrecognizedSheets == other.skipUnrecognizedSheets && aliases.equals(other.aliases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sheet, headerSearchRows, maxRows, skipUnrecognizedSheets, aliases);
  }

  @Override
  public String toString() {
    return "ExcelLayout[sheet=" + sheet.orElse("(first task table)") + ", headerSearchRows=" + headerSearchRows
        + ", maxRows=" + maxRows + ", skipUnrecognizedSheets=" + skipUnrecognizedSheets
        + (aliases.isEmpty() ? "" : ", aliases=" + aliases) + "]";
  }

  /** Builds an {@link ExcelLayout}. */
  public static final class Builder {
    private Optional<String> sheet = Optional.empty();
    private int headerSearchRows = 30;
    private int maxRows = 200_000;
    private boolean skipUnrecognizedSheets;
    private final Map<ExcelColumn, List<String>> aliases = new EnumMap<>(ExcelColumn.class);

    private Builder() {}

    /**
     * Reads the sheet named {@code name} (hidden or not) instead of the first one with a task table.
     *
     * @param name the sheet name
     * @return this builder
     */
    public Builder sheet(String name) {
      this.sheet = Optional.of(Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * Reads the first visible sheet that holds a task table (the default).
     *
     * @return this builder
     */
    public Builder firstMatchingSheet() {
      this.sheet = Optional.empty();
      return this;
    }

    /**
     * How many rows from the top to search for the header row.
     *
     * @param rows at least 1
     * @return this builder
     */
    public Builder headerSearchRows(int rows) {
      if (rows < 1) {
        throw new IllegalArgumentException("headerSearchRows must be at least 1, was " + rows);
      }
      this.headerSearchRows = rows;
      return this;
    }

    /**
     * The most rows with values a sheet may have.
     *
     * @param rows at least 1
     * @return this builder
     */
    public Builder maxRows(int rows) {
      if (rows < 1) {
        throw new IllegalArgumentException("maxRows must be at least 1, was " + rows);
      }
      this.maxRows = rows;
      return this;
    }

    /**
     * Whether {@link ExcelReader#readAll} passes over visible sheets without a task table.
     *
     * @param skip true to pass over them
     * @return this builder
     */
    public Builder skipUnrecognizedSheets(boolean skip) {
      this.skipUnrecognizedSheets = skip;
      return this;
    }

    /**
     * Adds a header name for a column, matched ignoring spaces and punctuation and tried before the
     * built-in names.
     *
     * @param column the column
     * @param header the header as a table writes it, such as 事项名称
     * @return this builder
     */
    public Builder alias(ExcelColumn column, String header) {
      Objects.requireNonNull(column, "column");
      String key = Headers.normalize(Objects.requireNonNull(header, "header"));
      if (key.isEmpty()) {
        throw new IllegalArgumentException("a header name needs a letter: \"" + header + "\"");
      }
      aliases.computeIfAbsent(column, c -> new ArrayList<>()).add(key);
      return this;
    }

    /** The layout. @return the layout */
    public ExcelLayout build() {
      return new ExcelLayout(this);
    }
  }
}
