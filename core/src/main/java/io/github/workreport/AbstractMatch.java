package io.github.workreport;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The evidence found for one target of a task: the index of the measure that states what was
 * achieved and of a revised target, both into {@link Outcome#measures()}, or why there is none. A
 * reader records one match per target on the task ({@link Task#matches()}); the rules judge them.
 *
 * <pre>{@code
 * Match.builder().target(0).measure(1).build();                     // target 0 ← measure 1
 * Match.unverified(1, UnverifiedReason.NO_SAME_UNIT);              // target 1 has no evidence
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractMatch {

  /** The index of the target in {@link Task#targets()}. @return the index */
  @Value.Parameter
  public abstract int target();

  /** The index of the achieved measure, if one matches. @return the index */
  public abstract OptionalInt measure();

  /** The index of a revised target for this target, if the narrative gives one. @return the index */
  public abstract OptionalInt revision();

  /** Why no measure matches, when none does and the matcher knows. @return the reason */
  public abstract Optional<UnverifiedReason> reason();

  @Value.Check
  void check() {
    if (target() < 0) {
      throw new IllegalArgumentException("target index " + target() + " is negative");
    }
    if (measure().isPresent() && reason().isPresent()) {
      throw new IllegalArgumentException("target " + target() + " has a measure and a reason for having none");
    }
  }

  /**
   * A match that leaves target {@code target} unverified, without a reason.
   *
   * @param target the target index
   * @return the empty match
   */
  public static Match none(int target) {
    return Match.of(target);
  }

  /**
   * A match that leaves target {@code target} unverified for {@code reason}.
   *
   * @param target the target index
   * @param reason why
   * @return the match
   */
  public static Match unverified(int target, UnverifiedReason reason) {
    return Match.builder().target(target).reason(reason).build();
  }

  /** {@code #0 ← #1}, {@code #0 ← #1 (revised #2)} or {@code #1 unverified: 叙述中无数值}. @return the text */
  @Override
  public String toString() {
    if (measure().isEmpty()) {
      return "#" + target() + " unverified" + reason().map(r -> ": " + r.label()).orElse("")
          + (revision().isPresent() ? " (revised #" + revision().getAsInt() + ")" : "");
    }
    return "#" + target() + " ← #" + measure().getAsInt()
        + (revision().isPresent() ? " (revised #" + revision().getAsInt() + ")" : "");
  }
}
