package io.github.workreport.text;

import io.github.workreport.Match;
import io.github.workreport.MeasureMatcher;
import io.github.workreport.Task;
import java.util.List;
import java.util.Objects;

/**
 * The standard {@link MeasureMatcher} of the readers: pairs each target of a task with the measure
 * of its narrative that states what was achieved, and says why when none does. {@link
 * TaskExtractor} records its matches on every task it reads; it can also be run on a task from
 * elsewhere, such as one built by hand with text and narrative. This class is immutable and
 * thread-safe.
 */
public final class AssignmentMatcher implements MeasureMatcher {
  private static final AssignmentMatcher STANDARD = new AssignmentMatcher();

  private AssignmentMatcher() {}

  /** The standard matcher. @return the matcher */
  public static AssignmentMatcher standard() {
    return STANDARD;
  }

  @Override
  public List<Match> match(Task task) {
    Objects.requireNonNull(task, "task");
    return MetricMatcher.INSTANCE.match(task);
  }
}
