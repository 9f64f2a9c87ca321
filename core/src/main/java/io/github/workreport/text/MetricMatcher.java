package io.github.workreport.text;

import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Role;
import io.github.workreport.Target;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import java.util.ArrayList;
import java.util.List;

/** The standard {@link MeasureMatcher}. */
final class MetricMatcher implements MeasureMatcher {
  static final MetricMatcher INSTANCE = new MetricMatcher();

  private MetricMatcher() {}

  @Override
  public List<Match> match(Task task) {
    List<Measure> measures = task.outcome().measures();
    boolean[] used = new boolean[measures.size()];
    List<Match> matches = new ArrayList<>();
    List<Target> targets = task.targets();
    for (int t = 0; t < targets.size(); t++) {
      Target target = targets.get(t);
      Match.Builder match = Match.builder().target(t);
      int revision = best(target, measures, used, Role.REVISED_TARGET, targets.size());
      if (revision >= 0) {
        used[revision] = true;
        match.revision(revision);
      }
      int achieved = best(target, measures, used, Role.ACHIEVED, targets.size());
      if (achieved < 0) {
        achieved = best(target, measures, used, Role.COMPLETION_RATE, targets.size());
      }
      if (achieved >= 0) {
        used[achieved] = true;
        match.measure(achieved);
      }
      matches.add(match.build());
    }
    return matches;
  }

  private static int best(Target target, List<Measure> measures, boolean[] used, Role role, int targetCount) {
    int best = -1;
    int bestScore = 0;
    int candidates = 0;
    int only = -1;
    for (int m = 0; m < measures.size(); m++) {
      Measure measure = measures.get(m);
      if (used[m] || measure.role() != role || !compatible(target, measure)) {
        continue;
      }
      candidates++;
      only = m;
      int score = similarity(target.metric(), measure.metric().isEmpty() ? measure.text() : measure.metric());
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    if (best < 0 && candidates == 1 && targetCount == 1) {
      return only;
    }
    return best;
  }

  static boolean compatible(Target target, Measure measure) {
    if (measure.role() == Role.COMPLETION_RATE) {
      return measure.unit().dimension() == Unit.Dimension.PERCENT && target.kind().isCumulative();
    }
    if (!target.unit().isCommensurableWith(measure.unit())) {
      return false;
    }
    Kind a = target.kind();
    Kind b = measure.kind();
    return a.isChange() ? b.isChange() : a.isCumulative() ? b.isCumulative() : a == b;
  }

  /** Shared character bigrams (or single characters for one-character metrics) of two metrics. */
  static int similarity(String a, String b) {
    int score = 0;
    for (int i = 0; i + 1 < a.length(); i++) {
      if (b.contains(a.substring(i, i + 2))) {
        score++;
      }
    }
    return score;
  }
}
