package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * 确保X，力争Y is one aim at two heights: the narrative's one figure is evidence for both, so the
 * firm target is judged too rather than left unverified (and flagged) because its figure went to the
 * aspirational one. Firmness excuses nothing: each is judged against the figure.
 */
class FirmAndAspirationalTargetsTest {
  private static final String[] SUBJECTS = {"城镇新增就业", "新建公厕", "农村危房改造", "接待游客", "招商引资到位资金"};
  private static final String[] UNITS = {"人", "座", "户", "万人次", "亿元"};
  private static final String[] ASPIRE = {"力争达到", "力争", "争取达到"};

  @Test
  void oneFigureIsEvidenceForBothHeights() {
    qt().withExamples(300)
        .forAll(integers().between(0, SUBJECTS.length - 1), integers().between(10, 5000), integers().between(1, 50),
            integers().between(0, ASPIRE.length - 1))
        .checkAssert((subject, firm, more, aspire) -> {
          String u = UNITS[subject];
          int aspirational = firm + more * Math.max(1, firm / 50);
          int achieved = firm + more * Math.max(1, firm / 50) / 2;
          String text = "确保" + SUBJECTS[subject] + firm + u + "，" + ASPIRE[aspire] + aspirational + u;
          String narrative = SUBJECTS[subject] + achieved + u + "。";
          Task task = MatchingPropertiesTest.extracted(text, narrative);
          assertThat(task.targets()).as(text).hasSize(2);
          assertThat(MatchingPropertiesTest.paired(task)).as(text + " ‖ " + narrative)
              .containsExactly(achieved + u, achieved + u);
        });
  }
}
