package io.github.workreport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A work-report task table with completion status (工作任务分解表 / 重点任务落实情况): its title, the
 * jurisdiction and year it concerns, the {@link Period} it reports on, the totals it declares, its
 * {@link Section sections} and its {@link Task tasks} in document order.
 *
 * <p>Readers (the text table reader in {@code io.github.workreport.text}, the JSON and Excel
 * modules) produce reports; {@code io.github.workreport.rules.Classifier} returns a copy with every
 * task assessed. This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractReport {

  /** The title as written, such as 《灞桥区 2020 年政府工作报告》工作任务分解表. @return the title */
  @Value.Default
  public String title() {
    return "";
  }

  /** The place the report concerns, such as 灞桥区, if known. @return the jurisdiction */
  public abstract Optional<String> jurisdiction();

  /** The year of the work report, if known. @return the year */
  public abstract OptionalInt year();

  /** The period the report covers, if known. @return the period */
  public abstract Optional<Period> period();

  /** The totals the document declares. @return the totals, empty when none */
  @Value.Default
  public DeclaredTotals declaredTotals() {
    return DeclaredTotals.builder().build();
  }

  /** The sections, in document order. @return the sections */
  public abstract List<Section> sections();

  /** The tasks, in document order. @return the tasks */
  public abstract List<Task> tasks();

  /**
   * The section named {@code name}, if the report has one.
   *
   * @param name a section name, such as 已完成
   * @return the section
   */
  public Optional<Section> section(String name) {
    return sections().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * The task numbered {@code number} in section {@code section}.
   *
   * @param section the section name, such as 持续推进
   * @param number the task's number in that section
   * @return the task
   */
  public Optional<Task> task(String section, int number) {
    return tasks().stream()
        .filter(t -> t.number() == number && t.section().equals(Optional.of(section)))
        .findFirst();
  }

  /** Whether every task has been assessed. @return true once classified */
  public boolean isClassified() {
    return tasks().stream().allMatch(t -> t.assessment().isPresent());
  }

  /**
   * Report-level findings: a {@link FindingKind#COUNT_MISMATCH} for every section whose declared
   * counts (in the heading and in the summary line) disagree with each other or with its rows, and
   * one when the declared total disagrees with the number of tasks. When no task belongs to a
   * section, per-section counts of the summary line cannot be checked and only the total is.
   *
   * @return the findings, empty when the counts agree
   */
  @Value.Lazy
  public List<Finding> findings() {
    TaskCounts counts = new TaskCounts();
    tasks().forEach(counts::add);
    return counts.findings((Report) this);
  }

  /**
   * The totals of this report: tasks by assessed and declared status, a scorecard per lead unit,
   * the claims the numbers do not support and the findings by kind. Prints as a table.
   *
   * @return the summary
   */
  public Summary summary() {
    return Summary.of((Report) this);
  }

  /** {@code Report[《灞桥区 2020 年政府工作报告》工作任务分解表, 2020-12 (全年), 107 tasks]}. @return the text */
  @Override
  public String toString() {
    return "Report[" + (title().isEmpty() ? jurisdiction().orElse("untitled") : title())
        + period().map(p -> ", " + p).orElse(year().isPresent() ? ", " + year().getAsInt() : "")
        + ", " + tasks().size() + " tasks" + (isClassified() && !tasks().isEmpty() ? ", classified" : "")
        + "]";
  }
}
