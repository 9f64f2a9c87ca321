package io.github.workreport;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One quantitative commitment found in a task's text, such as {@code 地区生产总值增长7.5%以上}: its
 * metric (地区生产总值), {@link Kind} (growth), {@link Bound} (at least), quantity (7.5%) and whether
 * it is firm or aspirational (力争, 争取). A task may hold several targets; a qualitative task holds
 * none.
 *
 * <pre>{@code
 * Target t = Target.of("地区生产总值", Kind.GROWTH, Bound.AT_LEAST, Quantity.parse("7.5%"));
 * t.toString();   // 地区生产总值 增长 ≥ 7.5%
 * }</pre>
 *
 * <p>Firmness is recorded for the reader; the rules never use it to excuse a shortfall. This class
 * is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractTarget {

  /** The subject of the target, such as 地区生产总值 or 新建公厕; may be empty. @return the metric */
  @Value.Parameter
  public abstract String metric();

  /** What the number says: growth, decline, level, count or amount. @return the kind */
  @Value.Parameter
  public abstract Kind kind();

  /** How the number bounds the goal. @return the bound */
  @Value.Parameter
  public abstract Bound bound();

  /** The target value with its unit. @return the quantity */
  @Value.Parameter
  public abstract Quantity quantity();

  /**
   * The words of the task that state this target, such as {@code 地区生产总值增长 7.5%以上}; when not
   * given, composed from the other fields.
   *
   * @return the text
   */
  @Value.Default
  public String text() {
    return metric() + kind().word() + quantity().format() + bound().word();
  }

  /** False for aspirational targets (力争, 争取, 确保…左右 is firm). Defaults to true. @return true if firm */
  @Value.Default
  public boolean firm() {
    return true;
  }

  /** Where {@link #text()} lies in the task's text, when known. @return the span */
  public abstract Optional<Span> span();

  /** The target value. @return the value of {@link #quantity()} */
  public BigDecimal value() {
    return quantity().value();
  }

  /** The target unit. @return the unit of {@link #quantity()} */
  public Unit unit() {
    return quantity().unit();
  }

  /**
   * Whether {@code measure} can be evidence for this target at all, whatever the words around the
   * two: their units compare ({@link Unit#comparesWith}: a bare number takes the other's unit,
   * percentage points go only with points), and their kinds fit — a rate of change with a rate of
   * change (a growth with a decline, negated), a count or amount with a count or amount, a level
   * with a level. A completion rate fits any count or amount target; a revised target needs only
   * comparable units.
   *
   * @param measure a measure of the task's outcome
   * @return true when the rules can judge this target against the measure
   */
  public boolean accepts(Measure measure) {
    Unit mu = measure.unit();
    switch (measure.role()) {
      case COMPLETION_RATE:
        return mu.dimension() == Unit.Dimension.PERCENT && !isPoints(mu) && kind().isCumulative();
      case REVISED_TARGET:
        return unit().comparesWith(mu);
      default:
        if (!unit().comparesWith(mu)) {
          return false;
        }
        Kind a = kind();
        Kind b = measure.kind();
        return a.isChange() ? b.isChange() : a.isCumulative() ? b.isCumulative() : a == b;
    }
  }

  private static boolean isPoints(Unit unit) {
    return unit.symbol().endsWith("百分点");
  }

  /** {@code 地区生产总值 增长 ≥ 7.5%}, with {@code (力争)} when aspirational. @return the text */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (!metric().isEmpty()) {
      out.append(metric()).append(' ');
    }
    if (!kind().word().isEmpty() && kind() != Kind.LEVEL) {
      out.append(kind().word()).append(' ');
    }
    out.append(bound().symbol()).append(' ').append(quantity().format());
    if (!firm()) {
      out.append(" (力争)");
    }
    return out.toString();
  }
}
