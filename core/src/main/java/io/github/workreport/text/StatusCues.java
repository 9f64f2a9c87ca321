package io.github.workreport.text;

import io.github.workreport.Status;
import java.util.Optional;

/**
 * The words by which a document declares how a task turned out: section headings (已完成, 持续推进,
 * 未完成 …), explicit claims about a whole task in a narrative (超额完成, 基本完成, 全面完成, 已完成。),
 * and weaker cue words (正在, 推进中, 下一步, 尚未).
 *
 * <p>A claim must be about the whole task: a count of parts done ({@code 已完成1个(50%)}) claims
 * nothing, nor does a negated phrase ({@code 尚未全面完成}) or an aim ({@code 力争完成全年建设60家…的指标任务}). In a section declared ongoing the
 * narrative's wording does not change the declaration. This class is thread-safe; it holds no
 * state.
 */
public final class StatusCues {
  private static final String[] WHOLE_TASK_DONE = {
      "全面完成", "全部完成", "已完成全年", "完成全年", "达到目标", "任务已完成", "工作已完成", "已全部完成", "顺利完成"};
  private static final WordSet ONGOING = WordSet.of("正在", "推进中", "下一步", "尚未", "未完成", "加快推进", "继续推进");
  private static final WordSet DONE = WordSet.of("已完成", "已建成", "已办结");
  private static final WordSet NEGATIONS = WordSet.of("尚未", "没有", "未能", "未", "没", "不");
  /** Words that make what follows in their clause an aim, not a claim: 力争完成全年任务. */
  private static final WordSet AIMS = WordSet.of(
      "力争", "争取", "努力", "力求", "计划", "确保", "预计", "拟", "将于", "将在", "准备", "预期");

  private StatusCues() {}

  /**
   * The status a section heading declares for its tasks.
   *
   * @param heading the heading, with or without its count (已完成 98 项:)
   * @return the status, {@link Status#UNDETERMINED} for a heading that declares none
   * @throws NullPointerException if {@code heading} is null
   */
  public static Status ofHeading(String heading) {
    String h = heading;
    if (h.contains("未完成") || h.contains("滞后") || h.contains("未启动")) {
      return Status.NOT_MET;
    }
    if (h.contains("超额完成")) {
      return Status.EXCEEDED;
    }
    if (h.contains("基本完成")) {
      return Status.BASICALLY_MET;
    }
    if (h.contains("推进") || h.contains("进行中") || h.contains("实施中") || h.contains("正在")) {
      return Status.ONGOING;
    }
    if (h.contains("完成")) {
      return Status.MET;
    }
    return Status.UNDETERMINED;
  }

  /**
   * The explicit claim a narrative makes about its whole task: 超额完成, 基本完成, or a completion
   * such as 全面完成 or a sentence ending 已完成。 A count of parts done ({@code 已完成1个(50%)}) and a
   * negated phrase claim nothing.
   *
   * @param narrative the narrative
   * @return the claimed status, or empty
   * @throws NullPointerException if {@code narrative} is null
   */
  public static Optional<Status> claim(String narrative) {
    if (affirmed(narrative, "超额完成")) {
      return Optional.of(Status.EXCEEDED);
    }
    if (affirmed(narrative, "基本完成")) {
      return Optional.of(Status.BASICALLY_MET);
    }
    for (String phrase : WHOLE_TASK_DONE) {
      if (affirmed(narrative, phrase)) {
        return Optional.of(Status.MET);
      }
    }
    if (goalReached(narrative)) {
      return Optional.of(Status.MET);
    }
    int from = 0;
    int i;
    while ((i = narrative.indexOf("已完成", from)) >= 0) {
      int after = i + 3;
      while (after < narrative.length() && Lexicon.isSpace(narrative.charAt(after))) {
        after++;
      }
      if (after == narrative.length() || Lexicon.isSentenceEnd(narrative.charAt(after))) {
        return Optional.of(Status.MET);
      }
      from = after;
    }
    return Optional.empty();
  }

  private static final String[] GOAL_VERBS = {"完成", "实现", "达到", "符合"};
  private static final String[] GOALS = {"目标任务", "目标", "任务", "指标"};
  private static final String GOAL_QUALIFIERS = "年度全年预期既定计划的了";

  /**
   * A clause ending in the goal reached: 完成年度目标。, 符合年度预期目标。, 实现全年目标任务 — a verb of
   * reaching, then only words of the year's or the plan's goal, then the end of the clause. A rate
   * after it (完成目标任务116.89%) is a measure, not a claim.
   */
  private static boolean goalReached(String narrative) {
    for (String verb : GOAL_VERBS) {
      int from = 0;
      int i;
      while ((i = narrative.indexOf(verb, from)) >= 0) {
        from = i + verb.length();
        int k = from;
        while (k < narrative.length() && GOAL_QUALIFIERS.indexOf(narrative.charAt(k)) >= 0) {
          k++;
        }
        for (String goal : GOALS) {
          if (narrative.startsWith(goal, k)) {
            int end = k + goal.length();
            boolean clauseEnds = end == narrative.length() || Lexicon.isClauseEnd(narrative.charAt(end));
            if (clauseEnds && NEGATIONS.endingAt(narrative, i) == 0
                && !AIMS.within(narrative, Reading.clauseStart(narrative, i), i)) {
              return true;
            }
            break;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code phrase} occurs as a claim: no negation right before it, and no word of aim
   * (力争, 计划, 预计 …) earlier in its clause.
   */
  private static boolean affirmed(String text, String phrase) {
    int from = 0;
    int i;
    while ((i = text.indexOf(phrase, from)) >= 0) {
      if (NEGATIONS.endingAt(text, i) == 0 && !AIMS.within(text, Reading.clauseStart(text, i), i)) {
        return true;
      }
      from = i + phrase.length();
    }
    return false;
  }

  /**
   * The status a task declares: its section's, refined in a completed section by an explicit claim
   * of 超额完成 or 基本完成; with no section, the narrative's explicit claim.
   *
   * @param section the status the task's section declares, if it has a section
   * @param narrative the narrative
   * @return the declared status, {@link Status#UNDETERMINED} when there is no claim
   * @throws NullPointerException if an argument is null
   */
  public static Status declared(Optional<Status> section, String narrative) {
    if (section.isPresent() && section.get().isDetermined()) {
      Status status = section.get();
      if (status == Status.MET) {
        Optional<Status> claim = claim(narrative);
        if (claim.isPresent() && claim.get() != Status.MET) {
          return claim.get();
        }
      }
      return status;
    }
    return claim(narrative).orElse(Status.UNDETERMINED);
  }

  /**
   * The status suggested by a narrative's cue words when nothing else is known: an explicit claim,
   * else 正在, 推进中, 下一步 or 尚未 for a task still running, else 已完成 anywhere for a completed one.
   *
   * @param narrative the narrative
   * @return the suggested status, {@link Status#UNDETERMINED} when there are no cues
   * @throws NullPointerException if {@code narrative} is null
   */
  public static Status textual(String narrative) {
    Optional<Status> claim = claim(narrative);
    if (claim.isPresent()) {
      return claim.get();
    }
    if (ONGOING.within(narrative, 0, narrative.length())) {
      return Status.ONGOING;
    }
    if (DONE.within(narrative, 0, narrative.length())) {
      return Status.MET;
    }
    return Status.UNDETERMINED;
  }
}
