package io.github.workreport;

import java.util.List;
import org.immutables.value.Value;

/**
 * What the document reports about a task: the narrative (完成情况), the {@link Measure measures}
 * found in it, and the status the document declares — from its section heading (已完成, 持续推进) or
 * from an explicit claim in the narrative (超额完成, 基本完成). This class is immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractOutcome {

  /** The narrative as written; empty when the document gives none. @return the narrative */
  @Value.Default
  @Value.Parameter
  public String narrative() {
    return "";
  }

  /** The status the document declares; {@link Status#UNDETERMINED} when it claims nothing. @return the status */
  @Value.Default
  @Value.Parameter
  public Status declaredStatus() {
    return Status.UNDETERMINED;
  }

  /**
   * What the narrative's own words suggest when nothing else decides: an explicit claim, or cue
   * words such as 正在 or 推进中 for a task still running and 已完成 for one done; {@link
   * Status#UNDETERMINED} when there are none or no reader looked. The rules fall back on it for a
   * task with neither comparable numbers nor a declared status (basis {@link Basis#TEXTUAL}). What a
   * reader made of the narrative rather than what the document says, the cue takes no part in
   * {@code equals}, {@code hashCode} or {@code toString}.
   *
   * @return the suggested status
   */
  @Value.Default
  @Value.Auxiliary
  public Status cue() {
    return Status.UNDETERMINED;
  }

  /** The numbers found in the narrative, in order of appearance. @return the measures */
  public abstract List<Measure> measures();

  /** {@code Outcome[MET, 2 measures: 服务业增加值完成365.22亿元，增长6.8%…]}. @return the text */
  @Override
  public String toString() {
    String text = narrative().strip();
    return "Outcome[" + declaredStatus() + ", " + measures().size() + " measures: "
        + (text.length() > 30 ? text.substring(0, 30) + "…" : text) + "]";
  }
}
