import java.awt.image.BufferedImage;
import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.*;

/** Makes a "scanned" PDF: each page of a PDF rendered to a grey image and placed alone on a page, as a scanner does. */
public class Scan {
  public static void main(String[] a) throws Exception {
    try (PDDocument in = Loader.loadPDF(new File(a[0])); PDDocument out = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(in);
      for (int p = 0; p < in.getNumberOfPages(); p++) {
        BufferedImage image = renderer.renderImageWithDPI(p, 100, ImageType.GRAY);
        PDPage page = new PDPage(in.getPage(p).getMediaBox());
        out.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(out, page)) {
          content.drawImage(JPEGFactory.createFromImage(out, image, 0.6f), 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
        }
      }
      out.save(a[1]);
    }
  }
}
