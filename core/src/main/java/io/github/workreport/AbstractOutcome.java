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
