package io.github.workreport.text;

import io.github.workreport.Bound;
import io.github.workreport.Deadline;
import io.github.workreport.Quantity;
import io.github.workreport.Span;
import io.github.workreport.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds the quantitative targets in a task's text: {@code 新建公厕15座，提升改造公厕22座} gives two
 * count targets, {@code 地区生产总值增长7.5%以上} a growth target of at least 7.5%.
 *
 * <pre>{@code
 * List<Target> targets = TargetParser.standard().parse("城镇新增就业不少于8000人，城镇登记失业率控制在4%以内。");
 * // [城镇新增就业 ≥ 8000人, 城镇登记失业率 ≤ 4%]
 * }</pre>
 *
 * <p>Each target has its metric (the subject), {@link io.github.workreport.Kind kind}, {@link Bound
 * comparator}, quantity, firmness (力争, 争取 and an unqualified 左右 make it aspirational; 确保 firm)
 * and span. The forms understood and refused are listed in the package documentation. This class
 * is immutable and thread-safe.
 */
public final class TargetParser {
  private static final TargetParser STANDARD = new TargetParser();
  private static final WordSet ASSURED = WordSet.of("确保");
  private static final WordSet SCOPE = WordSet.of(
      "围绕", "聚焦", "依托", "按照", "根据", "结合", "针对", "对标", "立足", "借助", "对照", "涉及");
  private static final WordSet ASPIRATIONAL = WordSet.of("力争", "争取", "努力", "力求", "力促", "尽力");

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
    return targets(taskText, NumberScanner.scan(taskText), List.of());
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

  static List<Target> targets(String text, List<Mention> mentions, List<String> actors) {
    List<Reading> readings = Reading.read(text, mentions, true, actors);
    if (readings.isEmpty()) {
      return List.of();
    }
    List<Target> out = new ArrayList<>(readings.size());
    Reading previous = null;
    for (Reading r : readings) {
      Mention m = r.mention;
      Quantity quantity = m.quantity();
      if (quantity == null || isScope(r.phrase.pre(text))) {
        continue;
      }
      Bound before = Reading.boundBefore(text, m);
      Bound bound = r.phrase.after != null ? r.phrase.after : before != null ? before : Bound.EXACTLY;
      if (m.upper != null && r.phrase.after == null && before == null) {
        bound = Bound.AT_LEAST; // a range commits to its lower end: 增长4.5%至5%
      }
      if (r.metric.isEmpty() && previous != null && previous.sentenceStart == r.sentenceStart) {
        r.metric = previous.metric; // 剩余34户53人: the second shares the first's subject
      }
      boolean firm = isFirm(text, r.sentenceStart, m.prefixStart) && !(bound == Bound.ABOUT && !assured(text, r.sentenceStart, m.prefixStart));
      out.add(Target.builder()
          .metric(r.metric)
          .kind(r.kind)
          .bound(bound)
          .quantity(quantity)
          .firm(firm)
          .text(r.text(text))
          .span(Span.of(r.textStart, r.textEnd))
          .build());
      previous = r;
    }
    return out;
  }

  /**
   * Whether the number sets the scope of the work rather than its goal: 围绕全市5个产业园区,
   * 聚焦12条重点产业链 — a verb of framing right before the number's noun phrase, with no verb of
   * doing between (按照标准新建公厕15座 is a goal).
   */
  private static boolean isScope(String pre) {
    int k = 0;
    while (k < pre.length() && Lexicon.isSpace(pre.charAt(k))) {
      k++;
    }
    int len = SCOPE.startingAt(pre, k);
    if (len == 0) {
      return false;
    }
    String between = pre.substring(k + len).strip();
    return between.length() <= 6 && !Metrics.namesWork(between);
  }

  /** Whether no 力争/争取 governs the number: none in its sentence before it, or a 确保 after it. */
  private static boolean isFirm(String text, int sentenceStart, int at) {
    int aspiration = ASPIRATIONAL.lastIndexWithin(text, sentenceStart, at);
    if (aspiration < 0) {
      return true;
    }
    return ASSURED.lastIndexWithin(text, sentenceStart, at) > aspiration;
  }

  private static boolean assured(String text, int sentenceStart, int at) {
    return ASSURED.lastIndexWithin(text, sentenceStart, at) >= 0;
  }
}
