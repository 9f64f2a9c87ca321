package io.github.workreport.text;

import io.github.workreport.Measure;
import io.github.workreport.Quantity;
import io.github.workreport.Role;
import io.github.workreport.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds the numbers a task's narrative reports: what was achieved ({@code 增长8.5%}, {@code
 * 淘汰老旧车辆801辆}), revised targets ({@code 增速由6%调整为0.08%} gives 0.08% as {@link
 * Role#REVISED_TARGET}) and completion rates ({@code 完成目标任务116.89%} as {@link
 * Role#COMPLETION_RATE}).
 *
 * <pre>{@code
 * List<Measure> measures = MeasureParser.standard().parse("服务业增加值完成365.22亿元，增长6.8%。");
 * // [服务业增加值 365.22亿元, 服务业增加值 增长 6.8%]
 * }</pre>
 *
 * <p>A measure records whether it is an estimate (预计 earlier in its sentence) or approximate (近,
 * 约, 余, 多, 超过, 以上, 左右). Numbers that are not achievements are left out: old values (由X…),
 * excesses (超额完成1座), differences from a reference (高于全市3.3个百分点), plans and assigned
 * quotas (计划总投资, 下达任务为3000座), ranks (位列第4), and work of a later year than the report's
 * (2021年至2022年计划完成6所). A subject the narrative leaves out is carried over from the previous
 * number of the sentence ({@code 服务业增加值完成365.22亿元，增长6.8%}). This class is immutable and
 * thread-safe.
 */
public final class MeasureParser {
  private static final MeasureParser STANDARD = new MeasureParser();
  private MeasureParser() {}

  /** The standard parser. @return the parser */
  public static MeasureParser standard() {
    return STANDARD;
  }

  /**
   * The measures in {@code narrative}, in order. Never throws for any text.
   *
   * @param narrative the narrative (完成情况)
   * @return the measures
   * @throws NullPointerException if {@code narrative} is null
   */
  public List<Measure> parse(String narrative) {
    return parse(narrative, OptionalInt.empty());
  }

  /**
   * The measures in {@code narrative}, leaving out work dated after {@code year}.
   *
   * @param narrative the narrative (完成情况)
   * @param year the report's year, if known
   * @return the measures
   * @throws NullPointerException if an argument is null
   */
  public List<Measure> parse(String narrative, OptionalInt year) {
    Objects.requireNonNull(narrative, "narrative");
    Objects.requireNonNull(year, "year");
    List<Reading> readings = Grammar.measures(Lexer.lex(narrative), year, List.of());
    List<Measure> out = new ArrayList<>(readings.size());
    for (Reading r : readings) {
      if (!r.dropped) {
        out.add(toMeasure(narrative, r));
      }
    }
    return out;
  }

  static Measure toMeasure(String narrative, Reading r) {
    Quantity quantity = r.quantity();
    String words = r.text(narrative);
    return Measure.builder()
        .metric(r.metric)
        .kind(r.kind)
        .quantity(quantity)
        .text(words)
        .housing(Housing.counts(quantity.unit(), r.metric, words))
        .role(r.role)
        .estimated(r.estimated)
        .approximate(r.approximate)
        .approximation(Optional.ofNullable(r.approximation))
        .span(Span.of(r.textStart, r.textEnd))
        .build();
  }

}
