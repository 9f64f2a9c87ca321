package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Measure;
import io.github.workreport.Period;
import io.github.workreport.Target;
import io.github.workreport.Task;
import io.github.workreport.Whole;
import io.github.workreport.rules.Classifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Laws of the line between the reader and the rules: the reader decides from the words whether a
 * count is of housing (so that 套 and 户 compare) and whether a level in percent is a share of the
 * task, and records both as values; the classifier judges those values alone, so a task whose
 * words are all replaced by words that mean nothing is judged as before.
 */
class ReaderDecidesPropertiesTest {
  private static final Optional<Period> YEAR_END = Optional.of(Period.fullYear(2020));
  private static final String[] HOUSING = {"完成棚户区改造", "棚户区改造开工", "建设保障性住房", "实施农村危房改造", "建成安置房",
      "筹集人才公寓"};
  private static final String[] NOT_HOUSING = {"安装智能电表", "发放防疫物资", "配备净水设备"};
  private static final String[] SHARES_OF = {"完成全年目标任务的", "完成年度计划的", "完成全年任务的", "完成目标数的"};
  private static final String[] RATES = {"森林覆盖率达到", "城镇化率达到", "垃圾分类覆盖率达到"};

  private static Task extracted(String text, String narrative) {
    return MatchingPropertiesTest.extracted(text, narrative);
  }

  @Test
  void aCountOfHousingInDwellingsOrHouseholdsIsMarkedOnTargetAndMeasure() {
    qt().withExamples(200).forAll(integers().between(0, HOUSING.length - 1), integers().between(10, 9_999),
        integers().between(1, 19_999), integers().between(0, 3))
        .checkAssert((work, target, achieved, units) -> {
          String[] pair = {"套", "户", "万套", "户"};
          String text = HOUSING[work] + target + pair[units];
          String narrative = HOUSING[work] + achieved + pair[(units + 1) % pair.length];
          Task task = extracted(text, narrative);
          assertThat(task.targets()).as(text).singleElement().satisfies(t -> assertThat(t.housing()).isTrue());
          assertThat(task.outcome().measures()).as(narrative).isNotEmpty()
              .allSatisfy(m -> assertThat(m.housing()).isTrue());
        });
  }

  @Test
  void aCountOfOtherThingsForHouseholdsIsNoHousing() {
    qt().withExamples(100).forAll(integers().between(0, NOT_HOUSING.length - 1), integers().between(10, 9_999))
        .checkAssert((work, n) -> {
          String text = NOT_HOUSING[work] + n + "套";
          String narrative = "为" + n + "户居民" + NOT_HOUSING[work];
          Task task = extracted(text, narrative);
          assertThat(task.targets()).as(text).allSatisfy(t -> assertThat(t.housing()).isFalse());
          assertThat(task.outcome().measures()).as(narrative).allSatisfy(m -> assertThat(m.housing()).isFalse());
        });
  }

  @Test
  void housingWordsAroundANumberOfAnotherUnitMarkNothing() {
    // the flag says how a count in 套 or 户 compares; 亿元 of housing compares as 亿元 already
    Task task = extracted("完成棚户区改造投资5亿元", "完成棚户区改造投资5.2亿元");
    assertThat(task.targets()).singleElement().satisfies(t -> assertThat(t.housing()).isFalse());
    assertThat(task.outcome().measures()).allSatisfy(m -> assertThat(m.housing()).isFalse());
  }

  @Test
  void aLevelNamingTheTaskBeforeItsNumberIsAShareOfTheTask() {
    qt().withExamples(100).forAll(integers().between(0, SHARES_OF.length - 1), integers().between(50, 100))
        .checkAssert((form, share) -> {
          String text = SHARES_OF[form] + share + "%";
          assertThat(extracted(text, "").targets()).as(text).singleElement()
              .satisfies(t -> assertThat(t.shareOf()).contains(Whole.TASK));
        });
  }

  @Test
  void aRateOfItsOwnMetricIsAShareOfNothing() {
    qt().withExamples(100).forAll(integers().between(0, RATES.length - 1), integers().between(10, 100))
        .checkAssert((form, rate) -> {
          String text = RATES[form] + rate + "%";
          assertThat(extracted(text, "").targets()).as(text).isNotEmpty()
              .allSatisfy(t -> assertThat(t.shareOf()).isEmpty());
        });
    // 完成任务10项 counts; the words name the task, but no share is written
    assertThat(extracted("完成改革任务10项", "").targets()).allSatisfy(t -> assertThat(t.shareOf()).isEmpty());
  }

  @Test
  void housingIsJudgedTheSameWhateverTheWords() {
    qt().withExamples(200).forAll(integers().between(0, HOUSING.length - 1), integers().between(10, 9_999),
        integers().between(1, 19_999), integers().between(0, 1))
        .checkAssert((work, target, achieved, swap) -> {
          String[] units = swap == 1 ? new String[] {"户", "套"} : new String[] {"套", "户"};
          String text = HOUSING[work] + target + units[0];
          String narrative = HOUSING[work] + achieved + units[1];
          Task task = extracted(text, narrative);
          assertThat(judged(wordless(task))).as(text + " / " + narrative).isEqualTo(judged(task))
              .doesNotContain("UNDETERMINED");
        });
  }

  @Test
  void aShareOfTheTaskIsJudgedTheSameWhateverTheWords() {
    // the forms a narrative also gives its completion rate in (完成目标数的N% is read in targets only)
    qt().withExamples(200).forAll(integers().between(0, 2), integers().between(50, 100),
        integers().between(1, 200))
        .checkAssert((form, share, rate) -> {
          String text = SHARES_OF[form] + share + "%";
          String narrative = SHARES_OF[form] + rate + "%";
          Task task = extracted(text, narrative);
          assertThat(judged(wordless(task))).as(text + " / " + narrative).isEqualTo(judged(task))
              .doesNotContain("UNDETERMINED");
        });
  }

  private static String judged(Task task) {
    return MatchingPropertiesTest.judged(Classifier.standard().assess(task, YEAR_END));
  }

  /** The task with every word replaced by one that names nothing; its values and pairs as they were. */
  private static Task wordless(Task task) {
    List<Target> targets = new ArrayList<>();
    for (Target t : task.targets()) {
      targets.add(t.withMetric("a").withText("a"));
    }
    List<Measure> measures = new ArrayList<>();
    for (Measure m : task.outcome().measures()) {
      measures.add(m.withMetric("b").withText("b"));
    }
    return task.withText("a").withTargets(targets)
        .withOutcome(task.outcome().withNarrative("b").withMeasures(measures));
  }
}
