package io.github.workreport.text;

import io.github.workreport.Measure;
import io.github.workreport.Role;
import io.github.workreport.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets a 完成情况 cell states itself, where the task's cell names the indicator but sets no figure: as a pair
 * with the figure achieved (目标／完成：12／12.64, 目标值 ≥95 完成值 97.35), in an aside right after the figure
 * (到位资金312.5亿元（预期目标300亿元）), or as the whole the figure is a share of (完成128户，占年度目标任务120户的106.7%).
 * Each is read as the task's own cell would be, with the task's words before it.
 */
final class NarrativeTargets {
  private NarrativeTargets() {}

  /** A target read out of the narrative, and the narrative as the measures are then read from it. */
  record InTheCell(Target target, String narrative) {}

  /**
   * The target a cell states as a pair with its figure, and the narrative with that target taken out, or null:
   * for a task's cell ({@code taskText}) that names what it counts, in the target's words or as an indicator with
   * its unit (中小学专任教师本科及以上学历占比（%） ‖ 目标／完成：提高2个百分点／提高1.6个百分点).
   */
  static InTheCell inTheCell(String taskText, String narrative, List<String> units) {
    // each pattern only where its marks are: a slash, or a target's label and a figure's
    boolean slash = narrative.indexOf('／') >= 0 || narrative.indexOf('/') >= 0;
    boolean labels = (narrative.contains("目标值") || narrative.contains("年度目标"))
        && (narrative.contains("完成值") || narrative.contains("实际完成") || narrative.contains("实绩"));
    Matcher pair = slash ? SLASHED_PAIR.matcher(narrative) : null;
    Matcher labelled = labels ? LABELLED_PAIR.matcher(narrative) : null;
    Matcher found = pair != null && pair.find() ? pair : labelled != null && labelled.find() ? labelled : null;
    if (found == null) {
      return null;
    }
    List<Target> said = TargetParser.targets(Lexer.lex(taskText + "：" + found.group(3)), units);
    int unitOpens = Math.max(taskText.lastIndexOf('（'), taskText.lastIndexOf('('));
    boolean indicator = unitOpens > 0 && closesAnIndicatorsUnit(taskText);
    if (said.size() != 1 || said.get(0).metric().isEmpty() && !indicator) {
      return null;
    }
    Target target = said.get(0).withSpan(Optional.empty());
    return new InTheCell(target.metric().isEmpty() ? target.withMetric(taskText.substring(0, unitOpens).strip()) : target,
        withoutTheTarget(narrative, found));
  }

  /**
   * 目标／完成：12／12.64: a cell that gives the target and the figure achieved as a pair of labels and a pair of
   * values, each pair parted by a slash; group 3 is the target's value.
   */
  private static final Pattern SLASHED_PAIR = Pattern.compile(
      "(目标值?|年度目标|计划值?)\\s*[／/]\\s*(完成值?|实际完成|实际|实绩)\\s*[：:]\\s*([^／/；;，,。\\s]{1,16})\\s*[／/]\\s*(?=\\S)");

  /**
   * 目标值 ≥95 完成值 97.35: a cell that gives the target after its label, then the figure achieved after its own;
   * group 3 is the target's value (groups 1 and 2 as in {@link #SLASHED_PAIR}, the second empty).
   */
  private static final Pattern LABELLED_PAIR = Pattern.compile(
      "(目标值|年度目标)()\\s*[：:]?\\s*([≥≤]?\\s*[0-9][0-9.,]*[^\\s，,；;。0-9]{0,4})[\\s，,；;]+(?=完成值|实际完成|实绩)");

  /**
   * The narrative as read once its target is taken out (目标／完成：12／12.64 as 完成：12.64, 目标值 ≥95 完成值 97.35
   * as 完成值 97.35): the target's label and value set to a zero-width space, so that every figure keeps its place.
   */
  private static String withoutTheTarget(String narrative, MatchResult pair) {
    char[] chars = narrative.toCharArray();
    Arrays.fill(chars, pair.start(1), pair.start(2), ZERO_WIDTH);
    Arrays.fill(chars, pair.start(3), pair.end(), ZERO_WIDTH);
    return new String(chars);
  }

  private static final char ZERO_WIDTH = '\u200b';

  /** Whether a task's cell ends with its unit in parentheses, as an indicator's name does: 占比（%）. */
  private static boolean closesAnIndicatorsUnit(String text) {
    String t = text.strip();
    return !t.isEmpty() && (t.charAt(t.length() - 1) == '）' || t.charAt(t.length() - 1) == ')');
  }

  /** The measures with their words as the narrative has them, but for the target taken out. */
  static List<Measure> asWritten(List<Measure> measures) {
    List<Measure> out = new ArrayList<>(measures.size());
    for (Measure m : measures) {
      out.add(m.text().indexOf(ZERO_WIDTH) >= 0 ? m.withText(m.text().replace(String.valueOf(ZERO_WIDTH), "")) : m);
    }
    return out;
  }

  /** Words that open an aside after a figure with the target it was measured against: （预期目标300亿元）. */
  private static final WordSet TARGET_IN_AN_ASIDE = WordSet.of("预期目标", "年度目标", "目标任务", "年度任务", "计划目标", "目标");

  /**
   * {@code targets} with those a progress narrative states in an aside right after the figure that answers
   * each (招商引资到位资金312.5亿元（预期目标300亿元）, 1,280套（目标任务：1,200套）): a target of that figure's
   * thing, read as the task's own would be; not one the task already sets.
   */
  static List<Target> inAsides(List<Target> targets, String narrative, List<Measure> measures, List<String> units) {
    List<Target> out = null;
    for (Measure m : measures) {
      if (m.role() != Role.ACHIEVED || m.span().isEmpty() || m.metric().isEmpty()) {
        continue;
      }
      int open = m.span().get().end();
      // （预期目标300亿元）, or the share of it the figure is: 完成128户，占年度目标任务120户的106.7%
      int share = narrative.startsWith("，占", open) || narrative.startsWith(",占", open) ? open + 2
          : narrative.startsWith("占", open) ? open + 1 : -1;
      boolean aside = open < narrative.length() && (narrative.charAt(open) == '（' || narrative.charAt(open) == '(');
      if (!aside && share < 0) {
        continue;
      }
      int at = aside ? open + 1 : share;
      int label = TARGET_IN_AN_ASIDE.startingAt(narrative, at);
      if (label == 0) {
        continue;
      }
      int from = at + label;
      if (!aside && narrative.startsWith("任务", from)) {
        from += 2;
      }
      if (from < narrative.length() && (narrative.charAt(from) == '：' || narrative.charAt(from) == ':')) {
        from++;
      }
      int to = from;
      while (to < narrative.length() && !Lexicon.isClauseEnd(narrative.charAt(to)) && narrative.charAt(to) != '）'
          && narrative.charAt(to) != ')' && narrative.charAt(to) != '（' && narrative.charAt(to) != '('
          && (aside || narrative.charAt(to) != '的')) {
        to++;
      }
      if (to == from) {
        continue;
      }
      String said = m.metric() + narrative.substring(from, to);
      List<Target> read = TargetParser.targets(Lexer.lex(said), units);
      if (read.size() != 1 || !read.get(0).unit().isCommensurableWith(m.unit())) {
        continue;
      }
      Target target = read.get(0).withSpan(Optional.empty());
      List<Target> all = out != null ? out : targets;
      boolean known = false;
      for (Target t : all) {
        known |= t.unit().isCommensurableWith(target.unit())
            && t.unit().compare(t.value(), target.unit(), target.value()) == 0;
      }
      if (!known) {
        out = out != null ? out : new ArrayList<>(targets);
        out.add(target);
      }
    }
    return out == null ? targets : out;
  }

}
