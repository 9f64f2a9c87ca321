package io.github.workreport.json;

import io.github.workreport.Assessment;
import io.github.workreport.Bound;
import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Quantity;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * Assessment lines written by index in a task's builder chain, before the task exists: {@link
 * #line} holds placeholders for the values, {@link #resolve} puts the task's own in.
 */
final class Lines {
  private static final Target TARGET = Target.of("", Kind.COUNT, Bound.EXACTLY, Quantity.parse("1个"));
  private static final Measure MEASURE = Measure.of("", Kind.COUNT, Quantity.parse("1个"));

  private Lines() {}

  /** A line for target {@code target}, evidence {@code measure} (-1 for none), revision {@code revision} (-1 for none). */
  static TargetAssessment.Builder line(int target, int measure, int revision) {
    TargetAssessment.Builder b = TargetAssessment.builder().targetIndex(target).target(TARGET);
    if (measure >= 0) {
      b.measureIndex(measure).measure(MEASURE);
    }
    if (revision >= 0) {
      b.revisionIndex(revision).revision(MEASURE);
    }
    return b;
  }

  /** The task with its assessment's lines given the task's targets and measures. */
  static Task resolve(Task task) {
    if (task.assessment().isEmpty()) {
      return task;
    }
    Assessment a = task.assessment().get();
    List<TargetAssessment> lines = new ArrayList<>();
    List<Measure> measures = task.outcome().measures();
    for (TargetAssessment l : a.targets()) {
      TargetAssessment resolved = l.withTarget(task.targets().get(l.targetIndex()));
      if (l.measureIndex().isPresent()) {
        resolved = resolved.withMeasure(measures.get(l.measureIndex().getAsInt()));
      }
      if (l.revisionIndex().isPresent()) {
        resolved = resolved.withRevision(measures.get(l.revisionIndex().getAsInt()));
      }
      lines.add(resolved);
    }
    return task.withAssessment(a.withTargets(lines));
  }
}
