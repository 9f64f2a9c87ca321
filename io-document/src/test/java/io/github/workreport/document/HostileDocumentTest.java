package io.github.workreport.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.workreport.ReportReadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to hurt, read in a JVM of 256 MB (the {@code low-memory} surefire execution): each is
 * a {@link ReportReadException} naming the file, the place and the reason, within 10 seconds —
 * never an error, a hang, or a partial report passed off as whole.
 */
@Tag("lowmem")
class HostileDocumentTest {
  private static final Duration LIMIT = Duration.ofSeconds(10);

  @TempDir
  Path dir;

  @Test
  void runsInASmallHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L << 20);
  }

  @Test
  void aPdfWithAUserPasswordIsRefused() throws IOException {
    Path file = encrypted("u", new AccessPermission());
    ReportReadException e = refused(file);
    assertThat(e.reason()).contains("encrypted with a password");
  }

  @Test
  void aPdfThatForbidsCopyingItsTextIsRefused() throws IOException {
    AccessPermission noCopying = new AccessPermission();
    noCopying.setCanExtractContent(false);
    Path file = encrypted("", noCopying);
    ReportReadException e = refused(file);
    assertThat(e.reason()).contains("encrypted").contains("forbids extracting its text");
  }

  @Test
  void aPdfEncryptedOnlyAgainstEditingIsRead() throws IOException {
    AccessPermission mayCopy = new AccessPermission();
    mayCopy.setCanModify(false);
    Path file = encrypted("", mayCopy);
    assertThat(DocumentReader.standard().read(file).tasks()).hasSize(9);
  }

  @Test
  void aTruncatedPdfIsRefusedNotReadInPart() throws IOException {
    byte[] whole = FormatInvarianceTest.bytes("fixtures/baqiao-2020.pdf");
    Path file = write("cut.pdf", Arrays.copyOf(whole, whole.length * 3 / 5));
    ReportReadException e = refused(file);
    assertThat(e.reason()).contains("truncated");
    assertThat(e.place()).startsWith("byte ");
  }

  @Test
  void tenThousandBlankPagesAreRefusedAtThePageLimit() throws IOException {
    Path file = dir.resolve("blank.pdf");
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < 10_000; i++) {
        document.addPage(new PDPage());
      }
      document.save(file.toFile());
    }
    ReportReadException e = refused(file);
    assertThat(e.place()).isEqualTo("page 5001");
    assertThat(e.reason()).contains("10000 pages").contains("withMaxPages");
    // under the limit, blank pages are a PDF without text
    ReportReadException raised = assertThrows(ReportReadException.class,
        () -> DocumentReader.standard().withMaxPages(20_000).read(file));
    assertThat(raised.reason()).contains("no text in the PDF");
  }

  @Test
  void aDecompressionBombIsRefusedBeforeItIsInflatedIntoMemory() throws IOException {
    Path file = dir.resolve("bomb.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      COSStream stream = document.getDocument().createCOSStream();
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
        for (int i = 0; i < 200; i++) {
          out.write(spaces);
        }
      }
      page.setContents(new PDStream(stream));
      document.save(file.toFile());
    }
    assertThat(Files.size(file)).isLessThan(2L << 20);
    ReportReadException e = refused(file);
    assertThat(e.place()).isEqualTo("page 1");
    assertThat(e.reason()).contains("decompression bomb");
  }

  @Test
  void aDocxWithTwentyMegabytesInOneCellIsRefused() throws IOException {
    StringBuilder body = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl>");
    body.append(row("序号", "主要任务", "责任单位", "完成情况"));
    String sentence = "新建公厕15座，全年完成。";
    StringBuilder huge = new StringBuilder(20 << 20);
    while (huge.length() * 3 < 20 << 20) {
      huge.append(sentence);
    }
    body.append(row("1", huge.toString(), "区城市管理局", "已完成"));
    body.append("</w:tbl></w:body></w:document>");
    byte[] xml = body.toString().getBytes(StandardCharsets.UTF_8);
    Path file = write("one-cell.docx", docxWith("word/document.xml", out -> out.write(xml)));
    ReportReadException e = refused(file);
    assertThat(e.place()).isEqualTo("word/document.xml");
    assertThat(e.reason()).contains("more than 16 MB");
  }

  @Test
  void aDocxThatIsAZipBombIsRefused() throws IOException {
    Path file = write("bomb.docx", docxWith("word/styles.xml", out -> {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 300; i++) {
        out.write(zeros); // 300 MB of styles
      }
    }));
    assertThat(Files.size(file)).isLessThan(2L << 20);
    ReportReadException e = refused(file);
    assertThat(e.reason()).contains("zip bomb");
  }

  @Test
  void aPageNestedAHundredThousandDeepIsRefused() throws IOException {
    StringBuilder page = new StringBuilder("<html><body>");
    page.append("<div>".repeat(100_000));
    page.append("<table><tr><td>主要任务</td><td>责任单位</td></tr><tr><td>1.新建公厕15座</td><td>区城管局</td></tr></table>");
    Path file = write("deep.html", page.toString().getBytes(StandardCharsets.UTF_8));
    ReportReadException e = refused(file);
    assertThat(e.place()).isEqualTo("html");
    assertThat(e.reason()).contains("nested more than 256 deep");
  }

  @Test
  void aScannedPdfIsRefusedWithWhatToDo() throws IOException {
    Path file = write("scanned.pdf", FormatInvarianceTest.bytes("fixtures/scanned-13_xiaoxian-2025-sep.pdf"));
    ReportReadException e = refused(file);
    assertThat(e.place()).isEqualTo("page 1");
    assertThat(e.reason()).isEqualTo("no text in the PDF (a scanned image?); run OCR first");
  }

  @Test
  void aPdfTableWithoutRulesBetweenItsRowsIsRefusedNotGuessed() throws IOException {
    Path file = write("borderless.pdf", FormatInvarianceTest.bytes("fixtures/borderless-13_xiaoxian-2025-sep.pdf"));
    ReportReadException e = refused(file);
    assertThat(e.place()).isEqualTo("page 1");
    assertThat(e.reason()).contains("draws no lines between its rows");
  }

  private ReportReadException refused(Path file) {
    ReportReadException[] caught = new ReportReadException[1];
    Executable read = () -> caught[0] = assertThrows(ReportReadException.class, () -> DocumentReader.standard().read(file));
    assertTimeoutPreemptively(LIMIT, read);
    assertThat(caught[0].source()).isEqualTo(file.toString());
    assertThat(caught[0].reason()).isNotBlank();
    return caught[0];
  }

  private Path encrypted(String userPassword, AccessPermission permission) throws IOException {
    Path file = dir.resolve("encrypted.pdf");
    try (PDDocument document = Loader.loadPDF(FormatInvarianceTest.bytes("fixtures/13_xiaoxian-2025-sep.pdf"))) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permission);
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(file.toFile());
    }
    return file;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static String row(String... cells) {
    StringBuilder out = new StringBuilder("<w:tr>");
    for (String c : cells) {
      out.append("<w:tc><w:p><w:r><w:t>").append(c).append("</w:t></w:r></w:p></w:tc>");
    }
    return out.append("</w:tr>").toString();
  }

  /** Writes a part of a zip. */
  interface Part {
    void writeTo(OutputStream out) throws IOException;
  }

  /** The Xiaoxian .docx with one part replaced. */
  private static byte[] docxWith(String part, Part content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InputStream in = FormatInvarianceTest.stream("fixtures/13_xiaoxian-2025-sep.docx");
        ZipInputStream zip = new ZipInputStream(in);
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.setLevel(9);
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(part)) {
          content.writeTo(out);
        } else {
          out.write(zip.readAllBytes());
        }
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
