package io.github.workreport.document;

import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the task table of a document as governments publish it — a PDF, a Word document (.docx,
 * .doc) or a web page — into a {@link Report}: title, period and declared totals from the text
 * above the table, sections from the headings, tasks from the rows, through the same table logic
 * as core's text reader ({@link io.github.workreport.text.TableText}), so a table reads the same
 * whatever it was saved as. The format is told by content ({@link DocumentFormat#of(Path)}).
 *
 * <pre>{@code
 * Report report = DocumentReader.standard().read(Path.of("附件.pdf"));
 * }</pre>
 *
 * <p>Whatever cannot be read is a {@link ReportReadException} naming the file, the place (a page,
 * {@code table 2 row 14}, a CSS path) and the reason: a scanned PDF without text ("run OCR
 * first"), an encrypted file, a damaged or truncated one, a zip bomb, a file over the size limit
 * ({@link #maxInputBytes()}), a PDF over the page limit ({@link #maxPages()}), a page nested
 * beyond reason, a document without a task table. This class is immutable and thread-safe.
 */
public final class DocumentReader {
  /** Documents larger than this are refused before they are parsed: 64 MB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 64L << 20;
  /** PDFs with more pages than this are refused: 5 000. */
  public static final int DEFAULT_MAX_PAGES = 5_000;
  private static final DocumentReader STANDARD = new DocumentReader(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_PAGES);

  private final long maxInputBytes;
  private final int maxPages;

  private DocumentReader(long maxInputBytes, int maxPages) {
    if (maxInputBytes <= 0 || maxPages <= 0) {
      throw new IllegalArgumentException("limits must be positive: " + maxInputBytes + " bytes, " + maxPages + " pages");
    }
    this.maxInputBytes = maxInputBytes;
    this.maxPages = maxPages;
  }

  /** The reader with the default limits. @return the reader */
  public static DocumentReader standard() {
    return STANDARD;
  }

  /**
   * A copy that reads documents up to {@code bytes} long.
   *
   * @param bytes the limit, positive
   * @return the reader
   */
  public DocumentReader withMaxInputBytes(long bytes) {
    return new DocumentReader(bytes, maxPages);
  }

  /**
   * A copy that reads PDFs of up to {@code pages} pages.
   *
   * @param pages the limit, positive
   * @return the reader
   */
  public DocumentReader withMaxPages(int pages) {
    return new DocumentReader(maxInputBytes, pages);
  }

  /** The largest document read, in bytes. @return the limit */
  public long maxInputBytes() {
    return maxInputBytes;
  }

  /** The most pages of a PDF read. @return the limit */
  public int maxPages() {
    return maxPages;
  }

  /**
   * Reads the document at {@code file}.
   *
   * @param file a PDF, .docx, .doc or HTML file
   * @return the report
   * @throws ReportReadException if the file cannot be read as a document with a task table
   */
  public Report read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw new ReportReadException(source, "", "the file is empty (0 bytes)");
      }
      if (size > maxInputBytes) {
        throw tooLarge(source, size);
      }
      Optional<DocumentFormat> format = DocumentFormat.of(file);
      if (format.isEmpty()) {
        throw new ReportReadException(source, "", "not a PDF, Word document or web page");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, source, format.get());
      }
    } catch (NoSuchFileException | FileNotFoundException e) {
      throw new ReportReadException(source, "", "no such file");
    } catch (IOException e) {
      throw new ReportReadException(source, "", "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads a document from {@code in}, its format told from its first bytes; the stream is read to
   * its end (at most {@link #maxInputBytes()}) and not closed.
   *
   * @param in the document's bytes
   * @param source how errors name the document, usually its file name
   * @return the report
   * @throws ReportReadException if the bytes cannot be read as a document with a task table
   */
  public Report read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInputBytes + 1));
    } catch (IOException e) {
      throw new ReportReadException(source, "", "cannot be read (" + e.getMessage() + ")", e);
    }
    if (bytes.length == 0) {
      throw new ReportReadException(source, "", "the stream is empty");
    }
    if (bytes.length > maxInputBytes) {
      throw tooLarge(source, bytes.length);
    }
    DocumentFormat format = DocumentFormat.ofHead(bytes, Math.min(bytes.length, 1024))
        .orElseThrow(() -> new ReportReadException(source, "", "not a PDF, Word document or web page"));
    if (format == DocumentFormat.DOC) {
      format = oleFormat(bytes, source);
    }
    try {
      return read(new ByteArrayInputStream(bytes), source, format);
    } catch (IOException e) {
      throw new ReportReadException(source, "", "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static DocumentFormat oleFormat(byte[] bytes, String source) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntry("WordDocument")) {
        return DocumentFormat.DOC;
      }
      if (fs.getRoot().hasEntry("EncryptedPackage")) {
        throw new ReportReadException(source, "", "the document is encrypted; save it without a password first");
      }
      throw new ReportReadException(source, "", "an Office file but not a Word document (a workbook?)");
    } catch (IOException | RuntimeException e) {
      if (e instanceof ReportReadException) {
        throw (ReportReadException) e;
      }
      throw new ReportReadException(source, "", "the .doc file is damaged (" + e.getMessage() + ")", e);
    }
  }

  private Report read(InputStream in, String source, DocumentFormat format) throws IOException {
    TableDocument out = new TableDocument(source);
    try {
      switch (format) {
        case PDF:
          pdf(in, source, out);
          break;
        case DOCX:
          WordTables.docx(in.readAllBytes(), out);
          break;
        case DOC:
          WordTables.doc(in, out);
          break;
        default:
          HtmlTables.read(in, source, out);
          break;
      }
    } catch (ReportReadException e) {
      throw e;
    } catch (EncryptedDocumentException e) {
      throw new ReportReadException(source, "", "the document is encrypted; save it without a password first", e);
    } catch (NotOLE2FileException e) {
      throw new ReportReadException(source, "", "not a Word document (" + e.getMessage() + ")", e);
    } catch (IOException | RuntimeException e) {
      throw damaged(source, format, e);
    } catch (StackOverflowError e) {
      throw new ReportReadException(source, "", "the document nests too deeply to be read");
    }
    return out.toReport();
  }

  private void pdf(InputStream in, String source, TableDocument out) throws IOException {
    byte[] bytes = in.readAllBytes();
    if (!endsWithEof(bytes)) {
      // PDFBox would rebuild what it can of a cut file and read that: a partial read must not pass for a full one
      throw new ReportReadException(source, "byte " + bytes.length, "the PDF is truncated (it does not end with %%EOF);"
          + " download it again");
    }
    PDDocument document;
    try {
      document = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache());
    } catch (InvalidPasswordException e) {
      throw new ReportReadException(source, "", "the PDF is encrypted with a password; open it with the password and save a copy without one", e);
    }
    try (PDDocument d = document) {
      if (d.isEncrypted()) {
        AccessPermission permission = d.getCurrentAccessPermission();
        if (!permission.canExtractContent()) {
          throw new ReportReadException(source, "", "the PDF is encrypted and forbids extracting its text");
        }
      }
      PdfTables.read(d, source, out, maxPages);
    }
  }

  /** Whether %%EOF stands in the last kilobytes, as in every complete PDF (a little trailing junk is common). */
  private static boolean endsWithEof(byte[] bytes) {
    int from = Math.max(0, bytes.length - 4096);
    for (int i = bytes.length - 5; i >= from; i--) {
      if (bytes[i] == '%' && bytes[i + 1] == '%' && bytes[i + 2] == 'E' && bytes[i + 3] == 'O' && bytes[i + 4] == 'F') {
        return true;
      }
    }
    return false;
  }

  private static ReportReadException damaged(String source, DocumentFormat format, Exception e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Zip bomb") || message.contains("zip bomb")) {
      return new ReportReadException(source, "", "the ." + format.name().toLowerCase(java.util.Locale.ROOT)
          + " is a zip bomb (it expands too far to be read)", e);
    }
    return new ReportReadException(source, "", "the " + describe(format) + " is damaged or truncated (" + shorten(message) + ")", e);
  }

  private static String describe(DocumentFormat format) {
    switch (format) {
      case PDF:
        return "PDF";
      case HTML:
        return "page";
      default:
        return "." + format.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private ReportReadException tooLarge(String source, long size) {
    return new ReportReadException(source, "", "the document is " + size + " bytes; at most " + maxInputBytes
        + " are read (DocumentReader.withMaxInputBytes)");
  }

  private static String shorten(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }
}
