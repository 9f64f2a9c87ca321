package io.github.workreport.text;

import io.github.workreport.Measure;
import io.github.workreport.Quantity;
import io.github.workreport.Role;
import io.github.workreport.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
  private static final WordSet EXCESS_BEFORE = WordSet.of("超额完成了", "超额完成", "超额", "超出", "多完成了", "多完成", "超过目标");
  private static final WordSet COMPARISON = WordSet.of("高于", "低于", "快于", "慢于", "超出", "领先", "落后", "多于", "少于", "好于");
  private static final WordSet BOUND_WORDS = WordSet.of("不少于", "不低于", "不多于", "不超过", "不高于");
  private static final WordSet RATE_WORDS = WordSet.of("完成率", "完成比例", "完成进度", "完成比");
  private static final WordSet RATE_OF = WordSet.of("任务", "目标", "计划", "指标");
  private static final WordSet RATE_VERBS = WordSet.of("完成", "占", "达到");
  private static final WordSet PLANS = WordSet.of("计划", "拟", "力争", "争取", "下达", "任务为", "目标为", "指标为", "预算", "将于", "规划");
  private static final WordSet ESTIMATE = WordSet.of("预计");
  private static final WordSet AS_OF = WordSet.of("截至", "截止");

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
    List<Reading> readings = readings(narrative, NumberScanner.scan(narrative), year, List.of());
    List<Measure> out = new ArrayList<>(readings.size());
    for (Reading r : readings) {
      if (!r.dropped) {
        out.add(toMeasure(narrative, r));
      }
    }
    return out;
  }

  static Measure toMeasure(String narrative, Reading r) {
    return Measure.builder()
        .metric(r.metric)
        .kind(r.kind)
        .quantity(r.quantity())
        .text(r.text(narrative))
        .role(r.role)
        .estimated(r.estimated)
        .approximate(r.approximate)
        .span(Span.of(r.textStart, r.textEnd))
        .build();
  }

  /** Every quantity of the narrative read in context; those that are not measures marked dropped. */
  static List<Reading> readings(String text, List<Mention> mentions, OptionalInt year, List<String> actors) {
    List<Reading> readings = Reading.read(text, mentions, false, actors);
    Reading previous = null;
    // The latest date naming a year after the report's, met so far: one forward pass for all readings.
    int later = -1;
    int dates = 0;
    for (Reading r : readings) {
      Mention m = r.mention;
      Quantity quantity = m.quantity();
      if (quantity == null) {
        r.dropped = true;
        continue;
      }
      String pre = r.phrase.pre(text);
      if (Reading.wordBefore(text, m, Reading.REVISION_BEFORE) > 0) {
        r.role = Role.REVISED_TARGET;
      } else if (Reading.wordBefore(text, m, EXCESS_BEFORE) > 0) {
        r.dropped = true;
      } else if (isComparison(pre)) {
        r.dropped = true;
      } else if (isRate(m, pre)) {
        r.role = Role.COMPLETION_RATE;
      } else if (PLANS.within(pre, 0, pre.length())) {
        r.dropped = true;
      }
      if (year.isPresent()) {
        for (; dates < mentions.size() && mentions.get(dates).start < m.prefixStart; dates++) {
          if (isLaterYear(text, mentions.get(dates), year.getAsInt())) {
            later = mentions.get(dates).start;
          }
        }
        if (later >= r.sentenceStart) {
          r.dropped = true;
        }
      }
      if (r.dropped) {
        continue;
      }
      r.estimated = ESTIMATE.within(text, r.sentenceStart, m.prefixStart);
      r.approximate |= r.phrase.after != null || Reading.wordBefore(text, m, BOUND_WORDS) > 0;
      inherit(r, previous, text);
      previous = r;
    }
    return readings;
  }

  /**
   * A subject left out is the previous number's, in the same sentence: 服务业增加值完成365.22亿元，增长
   * 6.8%. A part named only by where it is (农村完成9座 after 城镇新建公厕完成11座) takes the previous
   * subject re-placed; a bare counted noun in a list takes the list's verb (新建4所幼儿园、3所小学).
   */
  private static void inherit(Reading r, Reading previous, String text) {
    if (previous == null || previous.sentenceStart != r.sentenceStart) {
      return;
    }
    if (r.metric.isEmpty()) {
      r.metric = previous.metric;
      return;
    }
    if (Metrics.isPartition(r.metric) && previous.mention.unitClass == r.mention.unitClass) {
      String previousPartition = Metrics.partition(previous.metric);
      r.metric = r.metric + previous.metric.substring(previousPartition.length());
      return;
    }
    if (r.before.isEmpty() && !r.after.isEmpty() && !previous.before.isEmpty()
        && onlyListSeparators(text, previous.phrase.postTo, r.phrase.preStart)) {
      r.metric = previous.before + r.after;
    }
  }

  static boolean onlyListSeparators(String text, int from, int to) {
    if (from > to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!(Lexicon.isSpace(c) || c == '、' || c == '，' || c == ',' || c == '；' || c == ';')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isComparison(String pre) {
    if (BOUND_WORDS.within(pre, 0, pre.length())) {
      return false;
    }
    return COMPARISON.within(pre, 0, pre.length());
  }

  private static boolean isRate(Mention m, String pre) {
    if (m.unitClass != Lexicon.UnitClass.PERCENT) {
      return false;
    }
    if (RATE_WORDS.within(pre, 0, pre.length())) {
      return true;
    }
    return RATE_VERBS.within(pre, 0, pre.length()) && RATE_OF.within(pre, 0, pre.length());
  }

  /** A date naming a year after the report's (2021年至2022年), not as an as-of date (截至2021年3月). */
  private static boolean isLaterYear(String text, Mention d, int year) {
    return d.type == Mention.Type.DATE && d.year > 0 && Math.max(d.year, d.lastYear) > year
        && AS_OF.endingAt(text, skipBack(text, d.prefixStart)) == 0;
  }

  private static int skipBack(String text, int k) {
    while (k > 0 && Lexicon.isSpace(text.charAt(k - 1))) {
      k--;
    }
    return k;
  }
}
