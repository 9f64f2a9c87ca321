package io.github.workreport.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Report;
import io.github.workreport.Task;
import io.github.workreport.rules.Classifier;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A Word file with real footnotes in its table's cells, written and labelled by hand (probe round br, its
 * writer's notes kept with the probe set): seven footnotes, a number split across two runs, cells of two
 * paragraphs and a 序号 cell merged over two rows. A footnote is read as the page shows its cell: no mark
 * after the figure it notes, and its text, which belongs to the foot of the page, not in the cell.
 */
class WordFootnotesTest {

  private static final String NAME = "footnotes-br2_c_fenglin-2022-h1.docx";

  private static Report read() {
    return DocumentReader.standard().read(FormatInvarianceTest.stream("fixtures/" + NAME), NAME);
  }

  @Test
  void noCellCarriesAFootnotesMarkOrText() {
    Report report = read();
    assertThat(report.tasks()).hasSize(17);
    for (Task task : report.tasks()) {
      String narrative = task.outcome().narrative();
      assertThat(task.text() + narrative).as("task %d", task.number())
          .doesNotContain("footnoteRef").doesNotContain("endnoteRef")
          .doesNotContain("数据来源").doesNotContain("全年预计1.8左右").doesNotContain("比例按第七次全国人");
    }
  }

  @Test
  void aFigureWithAFootnoteKeepsItsSubject() {
    Report report = read();
    // 全区共立刑事案件583起，同比下降11.2%[footnoteRef:1]，其中侵财类案件412起，同比下降14.5%: the mark after 11.2% cut it
    // from its subject, and the 其中 part's decline answered the target (labelled 11.2)
    assertThat(paired(report, 0, 0)).isEqualByComparingTo("11.2");
    // 万车死亡率为0.87[footnoteRef:3]: a bare figure before the mark was not read at all, and the footnote's
    // estimate (全年预计1.8左右) answered the ceiling
    assertThat(paired(report, 3, 0)).isEqualByComparingTo("0.87");
  }

  private static BigDecimal paired(Report report, int task, int target) {
    return Classifier.standard().assess(report.tasks().get(task), report.period()).targets().get(target).measure()
        .orElseThrow().value();
  }
}
