package io.github.workreport.text;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The evidence found for one target of a task: the index of the measure that states what was
 * achieved, and the index of a revised target, both into {@code Outcome.measures()}. An empty match
 * leaves the target unverified. This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractMatch {

  /** The index of the target in {@code Task.targets()}. @return the index */
  @Value.Parameter
  public abstract int target();

  /** The index of the achieved measure, if one matches. @return the index */
  public abstract OptionalInt measure();

  /** The index of a revised target for this target, if the narrative gives one. @return the index */
  public abstract OptionalInt revision();

  /**
   * A match that leaves target {@code target} unverified.
   *
   * @param target the target index
   * @return the empty match
   */
  public static Match none(int target) {
    return Match.of(target);
  }
}
