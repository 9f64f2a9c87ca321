package io.github.workreport.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx packages part by part, for files no well-behaved library would produce: huge
 * cells, a million rows, zip bombs, chart sheets. The sheet XML is streamed, so the test JVM never
 * holds the file's content.
 */
final class RawXlsx {
  private RawXlsx() {}

  static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** Writes a one-sheet workbook whose sheet XML {@code sheetData} writes (inside {@code <sheetData>}). */
  static void write(Path file, Consumer<Writer> sheetData) {
    write(file, false, sheetData);
  }

  /** As {@link #write(Path, Consumer)}; with {@code chartSheet} the only sheet is a chart sheet. */
  static void write(Path file, boolean chartSheet, Consumer<Writer> sheetData) {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      String sheetType = chartSheet ? "chartsheet" : "worksheet";
      String sheetPath = chartSheet ? "chartsheets/sheet1.xml" : "worksheets/sheet1.xml";
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/" + sheetPath + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
          + sheetType + "+xml\"/></Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>");
      put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<workbook xmlns=\"" + NS + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheets><sheet name=\"" + (chartSheet ? "Chart1" : "Sheet1") + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + sheetType + "\" Target=\"" + sheetPath + "\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("xl/" + sheetPath));
      Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
      if (chartSheet) {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><chartsheet xmlns=\"" + NS + "\"><sheetViews>"
            + "<sheetView workbookViewId=\"0\"/></sheetViews></chartsheet>");
      } else {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS + "\"><sheetData>");
        sheetData.accept(w);
        w.write("</sheetData></worksheet>");
      }
      w.flush();
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An inline-string cell. */
  static void text(Writer w, String ref, String text) {
    try {
      w.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>");
      w.write(text.replace("&", "&amp;").replace("<", "&lt;"));
      w.write("</t></is></c>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void raw(Writer w, String xml) {
    try {
      w.write(xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
