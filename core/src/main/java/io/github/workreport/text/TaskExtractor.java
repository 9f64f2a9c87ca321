package io.github.workreport.text;

import io.github.workreport.Outcome;
import io.github.workreport.Status;
import io.github.workreport.Task;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Completes a task read from a table: finds the targets and the deadline in its text, the measures
 * in its narrative, and its declared status. Every reader (the table text reader, the Excel reader)
 * goes through here, so that a task reads the same whatever the file format.
 *
 * <p>What the task already has is kept: a reader whose table gives targets or measures in columns
 * of their own passes them in, and they are not guessed again from prose.
 */
public final class TaskExtractor {
  private static final TaskExtractor STANDARD = new TaskExtractor();

  private TaskExtractor() {}

  /** The standard extractor. @return the extractor */
  public static TaskExtractor standard() {
    return STANDARD;
  }

  /**
   * Returns {@code task} with its targets, deadline, measures and declared status filled in where
   * they are missing.
   *
   * @param task a task with at least its text and narrative
   * @param sectionStatus the status the task's section heading declares, if it has a section
   * @param year the report's year, for deadlines such as 年内; empty if unknown
   * @return the completed task
   */
  public Task extract(Task task, Optional<Status> sectionStatus, OptionalInt year) {
    Outcome outcome = task.outcome();
    if (!outcome.declaredStatus().isDetermined()) {
      outcome = outcome.withDeclaredStatus(StatusCues.declared(sectionStatus, outcome.narrative()));
    }
    return task.withOutcome(outcome);
  }
}
