package io.github.workreport.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word documents: every table of the body in order, with the paragraphs before and between them
 * (title, summary, section headings). {@code .docx} through XWPF, where merged cells are {@code
 * gridSpan} (across) and {@code vMerge} (down); {@code .doc} through HWPF, where a vertically merged
 * cell is marked as such. A cell's paragraphs are joined in reading order. A footnote or endnote is
 * read as the page shows the text it notes: its mark is left out, and so is its text, which belongs to
 * the foot of the page, not to the cell (a note's figures are no figures of the row).
 */
final class WordTables {
  private WordTables() {}

  /**
   * The most XML a .docx's body may expand to: 16 MB, some forty times a large report's. Checked
   * by inflating it before XWPF builds its tree, which takes ten times as much memory: a 20 MB cell
   * or a zip bomb is refused instead of exhausting the heap.
   */
  static final long MAX_BODY_XML_BYTES = 16L << 20;

  /** Reads a .docx into {@code out}. */
  static void docx(byte[] bytes, TableDocument out) throws IOException {
    checkBodySize(bytes, out.source());
    try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(bytes))) {
      int tables = 0;
      int paragraphs = 0;
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph) {
          paragraphs++;
          out.line(text((XWPFParagraph) element), "paragraph " + paragraphs);
        } else if (element instanceof XWPFTable) {
          tables++;
          out.table(grid((XWPFTable) element), "table " + tables);
        }
      }
    }
  }

  private static void checkBodySize(byte[] bytes, String source) throws IOException {
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
      java.util.zip.ZipEntry entry;
      byte[] buffer = new byte[1 << 16];
      while ((entry = zip.getNextEntry()) != null) {
        if (!entry.getName().equals("word/document.xml")) {
          continue;
        }
        long total = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          total += n;
          if (total > MAX_BODY_XML_BYTES) {
            throw new io.github.workreport.ReportReadException(source, "word/document.xml", "the document's body expands to more than "
                + (MAX_BODY_XML_BYTES >> 20) + " MB of XML (" + bytes.length + " bytes compressed): a zip bomb, or text"
                + " no report holds; it is not read");
          }
        }
        return;
      }
    }
  }

  private static List<List<TableDocument.Cell>> grid(XWPFTable table) {
    List<List<TableDocument.Cell>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      List<TableDocument.Cell> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        boolean continued = false;
        int span = 1;
        if (pr != null) {
          if (pr.isSetVMerge()) {
            STMerge.Enum merge = pr.getVMerge().getVal();
            continued = merge == null || merge == STMerge.CONTINUE;
          }
          if (pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
            span = Math.max(1, Math.min(64, pr.getGridSpan().getVal().intValue()));
          }
        }
        cells.add(new TableDocument.Cell(continued ? "" : text(cell), continued));
        for (int s = 1; s < span; s++) {
          cells.add(new TableDocument.Cell("", continued));
        }
      }
      rows.add(cells);
    }
    return rows;
  }

  private static String text(XWPFTableCell cell) {
    List<String> parts = new ArrayList<>();
    for (XWPFParagraph p : cell.getParagraphs()) {
      parts.add(text(p));
    }
    for (XWPFTable nested : cell.getTables()) {
      for (XWPFTableRow row : nested.getRows()) {
        for (XWPFTableCell c : row.getTableCells()) {
          parts.add(text(c));
        }
      }
    }
    return TableDocument.paragraphs(parts);
  }

  /**
   * A paragraph's text as the page shows it: {@link XWPFParagraph#getText()} without the marks of its footnotes and
   * endnotes ({@code 11.2[footnoteRef:1]}) and without their text, which POI appends to the paragraph.
   */
  private static String text(XWPFParagraph paragraph) {
    StringBuilder out = new StringBuilder(64);
    for (IRunElement element : paragraph.getIRuns()) {
      if (element instanceof XWPFRun run) {
        CTR ctr = run.getCTR();
        if (ctr.sizeOfDelTextArray() != 0) {
          continue; // a deletion under review, as getText leaves it out
        }
        String said = run.toString();
        boolean noted = ctr.sizeOfFootnoteReferenceArray() > 0 || ctr.sizeOfEndnoteReferenceArray() > 0;
        out.append(noted ? NOTE_MARK.matcher(said).replaceAll("") : said);
      } else if (element instanceof XWPFSDT sdt) {
        out.append(sdt.getContent().getText());
      } else {
        out.append(element);
      }
    }
    return out.toString();
  }

  /** The mark XWPF writes for a reference to a footnote or an endnote. */
  private static final java.util.regex.Pattern NOTE_MARK =
      java.util.regex.Pattern.compile("\\[(?:footnote|endnote)Ref:\\d+\\]");

  /** Reads a .doc into {@code out}. */
  static void doc(InputStream in, TableDocument out) throws IOException {
    HWPFDocument doc = new HWPFDocument(in);
    Range range = doc.getRange();
    int tables = 0;
    int paragraphs = 0;
    int i = 0;
    int n = range.numParagraphs();
    while (i < n) {
      Paragraph p = range.getParagraph(i);
      if (p.isInTable()) {
        Table table = range.getTable(p);
        tables++;
        out.table(grid(table), "table " + tables);
        i += Math.max(1, table.numParagraphs());
        continue;
      }
      paragraphs++;
      out.line(p.text(), "paragraph " + paragraphs);
      i++;
    }
  }

  private static List<List<TableDocument.Cell>> grid(Table table) {
    List<List<TableDocument.Cell>> rows = new ArrayList<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      List<TableDocument.Cell> cells = new ArrayList<>();
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < cell.numParagraphs(); p++) {
          parts.add(cell.getParagraph(p).text());
        }
        cells.add(new TableDocument.Cell(continued ? "" : TableDocument.paragraphs(parts), continued));
      }
      rows.add(cells);
    }
    return rows;
  }
}
