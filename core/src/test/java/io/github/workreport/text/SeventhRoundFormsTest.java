package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Status;
import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found in a seventh round of probing. A set said to be among, in a clause of its
 * own (10个项目中，已完工6个; 在15个小区当中，已完成改造12个; 5所学校中，3所已建成投用), was counted as
 * work done and added to its part (27 of 15, 超额完成), or, named only by its generic thing (项目中,
 * 项目已完工), taken for another subject, so that the narrative's 已完工 alone said 完成 for six
 * projects of ten.
 */
class SeventhRoundFormsTest {
  /** A target, the thing its narrative counts, and the classifier. */
  private static final String[][] THINGS = {
      {"实施城市更新项目%d个", "项目", "个"}, {"改造老旧小区%d个", "小区", "个"}, {"新建学校%d所", "学校", "所"},
      {"建设重点工程%d项", "工程", "项"}, {"新建公厕%d座", "公厕", "座"}};
  /** How a narrative says that {@code done} of the {@code all} things are done: %1$d all, %2$s thing, %3$d done, %4$s classifier. */
  private static final String[] AMONG = {"%1$d%4$s%2$s中，已完工%3$d%4$s。", "在%1$d%4$s%2$s中，已完成%3$d%4$s。",
      "%1$d%4$s%2$s当中，%3$d%4$s已建成。", "%1$d%4$s%2$s已完工%3$d%4$s。", "%1$d%4$s%2$s中，已全部开工，其中完工%3$d%4$s。"};

  @Test
  void aSetSaidToBeAmongIsNoWorkDoneAndItsPartIsTheTasks() {
    qt().withExamples(400).forAll(integers().between(0, THINGS.length - 1), integers().between(0, AMONG.length - 1),
        integers().between(2, 60), integers().between(0, 1000)).checkAssert((thing, form, all, any) -> {
          int done = 1 + any % (all - 1); // fewer than all
          String[] t = THINGS[thing];
          String task = String.format(t[0], all);
          String narrative = String.format(AMONG[form], all, t[1], done, t[2]);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + all + t[2] + " ← " + done + t[2]);
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative)
              .isIn(Status.NOT_MET, Status.BASICALLY_MET);
        });
  }
}
