package io.github.workreport;

import java.util.List;

/**
 * Pairs each target of a task with the measure of its outcome that states what was achieved, and
 * with a revised target where the narrative gives one. A matcher never pairs quantities that cannot
 * be compared ({@link Target#accepts(Measure)}), and leaves a target unmatched rather than guess: a
 * wrong match is worse than none.
 *
 * <p>The readers pair as they read (the text package's {@code AssignmentMatcher}) and record the
 * result on the task ({@link Task#matches()}); the classifier judges what is recorded ({@link
 * #recorded()}). A different matcher can be given to the classifier, for a hand-built task or to
 * try another pairing.
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
   * The pairs recorded on the task: {@link Task#matches()} when there is one per target; else the
   * pairs of the task's assessment, if it has been assessed; else, for a task built by hand, each
   * target paired with the one measure it {@linkplain Target#accepts accepts} when that measure
   * fits no other target (a revised target and a completion rate likewise), and left unverified
   * otherwise.
   *
   * @return the matcher
   */
  static MeasureMatcher recorded() {
    return RecordedMatches.INSTANCE;
  }
}
