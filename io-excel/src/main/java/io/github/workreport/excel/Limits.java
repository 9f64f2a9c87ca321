package io.github.workreport.excel;

/** Bounds that keep a hostile workbook from exhausting memory. */
final class Limits {
  private Limits() {}

  /** Excel's own limit on the characters of one cell. */
  static final int MAX_CELL_CHARS = 32767;
  /** Columns read per row; task tables have a dozen, a sheet with values further right is refused. */
  static final int MAX_COLUMNS = 1024;
  /** Merged regions per sheet. */
  static final int MAX_MERGES = 1_000_000;
  /** Characters of all shared strings together (about 128 MB of Chinese text). */
  static final long MAX_SHARED_CHARS = 64L * 1024 * 1024;
}
