package io.github.workreport.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.examples.WorkReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML output of the command line: one page, several pages with an index, what moved. */
class HtmlOutputTest {

  private static int taskRows(String html) {
    return html.split("<tr class=\"task\"", -1).length - 1;
  }

  @Test
  void onePageToStandardOutputOrByTheOutputsName(@TempDir Path dir) throws IOException {
    MainTest.Run run = MainTest.run("classify", "--format", "html");
    assertThat(run.status).isZero();
    assertThat(run.out).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(taskRows(run.out)).isEqualTo(107);
    Path page = dir.resolve("report.html");
    assertThat(MainTest.run("classify", "--output", page.toString(), "--policy", "ratio=0.95").status).isZero();
    assertThat(Files.readString(page)).contains("ratio = 0.95");
  }

  @Test
  void thePageIsTheSameFromJsonAndAWorkbook(@TempDir Path dir) throws IOException {
    String fromText = MainTest.run("classify", "--format", "html").out;
    for (String name : new String[] {"b.json", "b.xlsx"}) {
      Path file = dir.resolve(name);
      WorkReports.write(WorkReports.bundledUnclassified(), file);
      MainTest.Run run = MainTest.run("classify", file.toString(), "--format", "html");
      assertThat(run.status).as(run.err).isZero();
      assertThat(taskRows(run.out)).as(name).isEqualTo(107);
      assertThat(statuses(run.out)).as(name).isEqualTo(statuses(fromText));
    }
  }

  /** The status of each task row, in order. */
  private static java.util.List<String> statuses(String html) {
    java.util.List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr class=\"task\"[^>]*data-status=\"([A-Z_]+)\"").matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void severalInputsGiveAPageEachAndAnIndex(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("baqiao-2020.txt");
    try (InputStream in = WorkReports.class.getResourceAsStream("baqiao-2020.txt")) {
      Files.write(text, in.readAllBytes());
    }
    Path xls = dir.resolve("zhaoqing.xls");
    try (InputStream in = HtmlOutputTest.class.getResourceAsStream("/dev/03_zhaoqing-2020-minsheng-sheet.xls")) {
      Files.write(xls, in.readAllBytes());
    }
    Path out = dir.resolve("pages");
    MainTest.Run run = MainTest.run("classify", text.toString(), xls.toString(), "--format", "html", "--output", out.toString());
    assertThat(run.err).isEmpty();
    assertThat(run.status).isZero();
    assertThat(taskRows(Files.readString(out.resolve("baqiao-2020.html")))).isEqualTo(107);
    assertThat(taskRows(Files.readString(out.resolve("zhaoqing.html")))).isEqualTo(4);
    String index = Files.readString(out.resolve("index.html"));
    assertThat(index).contains("<a href=\"baqiao-2020.html\">").contains("<a href=\"zhaoqing.html\">")
        .contains("2 份报告").contains("<th class=\"num\">111</th>");
    assertThat(index.indexOf("baqiao-2020.html")).isLessThan(index.indexOf("zhaoqing.html"));
  }

  @Test
  void comparePutsWhatMovedOnTheLaterReportsPage(@TempDir Path dir) throws IOException {
    Path earlier = dir.resolve("earlier.json");
    WorkReports.write(WorkReports.bundledUnclassified(), earlier);
    Path page = dir.resolve("moved.html");
    MainTest.Run run = MainTest.run("compare", earlier.toString(), "-", "--output", page.toString());
    assertThat(run.status).as(run.err).isEqualTo(Main.BAD_INPUT); // standard input is empty here
    try (InputStream in = WorkReports.class.getResourceAsStream("baqiao-2020.txt")) {
      Files.write(dir.resolve("later.txt"), in.readAllBytes());
    }
    run = MainTest.run("compare", earlier.toString(), dir.resolve("later.txt").toString(), "--output", page.toString());
    assertThat(run.status).as(run.err).isZero();
    String html = Files.readString(page);
    assertThat(html).contains("<section id=\"moved\">").contains("配对任务 107 项，其中有变化 0 项");
    assertThat(taskRows(html)).isEqualTo(107);
  }
}
