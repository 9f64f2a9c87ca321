package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.workreport.Assessment;
import io.github.workreport.Match;
import io.github.workreport.Outcome;
import io.github.workreport.Period;
import io.github.workreport.Report;
import io.github.workreport.Status;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import io.github.workreport.rules.Classifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of pairing a task's targets with its narrative's values: which column label a table
 * puts before a value does not matter; a sentence of figures in units no target has never changes
 * an assessment; a 分别 list pairs in its own order, whatever order the narrative lists the things
 * in.
 */
class MatchingPropertiesTest {
  private static final String[] SUBJECTS = {"新增城镇就业", "农村危房改造", "新建公厕", "造林绿化", "送戏下乡", "孕产妇筛查",
      "新增养老床位", "棚户区改造", "法律援助", "黑臭水体治理"};
  private static final String[] UNITS = {"人", "户", "座", "亩", "场", "人次", "张", "套", "件", "条"};
  private static final String[] LABELS = {"进度", "实绩", "完成", "实际完成", "累计完成", "全年完成", "1-8月实际完成", "完成："};

  static Task extracted(String text, String narrative) {
    Task task = Task.builder().number(1).text(text).outcome(Outcome.of(narrative, Status.UNDETERMINED)).build();
    return TaskExtractor.standard().extract(task, Optional.empty(), OptionalInt.of(2020));
  }

  /** Per target, the value paired with it, or "-". */
  static List<String> paired(Task task) {
    List<String> out = new ArrayList<>();
    for (Match m : task.matches()) {
      out.add(m.measure().isPresent() ? task.outcome().measures().get(m.measure().getAsInt()).quantity().format() : "-");
    }
    return out;
  }

  /** A task of one to three count targets and a narrative giving a value for each after a label. */
  private static final class LabelledTask {
    final List<Integer> subjects;
    final List<Integer> units;
    final List<Integer> targets;
    final List<Integer> achieved;

    LabelledTask(List<Integer> subjects, List<Integer> units, List<Integer> targets, List<Integer> achieved) {
      this.subjects = subjects;
      this.units = units;
      this.targets = targets;
      this.achieved = achieved;
    }

    int size() {
      return Math.min(Math.min(subjects.size(), units.size()), Math.min(targets.size(), achieved.size()));
    }

    String text() {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < size(); i++) {
        parts.add(SUBJECTS[subjects.get(i)] + targets.get(i) + UNITS[units.get(i)]);
      }
      return String.join("，", parts) + "。";
    }

    String narrative(List<Integer> labels) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < size(); i++) {
        parts.add(LABELS[labels.get(i % labels.size())] + achieved.get(i) + UNITS[units.get(i)]);
      }
      return String.join("，", parts) + "。";
    }

    @Override
    public String toString() {
      return text() + " / " + narrative(List.of(0));
    }
  }

  private static boolean totalBesideTheYears(String narrative) {
    return narrative.contains("累计完成") && narrative.contains("全年完成");
  }

  /** Whether each achieved value is within a thousand times its target, either way. */
  private static boolean sameOrders(LabelledTask task) {
    for (int i = 0; i < task.size(); i++) {
      long target = task.targets.get(i);
      long achieved = task.achieved.get(i);
      if (achieved > 1000 * target || target > 1000 * achieved) {
        return false;
      }
    }
    return true;
  }

  private static Gen<LabelledTask> labelledTasks() {
    Gen<List<Integer>> subjects = lists().of(integers().between(0, SUBJECTS.length - 1)).ofSizeBetween(1, 3);
    Gen<List<Integer>> units = lists().of(integers().between(0, UNITS.length - 1)).ofSizeBetween(1, 3);
    Gen<List<Integer>> values = lists().of(integers().between(10, 99_999)).ofSizeBetween(1, 3);
    return subjects.zip(units, values, values, LabelledTask::new);
  }

  @Test
  void theColumnLabelBeforeAValueDoesNotChangeThePairing() {
    Gen<List<Integer>> labels = lists().of(integers().between(0, LABELS.length - 1)).ofSizeBetween(1, 3);
    // A running total beside this year's figure (累计完成…，全年完成…) says which is which: no column labels then.
    qt().withExamples(400).forAll(labelledTasks(), labels, labels)
        .assuming((task, a, b) -> !totalBesideTheYears(task.narrative(a)) && !totalBesideTheYears(task.narrative(b)))
        .checkAssert((task, a, b) -> {
      List<String> withA = paired(extracted(task.text(), task.narrative(a)));
      List<String> withB = paired(extracted(task.text(), task.narrative(b)));
      assertThat(withA).as(task.narrative(a) + " vs " + task.narrative(b)).isEqualTo(withB);
      // and every target has its own value when the units tell them apart, and no figure is a thousand times
      // its target or a thousandth of it, which is another thing's (falsified by 新增城镇就业10亩 / 进度10001亩)
      if (task.units.subList(0, task.size()).stream().distinct().count() == task.size() && sameOrders(task)) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < task.size(); i++) {
          expected.add(task.achieved.get(i) + UNITS[task.units.get(i)]);
        }
        assertThat(withA).as(task.text() + " / " + task.narrative(a)).isEqualTo(expected);
      }
    });
  }

  // ---------------------------------------------------------------------------------------------

  /** Units, one of which no target of a real task has (a bare target compares with any, so none is taken there). */
  private static final String[] FOREIGN_UNITS = {"吨", "艘", "头", "册", "千瓦时", "立方米", "公顷", "盏", "台", "辆"};
  private static final String[] FOREIGN_SUBJECTS = {"另外，全区共处置固体废物", "此外，辖区渔业船舶", "据统计，生猪存栏",
      "同期，图书馆新增藏书", "此外，全年售电量"};

  static List<Task> realTasks() throws IOException {
    List<Task> out = new ArrayList<>();
    Report seed = TableText.read(Seed.bytes(), Seed.NAME);
    out.addAll(seed.tasks());
    for (String name : DevSetGoldTest.CASES) {
      out.addAll(TableText.read(DevSetGoldTest.resource(name + ".txt"), name + ".txt").tasks());
    }
    out.removeIf(t -> t.targets().isEmpty());
    return out;
  }

  /** What an assessment judged: status, basis, pace, and per target the value, ratio and status. */
  static String judged(Assessment a) {
    StringBuilder out = new StringBuilder().append(a.status()).append(' ').append(a.basis()).append(' ').append(a.pace());
    for (TargetAssessment line : a.targets()) {
      out.append(" | ").append(line.measure().map(m -> m.quantity().format()).orElse("-"))
          .append(' ').append(line.ratio().map(r -> r.toPlainString()).orElse("")).append(' ').append(line.status());
    }
    return out.toString();
  }

  @Test
  void aSentenceInUnitsNoTargetHasNeverChangesTheAssessment() throws IOException {
    List<Task> tasks = realTasks();
    Optional<Period> period = Optional.of(Period.fullYear(2020));
    qt().withExamples(600).forAll(integers().between(0, tasks.size() - 1), integers().between(0, FOREIGN_UNITS.length - 1),
        integers().between(0, FOREIGN_SUBJECTS.length - 1), integers().between(1, 99_999))
        .checkAssert((index, unitChoice, subjectChoice, value) -> {
          Task original = tasks.get(index);
          String unit = null;
          for (int k = 0; k < FOREIGN_UNITS.length && unit == null; k++) {
            String candidate = FOREIGN_UNITS[(unitChoice + k) % FOREIGN_UNITS.length];
            Unit u = Unit.parse(candidate);
            if (original.targets().stream().noneMatch(t -> t.unit().comparesWith(u))) {
              unit = candidate;
            }
          }
          if (unit == null) {
            return;
          }
          String narrative = original.outcome().narrative();
          String appended = narrative + (narrative.isEmpty() ? "" : "。") + FOREIGN_SUBJECTS[subjectChoice] + value + unit + "。";
          Task before = extracted(original.text(), narrative);
          Task after = extracted(original.text(), appended);
          assertThat(judged(Classifier.standard().assess(after, period)))
              .as(original.text() + " / " + appended)
              .isEqualTo(judged(Classifier.standard().assess(before, period)));
        });
  }

  // ---------------------------------------------------------------------------------------------

  private static final String[] AS_OF_EARLIER = {"1-%d月", "截至%d月底，", "%d月底"};

  @Test
  void oneTotalAtTwoDatesIsJudgedByTheLaterNeverTheirSum() {
    qt().withExamples(400).forAll(integers().between(0, SUBJECTS.length * AS_OF_EARLIER.length - 1),
        integers().between(2, 11), integers().between(1, 99_999), integers().between(1, 99_999))
        .checkAssert((choice, month, earlier, later) -> {
          int subject = choice % SUBJECTS.length;
          int form = choice / SUBJECTS.length;
          String unit = UNITS[subject];
          String text = SUBJECTS[subject] + "1000" + unit;
          String narrative = String.format(AS_OF_EARLIER[form], month) + SUBJECTS[subject] + earlier + unit
              + "，截至12月底" + SUBJECTS[subject] + later + unit;
          List<String> paired = paired(extracted(text, narrative));
          assertThat(paired).as(text + " / " + narrative).containsExactly(later + unit);
        });
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void aChangeInPointsWrittenAsTwoRatesIsTheirDifference() {
    qt().withExamples(300).forAll(integers().between(0, 999), integers().between(0, 999), integers().between(1, 50))
        .checkAssert((before, after, target) -> {
          if (before.equals(after)) {
            return;
          }
          boolean falls = before > after;
          String text = "贫困发生率" + (falls ? "下降" : "提高") + (target / 10.0) + "个百分点";
          String narrative = "贫困发生率由" + (before / 10.0) + "%" + (falls ? "下降到" : "提高到") + (after / 10.0) + "%";
          java.math.BigDecimal change = java.math.BigDecimal.valueOf(Math.abs(before - after), 1);
          assertThat(paired(extracted(text, narrative))).as(text + " / " + narrative)
              .containsExactly(change.stripTrailingZeros().toPlainString() + "个百分点");
        });
  }

  // ---------------------------------------------------------------------------------------------

  private static final String[] POLLUTANTS = {"二氧化硫", "氮氧化物", "化学需氧量", "氨氮", "挥发性有机物", "颗粒物"};

  @Test
  void aRespectivelyListPairsInItsOwnOrder() {
    Gen<List<Integer>> order = lists().of(integers().between(0, 1_000)).ofSizeBetween(3, 3);
    Gen<List<Integer>> values = lists().of(integers().between(1, 99)).ofSizeBetween(3, 3);
    qt().withExamples(400).forAll(integers().between(2, 3), integers().between(0, POLLUTANTS.length - 1), order, values)
        .checkAssert((k, first, shuffle, achieved) -> {
          List<String> things = new ArrayList<>();
          for (int i = 0; i < k; i++) {
            things.add(POLLUTANTS[(first + i) % POLLUTANTS.length]);
          }
          List<String> targets = new ArrayList<>();
          for (int i = 0; i < k; i++) {
            targets.add((i + 1) + "%");
          }
          // the narrative lists the same things in another order, each with its own value
          List<Integer> permutation = new ArrayList<>(List.of(0, 1, 2).subList(0, k));
          permutation.sort((a, b) -> Integer.compare(shuffle.get(a), shuffle.get(b)));
          List<String> listed = new ArrayList<>();
          List<String> measured = new ArrayList<>();
          for (int p : permutation) {
            listed.add(things.get(p));
            measured.add(achieved.get(p) + "." + (p + 1) + "%");
          }
          String text = String.join("、", things) + "排放量分别下降" + String.join("、", targets) + "。";
          String narrative = String.join("、", listed) + "排放量分别下降" + String.join("、", measured) + "。";
          Task task = extracted(text, narrative);
          List<String> expected = new ArrayList<>();
          for (int i = 0; i < k; i++) {
            expected.add(achieved.get(i) + "." + (i + 1) + "%");
          }
          assertThat(paired(task)).as(text + " / " + narrative).isEqualTo(expected);
        });
  }
}
