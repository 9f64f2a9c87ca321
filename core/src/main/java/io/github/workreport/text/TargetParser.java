package io.github.workreport.text;

import io.github.workreport.Bound;
import io.github.workreport.Deadline;
import io.github.workreport.Kind;
import io.github.workreport.Quantity;
import io.github.workreport.Span;
import io.github.workreport.Target;
import io.github.workreport.Unit;
import io.github.workreport.Whole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Finds the quantitative targets in a task's text: {@code 新建公厕15座，提升改造公厕22座} gives two
 * count targets, {@code 地区生产总值增长7.5%以上} a growth target of at least 7.5%.
 *
 * <pre>{@code
 * List<Target> targets = TargetParser.standard().parse("城镇新增就业不少于8000人，城镇登记失业率控制在4%以内。");
 * // [城镇新增就业 ≥ 8000人, 城镇登记失业率 ≤ 4%]
 * }</pre>
 *
 * <p>Each target has its metric (the subject), {@link io.github.workreport.Kind kind},
 * {@link io.github.workreport.Bound comparator}, quantity, firmness (力争, 争取 and an unqualified 左右
 * make it aspirational; 确保 firm) and span. The forms understood and refused are listed in the
 * package documentation. This class is immutable and thread-safe.
 */
public final class TargetParser {
  private static final TargetParser STANDARD = new TargetParser();

  private TargetParser() {}

  /** The standard parser. @return the parser */
  public static TargetParser standard() {
    return STANDARD;
  }

  /**
   * The targets in {@code taskText}, in order. Never throws for any text; a text without targets
   * gives an empty list.
   *
   * @param taskText the task as written (主要任务)
   * @return the targets
   * @throws NullPointerException if {@code taskText} is null
   */
  public List<Target> parse(String taskText) {
    Objects.requireNonNull(taskText, "taskText");
    return targets(Lexer.lex(taskText), List.of());
  }

  /**
   * The deadline {@code taskText} sets, such as 2021-04 for {@code 2021年4月底前，完成…} or 2022-09
   * for {@code 到2022年9月}; {@code 年内} and {@code 年底前} need the report's year. The latest is
   * taken when several are given. Base years ({@code 较2015年}) are not deadlines.
   *
   * @param taskText the task as written
   * @param year the report's year, if known
   * @return the deadline, if the text sets one
   * @throws NullPointerException if an argument is null
   */
  public Optional<Deadline> deadline(String taskText, OptionalInt year) {
    Objects.requireNonNull(taskText, "taskText");
    Objects.requireNonNull(year, "year");
    return Deadlines.find(taskText, NumberScanner.scan(taskText), year);
  }

  static List<Target> targets(Tokens tk, List<String> actors) {
    List<Reading> readings = Grammar.targets(tk, actors);
    if (readings.isEmpty()) {
      return List.of();
    }
    List<Target> out = new ArrayList<>(readings.size());
    Reading places = null;
    for (int i = 0; i < readings.size(); i++) {
      Reading r = readings.get(i);
      if (describesTheProjectsSize(tk.text, r) || Grammar.afterABaseLabel(tk.normalized, r.mention)) {
        continue; // 县域外转诊率（%）：基期值10.6 ‖ 2025年目标值≤8: the level the plan starts from is no target
      }
      if (i + 1 < readings.size() && eachOfThePlaces(tk.normalized, r, readings.get(i + 1))) {
        places = r; // 在14个乡镇各建设1个调解中心: the places, whose count multiplies the one each is to have
        continue;
      }
      Target target = toTarget(tk.text, r);
      if (places != null) {
        // one for each of the places: 14 centres, whose words run from the places' count to the one
        Span both = Span.of(places.textStart, r.textEnd);
        target = target.withQuantity(Quantity.of(target.value().multiply(places.mention.value), target.unit()))
            .withSpan(both).withText(tk.text.substring(both.start(), both.end()));
        places = null;
      }
      Target last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && revisesTheOneBefore(tk, r) && (last.unit().equals(target.unit()) || target.unit().isBare())
          && last.span().isPresent() && target.span().isPresent()) {
        // 土地出让收入（亿元）：年初预算45.0，年中调整为32.0, 年度目标150（7月调整为180）: the task's own revision is the
        // target it sets now, whose words run from the first figure to the revised one
        Span both = Span.of(last.span().get().start(), target.span().get().end());
        // 年度目标45（年中调整为32）: the revised value bare in its aside, in the target's unit
        // a revised range (1-6人…上调为7.5) keeps no upper end: dropped first, since it may lie below the new value
        out.set(out.size() - 1, last.withUpper(Optional.empty()).withQuantity(Quantity.of(target.value(), last.unit()))
            .withSpan(both)
            .withText(tk.text.substring(both.start(), both.end())));
        continue;
      }
      out.add(target);
    }
    return out;
  }

  /** The longest name of places between their count and 各 (14个乡镇（街道）各), and of the work after it. */
  private static final int PLACES_REACH = 8;
  /** Words that 各 opens which are no "each" of the places before it: 各类, 各级, 各项. */
  private static final String NOT_EACH = "类级项种地自界方";

  /**
   * Whether {@code places} counts places that {@code each} gives one figure each (在14个乡镇各建设1个…中心, 10个村各配备
   * 2名): a count of 个 or of places, a name, 各, a verb, and a count or an amount, with no bound, range or punctuation
   * between them.
   */
  private static boolean eachOfThePlaces(String text, Reading places, Reading each) {
    Mention count = places.mention;
    Mention one = each.mention;
    if (count.unitClass != Lexicon.UnitClass.COUNT || count.upper != null || one.upper != null || count.value == null
        || count.value.signum() <= 0 || count.value.scale() > 0
        || one.unitClass != Lexicon.UnitClass.COUNT && one.unitClass != Lexicon.UnitClass.MEASURE) {
      return false;
    }
    int from = count.end;
    int to = one.prefixStart;
    int at = -1; // looked for between the two counts only: a search on to the text's end is quadratic over its counts
    for (int k = from; k < to && to - from <= 2 * PLACES_REACH + 1; k++) {
      if (text.charAt(k) == '各') {
        at = k;
        break;
      }
    }
    if (at <= from || at >= to - 1 || at - from > PLACES_REACH || to - at - 1 > PLACES_REACH
        || NOT_EACH.indexOf(text.charAt(at + 1)) >= 0) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!Lexicon.isHan(c) && !Lexicon.isSpace(c) && c != '（' && c != '）' && c != '(' && c != ')' && c != '、') {
        return false;
      }
    }
    return true;
  }

  /** Whether reading {@code r}'s figure follows a verb of revision (年中调整为32.0): the target before it, revised. */
  private static boolean revisesTheOneBefore(Tokens tk, Reading r) {
    return tk.lengthEndingAt(Grammar.skipSpacesBack(tk.normalized, r.mention.prefixStart), Vocabulary.REVISION) > 0;
  }

  /** The names of a project's whole cost, which a task gives to say how large the project is. */
  private static final WordSet TOTAL_COST = WordSet.of("总投资", "总投资额", "概算投资", "估算投资", "总概算");
  /**
   * Words that make a total cost the work itself: 完成总投资100亿元; and those of bringing investment in,
   * whose projects' total is what the year's work won (签约项目80个、协议总投资500亿元以上, 引进项目总投资300亿元).
   */
  private static final WordSet COMPLETION = WordSet.of("完成", "实现", "累计", "达到", "协议", "签约", "合同", "引进",
      "招引");

  /**
   * Whether a reading only says how large a project is (建设城北污水处理厂，总投资2.3亿元): its whole
   * cost, with no verb of completing it. That is spent over the project's years, not this year's
   * work: a project finished under budget, or a year's part of a larger one, has no shortfall. The
   * year's part, when the task gives it (年度计划投资8亿元), is a target of its own, as is a cost with a floor
   * or a ceiling (招引亿元以上项目30个，总投资不少于150亿元): a size is said as it is, or about (约2.3亿元).
   */
  private static boolean describesTheProjectsSize(String text, Reading r) {
    if (r.kind != Kind.AMOUNT || !r.quantity().unit().symbol().endsWith("元")
        || Grammar.isFloorOrCeiling(r.bound)) {
      return false;
    }
    return namesAWholeCost(r.metric, r.text(text));
  }

  /**
   * Whether a metric names a project's whole cost (总投资, 概算投资) and neither it nor the words around it a verb of
   * completing or winning it (完成总投资, 协议总投资): a size, spent over the project's years.
   */
  static boolean namesAWholeCost(String metric, String words) {
    if (TOTAL_COST.endingAt(metric, metric.length()) == 0) {
      return false;
    }
    // 新签约项目总投资（亿元）：目标900: the subject, not the target's own words, says the projects were won
    return !COMPLETION.within(words, 0, words.length()) && !COMPLETION.within(metric, 0, metric.length());
  }

  static Target toTarget(String text, Reading r) {
    Quantity quantity = r.quantity();
    Kind kind = r.kind;
    Bound bound = r.bound;
    if (kind == Kind.GROWTH && quantity.value().signum() < 0 && r.mention.upper == null) {
      // 信访总量同比增减(%)：-10: a growth below zero is a decline, as a reader of the sheet plans it
      kind = Kind.DECLINE;
      quantity = Quantity.of(quantity.value().negate(), quantity.unit());
      bound = bound == Bound.AT_LEAST ? Bound.AT_MOST : bound == Bound.AT_MOST ? Bound.AT_LEAST : bound;
    }
    String words = r.text(text);
    return Target.builder()
        .metric(r.metric)
        .kind(kind)
        .bound(bound)
        .quantity(quantity)
        .upper(upper(r))
        .firm(r.firm)
        .text(words)
        .span(Span.of(r.textStart, r.textEnd))
        .shareOf(shareOf(r.kind, quantity, words))
        .housing(Housing.counts(quantity.unit(), r.metric, words))
        .build();
  }

  /**
   * The task, for a level in percent whose words name the task right before the number
   * (完成全年目标任务的100%, 完成年度计划的95%, 目标数的90%) or name a completion rate (投资完成率达到50%及以上,
   * 完成进度达80%); else empty: a rate of its own metric.
   */
  private static Optional<Whole> shareOf(Kind kind, Quantity quantity, String words) {
    return kind == Kind.LEVEL && quantity.unit().equals(Unit.PERCENT) && SHARE_OF_TASK.matcher(words).find()
        ? Optional.of(Whole.TASK) : Optional.empty();
  }

  private static final Pattern SHARE_OF_TASK = Pattern.compile(
      "((任务|计划|目标)(数|量)?的|(" + rateWords() + ")(达到|达|为|不低于|不少于)?)\\s*[0-9.]+\\s*[%％]");

  /** The vocabulary's words of a completion rate (完成率, 完成比例, 竣工率 …), longest first, as alternatives. */
  private static String rateWords() {
    String[] words = Vocabulary.wordsWith(Vocabulary.RATE);
    java.util.Arrays.sort(words, java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w));
    return String.join("|", words);
  }

  /**
   * The upper end of a target written as a range ({@code 6%-6.5%}, {@code 6-6.5%}, {@code 6%至6.5%}),
   * in the unit of its lower end; empty for a single value or a range whose ends are equal.
   */
  private static Optional<Quantity> upper(Reading r) {
    BigDecimal upper = r.mention.upper;
    Quantity lower = r.quantity();
    if (upper == null || lower == null || upper.compareTo(r.mention.value) <= 0 || lower.value().compareTo(r.mention.value) != 0) {
      return Optional.empty();
    }
    return Optional.of(Quantity.of(upper, lower.unit()));
  }
}
