package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Status;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Laws of the ways a narrative says the work is done, or not yet, without a figure for its target:
 * 已 with a date or an adverb before the verb of work done (已于10月建成投用, 已全部竣工); a goal reached
 * that is named by what it is (实现了压减一半的目标, 已实现通天然气的目标); a share of the work done
 * (形象进度80%). An aim, a negation or a purpose before them says nothing is done, and 已完成 with a
 * count after it (已完成投资300万元) counts what was done without saying the rest is.
 */
class DoneAndReachedCuesTest {
  private static final String[] SUBJECTS = {"市民中心", "县人民医院综合楼", "污水处理厂二期", "城北幼儿园", "滨河大道"};
  private static final String[] BETWEEN = {"于%d月", "于%d月底", "于2020年%d月", "在%d月份", "全部", "顺利"};
  private static final String[] DONE = {"建成投用", "竣工", "完工", "投入使用", "建成", "通车"};
  private static final String[] AIMS = {"计划", "预计", "力争", "争取"};

  private static String between(int form, int month) {
    return String.format(BETWEEN[form], month);
  }

  @Test
  void alreadyWithADateOrAnAdverbBeforeAVerbOfWorkDoneSaysItIsDone() {
    qt().withExamples(300).forAll(integers().between(0, SUBJECTS.length - 1), integers().between(0, BETWEEN.length - 1),
        integers().between(1, 12), integers().between(0, DONE.length - 1))
        .checkAssert((subject, form, month, verb) -> {
          String narrative = SUBJECTS[subject] + "已" + between(form, month) + DONE[verb] + "。";
          assertThat(StatusCues.textual(narrative)).as(narrative).isEqualTo(Status.MET);
        });
  }

  @Test
  void anAimANegationOrAnotherClauseLeavesItUndone() {
    qt().withExamples(300).forAll(integers().between(0, SUBJECTS.length - 1), integers().between(0, AIMS.length - 1),
        integers().between(1, 12), integers().between(0, DONE.length - 1))
        .checkAssert((subject, aim, month, verb) -> {
          String aimed = SUBJECTS[subject] + "已" + AIMS[aim] + "于" + month + "月" + DONE[verb] + "。";
          String denied = SUBJECTS[subject] + "已于" + month + "月主体封顶，未" + DONE[verb] + "。";
          String runs = SUBJECTS[subject] + "已于" + month + "月开工，" + "正在加紧建设，年底" + DONE[verb] + "。";
          assertThat(StatusCues.textual(denied)).as(denied).isNotEqualTo(Status.MET);
          assertThat(StatusCues.textual(runs)).as(runs).isEqualTo(Status.ONGOING);
          assertThat(StatusCues.textual(aimed)).as(aimed).isNotEqualTo(Status.MET);
        });
  }

  private static final String[] GOAL_OBJECTS = {"压减一半", "通天然气", "城乡低保标准一体化", "村村通硬化路", "全域无垃圾"};
  private static final String[] REACHED = {"实现了", "已实现", "如期实现", "全面完成了", "达到"};

  @Test
  void aGoalNamedByWhatItIsAndReachedIsAClaim() {
    qt().withExamples(200).forAll(integers().between(0, GOAL_OBJECTS.length - 1), integers().between(0, REACHED.length - 1),
        integers().between(0, 3))
        .checkAssert((object, verb, form) -> {
          String goal = GOAL_OBJECTS[object] + (form % 2 == 0 ? "的" : "") + (form < 2 ? "目标" : "目标任务");
          String reached = "全市" + REACHED[verb] + goal + "。";
          String aimed = "全市力争" + REACHED[verb].replace("了", "") + goal + "。";
          String purpose = "为实现" + goal + "，全市正在加快推进。";
          String denied = "全市未实现" + goal + "。";
          String able = "全市得以实现" + goal + "。"; // 以 before the verb is no purpose
          assertThat(StatusCues.claim(able)).as(able).isEqualTo(Optional.of(Status.MET));
          assertThat(StatusCues.claim(reached)).as(reached).isEqualTo(Optional.of(Status.MET));
          assertThat(StatusCues.claim(aimed)).as(aimed).isEmpty();
          assertThat(StatusCues.claim(purpose)).as(purpose).isEmpty();
          assertThat(StatusCues.claim(denied)).as(denied).contains(Status.NOT_MET); // the goal admitted missed
        });
  }

  private static final String[] PROGRESS = {"工程形象进度", "形象进度", "工程进度", "总体进度达", "建设进度为"};

  @Test
  void aShareOfTheWorkDoneIsRunningBelowTheWholeAndDoneAtIt() {
    qt().withExamples(200).forAll(integers().between(0, SUBJECTS.length - 1), integers().between(0, PROGRESS.length - 1),
        integers().between(1, 100))
        .checkAssert((subject, word, percent) -> {
          String narrative = SUBJECTS[subject] + PROGRESS[word] + percent + "%。";
          assertThat(StatusCues.textual(narrative)).as(narrative).isEqualTo(percent < 100 ? Status.ONGOING : Status.MET);
        });
  }

  @Test
  void aShareOfTheWholeWorkIsRunningBelowItAndDoneAtIt() {
    String[] wholes = {"总工程量的", "工程量的", "工作量的", "总工作量的"};
    qt().withExamples(200).forAll(integers().between(0, SUBJECTS.length - 1), integers().between(0, wholes.length - 1),
        integers().between(1, 100))
        .checkAssert((subject, whole, percent) -> {
          String narrative = SUBJECTS[subject] + "已完成" + wholes[whole] + percent + "%。";
          assertThat(StatusCues.textual(narrative)).as(narrative).isEqualTo(percent < 100 ? Status.ONGOING : Status.MET);
        });
  }

  @Test
  void aGoalAdmittedMissedDeclaresNotMetAndNotYetDoesNot() {
    String[] verbs = {"完成", "实现", "达到"};
    String[] whose = {"年度", "全年", "预期", ""};
    String[] goals = {"目标", "目标任务", "任务"};
    String[] denials = {"未", "没有", "未能", "尚未"};
    qt().withExamples(300)
        .forAll(integers().between(0, SUBJECTS.length - 1), integers().between(0, verbs.length * whose.length * goals.length - 1),
            integers().between(0, denials.length - 1))
        .checkAssert((subject, form, denial) -> {
          String goal = verbs[form % verbs.length] + whose[form / verbs.length % whose.length]
              + goals[form / (verbs.length * whose.length)];
          String narrative = SUBJECTS[subject] + "受疫情影响，" + denials[denial] + goal + "。";
          Optional<Status> claim = StatusCues.claim(narrative);
          if (denials[denial].equals("尚未")) {
            assertThat(claim).as(narrative).isNotEqualTo(Optional.of(Status.NOT_MET));
          } else {
            assertThat(claim).as(narrative).contains(Status.NOT_MET);
          }
          String reached = SUBJECTS[subject] + goal + "。";
          assertThat(StatusCues.claim(reached)).as(reached).isNotEqualTo(Optional.of(Status.NOT_MET));
        });
  }

  @Test
  void alreadyDoneWithACountAfterItSaysNothingOfTheRest() {
    qt().withExamples(200).forAll(integers().between(0, SUBJECTS.length - 1), integers().between(1, 999),
        integers().between(0, 2))
        .checkAssert((subject, count, form) -> {
          String done = form == 0 ? "投资" + count + "万元" : form == 1 ? count + "个" : "主体工程" + count + "%";
          String narrative = SUBJECTS[subject] + "已完成" + done + "。";
          assertThat(StatusCues.textual(narrative)).as(narrative).isNotEqualTo(Status.MET);
          String whole = SUBJECTS[subject] + "已完成" + done + "，项目已竣工。";
          assertThat(StatusCues.textual(whole)).as(whole).isEqualTo(Status.MET);
        });
  }
}
