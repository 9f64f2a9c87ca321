package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left by round bx (written against 73aeaffe) and found by round by (against 008c3805). Before its fix,
 * each law failed thus:
 *
 * <ul>
 *   <li>round bx: a target naming two things joined by 和 (选聘普查指导员和普查员不少于560名), told by one figure for each
 *       (全县共选聘普查指导员126名、普查员451名), took the first figure alone: only a list joined by 、 was split into
 *       the things its figures add up, and a total word after the place (全县共) made the first figure a total.
 * </ul>
 */
class ThirtyFourthRoundFormsTest {

  /** Two kinds of people or things a target names joined by 和, with the verb that counts them. */
  private static final String[][] TWO_JOINED = {{"选聘", "普查指导员", "普查员", "名"}, {"配备", "专职网格员", "兼职网格员", "名"},
      {"建成", "村级服务站", "社区服务站", "个"}};

  private static final String[] WHOLE_PLACES = {"全县", "全市", "全区"};

  @Test
  void twoThingsJoinedBy和AreTheSumOfTheirFigures() {
    qt().withExamples(60).forAll(integers().between(0, TWO_JOINED.length - 1), integers().between(0, 2),
        integers().between(100, 200), integers().between(400, 500)).checkAssert((i, place, first, second) -> {
          String[] form = TWO_JOINED[i];
          Task read = FormsOfWritingTest.extracted(form[0] + form[1] + "和" + form[2] + "不少于560" + form[3] + "。",
              WHOLE_PLACES[place] + "共" + form[0] + form[1] + first + form[3] + "、" + form[2] + second + form[3]
                  + "，组织培训2期。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "COUNT AT_LEAST 560" + form[3] + " ← " + (first + second) + form[3]);
        });
  }
}
