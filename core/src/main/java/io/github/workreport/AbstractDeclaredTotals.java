package io.github.workreport;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The totals a document declares in its summary line, such as {@code (共计 107 项，其中，已完成 96 项，
 * 持续推进 11 项)}: the total and a count per section name. They are what the document says, and
 * may disagree with its rows; see {@link Report#findings()}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractDeclaredTotals {

  /** The declared total (共计 107 项), when given. @return the total */
  public abstract Optional<Integer> total();

  /** Declared counts by section name, in the order written. @return the counts */
  public abstract Map<String, Integer> bySection();

  /** Whether the document declares no totals at all. @return true if empty */
  public boolean isEmpty() {
    return total().isEmpty() && bySection().isEmpty();
  }

  /** {@code 共计107项 (已完成 96, 持续推进 11)}. @return the text */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(total().map(n -> "共计" + n + "项").orElse("未申报总数"));
    if (!bySection().isEmpty()) {
      out.append(" (");
      bySection().forEach((name, count) -> out.append(out.charAt(out.length() - 1) == '(' ? "" : ", ")
          .append(name).append(' ').append(count));
      out.append(')');
    }
    return out.toString();
  }
}
