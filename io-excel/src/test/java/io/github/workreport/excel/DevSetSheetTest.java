package io.github.workreport.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Report;
import io.github.workreport.Task;
import io.github.workreport.TargetAssessment;
import io.github.workreport.rules.Classifier;
import io.github.workreport.text.TableText;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The development set's legacy .xls case (src/test/resources/dev, the minsheng table of 肇庆 2020
 * as LibreOffice saved it: title in a merged first row, an extra column to ignore, the header
 * 落实进展情况) reads as its text twin, which core's DevSetGoldTest scores: the same tasks with the
 * same targets, the same evidence paired with each, and the same statuses — so the set's pooled
 * figures count it as they count the text.
 */
class DevSetSheetTest {

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = DevSetSheetTest.class.getResourceAsStream("/dev/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  /** Per task: number, status, and each target with the value paired with it. */
  private static List<String> judged(Report report) {
    return report.tasks().stream().map(DevSetSheetTest::judged).toList();
  }

  private static String judged(Task task) {
    StringBuilder out = new StringBuilder().append(task.number()).append(' ').append(task.status());
    for (TargetAssessment line : task.assessment().orElseThrow().targets()) {
      out.append(" | ").append(line.target().quantity().format()).append(" ← ")
          .append(line.measure().map(m -> m.quantity().format()).orElse("-"));
    }
    return out.toString();
  }

  @Test
  void theSheetReadsAsItsTextTwin() throws Exception {
    Report sheet = Classifier.standard().classify(
        ExcelReader.of(ExcelLayout.DEFAULT).read(new java.io.ByteArrayInputStream(resource("03_zhaoqing-2020-minsheng-sheet.xls")),
            "03_zhaoqing-2020-minsheng-sheet.xls"));
    Report text = Classifier.standard().classify(
        TableText.read(resource("03_zhaoqing-2020-minsheng.txt"), "03_zhaoqing-2020-minsheng.txt"));
    assertThat(sheet.tasks()).hasSize(4);
    assertThat(judged(sheet)).containsExactlyElementsOf(judged(text));
    assertThat(judged(sheet)).first().isEqualTo("1 MET | 609元 ← 609元 | 300元 ← 300元");
  }
}
