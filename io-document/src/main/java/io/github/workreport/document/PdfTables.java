package io.github.workreport.document;

import io.github.workreport.ReportReadException;
import io.github.workreport.text.TableTextFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFs: the table rebuilt from the position of every piece of text and every line of its grid.
 * The header row is found by the names of core's columns (主要任务 · 责任单位 · 完成情况, 指标名称 ·
 * 年度目标 · 实绩 and their aliases); each of its cells is a column, named or not (目标增速(%)), and
 * the vertical rules through it bound them (else the gap that runs down the page between two
 * header cells, a header piece cut first where such a gap runs under a space in it). A row is the
 * text between two horizontal rules: a cell's lines joined in reading order; where a row rule
 * stops short of a column, that cell is merged over the rows (its text carried down, or, for a
 * merged 序号, the rows joined as sub-rows of one task). Text never crosses a vertical rule: a
 * piece that does is cut there, glyph by glyph, and a piece printed across a column boundary is
 * split at it. A row cut by a page break (the band at the top of the next page has no task
 * number) is joined back cell by cell. Header rows repeated on later pages, page numbers and
 * lines printed on most pages are left out; the lines above the table are the title and the
 * summary, wrapped lines joined and prose set in two columns read column by column; off the grid
 * only section headings are read.
 *
 * <p>Refused with the reason: a PDF without a text layer (a scan: "run OCR first"), a table
 * without a header row, and one whose rows are not ruled apart — without the rules a row's extent
 * is a guess, and a guess that shifts every narrative by a row must not pass for a reading.
 */
final class PdfTables {
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^[-—－–\\s]*(第\\s*)?\\d{1,4}(\\s*页)?([\\s/／共]*\\d{1,4}\\s*页?)?[-—－–\\s]*$");
  private static final Pattern TASK_NUMBER = Pattern.compile("^\\s*[(（]?[0-9０-９]{1,4}[)）]?\\s*([.．、]|$|\\s)");
  private static final Pattern NUMBER_ONLY = Pattern.compile("^\\s*[(（]?[0-9０-９]{1,4}[)）]?\\s*[.．、]?\\s*$");
  private static final Pattern ORDINAL_HEADING = Pattern.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])");
  private static final Pattern HEADING = Pattern.compile(".*\\d+\\s*项\\s*[)）]?\\s*[:：]?$");

  /** Characters that end the name of a responsible unit (区财政局, 管委会, 执法大队). */
  private static final String UNIT_ENDS = "局委办会司队处院所站团部室组镇道心厅社行馆";

  private PdfTables() {}

  /** A piece of text on a page: what {@link PDFTextStripper} writes between two word separators. */
  static final class Piece {
    final String text;
    final float left;
    final float right;
    final float y;
    final float height;
    /** Where each character of {@link #text} starts and ends: a piece may run across two cells. */
    final float[] starts;
    final float[] ends;

    Piece(String text, float left, float right, float y, float height, float[] starts, float[] ends) {
      this.text = text;
      this.left = left;
      this.right = right;
      this.y = y;
      this.height = height;
      this.starts = starts;
      this.ends = ends;
    }

    Piece(String text, float left, float right, float y, float height) {
      this(text, left, right, y, height, null, null);
    }
  }

  /** A line of a page: its pieces from left to right. */
  static final class Line {
    final List<Piece> pieces = new ArrayList<>();
    final int page;
    float y;

    Line(int page, float y) {
      this.page = page;
      this.y = y;
    }

    String text() {
      StringBuilder out = new StringBuilder();
      for (Piece p : pieces) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(p.text);
      }
      return out.toString();
    }
  }

  /** A horizontal or vertical rule drawn on a page, in the text's coordinates (y down from the top). */
  static final class Rule {
    final float from;
    final float to;
    /** The y of a horizontal rule, the x of a vertical one. */
    final float at;

    Rule(float from, float to, float at) {
      this.from = Math.min(from, to);
      this.to = Math.max(from, to);
      this.at = at;
    }
  }

  /**
   * Collects the pieces of every page, each with its position, and the rules of the table grid:
   * the straight lines stroked and the thin rectangles filled. The path operators are added to the
   * text stripper so that one pass over the content reads both.
   */
  private static final class Collector extends PDFTextStripper {
    final List<List<Piece>> pages = new ArrayList<>();
    final List<List<Rule>> across = new ArrayList<>();
    final List<List<Rule>> down = new ArrayList<>();
    long characters;
    /** The current path's straight segments, x1 y1 x2 y2 in page space; and its rectangles. */
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private float pathX;
    private float pathY;
    private float startX;
    private float startY;
    private float pageLeft;
    private float pageTop;
    private boolean upright;

    Collector() throws IOException {
      setSortByPosition(true);
      for (String stroke : new String[] {"S", "s", "B", "B*", "b", "b*"}) {
        addOperator(new PathOperator(this, stroke, operands -> {
          if (stroke.equals("s") || stroke.equals("b") || stroke.equals("b*")) {
            segment(startX, startY);
          }
          commit(true);
        }));
      }
      for (String fill : new String[] {"f", "F", "f*"}) {
        addOperator(new PathOperator(this, fill, operands -> commit(false)));
      }
      addOperator(new PathOperator(this, "n", operands -> clearPath()));
      addOperator(new PathOperator(this, "m", operands -> {
        if (operands.length >= 2) {
          java.awt.geom.Point2D.Float p = transformedPoint(operands[0], operands[1]);
          pathX = startX = p.x;
          pathY = startY = p.y;
        }
      }));
      addOperator(new PathOperator(this, "l", operands -> {
        if (operands.length >= 2) {
          java.awt.geom.Point2D.Float p = transformedPoint(operands[0], operands[1]);
          segment(p.x, p.y);
        }
      }));
      addOperator(new PathOperator(this, "h", operands -> segment(startX, startY)));
      for (String curve : new String[] {"c", "v", "y"}) {
        addOperator(new PathOperator(this, curve, operands -> {
          if (operands.length >= 2) {
            java.awt.geom.Point2D.Float p = transformedPoint(operands[operands.length - 2], operands[operands.length - 1]);
            pathX = p.x;
            pathY = p.y;
          }
        }));
      }
      addOperator(new PathOperator(this, "re", operands -> {
        if (operands.length >= 4) {
          float x = operands[0];
          float y = operands[1];
          float w = operands[2];
          float h = operands[3];
          java.awt.geom.Point2D.Float a = transformedPoint(x, y);
          java.awt.geom.Point2D.Float b = transformedPoint(x + w, y);
          java.awt.geom.Point2D.Float c = transformedPoint(x + w, y + h);
          java.awt.geom.Point2D.Float d = transformedPoint(x, y + h);
          rectangles.add(new float[] {Math.min(a.x, c.x), Math.min(a.y, c.y), Math.max(a.x, c.x), Math.max(a.y, c.y)});
          pathX = startX = a.x;
          pathY = startY = a.y;
          segment(b.x, b.y);
          segment(c.x, c.y);
          segment(d.x, d.y);
          segment(a.x, a.y);
        }
      }));
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
      pages.add(new ArrayList<>());
      across.add(new ArrayList<>());
      down.add(new ArrayList<>());
      org.apache.pdfbox.pdmodel.common.PDRectangle box = page.getCropBox();
      pageLeft = box.getLowerLeftX();
      pageTop = box.getUpperRightY();
      upright = page.getRotation() % 360 == 0;
      clearPath();
      super.startPage(page);
    }

    private void segment(float x, float y) {
      segments.add(new float[] {pathX, pathY, x, y});
      pathX = x;
      pathY = y;
    }

    private void clearPath() {
      segments.clear();
      rectangles.clear();
    }

    /** The path drawn: its straight horizontal and vertical segments are rules; a thin filled rectangle is one too. */
    private void commit(boolean stroked) {
      if (upright && !pages.isEmpty()) {
        if (stroked) {
          for (float[] s : segments) {
            if (Math.abs(s[1] - s[3]) < 1f && Math.abs(s[0] - s[2]) >= 2f) {
              across.get(across.size() - 1).add(new Rule(s[0] - pageLeft, s[2] - pageLeft, pageTop - s[1]));
            } else if (Math.abs(s[0] - s[2]) < 1f && Math.abs(s[1] - s[3]) >= 2f) {
              down.get(down.size() - 1).add(new Rule(pageTop - s[1], pageTop - s[3], s[0] - pageLeft));
            }
          }
        } else {
          for (float[] r : rectangles) {
            float w = r[2] - r[0];
            float h = r[3] - r[1];
            if (h < 3f && w >= 2f) {
              across.get(across.size() - 1).add(new Rule(r[0] - pageLeft, r[2] - pageLeft, pageTop - (r[1] + r[3]) / 2));
            } else if (w < 3f && h >= 2f) {
              down.get(down.size() - 1).add(new Rule(pageTop - r[1], pageTop - r[3], (r[0] + r[2]) / 2 - pageLeft));
            }
          }
        }
      }
      clearPath();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      if (positions.isEmpty() || text.isBlank()) {
        return;
      }
      // A piece may hold words separated by wide gaps (two cells on one line): split at them.
      int from = 0;
      for (int i = 1; i <= positions.size(); i++) {
        boolean end = i == positions.size();
        if (!end) {
          TextPosition a = positions.get(i - 1);
          TextPosition b = positions.get(i);
          float gap = b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
          // two cells side by side: a wide gap, or baselines apart (cells aligned differently)
          end = gap > Math.max(a.getWidthDirAdj(), a.getHeightDir()) * 2.5f
              || Math.abs(b.getYDirAdj() - a.getYDirAdj()) > Math.max(1f, a.getHeightDir() * 0.2f);
        }
        if (end) {
          add(positions.subList(from, i));
          from = i;
        }
      }
    }

    private void add(List<TextPosition> run) {
      StringBuilder text = new StringBuilder();
      float left = Float.MAX_VALUE;
      float right = -Float.MAX_VALUE;
      float y = 0;
      float height = 0;
      float[] starts = new float[run.size() * 2];
      float[] ends = new float[run.size() * 2];
      for (TextPosition t : run) {
        String unicode = t.getUnicode();
        float x = t.getXDirAdj();
        float w = t.getWidthDirAdj();
        for (int k = 0; k < unicode.length(); k++) {
          if (text.length() == starts.length) {
            starts = java.util.Arrays.copyOf(starts, starts.length * 2 + 2);
            ends = java.util.Arrays.copyOf(ends, ends.length * 2 + 2);
          }
          starts[text.length()] = x;
          ends[text.length()] = x + w;
          text.append(unicode.charAt(k));
        }
        left = Math.min(left, x);
        right = Math.max(right, x + w);
        y = Math.max(y, t.getYDirAdj());
        height = Math.max(height, t.getHeightDir());
      }
      int from = 0;
      int to = text.length();
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      if (from < to) {
        characters += to - from;
        pages.get(pages.size() - 1).add(new Piece(text.substring(from, to), starts[from], ends[to - 1], y, height,
            java.util.Arrays.copyOfRange(starts, from, to), java.util.Arrays.copyOfRange(ends, from, to)));
      }
    }
  }

  /** A path operator: its numeric operands handed to an action. */
  private static final class PathOperator extends org.apache.pdfbox.contentstream.operator.OperatorProcessor {
    private final String name;
    private final java.util.function.Consumer<float[]> action;

    PathOperator(PDFTextStripper context, String name, java.util.function.Consumer<float[]> action) {
      super(context);
      this.name = name;
      this.action = action;
    }

    @Override
    public void process(org.apache.pdfbox.contentstream.operator.Operator operator, List<org.apache.pdfbox.cos.COSBase> operands) {
      float[] numbers = new float[operands.size()];
      for (int i = 0; i < numbers.length; i++) {
        if (!(operands.get(i) instanceof org.apache.pdfbox.cos.COSNumber)) {
          return;
        }
        numbers[i] = ((org.apache.pdfbox.cos.COSNumber) operands.get(i)).floatValue();
      }
      action.accept(numbers);
    }

    @Override
    public String getName() {
      return name;
    }
  }

  static void read(PDDocument document, String source, TableDocument out, int maxPages) throws IOException {
    int pageCount = document.getNumberOfPages();
    if (pageCount > maxPages) {
      throw new ReportReadException(source, "page " + (maxPages + 1),
          "the PDF has " + pageCount + " pages; at most " + maxPages + " are read (DocumentReader.withMaxPages)");
    }
    checkContentSize(document, source);
    Collector collector = new Collector();
    collector.getText(document);
    if (collector.characters == 0) {
      throw new ReportReadException(source, pageCount == 0 ? "" : "page 1",
          "no text in the PDF (a scanned image?); run OCR first");
    }
    List<Line> lines = new ArrayList<>();
    for (int p = 0; p < collector.pages.size(); p++) {
      lines.addAll(lines(splitAtRules(collector.pages.get(p), collector.down.get(p)), p + 1));
    }
    dropRepeated(lines, collector.pages.size());
    new Table(lines, collector.across, collector.down, out).read();
  }

  /** The most a page's content streams may expand to: 64 MB, hundreds of times a dense page's. */
  static final long MAX_PAGE_CONTENT_BYTES = 64L << 20;

  /**
   * Refuses a page whose content streams inflate beyond {@link #MAX_PAGE_CONTENT_BYTES} (a
   * decompression bomb) before the text is extracted. Only streams that could expand that far
   * (deflate reaches about 1 000 : 1) are inflated to count, so an ordinary PDF pays nothing.
   */
  private static void checkContentSize(PDDocument document, String source) throws IOException {
    int page = 0;
    byte[] buffer = new byte[1 << 16];
    for (org.apache.pdfbox.pdmodel.PDPage p : document.getPages()) {
      page++;
      long total = 0;
      java.util.Iterator<org.apache.pdfbox.pdmodel.common.PDStream> streams = p.getContentStreams();
      while (streams.hasNext()) {
        org.apache.pdfbox.cos.COSStream stream = streams.next().getCOSObject();
        if (stream.getLength() * 1100 < MAX_PAGE_CONTENT_BYTES - total) {
          total += stream.getLength();
          continue;
        }
        try (java.io.InputStream in = stream.createInputStream()) {
          int n;
          while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_PAGE_CONTENT_BYTES) {
              throw new ReportReadException(source, "page " + page, "the page's content expands to more than "
                  + (MAX_PAGE_CONTENT_BYTES >> 20) + " MB (a decompression bomb?); it is not read");
            }
          }
        }
      }
    }
  }

  /**
   * The pieces of a page, each cut where a vertical rule runs through it. No cell's text crosses
   * the cell's border, so a piece that does is two cells' text set too close to be told apart by
   * the gap between them (目标增速(%)实绩 in the narrow columns of a table of indicators); it is cut
   * between the two characters whose centres lie either side of the rule.
   */
  static List<Piece> splitAtRules(List<Piece> pieces, List<Rule> rules) {
    if (rules.isEmpty()) {
      return pieces;
    }
    List<Piece> out = new ArrayList<>(pieces.size());
    for (Piece p : pieces) {
      float middle = p.y - p.height / 2;
      List<Float> through = null;
      if (p.starts != null) {
        for (Rule r : rules) {
          if (r.at > p.left && r.at < p.right && r.from <= middle && r.to >= middle) {
            if (through == null) {
              through = new ArrayList<>();
            }
            through.add(r.at);
          }
        }
      }
      if (through == null) {
        out.add(p);
        continue;
      }
      through.sort(null);
      int from = 0;
      int rule = 0;
      for (int i = 1; i <= p.text.length(); i++) {
        boolean cut = i == p.text.length();
        if (!cut) {
          float centre = (p.starts[i] + p.ends[i]) / 2;
          while (rule < through.size() && through.get(rule) <= (p.starts[i - 1] + p.ends[i - 1]) / 2) {
            rule++; // a rule before the previous character's centre lies at or before an earlier cut
          }
          cut = rule < through.size() && through.get(rule) < centre;
        }
        if (cut) {
          addPart(p, from, i, out);
          from = i;
        }
      }
    }
    return out;
  }

  /** The characters {@code from} to {@code to} of a piece, as a piece of their own, without the white space around them. */
  private static void addPart(Piece p, int from, int to, List<Piece> out) {
    while (from < to && Character.isWhitespace(p.text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(p.text.charAt(to - 1))) {
      to--;
    }
    if (from < to) {
      out.add(new Piece(p.text.substring(from, to), p.starts[from], p.ends[to - 1], p.y, p.height,
          java.util.Arrays.copyOfRange(p.starts, from, to), java.util.Arrays.copyOfRange(p.ends, from, to)));
    }
  }

  /** The pieces of a page grouped into lines: pieces whose baselines lie within half a height. */
  static List<Line> lines(List<Piece> pieces, int page) {
    List<Piece> sorted = new ArrayList<>(pieces);
    sorted.sort(Comparator.comparingDouble((Piece p) -> p.y).thenComparingDouble(p -> p.left));
    List<Line> out = new ArrayList<>();
    Line current = null;
    for (Piece p : sorted) {
      if (current == null || Math.abs(p.y - current.y) > Math.max(2f, p.height * 0.5f)) {
        current = new Line(page, p.y);
        out.add(current);
      }
      current.pieces.add(p);
    }
    for (Line l : out) {
      l.pieces.sort(Comparator.comparingDouble(p -> p.left));
    }
    return out;
  }

  /** Page numbers, and lines printed on most pages at the same height (running heads and feet). */
  private static void dropRepeated(List<Line> lines, int pages) {
    Map<String, Integer> seen = new HashMap<>();
    for (Line l : lines) {
      seen.merge(Math.round(l.y) + "|" + l.text(), 1, Integer::sum);
    }
    // a page number stands above or below the page's text; a number alone inside the page is a
    // task's number cell
    java.util.Set<Line> edges = new java.util.HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (i == 0 || lines.get(i - 1).page != lines.get(i).page
          || i + 1 == lines.size() || lines.get(i + 1).page != lines.get(i).page) {
        edges.add(lines.get(i));
      }
    }
    lines.removeIf(l -> edges.contains(l) && PAGE_NUMBER.matcher(l.text()).matches()
        || pages >= 3 && seen.get(Math.round(l.y) + "|" + l.text()) >= Math.max(3, pages / 2)
        && !TableDocument.isHeader(texts(l)));
  }

  private static List<String> texts(Line line) {
    List<String> out = new ArrayList<>();
    for (Piece p : line.pieces) {
      out.add(p.text);
    }
    return out;
  }

  /** The table of the document's lines: its columns from the header, its rows from the task numbers. */
  private static final class Table {
    final List<Line> lines;
    /** Each page's horizontal and vertical rules. */
    final List<List<Rule>> across;
    final List<List<Rule>> down;
    final TableDocument out;
    /** Each page's row boundaries, top to bottom, when the table is drawn on a grid; else empty. */
    final List<float[]> rowRules = new ArrayList<>();
    /** Column starts, from the left: the boundary before each column. */
    float[] bounds;
    List<TableTextFormat.Column> columns;
    int numberColumn = -1;
    /** The row being assembled, and those assembled since the last heading or page break, not yet handed on. */
    Row row;
    final List<Row> pending = new ArrayList<>();
    /** The row of {@link #pending} (or {@link #row}) each band of the grid went into. */
    final Map<Long, Row> rowOfBand = new HashMap<>();
    /** Where the text of each column of the line {@link #cells} last split ends. */
    float[] lineEnds;
    /** How far right the text of each column reaches anywhere in the table: a line reaching it was wrapped. */
    float[] columnRight;
    /** Each page's row rules' stretches of x, as {@link #rowRules}: where a rule stops short, a cell spans two rows. */
    final List<List<List<float[]>>> rowRuleCover = new ArrayList<>();
    /** The bands of the grid that hold a task's number. */
    final java.util.Set<Long> startKeys = new java.util.HashSet<>();
    /** Each column's middle: where a row rule must run for the cells above and below it to be two. */
    float[] middles;
    int rows;

    Table(List<Line> lines, List<List<Rule>> across, List<List<Rule>> down, TableDocument out) {
      this.lines = lines;
      this.across = across;
      this.down = down;
      this.out = out;
    }

    void read() {
      int header = -1;
      for (int i = 0; i < lines.size() && header < 0; i++) {
        if (TableDocument.isHeader(texts(lines.get(i)))) {
          header = i;
        }
      }
      if (header < 0) {
        throw new ReportReadException(out.source(), "",
            "no table header found (主要任务 · 责任单位 · 完成情况 or their variants); a PDF without a header row is not read");
      }
      Line headerLine = lines.get(header);
      boolean grid = gridRows(headerLine);
      long headerBand = grid ? band(headerLine) : OUTSIDE;
      // the lines of the header's band of the grid above its named cells: a header cell set higher
      // (its two lines centred beside cells of one) is part of the header, not of the title
      int headerStart = header;
      while (headerBand != OUTSIDE && headerStart > 0 && band(lines.get(headerStart - 1)) == headerBand) {
        headerStart--;
      }
      prelude(lines.subList(0, headerStart));
      columns(headerLine, headerStart, header, headerBand);
      if (!grid) {
        throw new ReportReadException(out.source(), "page " + headerLine.page, "the table draws no lines between its rows,"
            + " so where one row ends and the next begins cannot be told; read the document it was made from"
            + " (.docx, .doc, .xlsx) or a PDF of the table with its grid");
      }
      // A row is the lines between two rules of the grid, whatever their alignment in the cells (a
      // number centred in its cell stands lower than the first line of the text beside it).
      List<Line> body = new ArrayList<>();
      List<Long> rowKeys = new ArrayList<>();
      for (int i = header + 1; i < lines.size(); i++) {
        Line l = lines.get(i);
        if (TableDocument.isHeader(texts(l))) {
          headerBand = band(l);
          while (!body.isEmpty() && headerBand != OUTSIDE && rowKeys.get(rowKeys.size() - 1) == headerBand) {
            body.remove(body.size() - 1); // a cell of the repeated header set above its named cells
            rowKeys.remove(rowKeys.size() - 1);
          }
          continue; // the header repeated on a new page
        }
        long key = band(l);
        if (key == headerBand) {
          continue; // a header cell's second line
        }
        body.add(l);
        rowKeys.add(key);
      }
      List<List<String>> bodyCells = new ArrayList<>(body.size());
      List<float[]> bodyEnds = new ArrayList<>(body.size());
      columnRight = new float[columns.size()];
      for (int i = 0; i < body.size(); i++) {
        bodyCells.add(cells(body.get(i)));
        bodyEnds.add(lineEnds);
        if (rowKeys.get(i) != OUTSIDE) {
          for (int c = 0; c < columns.size(); c++) {
            columnRight[c] = Math.max(columnRight[c], lineEnds[c]);
          }
        }
      }
      // the bands that hold a task's number: any other band at the top of a page goes on with the
      // row above; a band with two is no row but a table whose rows are not ruled (a three-line table)
      startKeys.clear();
      for (int i = 0; i < body.size(); i++) {
        List<String> cells = bodyCells.get(i);
        long key = rowKeys.get(i);
        if (key != OUTSIDE && startsRow(numberColumn >= 0 ? cells.get(numberColumn) : firstCell(cells))
            && !startKeys.add(key)) {
          throw new ReportReadException(out.source(), "page " + body.get(i).page, "two tasks' numbers stand between"
              + " the same two lines of the table's grid: its rows are not ruled apart, so they cannot be told"
              + " apart; read the document it was made from (.docx, .doc, .xlsx) instead");
        }
      }
      long open = Long.MIN_VALUE;
      int page = headerLine.page;
      for (int i = 0; i < body.size(); i++) {
        Line l = body.get(i);
        long key = rowKeys.get(i);
        String title = heading(l);
        if (key == OUTSIDE || title != null && open != key) {
          // Off the grid, only a heading belongs to the table (已完成 96 项 above the next table);
          // notes, signatures and prose around the table are not task text.
          if (key == OUTSIDE) {
            title = namedHeading(l);
          }
          if (title != null) {
            flush();
            emitRows();
            out.line(title, "page " + l.page);
            open = Long.MIN_VALUE;
          }
          continue;
        }
        boolean cutByPage = row != null && l.page != page && !startKeys.contains(key);
        if (cutByPage) {
          open = key; // the row goes on from the page before: its cells join theirs
          page = l.page;
          rowOfBand.put(key, row);
        }
        if (key != open || row == null) {
          flush();
          if (l.page != page) {
            emitRows();
            out.pageBreak("page " + l.page);
            page = l.page;
          }
          row = new Row(columns.size(), "page " + l.page, key);
          rowOfBand.put(key, row);
          open = key;
        }
        List<String> cells = bodyCells.get(i);
        float[] ends = bodyEnds.get(i);
        for (int c = 0; c < cells.size(); c++) {
          if (!cells.get(c).isEmpty()) {
            // a line of a cell merged over this band and those above belongs to the row it starts in
            Row into = rowOfBand.getOrDefault(mergeTop(key, c), row);
            StringBuilder cell = into.cells.get(c);
            if (cell.length() > 0) {
              boolean apart = columns.get(c) == TableTextFormat.Column.UNITS
                  && unitsApart(cell, into.ends[c] < columnRight[c] - lineHeight(l) * 0.5f, cells.get(c));
              cell.append(apart ? " " : "\n");
            }
            cell.append(cells.get(c));
            into.ends[c] = ends[c];
          }
        }
      }
      flush();
      emitRows();
    }

    /** A row of the table being assembled. */
    private static final class Row {
      final List<StringBuilder> cells = new ArrayList<>();
      /** Where the last line added to each cell ends, to tell a wrapped line from a paragraph's end. */
      final float[] ends;
      final String place;
      /** The band of the grid it starts in. */
      final long key;

      Row(int columns, String place, long key) {
        for (int c = 0; c < columns; c++) {
          cells.add(new StringBuilder());
        }
        this.ends = new float[columns];
        this.place = place;
        this.key = key;
      }
    }

    /**
     * Whether the cell of a column in a band of the grid is merged with the one above: the row rule
     * between the two bands stops short of the column's middle (a lead unit set once over two
     * tasks, a 序号 over a task's sub-rows).
     */
    private boolean mergedFromAbove(long key, int column) {
      int page = (int) (key >> 20);
      int band = (int) (key & 0xFFFFF);
      if (key == OUTSIDE || band < 2 || page - 1 >= rowRuleCover.size() || middles == null
          || column == numberColumn && startKeys.contains(key) && startKeys.contains(key - 1)) {
        return false; // two numbers are two tasks, whatever the rules between them
      }
      for (float[] stretch : rowRuleCover.get(page - 1).get(band - 1)) {
        if (stretch[0] <= middles[column] && stretch[1] >= middles[column]) {
          return false;
        }
      }
      return true;
    }

    /** The band a cell merged over the given one starts in: the band itself unless merged from above. */
    private long mergeTop(long key, int column) {
      while (mergedFromAbove(key, column)) {
        key--;
      }
      return key;
    }

    /**
     * Hands on the rows assembled: a merged cell's text (gathered in the row it starts in) is
     * carried down to the rows it spans, as the Word and web readers do, and the bands below a
     * merged 序号 are sub-rows of its task, their cells joined to the task's.
     */
    private void emitRows() {
      List<Row> kept = new ArrayList<>();
      Map<Row, Row> joinedInto = new HashMap<>();
      for (Row r : pending) {
        Row task = null;
        for (int c = 0; c < columns.size(); c++) {
          Row top = mergedFromAbove(r.key, c) ? rowOfBand.get(mergeTop(r.key, c)) : null;
          top = joinedInto.getOrDefault(top, top);
          if (top == null || top == r) {
            continue;
          }
          if (c == numberColumn) {
            task = top;
          } else if (r.cells.get(c).length() == 0) {
            r.cells.get(c).append(top.cells.get(c));
          }
        }
        if (task == null) {
          kept.add(r);
          continue;
        }
        joinedInto.put(r, task);
        for (int c = 0; c < columns.size(); c++) {
          if (!mergedFromAbove(r.key, c) && r.cells.get(c).length() > 0) {
            String joined = TableDocument.joinPieces(TableDocument.clean(task.cells.get(c).toString()),
                TableDocument.clean(r.cells.get(c).toString()));
            task.cells.get(c).setLength(0);
            task.cells.get(c).append(joined);
          }
        }
      }
      for (Row r : kept) {
        List<String> cells = new ArrayList<>(r.cells.size());
        for (StringBuilder c : r.cells) {
          cells.add(c.toString());
        }
        rows++;
        out.row(cells, r.place + " (table row " + rows + ")");
      }
      pending.clear();
      rowOfBand.clear();
    }

    /**
     * The lines above the table as paragraphs: a line reaching the right margin of its block of
     * text was wrapped and goes on in the next, so a summary is read whole (a title is centred,
     * set larger, and stops short). Prose set in two columns is read column by column.
     */
    private void prelude(List<Line> lines) {
      for (List<Line> block : blocksOfProse(lines)) {
        float right = 0;
        for (Line l : block) {
          right = Math.max(right, l.pieces.get(l.pieces.size() - 1).right);
        }
        StringBuilder paragraph = new StringBuilder();
        String place = null;
        for (int i = 0; i < block.size(); i++) {
          Line l = block.get(i);
          if (place == null) {
            place = "page " + l.page;
          }
          paragraph.append(paragraph.length() > 0 ? "\n" : "").append(l.text());
          Line next = i + 1 < block.size() ? block.get(i + 1) : null;
          boolean wrapped = next != null && next.page == l.page
              && l.pieces.get(l.pieces.size() - 1).right >= right - lineHeight(l) * 0.7f
              && Math.abs(lineHeight(next) - lineHeight(l)) < lineHeight(l) * 0.1f;
          if (!wrapped) {
            out.line(paragraph.toString(), place);
            paragraph.setLength(0);
            place = null;
          }
        }
      }
    }

    /**
     * The lines as blocks of text read in order. A run of lines none of which crosses the middle of
     * the text, some with text on both sides, is prose in two columns: its left halves are one
     * block, its right halves the next. Other lines form blocks of their own.
     */
    private static List<List<Line>> blocksOfProse(List<Line> lines) {
      float left = Float.MAX_VALUE;
      float right = 0;
      for (Line l : lines) {
        left = Math.min(left, l.pieces.get(0).left);
        right = Math.max(right, l.pieces.get(l.pieces.size() - 1).right);
      }
      float middle = gutter(lines, left, right);
      List<List<Line>> out = new ArrayList<>();
      List<Line> plain = new ArrayList<>();
      int i = 0;
      while (i < lines.size()) {
        int end = i;
        boolean twoSided = false;
        int lastTwoSided = -1;
        while (end < lines.size() && !crosses(lines.get(end), middle)) {
          Line l = lines.get(end);
          if (l.pieces.get(0).right < middle && l.pieces.get(l.pieces.size() - 1).left > middle) {
            twoSided = true;
            lastTwoSided = end;
          } else if (lastTwoSided > i && (l.page != lines.get(end - 1).page
              || l.y - lines.get(end - 1).y > (lines.get(lastTwoSided).y - lines.get(lastTwoSided - 1).y) * 1.25f)) {
            break; // a heading after the columns: more space above it than between their lines
          }
          end++;
        }
        if (!twoSided) {
          int stop = Math.max(i + 1, end);
          plain.addAll(lines.subList(i, stop));
          i = stop;
          continue;
        }
        if (!plain.isEmpty()) {
          out.add(plain);
          plain = new ArrayList<>();
        }
        List<Line> leftHalves = new ArrayList<>();
        List<Line> rightHalves = new ArrayList<>();
        for (Line l : lines.subList(i, end)) {
          Line leftHalf = new Line(l.page, l.y);
          Line rightHalf = new Line(l.page, l.y);
          for (Piece p : l.pieces) {
            (p.left < middle ? leftHalf : rightHalf).pieces.add(p);
          }
          if (!leftHalf.pieces.isEmpty()) {
            leftHalves.add(leftHalf);
          }
          if (!rightHalf.pieces.isEmpty()) {
            rightHalves.add(rightHalf);
          }
        }
        out.add(leftHalves);
        out.add(rightHalves);
        i = end;
      }
      if (!plain.isEmpty()) {
        out.add(plain);
      }
      return out;
    }

    /** The x near the middle of the text that the fewest lines' pieces cover: the gutter, if the prose has columns. */
    private static float gutter(List<Line> lines, float left, float right) {
      float width = right - left;
      float best = (left + right) / 2;
      int fewest = Integer.MAX_VALUE;
      for (float x = left + width * 0.35f; x <= left + width * 0.65f; x += 1f) {
        int covering = 0;
        for (Line l : lines) {
          if (crosses(l, x)) {
            covering++;
          }
        }
        if (covering < fewest || covering == fewest && Math.abs(x - (left + right) / 2) < Math.abs(best - (left + right) / 2)) {
          fewest = covering;
          best = x;
        }
      }
      return best;
    }

    private static boolean crosses(Line l, float x) {
      for (Piece p : l.pieces) {
        if (p.left < x && p.right > x) {
          return true;
        }
      }
      return false;
    }

    /** The key of a line outside the table's grid: above its first rule or below its last. */
    private static final long OUTSIDE = Long.MAX_VALUE;

    /**
     * The row boundaries of every page when the header's page draws the table on a grid: the
     * horizontal rules, pieces on one height joined, that run across at least two fifths of the
     * header's width. The table's rows are then the bands between them.
     */
    private boolean gridRows(Line header) {
      float left = header.pieces.get(0).left;
      float right = header.pieces.get(header.pieces.size() - 1).right;
      float width = Math.max(1f, right - left);
      for (List<Rule> page : across) {
        List<Rule> sorted = new ArrayList<>(page);
        sorted.sort(Comparator.comparingDouble((Rule r) -> r.at).thenComparingDouble(r -> r.from));
        List<Float> bounds = new ArrayList<>();
        List<List<float[]>> cover = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
          float at = sorted.get(i).at;
          List<Rule> same = new ArrayList<>();
          while (i < sorted.size() && sorted.get(i).at - at < 1.5f) {
            same.add(sorted.get(i++));
          }
          same.sort(Comparator.comparingDouble(r -> r.from));
          float covered = 0;
          float from = Float.NaN;
          float to = Float.NaN;
          List<float[]> stretches = new ArrayList<>(); // as drawn: the header's line may not reach the last column
          for (Rule r : same) {
            stretches.add(new float[] {r.from, r.to});
            float a = Math.max(r.from, left - 20);
            float b = Math.min(r.to, right + 20);
            if (b <= a) {
              continue;
            }
            if (Float.isNaN(from) || a > to + 3f) {
              if (!Float.isNaN(from)) {
                covered += to - from;
              }
              from = a;
              to = b;
            } else {
              to = Math.max(to, b);
            }
          }
          if (!Float.isNaN(from)) {
            covered += to - from;
          }
          if (covered >= width * 0.4f) {
            if (bounds.isEmpty() || at - bounds.get(bounds.size() - 1) > 2f) {
              bounds.add(at);
              cover.add(stretches);
            } else {
              cover.get(cover.size() - 1).addAll(stretches); // one rule drawn twice
            }
          }
        }
        float[] rules = new float[bounds.size()];
        for (int k = 0; k < rules.length; k++) {
          rules[k] = bounds.get(k);
        }
        rowRules.add(rules);
        rowRuleCover.add(cover);
      }
      return header.page - 1 < rowRules.size() && rowRules.get(header.page - 1).length >= 2;
    }

    /** The band of the grid a line lies in, as a key unique across pages; {@link #OUTSIDE} off the grid. */
    private long band(Line l) {
      float[] rules = l.page - 1 < rowRules.size() ? rowRules.get(l.page - 1) : new float[0];
      float height = 0;
      for (Piece p : l.pieces) {
        height = Math.max(height, p.height);
      }
      float middle = l.y - Math.max(height, 4f) * 0.35f;
      int k = 0;
      while (k < rules.length && rules[k] < middle) {
        k++;
      }
      if (k == 0 || k == rules.length) {
        return OUTSIDE;
      }
      return (long) l.page << 20 | k;
    }

    /** A line off the grid that names a section: 持续推进 11 项:, 二、持续推进, （一）经济发展. */
    private static String namedHeading(Line l) {
      if (l.pieces.size() != 1) {
        return null;
      }
      String t = l.pieces.get(0).text.strip();
      return t.length() <= 24 && (HEADING.matcher(t).matches() || t.endsWith("：") || t.endsWith(":")
          || ORDINAL_HEADING.matcher(t).find()) ? t : null;
    }

    /** A line that is a heading: one piece across the columns, or one short piece like 持续推进 11 项:. */
    private String heading(Line l) {
      String across = spanning(l);
      if (across != null) {
        return across;
      }
      if (l.pieces.size() == 1) {
        String t = l.pieces.get(0).text.strip();
        if (t.length() <= 24 && !TASK_NUMBER.matcher(t).find()
            && (HEADING.matcher(t).matches() || t.endsWith("：") || t.endsWith(":"))) {
          return t;
        }
      }
      return null;
    }

    private static float lineHeight(Line l) {
      float h = 0;
      for (Piece p : l.pieces) {
        h = Math.max(h, p.height);
      }
      return Math.max(h, 6f) * 1.6f;
    }

    /**
     * Whether a line break in the units column parts two units. A line that stops short of the
     * column's edge ends a name. One that reaches the edge was wrapped — inside a name, unless the
     * name was complete (…局, …办) and the next line does not go on with a name's ending (管委|会).
     */
    private static boolean unitsApart(CharSequence before, boolean stoppedShort, String next) {
      if (stoppedShort) {
        return true;
      }
      char last = before.charAt(before.length() - 1);
      return UNIT_ENDS.indexOf(last) >= 0 && UNIT_ENDS.indexOf(next.charAt(0)) < 0;
    }

    private boolean startsRow(String cell) {
      if (numberColumn >= 0) {
        return NUMBER_ONLY.matcher(cell).matches();
      }
      return TASK_NUMBER.matcher(cell).find();
    }

    private String firstCell(List<String> cells) {
      for (int c = 0; c < cells.size(); c++) {
        if (columns.get(c) == TableTextFormat.Column.TASK) {
          return cells.get(c);
        }
      }
      return cells.get(0);
    }

    private void flush() {
      if (row != null) {
        pending.add(row);
        row = null;
      }
    }

    /**
     * The columns: one per cell of the header row, whether it names one of core's columns or not
     * (目标增速(%) names none; core keeps such a column and adds its text to the narrative under its
     * header, as it does for a text table). The header is the lines of its band of the grid (a cell
     * wrapped in a narrow column, or set higher or lower than its neighbours, is part of it). When
     * vertical rules run through it, they bound the columns: each space between two that holds
     * header text, or lies between two that do, is one. Else each piece of header text is a cell
     * (pieces of its lines above one another one), bounded by the gap running down the table
     * between it and the cell before.
     */
    private void columns(Line header, int headerStart, int headerIndex, long headerBand) {
      List<Line> headerLines = new ArrayList<>();
      for (int i = headerStart; i < lines.size(); i++) {
        if (i > headerIndex && (headerBand == OUTSIDE || band(lines.get(i)) != headerBand)) {
          break;
        }
        headerLines.add(lines.get(i));
      }
      List<Piece> pieces = new ArrayList<>();
      for (Line l : headerLines) {
        pieces.addAll(l.pieces);
      }
      pieces.sort(Comparator.comparingDouble(p -> p.left));
      float left = pieces.get(0).left;
      float right = -Float.MAX_VALUE;
      for (Piece p : pieces) {
        right = Math.max(right, p.right);
      }
      float[] rules = rulesThrough(header, left, right);
      if (rules.length > 0) {
        ruledColumns(pieces, rules);
      } else {
        gapColumns(splitAtRivers(pieces, headerIndex, headerBand), headerIndex);
      }
      columns = new ArrayList<>(java.util.Collections.nCopies(bounds.length, (TableTextFormat.Column) null));
      middles = new float[bounds.length];
      float[] textLeft = new float[bounds.length];
      float[] textRight = new float[bounds.length];
      java.util.Arrays.fill(textLeft, Float.MAX_VALUE);
      java.util.Arrays.fill(textRight, -Float.MAX_VALUE);
      for (Piece p : pieces) {
        int c = column((p.left + p.right) / 2);
        textLeft[c] = Math.min(textLeft[c], p.left);
        textRight[c] = Math.max(textRight[c], p.right);
      }
      for (int c = 0; c < bounds.length; c++) {
        // the middle of the header's text, or of an empty header cell between its two rules
        middles[c] = textLeft[c] <= textRight[c] ? (textLeft[c] + textRight[c]) / 2
            : c + 1 < bounds.length ? (bounds[c] + bounds[c + 1]) / 2 : bounds[c] + 1;
      }
      List<StringBuilder> texts = new ArrayList<>();
      for (int c = 0; c < bounds.length; c++) {
        texts.add(new StringBuilder());
      }
      for (Line l : headerLines) {
        List<String> parts = cells(l);
        for (int c = 0; c < parts.size(); c++) {
          if (!parts.get(c).isEmpty()) {
            texts.get(c).append(texts.get(c).length() > 0 ? "\n" : "").append(parts.get(c));
          }
        }
      }
      List<String> headerTexts = new ArrayList<>();
      for (int c = 0; c < bounds.length; c++) {
        String text = TableDocument.clean(texts.get(c).toString());
        headerTexts.add(text);
        columns.set(c, TableDocument.column(text));
        if (columns.get(c) == TableTextFormat.Column.NUMBER) {
          numberColumn = c;
        }
      }
      out.row(headerTexts, "page " + header.page + " (header)");
    }

    /**
     * The columns between the vertical rules through the header: the spaces from the first that
     * holds header text to the last, one column each (an empty header cell between two named ones
     * is a column still, as in the document it was made from).
     */
    private void ruledColumns(List<Piece> pieces, float[] rules) {
      float[] edges = new float[rules.length + 2];
      edges[0] = -Float.MAX_VALUE;
      System.arraycopy(rules, 0, edges, 1, rules.length);
      edges[edges.length - 1] = Float.MAX_VALUE;
      int first = -1;
      int last = -1;
      for (int k = 0; k + 1 < edges.length; k++) {
        for (Piece p : pieces) {
          float centre = (p.left + p.right) / 2;
          if (centre >= edges[k] && centre < edges[k + 1]) {
            first = first < 0 ? k : first;
            last = k;
            break;
          }
        }
      }
      bounds = new float[last - first + 1];
      bounds[0] = -Float.MAX_VALUE;
      for (int c = 1; c < bounds.length; c++) {
        bounds[c] = edges[first + c];
      }
    }

    /**
     * The header's pieces, cut where the table's columns part below them: without a rule between
     * them PDFBox gives two header cells set closer than its gap between words as one piece
     * (目标增速(%)实绩). A piece is cut between two characters a visible space apart (a cell's
     * padding either side) above an x that no character of the table's rows covers, with the rows'
     * text on both sides of it under the piece.
     */
    private List<Piece> splitAtRivers(List<Piece> pieces, int headerIndex, long headerBand) {
      List<Piece> body = new ArrayList<>();
      for (int i = headerIndex + 1; i < lines.size(); i++) {
        long key = band(lines.get(i));
        if (key != OUTSIDE && key != headerBand) {
          body.addAll(lines.get(i).pieces);
        }
      }
      if (body.isEmpty()) {
        return pieces;
      }
      List<Piece> out = new ArrayList<>(pieces.size());
      for (Piece p : pieces) {
        if (p.starts == null) {
          out.add(p);
          continue;
        }
        int from = 0;
        int previous = -1; // the last character before i that is not white space
        for (int i = 0; i < p.text.length(); i++) {
          if (Character.isWhitespace(p.text.charAt(i))) {
            continue;
          }
          if (previous >= 0 && p.starts[i] - p.ends[previous] >= Math.max(1.5f, p.height * 0.1f)) {
            float x = (p.ends[previous] + p.starts[i]) / 2;
            if (!covered(body, x) && textBetween(body, p.left, x) && textBetween(body, x, p.right)) {
              addPart(p, from, i, out);
              from = i;
            }
          }
          previous = i;
        }
        if (from == 0) {
          out.add(p);
        } else {
          addPart(p, from, p.text.length(), out);
        }
      }
      return out;
    }

    /** Whether a character of the pieces covers x. */
    private static boolean covered(List<Piece> pieces, float x) {
      for (Piece p : pieces) {
        if (p.left < x && p.right > x) {
          if (p.starts == null) {
            return true;
          }
          for (int i = 0; i < p.text.length(); i++) {
            if (p.starts[i] < x && p.ends[i] > x && !Character.isWhitespace(p.text.charAt(i))) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /** Whether a character of the pieces has its middle between two x. */
    private static boolean textBetween(List<Piece> pieces, float from, float to) {
      for (Piece p : pieces) {
        if (p.right <= from || p.left >= to) {
          continue;
        }
        for (int i = 0; i < p.text.length(); i++) {
          float middle = p.starts == null ? (p.left + p.right) / 2 : (p.starts[i] + p.ends[i]) / 2;
          if (middle > from && middle < to && !Character.isWhitespace(p.text.charAt(i))) {
            return true;
          }
        }
      }
      return false;
    }

    /** The columns of a header without vertical rules: one per piece (pieces above one another one), bounded by the gaps. */
    private void gapColumns(List<Piece> pieces, int headerIndex) {
      List<float[]> cells = new ArrayList<>(); // each header cell's left and right
      for (Piece p : pieces) {
        float[] last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
        if (last != null && p.left < last[1]) {
          last[1] = Math.max(last[1], p.right);
        } else {
          cells.add(new float[] {p.left, p.right});
        }
      }
      bounds = new float[cells.size()];
      bounds[0] = -Float.MAX_VALUE;
      for (int c = 1; c < cells.size(); c++) {
        // between the two header cells' text, not inside one: a header word lies in its column
        float from = cells.get(c - 1)[1];
        float to = cells.get(c)[0];
        if (to <= from) {
          from = (cells.get(c - 1)[0] + cells.get(c - 1)[1]) / 2;
          to = (cells.get(c)[0] + cells.get(c)[1]) / 2;
        }
        bounds[c] = gap(from, to, headerIndex);
      }
    }

    /**
     * The x of each vertical rule drawn through the header's line, left to right, rules less than
     * 2 pt apart (a double rule) as one; none unless one runs between {@code left} and {@code right},
     * the ends of the header's text (the frame of a page is no grid).
     */
    private float[] rulesThrough(Line header, float left, float right) {
      if (header.page - 1 >= down.size()) {
        return new float[0];
      }
      List<Float> xs = new ArrayList<>();
      boolean inside = false;
      for (Rule r : down.get(header.page - 1)) {
        if (r.from <= header.y && r.to >= header.y - 4) {
          xs.add(r.at);
          inside |= r.at > left && r.at < right;
        }
      }
      if (!inside) {
        return new float[0];
      }
      xs.sort(null);
      float[] out = new float[xs.size()];
      int n = 0;
      for (float x : xs) {
        if (n == 0 || x - out[n - 1] >= 2f) {
          out[n++] = x;
        }
      }
      return java.util.Arrays.copyOf(out, n);
    }

    /** Where between two header centres the fewest pieces of the table's lines lie: the gap between the columns. */
    private float gap(float from, float to, int headerIndex) {
      int steps = Math.max(1, (int) (to - from));
      int[] cover = new int[steps + 1];
      for (int i = headerIndex + 1; i < lines.size(); i++) {
        for (Piece p : lines.get(i).pieces) {
          int a = (int) Math.max(0, Math.floor(p.left - from));
          int b = (int) Math.min(steps, Math.ceil(p.right - from));
          for (int x = a; x <= b; x++) {
            cover[x]++;
          }
        }
      }
      int best = steps;
      for (int x = steps; x >= 0; x--) {
        if (cover[x] < cover[best]) {
          best = x;
        }
      }
      return from + best;
    }

    private int column(float x) {
      int c = 0;
      while (c + 1 < bounds.length && x >= bounds[c + 1]) {
        c++;
      }
      return c;
    }

    /**
     * The line's text per column, pieces of one column joined; a piece running across a column
     * boundary (a cell's text printed close to the next one's) is split at it.
     */
    private List<String> cells(Line l) {
      List<StringBuilder> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        cells.add(new StringBuilder());
      }
      float[] rightEdge = new float[columns.size()];
      lineEnds = new float[columns.size()];
      for (Piece p : l.pieces) {
        int from = 0;
        while (from < p.text.length()) {
          float start = p.starts == null ? p.left : p.starts[from];
          int c = column(start);
          int to = from + 1;
          if (p.starts == null) {
            to = p.text.length();
          } else {
            while (to < p.text.length() && column(p.starts[to]) == c) {
              to++;
            }
          }
          String part = p.text.substring(from, to).strip();
          if (!part.isEmpty()) {
            StringBuilder cell = cells.get(c);
            if (cell.length() > 0) {
              char last = cell.charAt(cell.length() - 1);
              // a visible gap is a space (区税务局 区医疗保障局); 1 5 drawn a little apart is 15
              if (start - rightEdge[c] > p.height * 0.15f && last != ' ') {
                cell.append(' ');
              }
            }
            cell.append(part);
            rightEdge[c] = p.ends == null ? p.right : p.ends[to - 1];
            lineEnds[c] = Math.max(lineEnds[c], rightEdge[c]);
          }
          from = to;
        }
      }
      List<String> out = new ArrayList<>(cells.size());
      for (StringBuilder c : cells) {
        out.add(c.toString());
      }
      return out;
    }

    /** The text of a line that is one piece running across a column boundary: a heading, or null. */
    private String spanning(Line l) {
      if (l.pieces.size() != 1 || bounds.length < 2) {
        return null;
      }
      Piece p = l.pieces.get(0);
      for (int c = 1; c < bounds.length; c++) {
        if (p.left < bounds[c] && p.right > bounds[c] + 4) {
          return p.text;
        }
      }
      return null;
    }
  }
}
