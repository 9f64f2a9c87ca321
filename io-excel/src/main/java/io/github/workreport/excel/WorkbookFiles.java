package io.github.workreport.excel;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a workbook by what the file contains, never by its name: an .xls renamed .xlsx and the
 * reverse both open, and anything else is refused with a reason a person can act on.
 */
final class WorkbookFiles {
  private WorkbookFiles() {}

  /** An open workbook and what to close when done. */
  static final class Opened implements Closeable {
    final Workbook workbook;
    final String format;
    private final Closeable resource;
    private final Path temporary;

    Opened(Workbook workbook, String format, Closeable resource, Path temporary) {
      this.workbook = workbook;
      this.format = format;
      this.resource = resource;
      this.temporary = temporary;
    }

    @Override
    public void close() throws IOException {
      try {
        if (resource instanceof OPCPackage) {
          ((OPCPackage) resource).revert(); // read-only: never write back
        } else if (resource != null) {
          resource.close();
        }
      } finally {
        if (temporary != null) {
          Files.deleteIfExists(temporary);
        }
      }
    }
  }

  /** Copies a stream to a temporary file so that the zip can be read by random access. */
  static Opened open(InputStream in) throws IOException {
    Path temp = Files.createTempFile("workreport-", ".workbook");
    try {
      Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      Opened opened = open(temp);
      return new Opened(opened.workbook, opened.format, opened.resource, temp);
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  static Opened open(Path file) throws IOException {
    if (Files.size(file) == 0) {
      throw new Fault("", "the file is empty");
    }
    FileMagic magic = FileMagic.valueOf(file.toFile());
    switch (magic) {
      case OOXML:
        return openXlsx(file);
      case OLE2:
        return openOle2(file);
      case HTML:
        throw new Fault("", "the file is an HTML page, not a workbook (some systems export HTML under an"
            + " .xls name); open it in Excel or WPS and save it as .xlsx");
      case XML:
        throw new Fault("", "the file is XML, not a workbook (Excel 2003 XML is not supported); save it as .xlsx");
      case BIFF2:
      case BIFF3:
      case BIFF4:
        throw new Fault("", "the file is an Excel 2.x-4.x workbook, too old to read; save it as .xlsx");
      case PDF:
        throw new Fault("", "the file is a PDF, not a workbook");
      default:
        throw new Fault("", "the file is neither an .xlsx (zip) nor an .xls (OLE2) workbook");
    }
  }

  private static Opened openXlsx(Path file) throws IOException {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException
        | org.apache.poi.UnsupportedFileFormatException
        | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
      throw new Fault("", "the .xlsx zip archive is damaged or truncated (" + e.getMessage() + ")", e);
    }
    try {
      XlsxWorkbook workbook = new XlsxWorkbook(pkg);
      if (workbook.sheetNames().isEmpty()) {
        throw new Fault("", "the file is an Office document without worksheets (a Word or PowerPoint file?)");
      }
      return new Opened(workbook, "xlsx", pkg, null);
    } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.xml.sax.SAXException e) {
      pkg.revert();
      throw new Fault("", "the .xlsx has no readable workbook part (" + e.getMessage() + ")", e);
    } catch (IOException | RuntimeException e) {
      pkg.revert();
      throw e;
    }
  }

  private static Opened openOle2(Path file) throws IOException {
    POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
    try {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        throw new Fault("", "the workbook is encrypted (password-protected); remove the password and save it again");
      }
      if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("BOOK") && !root.hasEntry("Book")) {
        throw new Fault("", "the file is an OLE2 document without a workbook (a Word .doc?)");
      }
      HSSFWorkbook workbook = new HSSFWorkbook(root, true);
      return new Opened(new XlsWorkbook(workbook), "xls", fs, null);
    } catch (EncryptedDocumentException e) {
      fs.close();
      throw new Fault("", "the workbook is encrypted (password-protected); remove the password and save it again", e);
    } catch (OldExcelFormatException e) {
      fs.close();
      throw new Fault("", "the file is an Excel 5.0/95 workbook, too old to read; save it as .xlsx", e);
    } catch (IOException | RuntimeException e) {
      fs.close();
      throw e;
    }
  }
}
