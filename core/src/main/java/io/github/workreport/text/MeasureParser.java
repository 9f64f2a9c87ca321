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
  private static final WordSet BOUND_WORDS = WordSet.of("不少于", "不低于", "不多于", "不超过", "不高于");
  private static final int PLAN = 1;
  private static final int COMPARE = 2;
  private static final int BOUNDED = 4;
  private static final int RATE = 8;
  private static final int RATE_VERB = 16;
  private static final int RATE_OBJECT = 32;
  /** The words of the lists above, flagged, so that the words before a number are scanned once. */
  private static final WordSet CUES = WordSet.flagged(
      PLAN, new String[] {"计划", "拟", "力争", "争取", "下达", "任务为", "目标为", "指标为", "预算数", "将于", "规划",
          "目标任务", "全年目标", "年度目标"},
      COMPARE, new String[] {"高于", "低于", "快于", "慢于", "超出", "领先", "落后", "多于", "少于", "好于"},
      BOUNDED, new String[] {"不少于", "不低于", "不多于", "不超过", "不高于"},
      RATE, new String[] {"完成率", "完成比例", "完成进度", "完成比"},
      RATE_VERB, new String[] {"完成", "占", "达到"},
      RATE_OBJECT, new String[] {"任务", "目标", "计划", "指标"});
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
    int estimate = text.indexOf("预计");
    int lastEstimate = -1;
    for (Reading r : readings) {
      Mention m = r.mention;
      Quantity quantity = m.quantity();
      if (quantity == null) {
        r.dropped = true;
        continue;
      }
      String pre = r.phrase.pre(text);
      int cues = CUES.flagsWithin(pre, 0, pre.length());
      boolean comparison = (cues & COMPARE) != 0 && (cues & BOUNDED) == 0;
      boolean rate = m.unitClass == Lexicon.UnitClass.PERCENT
          && ((cues & RATE) != 0 || (cues & RATE_VERB) != 0 && (cues & RATE_OBJECT) != 0);
      if (Reading.wordBefore(text, m, Reading.REVISION_BEFORE) > 0) {
        r.role = Role.REVISED_TARGET;
      } else if (Reading.wordBefore(text, m, EXCESS_BEFORE) > 0) {
        r.dropped = true;
      } else if (comparison) {
        r.dropped = true;
      } else if (rate) {
        r.role = Role.COMPLETION_RATE;
      } else if ((cues & PLAN) != 0) {
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
      // 预计 earlier in the sentence: the occurrences are found by one forward pass
      while (estimate >= 0 && estimate + 2 <= m.prefixStart) {
        lastEstimate = estimate;
        estimate = text.indexOf("预计", estimate + 2);
      }
      r.estimated = lastEstimate >= r.sentenceStart;
      r.approximate |= r.phrase.after != null || Reading.wordBefore(text, m, BOUND_WORDS) > 0;
      inherit(r, previous, text);
      if (previous != null && isWhole(text, previous, r)) {
        previous.dropped = true; // 120个重点项目已开工108个: the 120 names the set, not an achievement
      }
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
        && Metrics.onlyWork(previous.before)
        && onlyListSeparators(text, previous.phrase.postTo, r.phrase.preStart)) {
      r.metric = previous.before + r.after;
      return;
    }
    if (Metrics.onlyWork(r.metric) && previous.mention.unitClass == r.mention.unitClass) {
      // 开工改造老旧小区42个，完工35个: the second names the work, the first the things
      r.metric = r.metric + Metrics.withoutWork(previous.metric);
    }
  }

  /**
   * Whether {@code whole} names the set that {@code part} reports on, in one clause: a number-first
   * count directly followed, after 已 or 中, by another count of the same classifier.
   */
  private static boolean isWhole(String text, Reading whole, Reading part) {
    if (whole.mention.unitClass != Lexicon.UnitClass.COUNT || part.mention.unitClass != Lexicon.UnitClass.COUNT
        || !whole.before.isEmpty() && !Metrics.onlyWork(whole.before)
        || !whole.quantity().isComparableWith(part.quantity())) {
      return false;
    }
    int from = whole.mention.end;
    int to = part.mention.prefixStart;
    if (from >= to) {
      return false;
    }
    boolean marker = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (Lexicon.isClauseEnd(c) || c == '、') {
        return false;
      }
      marker |= c == '已' || c == '中';
    }
    return marker;
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
