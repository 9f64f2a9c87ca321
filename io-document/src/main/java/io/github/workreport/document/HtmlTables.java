package io.github.workreport.document;

import io.github.workreport.ReportReadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Web pages: the page's task table — the {@code <table>} whose header row names the task column,
 * else the largest one whose rows are numbered — with {@code rowspan} and {@code colspan} laid out
 * on the grid, {@code <br>} and {@code <p>} inside a cell as line breaks; the title from the page's
 * heading nearest above the table (not the site's {@code <title>}, which carries the site's name),
 * and the paragraphs between heading and table as the summary. The charset comes from a byte-order
 * mark, the {@code <meta>} of the page, or else UTF-8 (jsoup's detection); GBK pages are common.
 * Navigation, scripts and styles are not read.
 */
final class HtmlTables {
  /**
   * More nesting than this is no page a government publishes (theirs nest a few dozen deep); a page
   * nested deeper is refused rather than read flattened. jsoup itself stops nesting at 512.
   */
  static final int MAX_DEPTH = 256;

  private HtmlTables() {}

  static void read(InputStream in, String source, TableDocument out) throws IOException {
    byte[] bytes = in.readAllBytes();
    Charset charset = charset(bytes);
    Document page = Jsoup.parse(charset.equals(Gb18030.CHARSET) ? Gb18030.decode(bytes) : new String(bytes, charset), "");
    Outline outline = new Outline(page, source);
    List<Block> tables = taskTables(outline);
    if (tables.isEmpty()) {
      throw new ReportReadException(source, "html", "no <table> on the page holds a task table");
    }
    boolean headed = hasHeader(tables.get(0).element, outline);
    Block first = tables.get(0);
    Block title = titleAbove(outline, first);
    if (title != null) {
      out.line(title.element.text(), cssPath(title.element));
    } else if (!page.title().isBlank()) {
      out.line(siteTitleRemoved(page.title()), "title");
    }
    boolean[] insideTask = new boolean[outline.blocks.size()];
    for (Block table : tables) {
      java.util.Arrays.fill(insideTask, table.index + 1, table.end, true);
    }
    // Between the title and the last task table: the tables, and the blocks of text around them
    // (the summary, the section headings).
    boolean reading = title == null;
    Block last = tables.get(tables.size() - 1);
    int t = 0;
    for (Block b : outline.blocks) {
      if (!b.inBody) {
        continue;
      }
      if (b == title) {
        reading = true;
        continue;
      }
      if (t < tables.size() && b == tables.get(t)) {
        out.table(grid(b.element), cssPath(b.element), !headed);
        reading = b != last;
        t++;
        continue;
      }
      if (reading && b.block && !insideTask[b.index] && isTextBlock(b) && !b.inFurniture
          && (title == null || b.index <= title.index || b.index >= title.end)) {
        String text = b.element.text();
        if (!FURNITURE.matcher(text).find()) {
          out.line(text, cssPath(b.element));
        }
      }
    }
  }

  /**
   * What the reader needs of the page, gathered in one walk: the blocks and tables in document
   * order, each knowing whether it lies in navigation, in the body, and whether it holds a block —
   * so that choosing the table, the title and the lines around it asks no more of the tree. The
   * walk refuses a page nested deeper than {@link #MAX_DEPTH} as it meets it. Navigation and the
   * like are marked where they stand, not removed, so that a CSS path names the element in the
   * page as served.
   */
  private static final class Outline implements org.jsoup.select.NodeVisitor {
    final Document page;
    final String source;
    final Element body;
    final List<Block> blocks = new ArrayList<>();
    /** The elements with a table inside them: a layout row is no task row. Few: the tables' ancestors. */
    final java.util.Set<Element> holdingTable = new java.util.HashSet<>();
    // Per depth of the walk: what the element open there is inside of, and holds.
    private final boolean[] furniture = new boolean[MAX_DEPTH + 2];
    private final boolean[] holdsBlock = new boolean[MAX_DEPTH + 2];
    private final boolean[] holdsTable = new boolean[MAX_DEPTH + 2];
    private final Block[] open = new Block[MAX_DEPTH + 2];
    private boolean inBody;

    Outline(Document page, String source) {
      this.page = page;
      this.source = source;
      this.body = page.body();
      this.inBody = body == null;
      org.jsoup.select.NodeTraversor.traverse(this, page);
    }

    @Override
    public void head(org.jsoup.nodes.Node node, int depth) {
      if (!(node instanceof Element)) {
        return;
      }
      if (depth + 1 > MAX_DEPTH) {
        throw new ReportReadException(source, "html", "elements nested more than " + MAX_DEPTH
            + " deep: no page of a table nests so; a generated or hostile page is not read");
      }
      Element e = (Element) node;
      if (e == body) {
        inBody = true;
      }
      furniture[depth] = depth > 0 && furniture[depth - 1] || isFurniture(e);
      holdsBlock[depth] = false;
      holdsTable[depth] = false;
      String tag = e.tagName();
      boolean block = BLOCKS.contains(tag);
      if (block || tag.equals("table")) {
        Block b = new Block(e, blocks.size(), block, furniture[depth], inBody);
        blocks.add(b);
        open[depth] = b;
      } else {
        open[depth] = null;
      }
    }

    @Override
    public void tail(org.jsoup.nodes.Node node, int depth) {
      if (!(node instanceof Element)) {
        return;
      }
      Element e = (Element) node;
      Block b = open[depth];
      if (b != null) {
        b.end = blocks.size();
        b.holding = holdsBlock[depth];
      }
      if (holdsTable[depth]) {
        holdingTable.add(e);
      }
      if (depth > 0) {
        holdsBlock[depth - 1] |= b != null || holdsBlock[depth];
        holdsTable[depth - 1] |= holdsTable[depth] || b != null && !b.block;
      }
      if (e == body) {
        inBody = false;
      }
    }

    /** Navigation and the like, as the selector {@link #FURNITURE_SELECTOR} matches them. */
    private boolean isFurniture(Element e) {
      // The tag name and the attribute are tested first, so that jsoup's evaluator, which
      // lower-cases the attribute's name on every element, runs only where it may match.
      return (FURNITURE_TAGS.contains(e.normalName()) || e.hasAttr("role"))
          && FURNITURE_EVALUATOR.matches(page, e);
    }
  }

  private static final String FURNITURE_SELECTOR =
      "script, style, noscript, nav, header, footer, iframe, select, [role=navigation]";
  private static final org.jsoup.select.Evaluator FURNITURE_EVALUATOR =
      org.jsoup.select.QueryParser.parse(FURNITURE_SELECTOR);
  private static final java.util.Set<String> FURNITURE_TAGS = java.util.Set.of(
      "script", "style", "noscript", "nav", "header", "footer", "iframe", "select");

  /** A block or a table of the page, where it stands in the walk. */
  private static final class Block {
    final Element element;
    /** Its place among the blocks; those inside it follow up to {@link #end}, exclusive. */
    final int index;
    /** One of {@link #BLOCKS}; else a table. */
    final boolean block;
    /** In navigation, a script or the like, or being one. */
    final boolean inFurniture;
    final boolean inBody;
    int end;
    /** Whether a block or a table is inside it. */
    boolean holding;

    Block(Element element, int index, boolean block, boolean inFurniture, boolean inBody) {
      this.element = element;
      this.index = index;
      this.block = block;
      this.inFurniture = inFurniture;
      this.inBody = inBody;
    }
  }

  /** What a site prints around an article: when and where it was published, how often read, where you are. */
  private static final Pattern FURNITURE = Pattern.compile(
      "发布(时间|日期)\\s*[:：]|信息来源\\s*[:：]|来源\\s*[:：].*(时间|日期|浏览|点击)|浏览次数|阅读次数|点击(数|率|量|次数)\\s*[:：]|字号\\s*[:：]|当前位置\\s*[:：]|您现在的位置|分享到\\s*[:：]");

  private static final Pattern DECLARED = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * The page's charset: a byte-order mark, else the charset its {@code <meta>} declares, else UTF-8
   * if the bytes are valid UTF-8, else GB18030. A page declaring gb2312 or GBK is decoded as GB18030,
   * their superset, as browsers do: pages labelled gb2312 routinely hold GBK characters (浐, ·).
   */
  static Charset charset(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    Matcher declared = DECLARED.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
    if (declared.find()) {
      String name = declared.group(1).toLowerCase(Locale.ROOT);
      if (name.startsWith("gb") || name.equals("x-gbk") || name.equals("euc-cn") || name.equals("csgb2312")) {
        return Gb18030.CHARSET;
      }
      try {
        return Charset.forName(name);
      } catch (IllegalArgumentException unknown) {
        // an unknown label: told from the bytes below
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      return StandardCharsets.UTF_8;
    } catch (java.nio.charset.CharacterCodingException notUtf8) {
      return Gb18030.CHARSET;
    }
  }

  private static final java.util.Set<String> BLOCKS = java.util.Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "center", "td", "th", "blockquote", "section", "article");

  /** A block holding text and no other block: a paragraph, a heading, a line of a layout cell. */
  private static boolean isTextBlock(Block b) {
    return b.block && !b.holding && b.element.hasText();
  }

  /** A {@code <title>} without the site's name after it: 关于…的通知_灞桥区人民政府 → 关于…的通知. */
  private static String siteTitleRemoved(String title) {
    String[] parts = title.split("\\s*[_|｜]\\s*|\\s+[-—–]\\s+");
    return parts.length > 0 && !parts[0].isBlank() ? parts[0].strip() : title.strip();
  }

  /** Whether one of the table's first five own rows, holding no table, is a header row. */
  private static boolean hasHeader(Element table, Outline outline) {
    List<Element> rows = ownRows(table);
    for (int r = 0; r < Math.min(rows.size(), 5); r++) {
      if (!outline.holdingTable.contains(rows.get(r)) && TableDocument.isHeader(cellTexts(rows.get(r)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The page's task tables in order: those whose header row names the task column (a layout table
   * around them is not one: its header cells would hold a table); if none, the largest table with
   * numbered rows.
   */
  private static List<Block> taskTables(Outline outline) {
    List<Block> headed = new ArrayList<>();
    Block best = null;
    int bestRows = 0;
    for (Block table : outline.blocks) {
      if (table.block || table.inFurniture) {
        continue;
      }
      if (hasHeader(table.element, outline)) {
        headed.add(table);
        continue;
      }
      int numbered = 0;
      for (Element row : ownRows(table.element)) {
        // Only the first cell's text counts, and a row holding a table (a layout row) is not a task
        // row: tested first, since a layout cell's text is the whole page.
        Element first = firstCell(row);
        if (first != null && !outline.holdingTable.contains(row)) {
          String text = first.text();
          if (TableDocument.isNumber(text) || NUMBERED.matcher(text).lookingAt()) {
            numbered++;
          }
        }
      }
      if (numbered > bestRows) {
        bestRows = numbered;
        best = table;
      }
    }
    if (!headed.isEmpty() || best == null) {
      return headed;
    }
    return List.of(best);
  }

  /** The table's own rows, not those of a table nested in a cell. */
  private static List<Element> ownRows(Element table) {
    // Child nodes by index: Element.children() copies the list of each element asked.
    List<Element> out = new ArrayList<>();
    for (int i = 0, n = table.childNodeSize(); i < n; i++) {
      if (!(table.childNode(i) instanceof Element)) {
        continue;
      }
      Element child = (Element) table.childNode(i);
      String tag = child.tagName();
      if (tag.equals("tr")) {
        out.add(child);
      } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
        for (int j = 0, m = child.childNodeSize(); j < m; j++) {
          if (child.childNode(j) instanceof Element && ((Element) child.childNode(j)).tagName().equals("tr")) {
            out.add((Element) child.childNode(j));
          }
        }
      }
    }
    return out;
  }

  private static final Pattern NUMBERED = Pattern.compile("\\s*\\d{1,4}\\s*[.．、]");

  private static Element firstCell(Element row) {
    for (int i = 0, n = row.childNodeSize(); i < n; i++) {
      if (isCell(row.childNode(i))) {
        return (Element) row.childNode(i);
      }
    }
    return null;
  }

  private static boolean isCell(org.jsoup.nodes.Node node) {
    if (!(node instanceof Element)) {
      return false;
    }
    String tag = ((Element) node).tagName();
    return tag.equals("td") || tag.equals("th");
  }

  private static List<String> cellTexts(Element row) {
    List<String> out = new ArrayList<>();
    for (int i = 0, n = row.childNodeSize(); i < n; i++) {
      if (isCell(row.childNode(i))) {
        out.add(((Element) row.childNode(i)).text());
      }
    }
    return out;
  }

  /** The rows laid out on the grid: rowspan marks the cells below as merged from above, colspan leaves the cells it covers empty. */
  private static List<List<TableDocument.Cell>> grid(Element table) {
    List<Element> rows = ownRows(table);
    List<List<TableDocument.Cell>> out = new ArrayList<>(rows.size());
    List<int[]> pendingDown = new ArrayList<>(); // per column: rows still covered
    for (Element row : rows) {
      List<TableDocument.Cell> cells = new ArrayList<>();
      int col = 0;
      for (int i = 0, n = row.childNodeSize(); i < n; i++) {
        if (!isCell(row.childNode(i))) {
          continue;
        }
        Element cell = (Element) row.childNode(i);
        col = skipCovered(cells, pendingDown, col);
        int colspan = span(cell.attr("colspan"));
        int rowspan = span(cell.attr("rowspan"));
        for (int s = 0; s < colspan; s++) {
          cells.add(new TableDocument.Cell(s == 0 ? text(cell) : "", false));
          while (pendingDown.size() <= col + s) {
            pendingDown.add(new int[] {0});
          }
          pendingDown.get(col + s)[0] = rowspan - 1;
        }
        col += colspan;
      }
      skipCovered(cells, pendingDown, col);
      out.add(cells);
    }
    return out;
  }

  /** Adds the cells that a rowspan from above covers, from column {@code col} on. */
  private static int skipCovered(List<TableDocument.Cell> cells, List<int[]> pendingDown, int col) {
    while (col < pendingDown.size() && pendingDown.get(col)[0] > 0 && cells.size() == col) {
      pendingDown.get(col)[0]--;
      cells.add(new TableDocument.Cell("", true));
      col++;
    }
    return col;
  }

  private static int span(String value) {
    // An absent attribute is "": told apart without an exception, which most cells would throw.
    String stripped = value.strip();
    String digits = stripped.startsWith("+") ? stripped.substring(1) : stripped;
    if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return 1;
    }
    return Math.max(1, Math.min(64, Integer.parseInt(digits)));
  }

  /**
   * A cell's text with {@code <br>} and block elements as line breaks: its lines stripped, blank
   * ones left out, joined by line breaks — written in one pass, each line stripped as it ends.
   */
  private static String text(Element cell) {
    CellText out = new CellText();
    out.append(cell);
    return out.finish();
  }

  private static final class CellText {
    private final StringBuilder out = new StringBuilder(64);
    /** Where the line being written starts in {@link #out}. */
    private int lineStart;

    void append(Element element) {
      for (int i = 0, n = element.childNodeSize(); i < n; i++) {
        org.jsoup.nodes.Node node = element.childNode(i);
        if (node instanceof org.jsoup.nodes.TextNode) {
          // A line break in the source is a space; leading spaces of a line are not kept. The rest
          // is copied whole: most text is a cell's one run.
          String text = ((org.jsoup.nodes.TextNode) node).getWholeText().replace('\n', ' ');
          int from = 0;
          if (out.length() == lineStart) {
            while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
              from++;
            }
          }
          out.append(text, from, text.length());
        } else if (node instanceof Element) {
          Element child = (Element) node;
          if (child.tagName().equals("br")) {
            endLine();
            continue;
          }
          append(child);
          if (BLOCKS.contains(child.tagName())) {
            endLine();
          }
        }
      }
    }

    /** Strips the line's end; a blank line leaves nothing, not even its break. */
    private void endLine() {
      stripEnd();
      if (out.length() > lineStart) {
        out.append('\n');
        lineStart = out.length();
      }
    }

    private void stripEnd() {
      int end = out.length();
      while (end > lineStart && Character.isWhitespace(out.charAt(end - 1))) {
        end--;
      }
      out.setLength(end);
    }

    String finish() {
      stripEnd();
      if (out.length() == lineStart && lineStart > 0) {
        out.setLength(lineStart - 1); // the break before a blank last line
      }
      return out.toString();
    }
  }

  /**
   * The page's heading above the first table: the first h1–h3, else the first centred block
   * ({@code align="center"}, {@code text-align:center}, {@code <center>}) — not the site's {@code
   * <title>}, which carries the site's name.
   */
  private static Block titleAbove(Outline outline, Block table) {
    Block centred = null;
    for (Block b : outline.blocks) {
      if (b == table) {
        break;
      }
      if (b.inFurniture) {
        continue;
      }
      String tag = b.element.tagName();
      if ((tag.equals("h1") || tag.equals("h2") || tag.equals("h3")) && !b.element.text().isBlank()) {
        return b;
      }
      if (centred == null && isTextBlock(b) && isCentred(b.element)) {
        centred = b;
      }
    }
    return centred;
  }

  private static boolean isCentred(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p.tagName().equals("center") || p.attr("align").equalsIgnoreCase("center")
          || p.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("text-align:center")) {
        return true;
      }
      if (p.tagName().equals("table") || p.tagName().equals("body")) {
        return false;
      }
    }
    return false;
  }

  /** Where an element is, as a CSS path (body > div:nth-child(2) > table:nth-child(3)), from the nearest id. */
  static String cssPath(Element e) {
    List<String> steps = new ArrayList<>();
    for (Element at = e; at != null && !at.tagName().equals("#root"); at = at.parent()) {
      if (!at.id().isEmpty()) {
        steps.add("#" + at.id());
        break;
      }
      Element parent = at.parent();
      boolean only = parent == null || parent.children().size() == 1 || at.tagName().equals("html")
          || at.tagName().equals("body");
      steps.add(only ? at.tagName() : at.tagName() + ":nth-child(" + (at.elementSiblingIndex() + 1) + ")");
    }
    java.util.Collections.reverse(steps);
    return String.join(" > ", steps);
  }
}
