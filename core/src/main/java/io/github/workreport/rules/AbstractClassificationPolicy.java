package io.github.workreport.rules;

import io.github.workreport.TextParseException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The thresholds of the outcome rules. No official rule fixes them; the defaults follow common
 * practice and every one can be changed:
 *
 * <ul>
 *   <li>{@link #ratio()} 0.90: an achieved value of at least 90% of the target is 基本完成 (for a
 *       ceiling, at most target / 0.90);
 *   <li>{@link #points()} 1.0: for targets in percent (growth and decline rates, levels) the gap is
 *       counted in percentage points, as the documents do, and a shortfall of at most one point is
 *       基本完成;
 *   <li>{@link #ceilingMetrics()}: metrics that are ceilings by nature (居民消费价格, 失业率, 能耗 …),
 *       whose "左右" targets are judged as upper bounds.
 * </ul>
 *
 * <pre>{@code
 * ClassificationPolicy strict = ClassificationPolicy.parse("ratio=0.95,points=0.5");
 * }</pre>
 *
 * This class is immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractClassificationPolicy {

  private static final ClassificationPolicy DEFAULTS = ClassificationPolicy.builder().build();

  /** The share of a target that counts as 基本完成, in (0, 1]. Default 0.90. @return the ratio */
  @Value.Default
  public BigDecimal ratio() {
    return new BigDecimal("0.90");
  }

  /** The shortfall in percentage points that counts as 基本完成, zero or more. Default 1.0. @return the points */
  @Value.Default
  public BigDecimal points() {
    return new BigDecimal("1.0");
  }

  /**
   * Words that mark a metric as a ceiling by nature: an {@code ABOUT} target (左右) on a metric that
   * contains one of them is judged as {@code AT_MOST}, unless it is a decline. Default: 居民消费价格,
   * 消费价格涨幅, CPI, 物价, 失业率, 能耗, 排放, 事故, 死亡率, 赤字率, and the ratios of risk a lender or a borrower keeps
   * down: 不良率, 不良贷款率, 负债率, 债务率.
   *
   * @return the words
   */
  @Value.Default
  public List<String> ceilingMetrics() {
    return List.of("居民消费价格", "消费价格涨幅", "CPI", "物价", "失业率", "能耗", "排放", "事故", "死亡率", "赤字率",
        "不良率", "不良贷款率", "负债率", "债务率");
  }

  @Value.Check
  void check() {
    if (ratio().signum() <= 0 || ratio().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("ratio must be in (0, 1], was " + ratio());
    }
    if (points().signum() < 0) {
      throw new IllegalArgumentException("points must not be negative, was " + points());
    }
  }

  /**
   * Whether {@code metric} is a ceiling by nature.
   *
   * @param metric a target's metric
   * @return true if it contains one of {@link #ceilingMetrics()}
   */
  public boolean isCeiling(String metric) {
    Objects.requireNonNull(metric, "metric");
    return ceilingMetrics().stream().anyMatch(metric::contains);
  }

  /** The default policy. @return ratio 0.90, points 1.0 and the default ceilings */
  public static ClassificationPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Reads a policy written as {@code ratio=0.9,points=1.0}; keys left out keep their defaults.
   *
   * @param text comma-separated {@code key=value} pairs with keys {@code ratio} and {@code points}
   * @return the policy
   * @throws TextParseException for an unknown key or a value that is not a decimal number
   * @throws IllegalArgumentException for a value out of range
   */
  public static ClassificationPolicy parse(String text) {
    Objects.requireNonNull(text, "text");
    ClassificationPolicy.Builder builder = ClassificationPolicy.builder();
    int offset = 0;
    for (String pair : text.split(",", -1)) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
      BigDecimal value;
      try {
        value = new BigDecimal(eq < 0 ? "" : pair.substring(eq + 1).strip());
      } catch (NumberFormatException e) {
        throw new TextParseException("policy", text, offset + Math.max(eq + 1, 0));
      }
      switch (key) {
        case "ratio" -> builder.ratio(value);
        case "points" -> builder.points(value);
        default -> throw new TextParseException("policy", text, offset);
      }
      offset += pair.length() + 1;
    }
    return builder.build();
  }

  /** {@code ratio=0.90,points=1.0}. @return the text, which {@link #parse} reads back */
  @Override
  public String toString() {
    return "ratio=" + ratio().toPlainString() + ",points=" + points().toPlainString();
  }
}
