package io.github.workreport.examples;

import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.document.DocumentFormat;
import io.github.workreport.document.DocumentReader;
import io.github.workreport.excel.ExcelLayout;
import io.github.workreport.excel.ExcelReader;
import io.github.workreport.excel.ExcelWriter;
import io.github.workreport.json.JsonReadException;
import io.github.workreport.json.ReportJson;
import io.github.workreport.text.TableText;
import io.github.workreport.text.TableTextFormat;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Tells a report's format by its first bytes and hands it to the reader for that format. */
final class Formats {
  /**
   * The largest workbook or JSON document read from a stream, which is held in memory to be
   * sniffed; a text table has its own, smaller limit, {@link TableTextFormat#maxInputBytes()}.
   */
  static final long MAX_STREAM_BYTES = 64L * 1024 * 1024;
  private static final int SNIFF = 512;
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  /** What the first bytes of an input say it is: a zip or OLE2 container may be a workbook or a Word document. */
  enum Kind {
    TEXT, WORKBOOK, JSON, DOCUMENT
  }

  private Formats() {}

  static Kind sniff(byte[] head, int length) {
    if (startsWith(head, length, ZIP) || startsWith(head, length, OLE2)) {
      return Kind.WORKBOOK;
    }
    if (DocumentFormat.suggestedBy(head, length).isPresent()) {
      return Kind.DOCUMENT; // a PDF or a web page
    }
    // JSON starts with '{' after an optional byte-order mark and white space; in UTF-16 or UTF-32
    // the zero bytes around it are skipped as well.
    int i = 0;
    if (startsWith(head, length, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
      i = 3;
    }
    for (; i < length; i++) {
      int b = head[i] & 0xFF;
      if (b == 0 || b == 0xFE || b == 0xFF || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        continue;
      }
      return b == '{' ? Kind.JSON : Kind.TEXT;
    }
    return Kind.TEXT;
  }

  private static boolean startsWith(byte[] head, int length, byte[] magic) {
    return length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }

  /** What the first bytes of {@code file} say it is; an empty file is refused. */
  static Kind kindOf(Path file, String source) {
    byte[] head = new byte[SNIFF];
    int length;
    long size;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
      size = Files.size(file);
    } catch (IOException e) {
      throw unreadable(source, e);
    }
    if (size == 0) {
      throw empty(source, "the file");
    }
    return sniff(head, length);
  }

  static Report read(Path file) {
    String source = file.toString();
    switch (kindOf(file, source)) {
      case WORKBOOK:
        if (isWordDocument(file)) {
          return DocumentReader.standard().read(file);
        }
        return ExcelReader.of(ExcelLayout.DEFAULT).read(file);
      case JSON:
        return ReportJson.read(file);
      case DOCUMENT:
        return DocumentReader.standard().read(file);
      default:
        // Read through the text reader's bound: a larger file is refused at the line the limit
        // falls in, without reading the rest of it.
        try (InputStream in = Files.newInputStream(file)) {
          return TableText.read(in, source, textFormat(file));
        } catch (IOException e) {
          throw unreadable(source, e);
        } catch (ReportReadException e) {
          throw namedLikeAWorkbook(file) ? new ReportReadException(source, e.place(),
              "named like a workbook but not one (no .xlsx or .xls signature); read as a text table: "
                  + e.reason(), e) : e;
        }
    }
  }

  /** The text format of a text file: a table saved as {@code .csv} has its cells at commas, not tabs. */
  static TableTextFormat textFormat(Path file) {
    return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".csv")
        ? TableTextFormat.CSV : TableTextFormat.DEFAULT;
  }

  private static boolean namedLikeAWorkbook(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xls");
  }

  static Report read(InputStream in, String source) {
    byte[] bytes;
    try {
      BufferedInputStream buffered = new BufferedInputStream(in, SNIFF);
      buffered.mark(SNIFF);
      byte[] head = buffered.readNBytes(SNIFF);
      buffered.reset();
      if (head.length == 0) {
        throw empty(source, "the stream");
      }
      if (sniff(head, head.length) == Kind.TEXT) {
        return TableText.read(buffered, source);
      }
      bytes = buffered.readNBytes((int) MAX_STREAM_BYTES + 1);
      if (bytes.length > MAX_STREAM_BYTES) {
        throw new ReportReadException(source, "byte " + MAX_STREAM_BYTES, "too large: more than "
            + MAX_STREAM_BYTES / (1024 * 1024) + " MB, the most read from a stream");
      }
    } catch (IOException e) {
      throw unreadable(source, e);
    }
    switch (sniff(bytes, Math.min(bytes.length, SNIFF))) {
      case WORKBOOK:
        if (DocumentFormat.of(bytes).isPresent()) {
          return DocumentReader.standard().read(new ByteArrayInputStream(bytes), source);
        }
        return ExcelReader.of(ExcelLayout.DEFAULT).read(new ByteArrayInputStream(bytes), source);
      case JSON:
        try {
          return ReportJson.read(new ByteArrayInputStream(bytes));
        } catch (JsonReadException e) {
          // The stream reader names its source "<stream>"; the caller's name is more use.
          throw new JsonReadException(source, e.path(), e.line(), e.column(), e.reason(), e);
        }
      case DOCUMENT:
        return DocumentReader.standard().read(new ByteArrayInputStream(bytes), source);
      default:
        return TableText.read(bytes, source);
    }
  }

  private static ReportReadException empty(String source, String what) {
    return new ReportReadException(source, "", what + " is empty (0 bytes)");
  }

  /** Whether a zip or OLE2 file is a Word document (.docx, .doc) rather than a workbook. */
  static boolean isWordDocument(Path file) {
    try {
      return DocumentFormat.of(file).isPresent();
    } catch (IOException e) {
      throw unreadable(file.toString(), e);
    }
  }

  /** An I/O failure as a read failure whose reason a person understands without a stack trace. */
  static ReportReadException unreadable(String source, IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "no such file";
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      reason = ((FileSystemException) e).getReason().toLowerCase(Locale.ROOT);
    } else if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("is a directory")) {
      reason = "is a directory";
    } else {
      reason = "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    return new ReportReadException(source, "", reason, e);
  }

  static void write(Report report, Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      ReportJson.write(report, file);
    } else if (name.endsWith(".xlsx")) {
      ExcelWriter.standard().write(report, file);
    } else {
      throw new IllegalArgumentException(file + ": cannot write this format; the name must end in .json or .xlsx");
    }
  }
}
