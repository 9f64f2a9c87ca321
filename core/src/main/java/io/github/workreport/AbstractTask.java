package io.github.workreport;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the table: a task of the work report, its responsible units (the first leads), the
 * {@link Target targets} found in its text, its {@link Outcome} and, once classified, its {@link
 * Assessment}.
 *
 * <pre>{@code
 * Task task = Task.builder()
 *     .section("已完成").number(5)
 *     .text("服务业增加值增长7.5%以上。")
 *     .addResponsibleUnit("区发改委")
 *     .addTarget(Target.of("服务业增加值", Kind.GROWTH, Bound.AT_LEAST, Quantity.parse("7.5%")))
 *     .outcome(Outcome.builder().narrative("…增长6.8%…").declaredStatus(Status.MET)
 *         .addMeasure(Measure.of("服务业增加值", Kind.GROWTH, Quantity.parse("6.8%"))).build())
 *     .build();
 * }</pre>
 *
 * <p>Numbers restart in each section, so a task is identified by section and number. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractTask {

  /** The name of the task's section (已完成), if the table has sections. @return the section */
  public abstract Optional<String> section();

  /** The task's number within its section. @return the number */
  public abstract int number();

  /** The task as the report states it (主要任务). @return the text */
  public abstract String text();

  /** The responsible units (责任单位); the first leads. @return the units */
  public abstract List<String> responsibleUnits();

  /** When the task is due, if its text says. @return the deadline */
  public abstract Optional<Deadline> deadline();

  /** The quantitative targets found in the text; empty for a qualitative task. @return the targets */
  public abstract List<Target> targets();

  /**
   * The evidence a reader found for each target: one {@link Match} per target, in the order of
   * {@link #targets()}, indexing into {@link Outcome#measures()}; empty when no reader paired them
   * (a task built by hand). A reader records them; the classifier judges them ({@link
   * MeasureMatcher#recorded()}). Indexes refer to this task's lists: a copy with other targets or
   * measures needs its matches again. What a reader found rather than what the document says, the
   * matches take no part in {@code equals}, {@code hashCode} or {@code toString}.
   *
   * @return the matches
   */
  @Value.Auxiliary
  public abstract List<Match> matches();

  /** What the document reports about the task. @return the outcome */
  @Value.Default
  public Outcome outcome() {
    return Outcome.builder().build();
  }

  /** The classification, once the task has been classified. @return the assessment */
  public abstract Optional<Assessment> assessment();

  /** The lead unit (牵头单位): the first responsible unit. @return the lead unit */
  public Optional<String> leadUnit() {
    return responsibleUnits().stream().findFirst();
  }

  /**
   * The assessed status, or {@link Status#UNDETERMINED} before classification.
   *
   * @return the status
   */
  public Status status() {
    return assessment().map(Assessment::status).orElse(Status.UNDETERMINED);
  }

  /** How to cite the task: {@code 已完成 5} or {@code 5}. @return the reference */
  public String ref() {
    return section().map(s -> s + " ").orElse("") + number();
  }

  /** {@code 已完成 5 服务业增加值增长7.5%以上。 [区发改委] → BASICALLY_MET}. @return the text */
  @Override
  public String toString() {
    String text = text().strip();
    return ref() + " " + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
        + leadUnit().map(u -> " [" + u + "]").orElse("")
        + assessment().map(a -> " → " + a.status()).orElse("");
  }
}
