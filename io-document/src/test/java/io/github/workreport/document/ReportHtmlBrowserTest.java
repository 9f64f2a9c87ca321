package io.github.workreport.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Report;
import io.github.workreport.Status;
import io.github.workreport.Summary;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page of the bundled report opened in a real browser, headless Chromium: the DOM after the
 * page's script has one row per task and the counts of the report, the fragment {@code
 * #status=NOT_MET} leaves exactly the 未完成 rows showing, and the screenshot is a picture, not a
 * blank. Skipped, saying so, when no Chromium is installed ({@code .ci/run} installs Debian's).
 * The two browser runs go in parallel: a few seconds in all.
 */
class ReportHtmlBrowserTest {
  private static final Pattern ROW = Pattern.compile("<tr class=\"task\"([^>]*)>");
  private static final Pattern STATUS = Pattern.compile("data-status=\"([A-Z_]+)\"");
  /** Where the screenshot is kept after the run, to look at (the README's picture is one). */
  static final Path SCREENSHOT = Path.of("target", "browser", "report.png");

  private static Report report;
  private static String dom;
  private static String filteredDom;

  @BeforeAll
  static void openInChromium() throws Exception {
    Optional<Chromium> chromium = Chromium.find();
    Assumptions.assumeTrue(chromium.isPresent(),
        "SKIPPED: no Chromium on the PATH (chromium, chromium-browser, google-chrome) — install Debian's "
            + "with apt-get install -y chromium (.ci/run does) to run the browser test of the HTML report");
    report = Bundled.classified();
    Path dir = Files.createDirectories(Path.of("target", "browser"));
    Path page = dir.resolve("baqiao-2020.html");
    ReportHtml.write(report, page);
    String url = page.toAbsolutePath().toUri().toString();
    Files.deleteIfExists(SCREENSHOT);
    Chromium.Run whole = chromium.get().start(url, dir, SCREENSHOT.toAbsolutePath(), 1400, 1100);
    Chromium.Run filtered = chromium.get().start(url + "#status=NOT_MET", dir, null, 1400, 1100);
    dom = whole.dom();
    filteredDom = filtered.dom();
  }

  private static List<String> rows(String html) {
    List<String> rows = new ArrayList<>();
    Matcher m = ROW.matcher(html);
    while (m.find()) {
      rows.add(m.group(1));
    }
    return rows;
  }

  private static Status status(String rowAttributes) {
    Matcher m = STATUS.matcher(rowAttributes);
    assertThat(m.find()).as("a status on %s", rowAttributes).isTrue();
    return Status.valueOf(m.group(1));
  }

  @Test
  void theScriptRanAndEveryTaskHasOneRow() {
    assertThat(dom).contains("data-ready=\"").contains("<output id=\"f-count\">107 / 107</output>");
    assertThat(rows(dom)).hasSize(report.tasks().size()).noneMatch(r -> r.contains("hidden"));
  }

  @Test
  void theRowsAndTilesCountWhatTheReportCounts() {
    Summary summary = report.summary();
    List<String> rows = rows(dom);
    for (Status status : Status.values()) {
      assertThat(rows.stream().filter(r -> status(r) == status).count()).as("rows %s", status)
          .isEqualTo(summary.count(status));
      assertThat(dom).as("tile %s", status)
          .contains("data-status=\"" + status + "\"><span class=\"n\">" + summary.count(status) + "</span>");
    }
  }

  @Test
  void theFragmentFiltersToExactlyTheNotMetRows() {
    List<String> rows = rows(filteredDom);
    assertThat(rows).hasSize(report.tasks().size());
    Set<Status> shown = new HashSet<>();
    int visible = 0;
    for (String row : rows) {
      boolean hidden = row.contains(" hidden");
      assertThat(hidden).as("row %s hidden", row).isEqualTo(status(row) != Status.NOT_MET);
      if (!hidden) {
        visible++;
        shown.add(status(row));
      }
    }
    assertThat(visible).isEqualTo(report.summary().count(Status.NOT_MET)).isPositive();
    assertThat(shown).containsExactly(Status.NOT_MET);
    assertThat(filteredDom).contains("data-shown=\"" + visible + "\"")
        .contains("<option value=\"NOT_MET\" selected=\"\"").doesNotContain("<option value=\"MET\" selected");
  }

  @Test
  void theScreenshotIsAPictureOfThePage() throws IOException {
    BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
    assertThat(image.getWidth()).isEqualTo(1400);
    Set<Integer> colours = new HashSet<>();
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) {
          ink++;
        }
      }
    }
    long pixels = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
    assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
    assertThat((double) ink / pixels).as("share of pixels that are not white").isGreaterThan(0.05);
    // The status colours of the tiles and charts are on it.
    assertThat(colours).contains(0xCF222E, 0x0969DA);
  }
}
