package io.github.workreport.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Comparison;
import io.github.workreport.Outcome;
import io.github.workreport.Report;
import io.github.workreport.Reports;
import io.github.workreport.Status;
import io.github.workreport.Task;
import io.github.workreport.rules.Classifier;
import io.github.workreport.rules.ClassificationPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML page as text: self-contained, escaped, complete, and the same from every input format. */
class ReportHtmlTest {
  private static final Report BUNDLED = Bundled.classified();

  @Test
  void thePageAsksForNothingFromAnywhere() {
    String html = ReportHtml.standard().toHtml(BUNDLED);
    assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
    // No URL to fetch: no src at all, no link element, no url() in the style, links only to the page itself.
    assertThat(html).doesNotContain(" src=").doesNotContain("<link").doesNotContain("url(http").doesNotContain("@import");
    Matcher hrefs = Pattern.compile(" href=\"([^\"]*)\"").matcher(html);
    while (hrefs.find()) {
      assertThat(hrefs.group(1)).as("href").startsWith("#");
    }
    assertThat(html).doesNotContainPattern("https?://(?!www\\.w3\\.org/2000/svg)");
  }

  @Test
  void everyTaskHasARowAndEveryUnverifiedTargetItsReason() {
    String html = ReportHtml.standard().toHtml(BUNDLED);
    assertThat(html.split("<tr class=\"task\"", -1)).hasSize(BUNDLED.tasks().size() + 1);
    long unverifiedWithReason = BUNDLED.tasks().stream().flatMap(t -> t.assessment().orElseThrow().targets().stream())
        .filter(l -> !l.isVerified() && !l.reasonLabel().isEmpty()).count();
    assertThat(unverifiedWithReason).isPositive();
    BUNDLED.tasks().stream().flatMap(t -> t.assessment().orElseThrow().targets().stream())
        .filter(l -> !l.isVerified() && !l.reasonLabel().isEmpty())
        .forEach(l -> assertThat(html).contains("未核实：" + Html.escape(l.target().text()) + " — " + l.reasonLabel()));
    assertThat(html).contains("数目不符").contains("已完成：标题申报98项，汇总申报96项，实列96项");
    assertThat(html).contains("ratio = 0.9").contains("points = 1.0");
  }

  @Test
  void theNumbersUsedAreMarkedInTheNarrative() {
    String html = ReportHtml.standard().toHtml(BUNDLED);
    // 已完成 4: GDP growth judged on 增长 8.5%.
    int row = html.indexOf("id=\"t-已完成-4\"");
    String cell = html.substring(row, html.indexOf("</tr>", row));
    assertThat(cell).containsPattern("<mark class=\"used\">[^<]*8\\.5%[^<]*</mark>");
    assertThat(cell).containsPattern("<mark class=\"target\">[^<]*7\\.5%[^<]*</mark>");
  }

  @Test
  void textIsEscapedNeverMarkup() {
    Task hostile = BUNDLED.tasks().get(0)
        .withText("<script>alert(1)</script> & \"引号\"")
        .withTargets(List.of())
        .withAssessment(java.util.Optional.empty())
        .withResponsibleUnits(List.of("<b>单位</b>"))
        .withOutcome(Outcome.builder().narrative("</p><img src=x onerror=alert(1)>").declaredStatus(Status.MET).build());
    Report report = BUNDLED.withTasks(List.of(hostile));
    String html = ReportHtml.standard().toHtml(report);
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<b>单位")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;");
    assertThat(html.split("<script>", -1)).hasSize(2); // the page's own script only
  }

  @Test
  void thePageIsTheSameFromEveryDocumentFormat() throws IOException {
    String fromText = ReportHtml.standard().toHtml(BUNDLED);
    for (String name : List.of("baqiao-2020.docx", "baqiao-2020.doc", "baqiao-2020.pdf", "baqiao-2020.html")) {
      Report read;
      try (InputStream in = FormatInvarianceTest.stream("fixtures/" + name)) {
        read = Classifier.standard().classify(DocumentReader.standard().read(in, name));
      }
      String page = ReportHtml.standard().toHtml(read);
      assertThat(page.split("<tr class=\"task\"", -1)).as(name).hasSize(108);
      assertThat(statusCounts(page)).as(name).isEqualTo(statusCounts(fromText));
    }
  }

  private static Map<String, Integer> statusCounts(String html) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = Pattern.compile("<tr class=\"task\"[^>]*data-status=\"([A-Z_]+)\"").matcher(html);
    while (m.find()) {
      counts.merge(m.group(1), 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void aComparisonAddsWhatMovedAndThePolicyIsTheOneGiven() {
    Report earlier = BUNDLED.withTasks(BUNDLED.tasks().subList(1, BUNDLED.tasks().size()));
    Comparison c = Reports.compare(earlier, BUNDLED);
    String html = ReportHtml.standard().withPolicy(ClassificationPolicy.parse("ratio=0.95,points=0.5")).withComparison(c)
        .toHtml(BUNDLED);
    assertThat(html).contains("<section id=\"moved\">").contains("本期新增的任务（1 项）").contains("ratio = 0.95")
        .contains("points = 0.5");
    assertThat(ReportHtml.standard().toHtml(BUNDLED)).doesNotContain("<section id=\"moved\">");
  }

  @Test
  void anIndexLinksEveryPage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, io.github.workreport.Summary> pages = new LinkedHashMap<>();
    pages.put("a.html", BUNDLED.summary());
    pages.put("b c.html", BUNDLED.summary());
    ReportHtml.standard().writeIndex(pages, out);
    String html = out.toString(StandardCharsets.UTF_8);
    assertThat(html).contains("<a href=\"a.html\">").contains("<a href=\"b c.html\">").contains("2 份报告")
        .contains("<th class=\"num\">214</th>");
    assertThat(html.split("<tr class=\"report\">", -1)).hasSize(3);
  }
}
