package io.github.workreport;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A number found in a task's narrative: what was achieved ({@code 服务业增加值增长6.8%}), a revised
 * target ({@code 增速由6%调整为0.08%}) or a completion rate ({@code 完成目标任务116.89%}), see {@link
 * Role}. It records whether the number is an estimate (预计) or approximate (近, 约, 余, 多), and on
 * which side of the number an approximate figure lies when the words say so ({@link Approximation}).
 *
 * <p>When a narrative gives parts that add up to a target (城镇新建公厕11座…农村9座), a parser may
 * record their sum as one measure whose {@link #text()} cites the parts. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
abstract class AbstractMeasure {

  /** The subject, such as 服务业增加值; may be empty. @return the metric */
  @Value.Parameter
  public abstract String metric();

  /** What the number says. @return the kind */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * The value with its unit, in the direction of its kind: 下降1.5% is a decline of 1.5. A reader tells a
   * change that answers a target of the opposite direction in the target's terms (同比下降1.5% answering
   * 增长8% is a growth of −1.5), so that the value reads against the target.
   *
   * @return the quantity
   */
  @Value.Parameter
  public abstract Quantity quantity();

  /** The words of the narrative that state the number; composed when not given. @return the text */
  @Value.Default
  public String text() {
    return metric() + kind().word() + quantity().format();
  }

  /** What the number stands for; {@link Role#ACHIEVED} unless said otherwise. @return the role */
  @Value.Default
  public Role role() {
    return Role.ACHIEVED;
  }

  /** Whether the number is an estimate (预计). @return true if estimated */
  @Value.Default
  public boolean estimated() {
    return false;
  }

  /**
   * Whether the number is approximate (近, 约, 余, 多, 超过); true whenever {@link #approximation()}
   * gives a side, unless set otherwise. @return true if approximate
   */
  @Value.Default
  public boolean approximate() {
    return approximation().isPresent();
  }

  /**
   * On which side of the number the figure lies (近50亿元: {@link Approximation#BELOW}); empty when
   * it is exact, or approximate either way (约, 左右). @return the side
   */
  public abstract Optional<Approximation> approximation();

  /**
   * The month the figure is counted to when its words date it before the end of the report's year
   * (上半年新建停车位600个, 1—6月…: June of that year); empty when undated or counted to the year's
   * end. A figure of an earlier month than the report's is progress, not the final figure.
   *
   * @return the month
   */
  public abstract Optional<YearMonth> asOf();

  /**
   * Whether this measure counts housing, so that dwellings (套) and the households they rehouse
   * (户) are one for one against a target that counts housing too ({@link Target#housesAgainst}).
   * The table readers set it on a count in dwellings or households whose words name housing
   * (安置群众1050户 for 棚户区改造). False unless set, so that a measure built by hand compares 户 only
   * with 户.
   *
   * @return true for a count of housing
   */
  @Value.Default
  public boolean housing() {
    return false;
  }

  /** Where {@link #text()} lies in the narrative, when known. @return the span */
  public abstract Optional<Span> span();

  /** The value. @return the value of {@link #quantity()} */
  public BigDecimal value() {
    return quantity().value();
  }

  /** The unit. @return the unit of {@link #quantity()} */
  public Unit unit() {
    return quantity().unit();
  }

  /** {@code 服务业增加值 增长 6.8%}, marked {@code (预计)} and {@code (约)}, or the side ({@code (近)}, {@code (余)}, {@code (超过)}). @return the text */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (role() == Role.REVISED_TARGET) {
      out.append("[调整后目标] ");
    } else if (role() == Role.COMPLETION_RATE) {
      out.append("[完成率] ");
    }
    if (!metric().isEmpty()) {
      out.append(metric()).append(' ');
    }
    if (!kind().word().isEmpty() && kind() != Kind.LEVEL) {
      out.append(kind().word()).append(' ');
    }
    out.append(quantity().format());
    if (estimated()) {
      out.append(" (预计)");
    }
    if (asOf().isPresent()) {
      out.append(" (截至").append(asOf().get()).append(')');
    }
    if (approximation().isPresent()) {
      out.append(" (").append(approximation().get().word()).append(')');
    } else if (approximate()) {
      out.append(" (约)");
    }
    return out.toString();
  }
}
