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
    Document page = Jsoup.parse(new String(bytes, charset(bytes)), "");
    int depth = depth(page);
    if (depth > MAX_DEPTH) {
      throw new ReportReadException(source, "html", "elements nested more than " + MAX_DEPTH
          + " deep: no page of a table nests so; a generated or hostile page is not read");
    }
    // Navigation and the like are passed over where they stand, so that a CSS path names the
    // element in the page as served.
    java.util.Set<Element> furniture = new java.util.HashSet<>(
        page.select("script, style, noscript, nav, header, footer, iframe, select, [role=navigation]"));
    List<Element> tables = taskTables(page, furniture);
    boolean headed = !tables.isEmpty() && hasHeader(tables.get(0));
    if (tables.isEmpty()) {
      throw new ReportReadException(source, "html", "no <table> on the page holds a task table");
    }
    Element first = tables.get(0);
    java.util.Set<Element> holdingBlocks = holdingBlocks(page);
    Element title = titleAbove(page, first, holdingBlocks, furniture);
    if (title != null) {
      out.line(title.text(), cssPath(title));
    } else if (!page.title().isBlank()) {
      out.line(siteTitleRemoved(page.title()), "title");
    }
    // Between the title and the last task table: the tables, and the blocks of text around them
    // (the summary, the section headings).
    boolean reading = title == null;
    Element last = tables.get(tables.size() - 1);
    int t = 0;
    for (Element e : page.body() == null ? page.getAllElements() : page.body().getAllElements()) {
      if (e == title) {
        reading = true;
        continue;
      }
      if (t < tables.size() && e == tables.get(t)) {
        out.table(grid(e), cssPath(e), !headed);
        reading = e != last;
        t++;
        continue;
      }
      if (reading && BLOCKS.contains(e.tagName()) && !insideAny(e, tables) && isTextBlock(e, holdingBlocks)
          && !within(e, furniture) && (title == null || !e.parents().contains(title))
          && !FURNITURE.matcher(e.text()).find()) {
        out.line(e.text(), cssPath(e));
      }
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
        return Charset.forName("GB18030");
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
      return Charset.forName("GB18030");
    }
  }

  private static final java.util.Set<String> BLOCKS = java.util.Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "center", "td", "th", "blockquote", "section", "article");

  /** A block holding text and no other block: a paragraph, a heading, a line of a layout cell. */
  private static boolean isTextBlock(Element e, java.util.Set<Element> holdingBlocks) {
    return BLOCKS.contains(e.tagName()) && !holdingBlocks.contains(e) && e.hasText();
  }

  /** The elements with a block or a table inside them, found in one pass up from each. */
  private static java.util.Set<Element> holdingBlocks(Document page) {
    java.util.Set<Element> holding = new java.util.HashSet<>();
    for (Element e : page.getAllElements()) {
      if (BLOCKS.contains(e.tagName()) || e.tagName().equals("table")) {
        for (Element p = e.parent(); p != null && holding.add(p); p = p.parent()) {
          // every ancestor holds it; stop where an earlier block already marked the rest
        }
      }
    }
    return holding;
  }

  /** Whether the element is one of {@code set} or inside one. */
  private static boolean within(Element e, java.util.Set<Element> set) {
    for (Element at = e; at != null; at = at.parent()) {
      if (set.contains(at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideAny(Element e, List<Element> tables) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.tagName().equals("table") && tables.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** A {@code <title>} without the site's name after it: 关于…的通知_灞桥区人民政府 → 关于…的通知. */
  private static String siteTitleRemoved(String title) {
    String[] parts = title.split("\\s*[_|｜]\\s*|\\s+[-—–]\\s+");
    return parts.length > 0 && !parts[0].isBlank() ? parts[0].strip() : title.strip();
  }

  /** How deep the elements nest, walked without recursion. */
  private static int depth(Document page) {
    int max = 0;
    for (Element e : page.getAllElements()) {
      int d = 0;
      for (Element p = e; p != null && d <= MAX_DEPTH + 1; p = p.parent()) {
        d++;
      }
      if (d > max) {
        max = d;
        if (max > MAX_DEPTH) {
          return max;
        }
      }
    }
    return max;
  }

  /**
   * The page's task tables in order: those whose header row names the task column (a layout table
   * around them is not one: its header cells would hold a table); if none, the largest table with
   * numbered rows.
   */
  private static boolean hasHeader(Element table) {
    List<Element> rows = ownRows(table);
    for (int r = 0; r < Math.min(rows.size(), 5); r++) {
      if (rows.get(r).selectFirst("table") == null && TableDocument.isHeader(cellTexts(rows.get(r)))) {
        return true;
      }
    }
    return false;
  }

  private static List<Element> taskTables(Document page, java.util.Set<Element> furniture) {
    List<Element> headed = new ArrayList<>();
    Element best = null;
    int bestRows = 0;
    for (Element table : page.select("table")) {
      if (within(table, furniture)) {
        continue;
      }
      List<Element> rows = ownRows(table);
      if (hasHeader(table)) {
        headed.add(table);
        continue;
      }
      int numbered = 0;
      for (Element row : rows) {
        // Only the first cell's text counts, and a row holding a table (a layout row) is not a task
        // row: tested first, since a layout cell's text is the whole page.
        Element first = firstCell(row);
        if (first != null && row.selectFirst("table") == null) {
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
    List<Element> out = new ArrayList<>();
    for (Element child : table.children()) {
      String tag = child.tagName();
      if (tag.equals("tr")) {
        out.add(child);
      } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
        for (Element row : child.children()) {
          if (row.tagName().equals("tr")) {
            out.add(row);
          }
        }
      }
    }
    return out;
  }

  private static final Pattern NUMBERED = Pattern.compile("\\s*\\d{1,4}\\s*[.．、]");

  private static Element firstCell(Element row) {
    for (Element cell : row.children()) {
      if (cell.tagName().equals("td") || cell.tagName().equals("th")) {
        return cell;
      }
    }
    return null;
  }

  private static List<String> cellTexts(Element row) {
    List<String> out = new ArrayList<>();
    for (Element cell : row.children()) {
      if (cell.tagName().equals("td") || cell.tagName().equals("th")) {
        out.add(cell.text());
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
      for (Element cell : row.children()) {
        if (!cell.tagName().equals("td") && !cell.tagName().equals("th")) {
          continue;
        }
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

  /** A cell's text with {@code <br>} and block elements as line breaks. */
  private static String text(Element cell) {
    StringBuilder out = new StringBuilder();
    appendText(cell, out);
    List<String> lines = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      lines.add(line.strip());
    }
    return TableDocument.paragraphs(lines);
  }

  private static void appendText(Element element, StringBuilder out) {
    for (org.jsoup.nodes.Node node : element.childNodes()) {
      if (node instanceof org.jsoup.nodes.TextNode) {
        out.append(((org.jsoup.nodes.TextNode) node).getWholeText().replace('\n', ' '));
      } else if (node instanceof Element) {
        Element child = (Element) node;
        if (child.tagName().equals("br")) {
          out.append('\n');
          continue;
        }
        appendText(child, out);
        if (BLOCKS.contains(child.tagName())) {
          out.append('\n');
        }
      }
    }
  }

  /**
   * The page's heading above the first table: the first h1–h3, else the first centred block
   * ({@code align="center"}, {@code text-align:center}, {@code <center>}) — not the site's {@code
   * <title>}, which carries the site's name.
   */
  private static Element titleAbove(Document page, Element table, java.util.Set<Element> holdingBlocks,
      java.util.Set<Element> furniture) {
    Element centred = null;
    for (Element e : page.getAllElements()) {
      if (e == table) {
        break;
      }
      if (within(e, furniture)) {
        continue;
      }
      String tag = e.tagName();
      if ((tag.equals("h1") || tag.equals("h2") || tag.equals("h3")) && !e.text().isBlank()) {
        return e;
      }
      if (centred == null && isTextBlock(e, holdingBlocks) && isCentred(e)) {
        centred = e;
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
