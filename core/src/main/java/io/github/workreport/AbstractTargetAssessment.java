package io.github.workreport;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The judgement of one target of a task: the target, the measure of the outcome taken as its
 * evidence, the revised target used instead of the original when the narrative gives one, the
 * achievement ratio and the resulting status. Each of the three is given as a value and by its
 * index in the task's lists ({@link Task#targets()}, {@link Outcome#measures()}), which is what the
 * JSON format writes. A target with no evidence is <em>unverified</em>: no measure, no ratio,
 * status {@link Status#UNDETERMINED}, and a {@link #reason()} when the reader or the rules know
 * one.
 *
 * <pre>{@code
 * for (TargetAssessment line : task.assessment().orElseThrow().targets()) {
 *   System.out.println(line.target() + " → " + line.measure().map(Measure::toString).orElse(line.reasonLabel()));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractTargetAssessment {

  /** The index of the target in {@link Task#targets()}. @return the index */
  @Value.Parameter
  public abstract int targetIndex();

  /** The target judged. @return the target */
  @Value.Parameter
  public abstract Target target();

  /** The index of the evidence in {@link Outcome#measures()}, if any. @return the index */
  public abstract OptionalInt measureIndex();

  /** The evidence: what the narrative says was achieved, if a comparable number was found. @return the measure */
  public abstract Optional<Measure> measure();

  /** The index of the revised target in {@link Outcome#measures()}, if one was used. @return the index */
  public abstract OptionalInt revisionIndex();

  /** The revised target used instead of the original, if the narrative gives one. @return the revision */
  public abstract Optional<Measure> revision();

  /** Achieved divided by target (1.1 = 110%), when both are known and the target is not zero. @return the ratio */
  public abstract Optional<BigDecimal> ratio();

  /** The status of this target; {@link Status#UNDETERMINED} when unverified. @return the status */
  @Value.Default
  public Status status() {
    return Status.UNDETERMINED;
  }

  /** The pace of a running cumulative target, when computed. @return the pace */
  public abstract Optional<Pace> pace();

  /** Why the target is unverified, when it is and the reason is known. @return the reason */
  public abstract Optional<UnverifiedReason> reason();

  @Value.Check
  void check() {
    if (targetIndex() < 0) {
      throw new IllegalArgumentException("target index " + targetIndex() + " is negative");
    }
    if (measureIndex().isPresent() != measure().isPresent()) {
      throw new IllegalArgumentException("target " + targetIndex() + ": a measure needs both its index and its value");
    }
    if (revisionIndex().isPresent() != revision().isPresent()) {
      throw new IllegalArgumentException("target " + targetIndex() + ": a revision needs both its index and its value");
    }
    if (measure().isPresent() && reason().isPresent()) {
      throw new IllegalArgumentException("target " + targetIndex() + " has evidence and a reason for having none");
    }
  }

  /**
   * The line of an unverified target.
   *
   * @param index the target's index in {@link Task#targets()}
   * @param target the target
   * @param reason why it has no evidence, if known
   * @return the line
   */
  public static TargetAssessment unverified(int index, Target target, Optional<UnverifiedReason> reason) {
    return TargetAssessment.builder().targetIndex(index).target(target).reason(reason).build();
  }

  /** Whether an achieved value was found for the target. @return true if evidenced */
  public boolean isVerified() {
    return measure().isPresent();
  }

  /**
   * The reason in Chinese ({@link UnverifiedReason#label()}), or empty for a verified target or an
   * unknown reason.
   *
   * @return the label
   */
  public String reasonLabel() {
    return reason().map(UnverifiedReason::label).orElse("");
  }

  /**
   * {@code #0 地区生产总值 增长 ≥ 7.5% ← 服务业增加值 增长 6.8%, ratio 0.9067, BASICALLY_MET} or
   * {@code #2 新建公厕 = 15座 unverified: 叙述中无该单位的数值}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (!isVerified()) {
      return "#" + targetIndex() + " " + target() + " unverified" + reason().map(r -> ": " + r.label()).orElse("");
    }
    return "#" + targetIndex() + " " + target() + " ← " + measure().get()
        + revision().map(r -> " (revised " + r.quantity().format() + ")").orElse("")
        + ratio().map(r -> ", ratio " + r.toPlainString()).orElse("") + ", " + status()
        + pace().map(p -> ", " + p).orElse("");
  }
}
