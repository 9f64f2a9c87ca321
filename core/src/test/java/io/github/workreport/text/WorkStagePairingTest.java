package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A narrative that gives the work started and the work done (已开工280户，竣工210户) is judged, for a
 * target that names no stage (实施农村危房改造300户, 建设公租房500套), on the work done: a started
 * figure would call unfinished work complete. A target that names the start (开工建设) keeps it.
 */
class WorkStagePairingTest {
  private static final String[] WORK = {"实施农村危房改造", "改造老旧小区", "建设公租房", "新建农村公路", "改造农村户厕", "新建公厕"};
  private static final String[] UNITS = {"户", "个", "套", "公里", "户", "座"};
  private static final String[] STARTED = {"开工", "已开工", "动工"};
  /** Words of work done that fit work on what exists too (建成 names new things: 改造 is not 建成). */
  private static final String[] DONE = {"竣工", "完工", "已竣工", "已完工"};

  @Test
  void aTargetNamingNoStagePairsTheWorkDoneInEitherOrder() {
    qt().withExamples(300)
        .forAll(integers().between(0, WORK.length - 1), integers().between(20, 900), integers().between(0, 11),
            integers().between(0, 1))
        .checkAssert((work, target, words, doneFirst) -> {
          int started = target - 1 - target / 10; // below the target, so that neither side is the target itself
          int done = target / 2;
          String start = STARTED[words % STARTED.length] + started + UNITS[work];
          String finish = DONE[words % DONE.length] + done + UNITS[work];
          String narrative = doneFirst == 1 ? finish + "，" + start + "。" : start + "，" + finish + "。";
          Task task = MatchingPropertiesTest.extracted(WORK[work] + target + UNITS[work], narrative);
          assertThat(MatchingPropertiesTest.paired(task)).as(narrative).containsExactly(done + UNITS[work]);
        });
  }

  @Test
  void aStageSaidAfterTheNumberCountsToo() {
    qt().withExamples(200)
        .forAll(integers().between(2, 40), integers().between(0, 2))
        .checkAssert((target, form) -> {
          int done = target / 2;
          String after = new String[] {"已完工投用", "已竣工", "完工"}[form];
          String narrative = target + "所学校均已开工，其中" + done + "所" + after + "。";
          Task task = MatchingPropertiesTest.extracted("新建改扩建中小学校" + target + "所", narrative);
          assertThat(MatchingPropertiesTest.paired(task)).as(narrative).containsExactly(done + "所");
        });
  }

  @Test
  void figuresOfTheTasksThingByItsGenericNamePairWithIt() {
    String[][] things = {{"实施农村饮水安全巩固提升工程", "处", "工程"}, {"推进城市更新项目", "个", "项目"},
        {"建设水利工程", "项", "工程"}};
    qt().withExamples(200)
        .forAll(integers().between(0, things.length - 1), integers().between(4, 90))
        .checkAssert((thing, target) -> {
          String[] t = things[thing];
          int done = target * 7 / 10;
          String narrative = target + t[1] + t[2] + "已全部开工，完工" + done + t[1] + "。";
          Task task = MatchingPropertiesTest.extracted(t[0] + target + t[1], narrative);
          assertThat(MatchingPropertiesTest.paired(task)).as(t[0] + " ‖ " + narrative).containsExactly(done + t[1]);
        });
  }

  @Test
  void aFigureNamingOnlyTheWorkDoneIsTheTasks() {
    String[][] tasks = {{"建设光伏电站", "兆瓦"}, {"新建农村公路", "公里"}, {"建设污水管网", "公里"}, {"新建标准化厂房", "万平方米"}};
    String[] done = {"已建成并网", "已投产", "已投入使用", "已开通", "已交付使用", "已投入运营"};
    qt().withExamples(200)
        .forAll(integers().between(0, tasks.length - 1), integers().between(0, done.length - 1), integers().between(2, 500))
        .checkAssert((task, verb, target) -> {
          String achieved = String.valueOf(target - 1);
          String narrative = done[verb] + achieved + tasks[task][1] + "。";
          Task read = MatchingPropertiesTest.extracted(tasks[task][0] + target + tasks[task][1], narrative);
          assertThat(MatchingPropertiesTest.paired(read)).as(narrative).containsExactly(achieved + tasks[task][1]);
        });
  }

  @Test
  void theWorkDoneWinsOverAStartedFigureEqualToTheTarget() {
    Task task = MatchingPropertiesTest.extracted("改造老旧小区12个", "开工12个，完工9个。");
    assertThat(MatchingPropertiesTest.paired(task)).containsExactly("9个");
  }

  @Test
  void newWorkIsDoneWhenBuilt() {
    Task task = MatchingPropertiesTest.extracted("建设公租房500套", "已开工500套，建成交付320套。");
    assertThat(MatchingPropertiesTest.paired(task)).containsExactly("320套");
  }

  @Test
  void aTargetOfWorkStartedKeepsTheStartedFigure() {
    for (String text : List.of("开工建设保障性住房800套", "新开工棚户区改造800套")) {
      Task task = MatchingPropertiesTest.extracted(text, "已开工820套，建成400套。");
      assertThat(MatchingPropertiesTest.paired(task)).as(text).containsExactly("820套");
    }
  }

  @Test
  void aTargetOfNewWorkStartedTakesTheFigureStartedNamedOnlyByItsVerb() {
    String[] things = {"保障性租赁住房", "棚户区改造安置房", "重点项目"};
    String[] units = {"套", "套", "个"};
    qt().withExamples(100)
        .forAll(integers().between(0, things.length - 1), integers().between(10, 5000))
        .checkAssert((thing, target) -> {
          int started = target + target / 20;
          String narrative = "新开工" + started + units[thing] + "，竣工" + target / 2 + units[thing] + "。";
          Task task = MatchingPropertiesTest.extracted("全年新开工" + things[thing] + target + units[thing], narrative);
          assertThat(MatchingPropertiesTest.paired(task)).as(narrative).containsExactly(started + units[thing]);
        });
  }

  @Test
  void aStartedFigureAloneStillPairs() {
    Task task = MatchingPropertiesTest.extracted("实施农村危房改造300户", "已开工280户。");
    assertThat(MatchingPropertiesTest.paired(task)).containsExactly("280户");
  }
}
