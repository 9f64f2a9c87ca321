package io.github.workreport;

import java.util.ArrayList;
import java.util.List;

/** {@link MeasureMatcher#recorded()}: what the reader recorded, else unambiguous pairs by unit and kind. */
final class RecordedMatches implements MeasureMatcher {
  static final RecordedMatches INSTANCE = new RecordedMatches();

  private RecordedMatches() {}

  @Override
  public List<Match> match(Task task) {
    int targets = task.targets().size();
    if (task.matches().size() == targets) {
      return task.matches();
    }
    if (task.assessment().isPresent() && task.assessment().get().targets().size() == targets) {
      List<Match> out = new ArrayList<>(targets);
      for (TargetAssessment line : task.assessment().get().targets()) {
        out.add(Match.builder()
            .target(line.targetIndex())
            .measure(line.measureIndex())
            .revision(line.revisionIndex())
            .reason(line.reason())
            .build());
      }
      return out;
    }
    return byUnitAndKind(task);
  }

  /** Each target with the one measure of a role it accepts, when that measure fits no other target. */
  static List<Match> byUnitAndKind(Task task) {
    List<Target> targets = task.targets();
    List<Measure> measures = task.outcome().measures();
    int[] achieved = unique(targets, measures, Role.ACHIEVED);
    int[] revision = unique(targets, measures, Role.REVISED_TARGET);
    int[] rate = unique(targets, measures, Role.COMPLETION_RATE);
    List<Match> out = new ArrayList<>(targets.size());
    for (int t = 0; t < targets.size(); t++) {
      Match.Builder b = Match.builder().target(t);
      if (revision[t] >= 0) {
        b.revision(revision[t]);
      }
      if (achieved[t] >= 0) {
        b.measure(achieved[t]);
      } else if (rate[t] >= 0) {
        b.measure(rate[t]);
      } else {
        b.reason(reasonFor(targets.get(t), measures));
      }
      out.add(b.build());
    }
    return out;
  }

  private static int[] unique(List<Target> targets, List<Measure> measures, Role role) {
    int[] out = new int[targets.size()];
    int[] fits = new int[measures.size()];
    for (int m = 0; m < measures.size(); m++) {
      if (measures.get(m).role() == role) {
        for (Target target : targets) {
          if (target.accepts(measures.get(m))) {
            fits[m]++;
          }
        }
      }
    }
    for (int t = 0; t < targets.size(); t++) {
      out[t] = -1;
      for (int m = 0; m < measures.size(); m++) {
        if (measures.get(m).role() == role && targets.get(t).accepts(measures.get(m))) {
          out[t] = out[t] == -1 && fits[m] == 1 ? m : -2;
        }
      }
      out[t] = Math.max(out[t], -1);
    }
    return out;
  }

  private static UnverifiedReason reasonFor(Target target, List<Measure> measures) {
    if (measures.isEmpty()) {
      return UnverifiedReason.NO_NUMBERS;
    }
    boolean sameUnit = false;
    for (Measure m : measures) {
      sameUnit |= target.unit().comparesWith(m.unit());
    }
    return sameUnit ? UnverifiedReason.NOT_MATCHED : UnverifiedReason.NO_SAME_UNIT;
  }
}
