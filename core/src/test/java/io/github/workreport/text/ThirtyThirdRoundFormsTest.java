package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left by round bu (written against dedb3c19) and found by round bv (against 1efc5b27). Before its fix,
 * each law failed thus:
 *
 * <ul>
 *   <li>round bu: a count in 个 right before the thing it counts (为全县168个农家书屋补充更新出版物11860册) answered a
 *       target counting other things in a classifier of their own (出版物不少于1.2万册): its words shared more with the
 *       target's than the figure in the target's own classifier did, and 个 may stand for any classifier.
 * </ul>
 */
class ThirtyThirdRoundFormsTest {

  /** Places a count in 个 may name, and what is given to them in a classifier of its own. */
  private static final String[][] PLACES_AND_THINGS = {{"农家书屋", "补充更新", "图书、音像制品等", "出版物", "册"},
      {"村卫生室", "配备", "心电图机、血球仪等", "医疗设备", "台"}, {"社区服务站", "配送", "乒乓球台、单杠等", "健身器材", "套"}};

  @Test
  void aCountIn个CountsTheThingNamedRightAfterIt() {
    qt().withExamples(60).forAll(integers().between(0, PLACES_AND_THINGS.length - 1), integers().between(100, 300),
        integers().between(900, 1300)).checkAssert((i, places, things) -> {
          String[] form = PLACES_AND_THINGS[i];
          Task read = FormsOfWritingTest.extracted(form[0] + form[1] + form[3] + "不少于1000" + form[4],
              "全年为全县" + places + "个" + form[0] + form[1] + form[2] + form[3] + things + form[4] + "，开展活动46场。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith("← " + things + form[4]);
        });
  }
}
