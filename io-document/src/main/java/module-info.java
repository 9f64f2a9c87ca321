/**
 * Documents for workreport: {@link io.github.workreport.document.DocumentReader} reads the task
 * table of a PDF (Apache PDFBox), a Word document (.docx with XWPF, .doc with HWPF of Apache POI)
 * or a web page (jsoup) into a {@link io.github.workreport.Report}, through the same table logic as
 * the text reader of core; {@link io.github.workreport.document.ReportHtml} writes a classified
 * report as one self-contained HTML page.
 */
module io.github.workreport.document {
  requires transitive io.github.workreport;
  requires java.desktop; // PDFBox speaks java.awt.geom points
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.scratchpad;
  requires org.jsoup;

  exports io.github.workreport.document;
}
