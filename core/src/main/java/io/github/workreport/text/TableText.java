package io.github.workreport.text;

import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a task table written as text — a work report's 工作任务分解表 as it comes out of a PDF or a
 * word processor — into a {@link Report}.
 *
 * <pre>{@code
 * Report report = TableText.read(Files.readAllBytes(path), path.toString());
 * report.tasks().size();                    // 107
 * report.task("已完成", 89).get().responsibleUnits();
 *                                           // [区交通局, 区市场监管局, 区应急管理局, 交警灞桥大队]
 * report.findings();                        // [COUNT_MISMATCH: 已完成：标题申报98项，汇总申报96项，实列96项]
 * }</pre>
 *
 * <h2>What it reads</h2>
 * <ul>
 *   <li>The <b>title</b> (the first line above the table; an 附件 label is skipped) gives the
 *       jurisdiction, the year and the period through {@link ReportTitle}; a summary line can give
 *       the period too.
 *   <li>A <b>summary line</b> above the table, such as {@code (共计 107 项，其中，已完成 96 项，持续推进 11
 *       项)}, gives the {@link io.github.workreport.DeclaredTotals declared totals}.
 *   <li><b>Section headings</b> — a line of one cell such as {@code 已完成 98 项:}, {@code
 *       二、持续推进（11项）}, {@code （一）经济发展} or a bare status word ({@code 持续推进}) — open a
 *       section: its name without ordinal, count or colon, the status {@link
 *       StatusCues#ofHeading(String)} reads from it, and its declared count. Numbering restarts in
 *       each section; a heading repeated later (also {@code 已完成（续）}) continues its section. A topic,
 *       a heading that is one only by its ordinal ({@code （一）经济发展}, also one naming how the work went: {@code
 *       一、主要指标完成情况}), opens a section only when the numbering starts again under it; rows numbered on
 *       through it stay in the section around them.
 *   <li><b>Header rows</b> (主要任务 · 责任单位 · 完成情况, in any order, with the aliases of {@link
 *       TableTextFormat#headerAliases()}) set the columns; repeated headers are skipped. A 完成时限
 *       cell gives the task's deadline, 配合单位 (or a second units column: 牵头单位 · 责任单位) follow
 *       the lead units. A second task column is the target when its header says so (重点工作 ·
 *       目标任务) and more of the task otherwise ({@code 县医院迁建：新建门诊楼}, from 项目名称 · 建设内容).
 *       A narrative or achievement header that names a date (截至9月底进展情况, 1-9月完成投资) dates
 *       the report when its title names no month. Columns no alias names (备注)
 *       are kept: their text is added to the narrative as {@code 备注：…}, a number as its header
 *       gives it ({@code 增长%} and 5.2 → {@code 增长5.2%}); so is a 完成时限 that names no date.
 *   <li><b>Indicator tables</b> (指标 · 单位 · 年度目标 · 目标增速(%) · 实绩 · 增速(%)) are written out
 *       as reports write them: the targets after the indicator in the task's text
 *       ({@code 全市生产总值4620亿元，增速7%以上}), the achieved values under their headers in the
 *       narrative ({@code 实绩4619.8亿元}, {@code 1-6月完成1250.3亿元}), each bare number with the
 *       row's unit of measure, or the unit its header gives ({@code 年度计划投资（万元）} and 12000 →
 *       {@code 年度计划投资12000万元}).
 *   <li><b>Rows</b> start with their number: {@code 13.}, {@code 13、}, {@code 13．}, {@code
 *       (13)}, {@code （十三）}, {@code 十三、}, or a number in a cell of its own. The number is
 *       removed from the task text. {@code 32.2021年4月底前…} is task 32 when 32 is the number
 *       expected next; otherwise a line starting like a decimal ({@code 5.5千米…}) is text. Rows
 *       numbered in one character ({@code ①} to {@code ㊿}, {@code ⑴}, {@code ⒈}, {@code ㈠}) start a row
 *       only with the number expected next, since sub-items in a cell are numbered alike.
 *   <li><b>Quoted cells</b>, as a spreadsheet copies a cell holding a line break, a tab or a quote
 *       ({@code "1.已建成3所。⏎2.新增学位960个。"}, {@code "推进""放管服""改革"}), are read as the cell:
 *       its lines kept, doubled quotes single, and no line inside it opens a row. A quote mark that
 *       does not close right before a separator or the line's end is text.
 *   <li><b>Responsible units</b> are split on blanks and on {@code 、，,；;/／} outside brackets.
 *   <li><b>Rows split across lines are merged</b> (unless {@link
 *       TableTextFormat#mergeContinuationRows()} is off). After a blank line (a page break), a line
 *       that does not start with a number continues the row above cell by cell: {@code
 *       \t\t区审计局…} continues only the narrative, and units add to the units. Without a blank
 *       line, a line continues the cell the previous line broke off in. Text joins without a space,
 *       except where two Latin letters or digits meet.
 *   <li>Blank lines, rules ({@code --\t--\t--}, {@code ――――}) and form feeds separate; a form feed
 *       counts as a page break, and so do the lines a PDF prints on every page: page numbers
 *       ({@code - 12 -}, {@code 第 12 页}) and {@code 续表}.
 * </ul>
 *
 * <h2>Lenient by default; never silent about what it cannot read</h2>
 * A row with fewer cells than its header has the missing cells empty; cells beyond the header's
 * last join the last cell; a line with no row to continue becomes a row of its own, numbered after
 * the previous one; control characters become spaces. With {@link TableTextFormat#strict()} each of
 * these is a {@link ReportReadException} naming the line instead, as are numbers that skip or
 * repeat within a section. In both modes no text of the table is dropped, and every failure is a
 * {@link ReportReadException} with the source, the place ({@code line 12}, {@code line 3 (byte
 * 1234)}) and the reason: bytes that are not text, and a text with no task row at all.
 *
 * <h2>Encodings</h2>
 * Bytes are decoded strictly: a byte-order mark decides (UTF-8, UTF-16, UTF-32); otherwise bytes
 * with zero bytes among them are tried as UTF-16, and the rest must be valid UTF-8, or else valid
 * GB18030 (which includes GBK and GB2312), or they are refused. Line ends may be LF, CRLF or CR.
 *
 * <p>{@code read} holds the whole text and report, so it is bounded: a text longer than {@link
 * TableTextFormat#maxInputBytes()} (16 MB by default) or with more rows than {@link
 * TableTextFormat#maxRows()} (200 000) is refused, naming the line the limit falls in, and a
 * stream is read no further than the limit.
 *
 * <h2>Streaming</h2>
 * {@link #stream(InputStream, String, TableTextFormat)} reads a table of any size one task at a
 * time ({@link TableTextStream}); {@code read} collects the same stream.
 *
 * <p>Every task goes through {@link TaskExtractor#standard()} with its section's declared status
 * and the report's year. This class is thread-safe; reading does not touch the file system.
 */
public final class TableText {
  private TableText() {}

  /**
   * Reads a table from text, in the {@link TableTextFormat#DEFAULT default format}.
   *
   * @param text the text
   * @param source a name for the text in messages, such as the file name
   * @return the report
   * @throws ReportReadException when the text holds no task table
   */
  public static Report read(String text, String source) {
    return read(text, source, TableTextFormat.DEFAULT);
  }

  /**
   * Reads a table from text.
   *
   * @param text the text
   * @param source a name for the text in messages, such as the file name
   * @param format the format
   * @return the report
   * @throws ReportReadException when the text holds no task table, or (strict format) breaks it
   */
  public static Report read(String text, String source, TableTextFormat format) {
    return read(text, source, format, true);
  }

  /**
   * Reads a table from bytes, detecting their encoding, in the default format.
   *
   * @param bytes the bytes, such as a file's content
   * @param source a name for the bytes in messages, such as the file name
   * @return the report
   * @throws ReportReadException when the bytes are not text or hold no task table
   */
  public static Report read(byte[] bytes, String source) {
    return read(bytes, source, TableTextFormat.DEFAULT);
  }

  /**
   * Reads a table from bytes, in the format's character set or a detected one.
   *
   * @param bytes the bytes, such as a file's content
   * @param source a name for the bytes in messages, such as the file name
   * @param format the format
   * @return the report
   * @throws ReportReadException when the bytes are not text, hold no task table or are more than
   *     {@link TableTextFormat#maxInputBytes()}
   */
  public static Report read(byte[] bytes, String source, TableTextFormat format) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    if (bytes.length > format.maxInputBytes()) {
      throw tooLarge(bytes, source, format);
    }
    return read(TextDecoding.decode(bytes, source, format.charset().orElse(null)), source, format);
  }

  /**
   * Reads a table from a stream, to its end, in the default format. The stream is not closed.
   *
   * @param in the stream
   * @param source a name for the stream in messages, such as the file name or {@code <stdin>}
   * @return the report
   * @throws ReportReadException when the stream fails, is not text or holds no task table
   */
  public static Report read(InputStream in, String source) {
    return read(in, source, TableTextFormat.DEFAULT);
  }

  /**
   * Reads a table from a stream, to its end. The stream is not closed.
   *
   * @param in the stream
   * @param source a name for the stream in messages
   * @param format the format
   * @return the report
   * @throws ReportReadException when the stream fails, is not text or holds no task table
   */
  public static Report read(InputStream in, String source, TableTextFormat format) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      // One byte past the limit tells a text at the limit from a larger one, without reading the rest.
      bytes = in.readNBytes((int) format.maxInputBytes() + 1);
    } catch (IOException e) {
      throw new ReportReadException(Objects.requireNonNull(source, "source"), "",
          "cannot read: " + e.getMessage(), e);
    }
    return read(bytes, source, format);
  }

  private static ReportReadException tooLarge(byte[] bytes, String source, TableTextFormat format) {
    long limit = format.maxInputBytes();
    String size = limit % (1 << 20) == 0 ? limit / (1 << 20) + " MB" : limit + " bytes";
    return new ReportReadException(source, TextDecoding.place(bytes, (int) limit),
        "too large for a task table: the text passes the limit of " + size
            + " here (TableTextFormat.maxInputBytes); a real table is some hundred kilobytes");
  }

  /**
   * Reads a table from a stream one task at a time, in the default format; see {@link
   * TableTextStream}. The stream is not closed.
   *
   * @param in the stream
   * @param source a name for the stream in messages, such as the file name or {@code <stdin>}
   * @return the table, its header read
   * @throws ReportReadException when the stream fails, is not text or holds no task table
   */
  public static TableTextStream stream(InputStream in, String source) {
    return stream(in, source, TableTextFormat.DEFAULT);
  }

  /**
   * Reads a table from a stream one task at a time; see {@link TableTextStream}. The encoding is
   * decided as for bytes, from the byte-order mark or the first 64 KB (UTF-16 by its zero bytes,
   * then UTF-8 if they are valid UTF-8, else GB18030); the rest is decoded strictly in that
   * encoding, and a byte that does not decode is a {@link ReportReadException} naming its line. A
   * text of at most 64 KB reads exactly as {@link #read(byte[], String, TableTextFormat)} reads it.
   * The stream is not closed.
   *
   * @param in the stream
   * @param source a name for the stream in messages
   * @param format the format
   * @return the table, its header read
   * @throws ReportReadException when the stream fails, is not text or holds no task table
   */
  public static TableTextStream stream(InputStream in, String source, TableTextFormat format) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Reader text = TextDecoding.reader(in, source, format.charset().orElse(null));
    return new TableTextStream(new TableTextReader(format, source, text), null, true);
  }

  /**
   * Opens a file to read its table one task at a time; closing the returned stream closes the file.
   *
   * @param file the file
   * @param format the format
   * @return the table, its header read
   * @throws ReportReadException when the file cannot be read, is not text or holds no task table
   */
  public static TableTextStream stream(Path file, TableTextFormat format) {
    Objects.requireNonNull(format, "format");
    String source = file.toString();
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new ReportReadException(source, "", "cannot read: " + e.getMessage(), e);
    }
    try {
      Reader text = TextDecoding.reader(in, source, format.charset().orElse(null));
      return new TableTextStream(new TableTextReader(format, source, text), in, true);
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Reads a table from a stream to its end and returns the report without its tasks, as {@link
   * TableTextStream#end()} gives it: title, year, period, every section and the declared totals.
   * For writers that need the sections before the first task (workreport/1 JSON puts them first):
   * read the outline, then {@link #stream} the same bytes again. Targets are not extracted, so this
   * costs a fraction of a full read; memory holds a line and a row. The stream is not closed.
   *
   * @param in the stream
   * @param source a name for the stream in messages
   * @param format the format
   * @return the report without tasks
   * @throws ReportReadException when the stream fails, is not text or holds no task table
   */
  public static Report outline(InputStream in, String source, TableTextFormat format) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Reader text = TextDecoding.reader(in, source, format.charset().orElse(null));
    TableTextStream tasks = new TableTextStream(new TableTextReader(format, source, text), null, false);
    tasks.iterator().forEachRemaining(task -> { });
    return tasks.end();
  }

  static Report read(String text, String source, TableTextFormat format, boolean extract) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    return new TableTextStream(new TableTextReader(format, source, text), null, extract)
        .collect(format.maxRows());
  }
}
