package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left by the probe round ap (written against 600b48a) and found by round aq (written against
 * ee73caf). Before its fix, each law failed thus:
 *
 * <ul>
 *   <li>a level kept, written in a sheet's cell without prose's 在 (处理率（%）：年度目标保持100), took no unit from the
 *       header and named 保持 its thing, so it was a count of nothing that a figure of the row's rate did not answer.
 * </ul>
 */
class TwentySixthRoundFormsTest {

  private static final String[] CELL_LABELS = {"", "年度目标", "目标值"};

  @Test
  void aLevelKeptInASheetsCellTakesTheHeadersUnitAndThing() {
    qt().withExamples(200).forAll(integers().between(0, 5), integers().between(80, 100), integers().between(-50, 0))
        .checkAssert((form, level, off) -> {
          String verb = form % 2 == 0 ? "保持" : "维持";
          String task = "农村生活垃圾无害化处理率（%）：" + CELL_LABELS[form / 2] + verb + level;
          String done = FormsOfWritingTest.tenths(level * 10 + off);
          Task read = FormsOfWritingTest.extracted(task, "1-9月" + done);
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.metric()).isEqualTo("农村生活垃圾无害化处理率"));
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + done)
              .containsExactly("LEVEL EXACTLY " + level + "% ← " + done + "%");
        });
  }
}
