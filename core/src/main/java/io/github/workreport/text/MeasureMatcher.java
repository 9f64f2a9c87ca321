package io.github.workreport.text;

import io.github.workreport.Task;
import java.util.List;

/**
 * Finds, for each target of a task, the measure of its outcome that states what was achieved, and a
 * revised target if the narrative gives one. A matcher never pairs quantities of different
 * dimensions, and leaves a target unmatched rather than guess: a wrong match is worse than none.
 */
@FunctionalInterface
public interface MeasureMatcher {

  /**
   * Matches the targets of {@code task} with the measures of its outcome.
   *
   * @param task a task with targets and measures
   * @return one match per target, in the order of {@code task.targets()}
   */
  List<Match> match(Task task);

  /**
   * The standard matcher: by dimension, kind, and the metric words around both.
   *
   * @return the matcher
   */
  static MeasureMatcher standard() {
    return MetricMatcher.INSTANCE;
  }
}
