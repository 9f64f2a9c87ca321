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
 *
 * Target range = Target.builder().metric("国内生产总值").kind(Kind.GROWTH).bound(Bound.AT_LEAST)
 *     .quantity(Quantity.parse("6%")).upper(Quantity.parse("6.5%")).build();
 * range.toString();   // 国内生产总值 增长 6%-6.5%
 * range.describe();   // 增长6%-6.5%
 * }</pre>
 *
 * <p>A target written as a range ({@code 增长6%-6.5%}) keeps its lower end as {@link #quantity()} and
 * its upper end as {@link #upper()}; everything that reads only the quantity sees the lower end, as
 * before ranges were recorded.
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

  /**
   * The target value with its unit; for a range ({@code 6%-6.5%}) its lower end.
   *
   * @return the quantity
   */
  @Value.Parameter
  public abstract Quantity quantity();

  /**
   * The upper end of a target written as a range, such as 6.5% in {@code 国内生产总值增长6%-6.5%}
   * (also written {@code 6%～6.5%}, {@code 6-6.5%}, {@code 6%至6.5%}); empty for a single value. It
   * is in the same unit as {@link #quantity()} and strictly greater. For a higher-is-better target
   * an achieved value within the range is met and one above it exceeded; for a lower-is-better
   * target the upper end is the ceiling.
   *
   * @return the upper end, if the target is a range
   */
  public abstract Optional<Quantity> upper();

  /** Whether the target is a range, that is whether it has an {@link #upper()} end. @return true for a range */
  public boolean isRange() {
    return upper().isPresent();
  }

  @Value.Check
  void check() {
    if (shareOf().isPresent() && !(kind() == Kind.LEVEL && unit().dimension() == Unit.Dimension.PERCENT && !isPoints(unit()))) {
      throw new IllegalArgumentException("a share of " + shareOf().get() + " is a LEVEL in %, not a " + kind()
          + " in " + quantity().format());
    }
    if (upper().isPresent()) {
      Quantity upper = upper().get();
      if (!upper.unit().equals(quantity().unit())) {
        throw new IllegalArgumentException("the upper end " + upper.format() + " of a range is not in the unit of its lower end "
            + quantity().format());
      }
      if (upper.value().compareTo(quantity().value()) <= 0) {
        throw new IllegalArgumentException("the upper end " + upper.format() + " of a range is not greater than its lower end "
            + quantity().format());
      }
    }
  }

  /**
   * The words of the task that state this target, such as {@code 地区生产总值增长 7.5%以上}; when not
   * given, composed from the other fields.
   *
   * @return the text
   */
  @Value.Default
  public String text() {
    return metric() + kind().word() + formatQuantity() + (rangeImpliesBound() ? "" : bound().word());
  }

  /**
   * The value as descriptions write it: {@code 7.5%}, or for a range both ends, {@code 6%-6.5%}
   * ({@code -2%至-1%} when an end is negative, so that the minus signs read).
   *
   * @return the text
   */
  public String formatQuantity() {
    if (upper().isEmpty()) {
      return quantity().format();
    }
    String separator = quantity().value().signum() < 0 || upper().get().value().signum() < 0 ? "至" : "-";
    return quantity().format() + separator + upper().get().format();
  }

  /**
   * The target as the explanations and tables write it: the word of a change, the comparator's
   * symbol and the value — {@code 增长≥7.5%}, {@code ≥5家}, {@code 15座} (a plain number has no
   * symbol), {@code 增长6%-6.5%} (nor has a range whose lower end is a floor).
   *
   * @return the text
   */
  public String describe() {
    String word = kind().isChange() ? kind().word() : "";
    return word + comparatorSymbol() + formatQuantity();
  }

  /**
   * The comparator's symbol as {@link #describe()} shows it: ≥, ≤ or ≈, and none for a plain
   * number or a range whose lower end is a floor ({@code 增长6%-6.5%}).
   *
   * @return the symbol, or empty
   */
  public String comparatorSymbol() {
    return bound() == Bound.EXACTLY || rangeImpliesBound() ? "" : bound().symbol();
  }

  /** Whether the range itself says the bound: 增长6%-6.5% is at least 6%, and needs no ≥ or 以上. */
  private boolean rangeImpliesBound() {
    return isRange() && (bound() == Bound.AT_LEAST || bound() == Bound.EXACTLY);
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
   * change (a growth with a decline, negated), a count or amount with a count or amount or with a
   * change of one (就业人数增加5200人 for 新增就业5000人, 贫困人口减少1109万 for 减少贫困人口1000万), a level
   * with a level. A completion rate fits any count or amount target and a share of the task
   * ({@link #shareOf}); a revised target needs only comparable units. Dwellings (套) and households
   * (户) compare one for one when the target and the measure both count {@linkplain #housing()
   * housing} ({@link #housesAgainst}). Only values are compared here: what the words mean the
   * reader has decided.
   *
   * @param measure a measure of the task's outcome
   * @return true when the rules can judge this target against the measure
   */
  public boolean accepts(Measure measure) {
    Unit mu = measure.unit();
    switch (measure.role()) {
      case COMPLETION_RATE:
        return mu.dimension() == Unit.Dimension.PERCENT && !isPoints(mu) && (kind().isCumulative() || isShareOfTask());
      case REVISED_TARGET:
        return unit().comparesWith(mu);
      default:
        if (!unit().comparesWith(mu) && !housesAgainst(measure)) {
          return false;
        }
        Kind a = kind();
        Kind b = measure.kind();
        if (a.isCumulative()) {
          // a count changed (就业人数增加5200人, 贫困人口减少1109万) counts the things changed, as 新增就业5200人
          // and 减少贫困人口1109万 do
          return b.isCumulative() || b.isChange() && mu.dimension() != Unit.Dimension.PERCENT;
        }
        return a.isChange() ? b.isChange() : a == b;
    }
  }

  /**
   * Whether this target and {@code measure} count housing, one in dwellings (套) and the other in
   * the households rehoused (户), so that they compare one for one: 棚户区改造开工1500套 against
   * 棚户区改造开工1520户, but not 安装智能电表500套 against 为500户居民安装. Both must be marked
   * {@link #housing()} (and {@link Measure#housing()}).
   *
   * @param measure a measure of the task's outcome
   * @return true for housing counted in dwellings against households
   */
  public boolean housesAgainst(Measure measure) {
    return housing() && measure.housing() && unit().isDwellingsAgainstHouseholds(measure.unit());
  }

  /**
   * Whether this target counts housing, so that its dwellings (套) and the households they rehouse
   * (户) are one for one: 棚户区改造开工1500套 is met by 1520户 rehoused when the measure counts
   * housing too. The table readers set it on a count in dwellings or households whose words name
   * housing (房, 棚户, 棚改, 住宅, 安置, 公寓). False unless set, so that a target built by hand
   * compares 套 only with 套: 安装智能电表500套 is not met by 500户 of residents served.
   *
   * @return true for a count of housing
   */
  @Value.Default
  public boolean housing() {
    return false;
  }

  /**
   * What this target is a share of, when it is a level in percent of something other than its
   * metric: {@link Whole#TASK} for 完成全年目标任务的100% or 完成年度计划的95%, where a completion
   * rate in the narrative (完成目标任务的102%) is judged against the share rather than against the
   * whole task. Empty unless set — a rate of its own metric (森林覆盖率达到45%) — which is what a
   * target built by hand needs unless it means a share. The table readers set it from the words
   * right before the number (任务, 计划 or 目标, then 的).
   *
   * @return the whole, if the target is a share of one
   * @throws IllegalArgumentException on building, when set on a target that is not a level in
   *     percent
   */
  public abstract Optional<Whole> shareOf();

  /**
   * Whether this target is a share of the task itself ({@link #shareOf()} is {@link Whole#TASK}).
   *
   * @return true for a share of the task
   */
  public boolean isShareOfTask() {
    return shareOf().orElse(null) == Whole.TASK;
  }

  private static boolean isPoints(Unit unit) {
    return unit.symbol().endsWith("百分点");
  }

  /**
   * {@code 地区生产总值 增长 ≥ 7.5%}, {@code 国内生产总值 增长 6%-6.5%} for a range, with {@code (力争)}
   * when aspirational.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (!metric().isEmpty()) {
      out.append(metric()).append(' ');
    }
    if (!kind().word().isEmpty() && kind() != Kind.LEVEL) {
      out.append(kind().word()).append(' ');
    }
    if (rangeImpliesBound()) {
      out.append(formatQuantity());
    } else {
      out.append(bound().symbol()).append(' ').append(formatQuantity());
    }
    if (!firm()) {
      out.append(" (力争)");
    }
    return out.toString();
  }
}
