package io.github.workreport;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The classification of one task: its {@link Status}, what the status rests on ({@link Basis}), one
 * line per target, the pace of a running task, the audit {@link Finding findings} and a
 * one-sentence explanation in Chinese with the numbers, such as
 * {@code 目标增长≥7.5%，实际6.8%，差0.7个百分点，基本完成}.
 *
 * <p>Assessments are produced by {@code io.github.workreport.rules.Classifier}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAssessment {

  /** The task's status. @return the status */
  @Value.Parameter
  public abstract Status status();

  /** What the status rests on. @return the basis */
  @Value.Parameter
  public abstract Basis basis();

  /** The explanation, one sentence in Chinese. @return the explanation */
  @Value.Default
  public String explanation() {
    return status().label();
  }

  /** One line per target of the task, in the task's order. @return the lines */
  public abstract List<TargetAssessment> targets();

  /**
   * The target line that decides the status — the first verified line whose status is the task's —
   * else the first verified line, else the first; what a one-line view of the task shows.
   *
   * @return the line, empty when the task has no target
   */
  public Optional<TargetAssessment> decidingTarget() {
    List<TargetAssessment> lines = targets();
    return lines.stream().filter(l -> l.isVerified() && l.status() == status()).findFirst()
        .or(() -> lines.stream().filter(TargetAssessment::isVerified).findFirst())
        .or(() -> lines.stream().findFirst());
  }

  /** The pace of a running task with a cumulative target, when computed. @return the pace */
  public abstract Optional<Pace> pace();

  /** The audit findings. @return the findings */
  public abstract List<Finding> findings();

  /**
   * Whether a finding of {@code kind} is present.
   *
   * @param kind a finding kind
   * @return true if one of the findings has that kind
   */
  public boolean has(FindingKind kind) {
    return findings().stream().anyMatch(f -> f.kind() == kind);
  }

  /** {@code BASICALLY_MET (NUMERIC): 目标增长≥7.5%，实际6.8%，…}. @return the text */
  @Override
  public String toString() {
    return status() + " (" + basis() + "): " + explanation();
  }
}
