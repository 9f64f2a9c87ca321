package io.github.workreport;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The judgement of one target of a task: which measure of the outcome was taken as its evidence
 * (by index into {@link Outcome#measures()}), the revised target used instead of the original when
 * the narrative gives one, the achievement ratio and the resulting status. A target with no
 * evidence is <em>unverified</em>: no measure, no ratio, status {@link Status#UNDETERMINED}. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractTargetAssessment {

  /** The index of the target in {@link Task#targets()}. @return the index */
  @Value.Parameter
  public abstract int target();

  /** The index of the evidence in {@link Outcome#measures()}, if any. @return the index */
  public abstract OptionalInt measure();

  /** The index of the revised target in {@link Outcome#measures()}, if one was used. @return the index */
  public abstract OptionalInt revision();

  /** Achieved divided by target (1.1 = 110%), when both are known and the target is not zero. @return the ratio */
  public abstract Optional<BigDecimal> ratio();

  /** The status of this target; {@link Status#UNDETERMINED} when unverified. @return the status */
  @Value.Default
  public Status status() {
    return Status.UNDETERMINED;
  }

  /** The pace of a running cumulative target, when computed. @return the pace */
  public abstract Optional<Pace> pace();

  @Value.Check
  void check() {
    if (target() < 0) {
      throw new IllegalArgumentException("target index " + target() + " is negative");
    }
  }

  /** Whether an achieved value was found for the target. @return true if evidenced */
  public boolean isVerified() {
    return measure().isPresent();
  }

  /** {@code #0 ← measure #1, ratio 0.9067, BASICALLY_MET} or {@code #2 unverified}. @return the text */
  @Override
  public String toString() {
    if (!isVerified()) {
      return "#" + target() + " unverified";
    }
    return "#" + target() + " ← measure #" + measure().getAsInt()
        + (revision().isPresent() ? " (revised #" + revision().getAsInt() + ")" : "")
        + ratio().map(r -> ", ratio " + r.toPlainString()).orElse("") + ", " + status()
        + pace().map(p -> ", " + p).orElse("");
  }
}
