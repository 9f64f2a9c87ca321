package io.github.workreport.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The document formats {@link DocumentReader} reads, told apart by content, never by name: a PDF
 * named {@code .txt} is read as a PDF.
 */
public enum DocumentFormat {
  /** A PDF with a text layer ({@code %PDF-} within its first kilobyte). */
  PDF,
  /** A Word document of Office Open XML: a zip holding {@code word/document.xml}. */
  DOCX,
  /** A Word 97–2003 document: an OLE2 file holding a {@code WordDocument} stream. */
  DOC,
  /** A web page: text that starts with a tag and names {@code <html>}, {@code <body>} or {@code <table>}. */
  HTML;

  private static final int HEAD = 1024;

  /**
   * The format of {@code file} by its content, or empty for anything else (a workbook, a text
   * table, JSON). An encrypted Office file (an OLE2 container whose package is encrypted) tells
   * nothing of what it holds: it is reported as {@link #DOCX} only when named {@code .docx}, so that
   * reading it refuses it with the reason, and otherwise left to the workbook reader, which refuses
   * it the same way.
   *
   * @param file a file
   * @return its format, if it is a document this module reads
   * @throws IOException if the file cannot be read
   */
  public static Optional<DocumentFormat> of(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD);
    }
    Optional<DocumentFormat> byHead = ofHead(head, head.length);
    if (byHead.isPresent() && byHead.get() == DOCX) {
      Boolean word = zipHolds(file, "word/document.xml");
      if (word == null) { // damaged: the name decides which reader refuses it
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".docx") ? byHead : Optional.empty();
      }
      return word ? byHead : Optional.empty();
    }
    if (byHead.isPresent() && byHead.get() == DOC) {
      try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
        return fs.getRoot().hasEntry("WordDocument") ? byHead
            : fs.getRoot().hasEntry("EncryptedPackage")
                && String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".docx")
                ? Optional.of(DOCX) : Optional.empty();
      } catch (IOException | RuntimeException notOle2) {
        return Optional.empty();
      }
    }
    return byHead;
  }

  /**
   * The format of a document held in memory, looking inside a zip or OLE2 container as {@link
   * #of(Path)} does: empty for a workbook, a text table, JSON.
   *
   * @param bytes the whole document
   * @return its format, if it is a document this module reads
   */
  public static Optional<DocumentFormat> of(byte[] bytes) {
    Optional<DocumentFormat> byHead = ofHead(bytes, Math.min(bytes.length, HEAD));
    if (byHead.isEmpty() || byHead.get() == PDF || byHead.get() == HTML) {
      return byHead;
    }
    if (byHead.get() == DOCX) {
      try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
        ZipEntry e;
        int entries = 0;
        while ((e = zip.getNextEntry()) != null && entries++ < 10_000) {
          if (e.getName().equals("word/document.xml")) {
            return byHead;
          }
        }
        return Optional.empty();
      } catch (IOException | IllegalArgumentException damaged) {
        return Optional.empty();
      }
    }
    try (POIFSFileSystem fs = new POIFSFileSystem(new java.io.ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntry("WordDocument") ? byHead : Optional.empty();
    } catch (IOException | RuntimeException notOle2) {
      return Optional.empty();
    }
  }

  /**
   * The format the first bytes suggest, without looking inside a container: a PDF or a web page
   * for certain, {@link #DOCX} for any zip and {@link #DOC} for any OLE2 file (a workbook shares
   * both containers).
   *
   * @param head the first bytes of a file (a kilobyte is enough)
   * @param length how many of them are valid
   * @return the format suggested
   */
  public static Optional<DocumentFormat> suggestedBy(byte[] head, int length) {
    return ofHead(head, length);
  }

  /**
   * The format the first bytes suggest: {@link #DOCX} for any zip and {@link #DOC} for any OLE2
   * file (a workbook shares both containers; {@link #of(Path)} looks inside), {@link #PDF},
   * {@link #HTML}, or empty.
   *
   * @param head the first bytes
   * @param length how many of them are valid
   * @return the format suggested
   */
  static Optional<DocumentFormat> ofHead(byte[] head, int length) {
    if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Optional.of(DOCX);
    }
    if (length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11 && (head[3] & 0xFF) == 0xE0) {
      return Optional.of(DOC);
    }
    String ascii = new String(head, 0, length, StandardCharsets.ISO_8859_1);
    if (ascii.contains("%PDF-")) {
      return Optional.of(PDF);
    }
    String lower = ascii.toLowerCase(Locale.ROOT);
    int k = lower.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
    while (k < lower.length() && Character.isWhitespace(lower.charAt(k))) {
      k++;
    }
    if (k < lower.length() && lower.charAt(k) == '<'
        && (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body")
            || lower.contains("<table") || lower.contains("<head") || lower.contains("<meta"))) {
      return Optional.of(HTML);
    }
    return Optional.empty();
  }

  /** Whether the zip holds the entry; null when it cannot be read through. */
  private static Boolean zipHolds(Path file, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry e;
      int entries = 0;
      while ((e = zip.getNextEntry()) != null && entries++ < 10_000) {
        if (e.getName().equals(name)) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException damaged) {
      return null;
    }
  }
}
