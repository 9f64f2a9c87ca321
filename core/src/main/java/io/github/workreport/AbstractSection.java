package io.github.workreport;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section of the table, under a heading such as {@code 已完成 98 项}: its name without the count
 * (已完成), the status the heading declares for its tasks, and the count it declares. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractSection {

  /** The heading without its count, such as 已完成 or 持续推进. @return the name */
  @Value.Parameter
  public abstract String name();

  /** The status the heading declares for its tasks. @return the status */
  @Value.Parameter
  public abstract Status declaredStatus();

  /** The number of tasks the heading declares (98 in 已完成 98 项), when it gives one. @return the count */
  public abstract Optional<Integer> declaredCount();

  /** {@code 已完成 98 项 → MET}. @return the text */
  @Override
  public String toString() {
    return name() + declaredCount().map(n -> " " + n + " 项").orElse("") + " → " + declaredStatus();
  }
}
