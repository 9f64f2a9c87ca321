package io.github.workreport.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The readers against the library each stands on, in the same run on the same file (the bundled
 * report as LibreOffice saves it, and as a site serves it): reading the report — table, tasks,
 * targets and evidence — costs at most 1.5 times what PDFBox's {@link PDFTextStripper}, XWPF's
 * text extraction or {@link Jsoup#parse} alone cost. Medians of timed rounds after warming up;
 * run with {@code mvn -o -pl io-document -am test -Dbench -Dtest=DocumentSpeedBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. The ratios are in BENCHMARKS.md.
 */
@Tag("benchmark")
class DocumentSpeedBenchmarkTest {
  private static final int WARMUP = 200; // a page parses in a millisecond: C2 needs the rounds
  private static final int ROUNDS = 60;

  interface Work {
    void run() throws IOException;
  }

  @Test
  void pdfWithinHalfAgainOfTextStripping() throws IOException {
    byte[] pdf = FormatInvarianceTest.bytes("fixtures/baqiao-2020.pdf");
    double ratio = ratio("pdf", () -> {
      try (PDDocument document = Loader.loadPDF(pdf)) {
        new PDFTextStripper().getText(document);
      }
    }, () -> DocumentReader.standard().read(new ByteArrayInputStream(pdf), "baqiao-2020.pdf"));
    assertThat(ratio).isLessThanOrEqualTo(1.5);
  }

  @Test
  void docxWithinHalfAgainOfTextExtraction() throws IOException {
    byte[] docx = FormatInvarianceTest.bytes("fixtures/baqiao-2020.docx");
    double ratio = ratio("docx", () -> {
      try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
          XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
        extractor.getText();
      }
    }, () -> DocumentReader.standard().read(new ByteArrayInputStream(docx), "baqiao-2020.docx"));
    assertThat(ratio).isLessThanOrEqualTo(1.5);
  }

  /**
   * A web page: what the reader itself does (parse, find the tables, lay out the grid, make the
   * rows) within 1.5 times {@code Jsoup.parse}. The report on top of that adds core's table reader
   * and extraction, which cost more than parsing the page (printed, not asserted: that is core's
   * speed, measured in BENCHMARKS.md's per-stage table).
   */
  @Test
  void htmlWithinHalfAgainOfParsing() throws IOException {
    byte[] html = FormatInvarianceTest.bytes("fixtures/baqiao-2020.html");
    Work parse = () -> Jsoup.parse(new ByteArrayInputStream(html), null, "");
    double ratio = ratio("html → rows", parse, () -> HtmlTables.read(new ByteArrayInputStream(html), "baqiao-2020.html",
        new TableDocument("baqiao-2020.html")));
    ratio("html → report", parse, () -> DocumentReader.standard().read(new ByteArrayInputStream(html), "baqiao-2020.html"));
    assertThat(ratio).isLessThanOrEqualTo(1.5);
  }

  /** Alternates the two, so that drift in the machine's load falls on both alike. */
  private static double ratio(String name, Work floor, Work ours) throws IOException {
    for (int i = 0; i < WARMUP; i++) {
      floor.run();
      ours.run();
    }
    long[] floorTimes = new long[ROUNDS];
    long[] ourTimes = new long[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long t0 = System.nanoTime();
      floor.run();
      long t1 = System.nanoTime();
      ours.run();
      long t2 = System.nanoTime();
      floorTimes[i] = t1 - t0;
      ourTimes[i] = t2 - t1;
    }
    double floorMs = median(floorTimes) / 1e6;
    double ourMs = median(ourTimes) / 1e6;
    double ratio = ourMs / floorMs;
    System.out.printf("%s: floor %.2f ms, DocumentReader %.2f ms, ratio %.2f%n", name, floorMs, ourMs, ratio);
    return ratio;
  }

  private static double median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
