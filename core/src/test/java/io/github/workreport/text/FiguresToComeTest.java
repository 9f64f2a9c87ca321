package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * A figure whose own clause says the thing is still to come — 另有600个学位因工程延期将于明年春季投用,
 * 2座预计10月底建成 — is no achievement: it is neither a measure nor a part to add to one.
 */
class FiguresToComeTest {
  private static final String[][] TASKS = {{"新增学位", "个", "学位"}, {"新建公厕", "座", "公厕"}, {"改造老旧小区", "个", "小区"}};
  private static final String[] TO_COME = {"因工程延期将于明年春季投用", "预计10月底建成", "将在年底前完工", "明年投入使用"};

  @Test
  void whatIsStillToComeIsNoPartOfWhatWasDone() {
    qt().withExamples(200)
        .forAll(integers().between(0, TASKS.length - 1), integers().between(10, 5000), integers().between(0, TO_COME.length - 1))
        .checkAssert((task, target, future) -> {
          String[] t = TASKS[task];
          int done = target * 9 / 10;
          int rest = target - done;
          String narrative = t[0] + done + t[1] + "，另有" + rest + t[1] + t[2] + TO_COME[future] + "。";
          Task read = MatchingPropertiesTest.extracted(t[0] + target + t[1], narrative);
          assertThat(MatchingPropertiesTest.paired(read)).as(narrative).containsExactly(done + t[1]);
        });
  }
}
