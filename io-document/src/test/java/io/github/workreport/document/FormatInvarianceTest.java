package io.github.workreport.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Report;
import io.github.workreport.Task;
import io.github.workreport.rules.Classifier;
import io.github.workreport.text.TableText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table reads the same whatever it was saved as. The bundled Baqiao report and four cases of the
 * development set, made into Word, PDF and web pages with LibreOffice and as a site serves them
 * (src/test/fixtures-src), give the tasks of their text table — number, section, units, text and
 * narrative equal after whitespace is ignored (a PDF sets spaces between Chinese and digits) — and
 * the same assessment of every task. Core's gold tests score the text tables (Baqiao: status
 * 1.000, target F1 1.000), so equal assessments carry those figures to every format.
 */
class FormatInvarianceTest {
  private static final Classifier CLASSIFIER = Classifier.standard();

  static Stream<Arguments> documents() {
    List<Arguments> out = new ArrayList<>();
    for (String format : List.of("docx", "doc", "pdf", "html")) {
      out.add(Arguments.of("baqiao-2020", "baqiao-2020." + format));
    }
    for (String name : List.of("02_xianning-2020-h1", "05_yueyanglou-2017-jan-aug", "13_xiaoxian-2025-sep",
        "16_wenzhou-2015-annual")) {
      for (String format : List.of("docx", "pdf", "html")) {
        out.add(Arguments.of(name, name + "." + format));
      }
    }
    out.add(Arguments.of("05_yueyanglou-2017-jan-aug", "two-column-05_yueyanglou-2017-jan-aug.pdf"));
    return out.stream();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("documents")
  void readsAsItsTextTable(String name, String document) throws IOException {
    Report text = TableText.read(bytes("text/" + name + ".txt"), name + ".txt");
    Report read = DocumentReader.standard().read(stream("fixtures/" + document), document);

    assertThat(read.tasks()).hasSameSizeAs(text.tasks()).isNotEmpty();
    assertThat(comparable(read)).containsExactlyElementsOf(comparable(text));
    assertThat(assessments(read)).containsExactlyElementsOf(assessments(text));
    assertThat(read.declaredTotals()).isEqualTo(text.declaredTotals());
    assertThat(read.year()).isEqualTo(text.year());
    assertThat(read.period()).isEqualTo(text.period());
    assertThat(read.sections()).isEqualTo(text.sections());
    // the text's title, its own first line, opens the document's (a PDF's prose may follow it)
    assertThat(squeezed(read.title())).startsWith(squeezed(text.title().split(" ")[0]));
  }

  @Test
  void theBaqiaoReportReadsWholeFromEveryFormat() throws IOException {
    for (String format : List.of("docx", "doc", "pdf", "html")) {
      Report report = DocumentReader.standard().read(stream("fixtures/baqiao-2020." + format), "baqiao-2020." + format);
      assertThat(report.tasks()).as(format).hasSize(107);
      assertThat(report.title()).as(format).isEqualTo("《灞桥区 2020 年政府工作报告》工作任务分解表");
      assertThat(report.sections()).as(format).extracting(s -> s.name()).containsExactly("已完成", "持续推进");
      Task first = report.tasks().get(0);
      assertThat(first.responsibleUnits()).as(format).containsExactly("区财政局");
      assertThat(squeezed(first.outcome().narrative())).as(format)
          .startsWith("由于疫情因素和减税降费政策").endsWith("增速为1.8%，超额完成任务。");
    }
  }

  @Test
  void proseInTwoColumnsReadsColumnByColumn() throws IOException {
    Report report = DocumentReader.standard().read(stream("fixtures/two-column-05_yueyanglou-2017-jan-aug.pdf"), "two-column.pdf");
    String title = squeezed(report.title());
    assertThat(title).contains("按月调度、按季通报。现将1至8月完成情况通报如下，请各单位对照目标查漏补缺，确保年底全面完成。"
        + "各责任单位要把民生实事摆在突出位置");
    // the same prose below the table is no task's narrative
    assertThat(report.tasks().get(report.tasks().size() - 1).outcome().narrative()).doesNotContain("各责任单位要把");
  }

  private static List<String> comparable(Report report) {
    List<String> out = new ArrayList<>();
    for (Task t : report.tasks()) {
      out.add(t.number() + " | " + t.section().orElse("") + " | " + t.responsibleUnits() + " | " + squeezed(t.text())
          + " | " + squeezed(t.outcome().narrative()) + " | " + t.outcome().declaredStatus());
    }
    return out;
  }

  private static List<String> assessments(Report report) {
    List<String> out = new ArrayList<>();
    for (Task t : report.tasks()) {
      out.add(t.number() + " " + CLASSIFIER.assess(t, report.period()));
    }
    return out;
  }

  static String squeezed(String s) {
    return s.replaceAll("\\s+", "");
  }

  static byte[] bytes(String resource) throws IOException {
    try (InputStream in = stream(resource)) {
      return in.readAllBytes();
    }
  }

  static InputStream stream(String resource) {
    InputStream in = FormatInvarianceTest.class.getResourceAsStream(resource);
    assertThat(in).as(resource).isNotNull();
    return in;
  }
}
