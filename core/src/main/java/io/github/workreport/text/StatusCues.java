package io.github.workreport.text;

import static io.github.workreport.internal.Decimals.HUNDRED;

import io.github.workreport.Status;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The words by which a document declares how a task turned out: section headings (已完成, 持续推进,
 * 未完成 …), explicit claims about a whole task in a narrative (超额完成, 基本完成, 全面完成, 已完成。),
 * and weaker cue words (正在, 推进中, 下一步, 尚未).
 *
 * <p>A claim must be about the whole task: a count of parts done ({@code 已完成1个(50%)}) claims
 * nothing, nor does a negated phrase ({@code 尚未全面完成}), an aim ({@code 力争完成全年建设60家…的指标任务})
 * or a pace kept at mid-year named as a goal ({@code 实现“双过半”目标}) or the goal of a part of the year
 * reached ({@code 全面完成上半年目标任务}, {@code 一季度目标任务已完成}), both cues of work running. A
 * building's shell said ({@code 主体已封顶}) and work done by an estimate ({@code 预计8月底竣工}) are cues
 * of work running, an aim alone ({@code 计划12月竣工}) none; a programme brought to its close ({@code
 * 圆满收官}) is work done. In a section declared ongoing the narrative's wording does not change the
 * declaration. This class is thread-safe; it holds no state.
 */
public final class StatusCues {

  private StatusCues() {}

  /**
   * The status a section heading declares for its tasks.
   *
   * @param heading the heading, with or without its count (已完成 98 项:)
   * @return the status, {@link Status#UNDETERMINED} for a heading that declares none (one naming how the work
   *     went, {@code 主要指标完成情况}, declares none)
   * @throws NullPointerException if {@code heading} is null
   */
  public static Status ofHeading(String heading) {
    String h = heading;
    if (h.contains("情况")) {
      return Status.UNDETERMINED; // 一、主要指标完成情况, 重点任务推进情况: how the work went, a topic, no status
    }
    if (h.contains("未完成") || h.contains("滞后") || h.contains("未启动") || negatesItsEnd(h)) {
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
    if (h.contains("完成") || h.contains("办结")) {
      return Status.MET;
    }
    return Status.UNDETERMINED;
  }

  /** Whether a 未 shortly before the heading's word of an end denies it: 未按时限完成, 未按期办结, 未能完成. */
  private static boolean negatesItsEnd(String h) {
    for (int not = h.indexOf('未'); not >= 0; not = h.indexOf('未', not + 1)) {
      for (String end : WORDS_OF_AN_END) {
        int at = h.indexOf(end, not + 1);
        if (at > 0 && at - not <= NEGATION_REACH) {
          return true;
        }
      }
    }
    return false;
  }

  private static final String[] WORDS_OF_AN_END = {"完成", "办结"};
  /** The most characters from 未 to the end it denies: 未按时限完成. */
  private static final int NEGATION_REACH = 5;

  /**
   * The explicit claim a narrative makes about its whole task: the cell of a status column the reader
   * kept in it ({@code 完成状态：序时推进}, any status), else 超额完成, 基本完成, or a completion such as
   * 全面完成 or a sentence ending 已完成。 A count of parts done ({@code 已完成1个(50%)}), a negated
   * phrase, and a part named done while the rest runs ({@code 一期工程已全部完成，二期工程正在推进中})
   * claim nothing.
   *
   * @param narrative the narrative
   * @return the claimed status, or empty
   * @throws NullPointerException if {@code narrative} is null
   */
  public static Optional<Status> claim(String narrative) {
    return claim(Lexer.lex(narrative));
  }

  /** {@link #claim(String)} on a narrative already lexed. */
  static Optional<Status> claim(Tokens tk) {
    Optional<Status> cell = statusCell(tk.normalized);
    if (cell.isPresent()) {
      return cell;
    }
    // Most narratives hold none of the claim words: one look at all their roles skips every walk.
    long roles = tk.rolesWithin(0, tk.normalized.length());
    if ((roles & (Vocabulary.CLAIM_EXCEEDED | Vocabulary.CLAIM_BASIC | Vocabulary.CLAIM_WHOLE | Vocabulary.GOAL_VERB
        | Vocabulary.DONE_MARK)) == 0) {
      return Optional.empty();
    }
    // Each walk only when its words occur at all: most narratives hold one or two of the roles.
    if ((roles & Vocabulary.GOAL_VERB) != 0 && (roles & Vocabulary.NEGATION) != 0 && goalMissed(tk)) {
      return Optional.of(Status.NOT_MET); // the weakest word of the narrative on its goal decides
    }
    if ((roles & Vocabulary.CLAIM_EXCEEDED) != 0 && affirmed(tk, Vocabulary.CLAIM_EXCEEDED)) {
      return Optional.of(Status.EXCEEDED);
    }
    if ((roles & Vocabulary.CLAIM_BASIC) != 0 && tk.any(Vocabulary.CLAIM_BASIC, StatusCues::claimsWithNoCount)) {
      return Optional.of(Status.BASICALLY_MET);
    }
    if ((roles & Vocabulary.CLAIM_WHOLE) != 0 && wholeClaimed(tk) || (roles & Vocabulary.GOAL_VERB) != 0 && goalReached(tk)) {
      return Optional.of(Status.MET);
    }
    if ((roles & Vocabulary.RATE_OBJECT) != 0 && wholeTaskShare(tk)) {
      return Optional.of(Status.MET); // 15座全部完工，完成年度任务的100%: the whole task said done, by its share
    }
    if ((roles & Vocabulary.DONE_MARK) == 0) {
      return Optional.empty();
    }
    String narrative = tk.normalized;
    for (int i = 0; i < tk.count(); i++) {
      if ((tk.rolesOf(i) & Vocabulary.DONE_MARK) == 0) {
        continue;
      }
      int after = tk.endOf(i);
      while (after < narrative.length() && Lexicon.isSpace(narrative.charAt(after))) {
        after++;
      }
      // 新四军某部旧址修缮已完成；另2处正在进行设计招标: a part's subject done while the rest runs; 已完成 alone is the task's
      int partStart = Reading.clauseStart(narrative, tk.startOf(i));
      boolean ofAPart = !Lexicon.onlySpaces(narrative, partStart, tk.startOf(i));
      if ((after == narrative.length() || Lexicon.isSentenceEnd(narrative.charAt(after)))
          && !(ofAPart && theRestRunsOn(tk, after, narrative.substring(partStart, tk.startOf(i)).strip()))) {
        return Optional.of(Status.MET);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the narrative says the year's task done by its share, exactly all of it (完成年度任务的100%, 完成全年目标
   * 的100%): a claim of the task done, where a smaller share (完成年度任务的95%) is a figure only.
   */
  private static boolean wholeTaskShare(Tokens tk) {
    String narrative = tk.normalized;
    for (Mention m : tk.mentions) {
      if (m.unitClass != Lexicon.UnitClass.PERCENT || m.value == null || m.upper != null
          || m.value.compareTo(HUNDRED) != 0) {
        continue;
      }
      int k = m.prefixStart;
      if (k == 0 || narrative.charAt(k - 1) != '的') {
        continue;
      }
      int object = tk.lengthEndingAt(k - 1, Vocabulary.RATE_OBJECT);
      if (object > 0 && tk.lastWithin(Reading.clauseStart(narrative, k - 1 - object), k - 1 - object,
          Vocabulary.RATE_VERB) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Headers of a column that holds each task's status, as readers keep an unknown column: 完成状态：…. */
  private static final String[] STATUS_COLUMNS = {"完成状态", "进展状态", "推进状态", "办理状态", "实施状态", "状态",
      "是否完成", "完成进度", "推进进度", "进度", "备注"};

  /** The first characters of {@link #STATUS_COLUMNS}: a line starting with none of them is no status cell. */
  private static final String STATUS_COLUMN_FIRST = firstCharacters(STATUS_COLUMNS);

  private static String firstCharacters(String[] words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (out.indexOf(w.substring(0, 1)) < 0) {
        out.append(w.charAt(0));
      }
    }
    return out.toString();
  }

  /** The most characters of a status cell: 已完成, 序时推进, 未完成, 基本完成, 超额完成, 进度滞后. */
  private static final int STATUS_CELL_LENGTH = 6;

  /**
   * The status a table's status column declares, kept by the reader as a line of the narrative
   * ({@code 完成状态：序时推进}, {@code 备注：未完成}): the whole cell is a status word, so it declares
   * any status, 持续推进 and 未完成 included. A cell that says more ({@code 备注：2个项目未完成}) is left
   * to the narrative's own words.
   */
  static Optional<Status> statusCell(String narrative) {
    int start = 0;
    int n = narrative.length();
    while (start < n) {
      int end = narrative.indexOf('\n', start);
      end = end < 0 ? n : end;
      if (STATUS_COLUMN_FIRST.indexOf(narrative.charAt(start)) < 0) {
        start = end + 1;
        continue;
      }
      for (String column : STATUS_COLUMNS) {
        if (narrative.startsWith(column, start) && start + column.length() < end
            && (narrative.charAt(start + column.length()) == '：' || narrative.charAt(start + column.length()) == ':')) {
          String cell = narrative.substring(start + column.length() + 1, end).strip();
          while (!cell.isEmpty() && Lexicon.isSentenceEnd(cell.charAt(cell.length() - 1))) {
            cell = cell.substring(0, cell.length() - 1).strip();
          }
          if (cell.length() <= STATUS_CELL_LENGTH && cell.chars().noneMatch(Character::isDigit)) {
            Status status = column.equals("是否完成") && (cell.equals("是") || cell.equals("否"))
                ? (cell.equals("是") ? Status.MET : Status.NOT_MET) : ofHeading(cell);
            if (status.isDetermined()) {
              return Optional.of(status);
            }
          }
          break;
        }
      }
      start = end + 1;
    }
    return Optional.empty();
  }

  /**
   * Whether a word of {@code role} occurs as a claim: no negation right before it, and no word of
   * aim (力争, 计划, 预计 …) earlier in its clause.
   */
  private static boolean affirmed(Tokens tk, long role) {
    return tk.any(role, StatusCues::claimsAt);
  }

  /**
   * Whether occurrence {@code i} claims ({@link #claims}) with no quantity after it in its clause:
   * 基本建成800套 counts the houses nearly done, 项目已基本建成 claims the task.
   */
  private static boolean claimsWithNoCount(Tokens tk, int i) {
    return claimsAt(tk, i) && !quantityWithin(tk, tk.endOf(i), Reading.clauseEnd(tk.normalized, tk.endOf(i)));
  }

  /** Whether occurrence {@code i} is neither denied nor aimed at ({@link #claims}). */
  private static boolean claimsAt(Tokens tk, int i) {
    return claims(tk, tk.startOf(i));
  }

  /**
   * Whether a word of the whole task done occurs as a claim: affirmed, and no quantity after it in its
   * clause — 已消除25个 and 提前完成12个 count the parts done, 完成全年任务的76% is a share of the task;
   * both leave the verdict to the numbers, as 已完成1个 does.
   */
  private static boolean wholeClaimed(Tokens tk) {
    String narrative = tk.normalized;
    for (int i = 0; i < tk.count(); i++) {
      if ((tk.rolesOf(i) & Vocabulary.CLAIM_WHOLE) != 0 && claims(tk, tk.startOf(i))
          && !quantityWithin(tk, tk.endOf(i), Reading.clauseEnd(narrative, tk.endOf(i)))
          && !aPartDoneWhileTheRestRuns(tk, i) && !firstStepAfter(tk, i) && !aPartOfTheYearsGoalAfter(tk, i)) {
        return true; // not 项目已顺利完成招标: a first step done, whole or not, is the work begun
      }
    }
    return false;
  }

  /** Verbs that move work to a later time: 调整至2024年实施, 推迟到2025年建设. */
  private static final WordSet MOVED_TO = WordSet.of("调整至", "调整到", "调至", "推迟至", "推迟到", "延至", "延期至", "顺延至",
      "延后至", "移至");
  /** What is moved: the work itself, to be done then. */
  private static final WordSet MOVED_WORK = WordSet.of("实施", "建设", "开工", "启动", "完成", "推进");

  /**
   * Whether the narrative moves the work to a year after {@code year}, the report's (项目已调整至2024年实施
   * in a report on 2023): put off, as 明年实施 says without the number.
   */
  static boolean putOffBeyond(Tokens tk, int year) {
    String text = tk.normalized;
    for (Mention m : tk.mentions) {
      int lastYear = Math.max(m.year, m.lastYear);
      int moved = m.type == Mention.Type.DATE && lastYear > year ? MOVED_TO.endingAt(text, m.prefixStart) : 0;
      if (moved == 0) {
        continue;
      }
      int after = m.end;
      while (after < text.length() && after < m.end + 4 && !Lexicon.isClauseEnd(text.charAt(after))) {
        if (MOVED_WORK.startingAt(text, after) > 0) {
          return tk.lengthEndingAt(m.prefixStart - moved, Vocabulary.NEGATION) == 0;
        }
        after++;
      }
    }
    return false;
  }

  /** Names of a part of a piece of work: a phase, a batch, a stage, the works under the surface. */
  private static final WordSet PARTS = WordSet.of("一期", "二期", "三期", "首期", "第一期", "第二期", "一阶段", "二阶段",
      "首批", "第一批", "第二批", "主体工程", "主体", "路基", "基础工程", "地下部分", "部分");

  /**
   * Whether a clause after {@code from} opens with the rest of the things (另2处正在进行设计招标, 其余3个正在施工) and says
   * they run or are aimed at: what was said done before it with a subject of its own is a part (新四军某部旧址修缮已完成),
   * no claim of the whole.
   */
  private static boolean theRestRunsOn(Tokens tk, int from, String part) {
    String narrative = tk.normalized;
    char kind = part.isEmpty() ? 0 : part.charAt(part.length() - 1);
    for (int k = from; k < narrative.length(); k = Reading.clauseEnd(narrative, k) + 1) {
      int open = k;
      while (open < narrative.length() && (Lexicon.isSpace(narrative.charAt(open))
          || Lexicon.isClauseEnd(narrative.charAt(open)))) {
        open++;
      }
      boolean rest = Grammar.OTHER_SET.startingAt(narrative, open) > 0
          || narrative.startsWith("另", open) && open + 1 < narrative.length()
              && (Lexicon.arabicDigit(narrative.charAt(open + 1)) >= 0
                  || ChineseNumbers.digit(narrative.charAt(open + 1)) > 0)
          || aSiblingPart(narrative, open, part, kind);
      if (rest && tk.within(open, Reading.clauseEnd(narrative, open), Vocabulary.CUE_ONGOING | Vocabulary.AIM)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause at {@code open} opens with another part of the same kind as {@code part}, a word of two
   * characters ending as it does (市级已完成；县级下一步…, 一期已完成；二期正在…): the next part of the same whole.
   */
  private static boolean aSiblingPart(String narrative, int open, String part, char kind) {
    return part.length() == 2 && Lexicon.isHan(kind) && open + 1 < narrative.length()
        && narrative.charAt(open + 1) == kind && narrative.charAt(open) != part.charAt(0)
        && Lexicon.isHan(narrative.charAt(open));
  }

  /**
   * Whether the claim at occurrence {@code i} is of a part named in its clause (一期工程已全部完成,
   * 路基工程已全部完成) and a later clause says other work still runs or is to come (二期工程正在推进中,
   * 路面工程计划明年完成): the part is done, not the task.
   */
  private static boolean aPartDoneWhileTheRestRuns(Tokens tk, int i) {
    String narrative = tk.normalized;
    int start = tk.startOf(i);
    int clauseStart = Reading.clauseStart(narrative, start);
    if (PARTS.indexWithin(narrative, clauseStart, start) < 0) {
      return false;
    }
    int after = Reading.clauseEnd(narrative, tk.endOf(i));
    return tk.within(after, narrative.length(), Vocabulary.CUE_ONGOING | Vocabulary.AIM);
  }

  /** Whether a quantity — a number with its unit, not a name (第五届, 5G, “4+7”) — starts in {@code [from, to)}. */
  private static boolean quantityWithin(Tokens tk, int from, int to) {
    for (Mention m : tk.mentions) {
      if (m.start >= from && m.start < to && m.isQuantity()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Neither denied nor aimed at nor foreseen: no negation ending at {@code at}, no aim before it in its
   * clause, no word of what can be (年底前可全部消除) right before it.
   */
  private static boolean claims(Tokens tk, int at) {
    return tk.lengthEndingAt(at, Vocabulary.NEGATION) == 0 && !foreseen(tk.normalized, at)
        && !tk.within(Reading.clauseStart(tk.normalized, at), at, Vocabulary.AIM);
  }

  /** Words of what can be done, right before a word of done: a forecast, no claim. */
  private static final WordSet FORESEEN = WordSet.of("可", "能", "可以", "能够", "有望", "可望");
  /** How wholly or when, between the forecast and the done (可全面完成, 有望按期完成). */
  private static final WordSet HOW_WHOLLY = WordSet.of("全面", "全部", "如期", "按期", "按时", "顺利", "提前");

  private static boolean foreseen(String text, int at) {
    return FORESEEN.endingAt(text, at) > 0 || FORESEEN.endingAt(text, at - HOW_WHOLLY.endingAt(text, at)) > 0;
  }

  private static final String[] GOALS = {"目标任务", "目标", "任务", "指标"};
  /** {@link #GOALS} to look for at any place: the words a goal of a part of the year ends on. */
  private static final WordSet GOAL_WORDS = WordSet.of(GOALS);
  private static final String GOAL_QUALIFIERS = "年度全年预期既定计划的了";
  /** The most characters of what a goal reached names before 的目标: 实现了压减一半的目标. */
  private static final int GOAL_OBJECT_REACH = 16;
  /** The word before a verb of reaching that makes it a purpose, not a claim: 为完成全年目标，…. */
  private static final char PURPOSE = '为';

  /**
   * A clause ending in the goal reached: 完成年度目标。, 符合年度预期目标。, 实现全年目标任务 — a verb of
   * reaching, then only words of the year's or the plan's goal, then the end of the clause — or a
   * goal named by what it is (实现了压减一半的目标。). A rate after it (完成目标任务116.89%) is a
   * measure, not a claim, and a purpose (为完成全年目标，…) claims nothing.
   */
  private static boolean goalReached(Tokens tk) {
    return tk.any(Vocabulary.GOAL_VERB, StatusCues::reachesGoal);
  }

  /**
   * A clause that admits the goal missed: 未完成年度目标。, 没有达到预期目标, 未能实现全年目标任务 — a goal
   * reached ({@link #goalReached}) denied by 未, 未能 or 没有. Not 尚未 (尚未完成年度目标: not yet, so
   * still running), nor after an aim in its clause (计划…).
   */
  private static boolean goalMissed(Tokens tk) {
    return tk.any(Vocabulary.GOAL_VERB, StatusCues::missesGoal);
  }

  private static boolean missesGoal(Tokens tk, int i) {
    String narrative = tk.normalized;
    int start = tk.startOf(i);
    int denial = tk.lengthEndingAt(start, Vocabulary.NEGATION);
    if (denial == 0 || narrative.startsWith("尚未", start - denial) || narrative.charAt(start - denial) == '不'
        || tk.within(Reading.clauseStart(narrative, start), start - denial, Vocabulary.AIM)) {
      return false;
    }
    return goalFollows(tk, i);
  }

  /** Whether the verb of reaching at occurrence {@code i} claims a goal reached ({@link #goalReached}). */
  private static boolean reachesGoal(Tokens tk, int i) {
    int start = tk.startOf(i);
    boolean purpose = start > 0 && tk.normalized.charAt(start - 1) == PURPOSE;
    return !purpose && claims(tk, start) && goalFollows(tk, i) && !aPartOfTheYearsGoalAfter(tk, i);
  }

  /** Words naming a time within the year, before a goal's word: 上半年, 一季度, 1—6月, 本月, 阶段. */
  private static final long PART_OF_THE_YEAR = Vocabulary.FIRST_QUARTER | Vocabulary.FIRST_HALF | Vocabulary.SECOND_HALF
      | Vocabulary.ONE_PERIOD;

  /**
   * Whether the word of reaching or done at occurrence {@code i} has for its object or its subject, in
   * its clause, the goal of a part of the year (全面完成上半年目标任务, 已完成一季度目标, 完成1—9月目标任务,
   * 上半年目标任务已全部完成): a pace kept so far, not the year's goal reached.
   */
  private static boolean aPartOfTheYearsGoalAfter(Tokens tk, int i) {
    String narrative = tk.normalized;
    int from = tk.endOf(i);
    int end = Math.min(Reading.clauseEnd(narrative, from), from + GOAL_OBJECT_REACH);
    for (int j = from; j < end; j++) {
      if (goalWordAt(narrative, j)) {
        return namesAPartOfTheYear(tk, from, j);
      }
    }
    int start = tk.startOf(i);
    int clause = Math.max(Reading.clauseStart(narrative, start), start - GOAL_OBJECT_REACH);
    for (int j = start - 2; j >= clause; j--) {
      if (goalWordAt(narrative, j)) {
        return namesAPartOfTheYear(tk, clause, j);
      }
    }
    return false;
  }

  /**
   * Whether a goal's word stands in the narrative with a time within the year a few characters before it
   * (上半年目标任务, 1—9月目标): one look, as most narratives name no such goal and the walk over their words
   * of done is not needed.
   */
  private static boolean mayNameAPartOfTheYearsGoal(Tokens tk) {
    String narrative = tk.normalized;
    int n = narrative.length();
    for (int j = GOAL_WORDS.indexWithin(narrative, 0, n); j >= 0; j = GOAL_WORDS.indexWithin(narrative, j + 1, n)) {
      if (namesAPartOfTheYear(tk, Math.max(0, j - GOAL_OBJECT_REACH), j)) {
        return true;
      }
    }
    return false;
  }

  private static boolean goalWordAt(String narrative, int j) {
    return GOAL_WORDS.startingAt(narrative, j) > 0;
  }

  private static boolean namesAPartOfTheYear(Tokens tk, int from, int to) {
    if (tk.within(from, to, PART_OF_THE_YEAR)) {
      return true;
    }
    String narrative = tk.normalized;
    for (int j = from; j < to; j++) {
      char c = narrative.charAt(j);
      // 二季度, 前三季度, 1—6月, 月度, 半年, 阶段性: not 年度 or 全年
      if (c == '季' || c == '月' || c == '半' && narrative.startsWith("半年", j) || c == '阶' && narrative.startsWith("阶段", j)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the verb at occurrence {@code i} claims the goal of a part of the year reached: a pace, so work running. */
  private static boolean reachesAPartOfTheYearsGoal(Tokens tk, int i) {
    return claims(tk, tk.startOf(i)) && aPartOfTheYearsGoalAfter(tk, i);
  }

  /**
   * Whether the verb at occurrence {@code i} is followed by its goal and the clause's end: words of
   * the year's or the plan's goal (年度目标, 全年目标任务), or a goal named by what it is (压减一半的目标).
   */
  private static boolean goalFollows(Tokens tk, int i) {
    String narrative = tk.normalized;
    int k = tk.endOf(i);
    while (k < narrative.length() && GOAL_QUALIFIERS.indexOf(narrative.charAt(k)) >= 0) {
      k++;
    }
    return goalEndsClause(narrative, k) || namedGoalEndsClause(tk, k);
  }

  /** Whether a goal word at {@code k} ends its clause: 年度目标。 */
  private static boolean goalEndsClause(String narrative, int k) {
    for (String goal : GOALS) {
      if (narrative.startsWith(goal, k)) {
        return endsClause(narrative, k + goal.length());
      }
    }
    return false;
  }

  /**
   * Whether a goal named by what it is (压减一半的目标, 城乡低保标准一体化目标, 新建公厕任务) starts at
   * {@code k} and ends its clause: a few words, then 目标, 目标任务 or 任务 — not a part of it (部分任务).
   */
  private static boolean namedGoalEndsClause(Tokens tk, int k) {
    String narrative = tk.normalized;
    int limit = Math.min(narrative.length(), k + GOAL_OBJECT_REACH + "的目标任务".length());
    for (int j = k + 1; j < limit; j++) {
      char c = narrative.charAt(j);
      if (Lexicon.isClauseEnd(c)) {
        return false;
      }
      if (c == '目' && narrative.startsWith("目标", j)) {
        int end = j + 2;
        // 实现“双过半”目标, 时间过半、任务过半的目标: a pace kept at mid-year, not the goal reached
        return endsClause(narrative, narrative.startsWith("任务", end) ? end + 2 : end)
            && !tk.within(k, j, Vocabulary.CUE_ONGOING);
      }
      if (c == '任' && narrative.startsWith("任务", j) && endsClause(narrative, j + 2)) {
        return namesTheWholeTask(narrative, k, j);
      }
    }
    return false;
  }

  /**
   * Whether the words from {@code from} to {@code to} before 任务 name the task's work as a whole
   * (完成新建公厕任务): no part or phase of it (部分任务, 第一阶段任务, 一期任务) and no number, which
   * counts what was done and leaves the judgement to the figures (完成1240万农村贫困人口脱贫任务).
   */
  private static boolean namesTheWholeTask(String narrative, int from, int to) {
    for (int j = from; j < to; j++) {
      char c = narrative.charAt(j);
      if (c == '部' && narrative.startsWith("部分", j) || c == '阶' || c == '期' || ChineseNumbers.digit(c) >= 0
          || Lexicon.arabicDigit(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsClause(String narrative, int at) {
    return at == narrative.length() || Lexicon.isClauseEnd(narrative.charAt(at));
  }

  /**
   * Whether a word of work done says the work is done: not 已完成 with a number after it in its
   * clause (已完成投资300万元, 已完成1个), which counts what was done and leaves the rest to the numbers.
   */
  private static boolean doneWord(Tokens tk, boolean stepIsTheTask) {
    return tk.any(Vocabulary.CUE_DONE, stepIsTheTask ? StatusCues::saysDone : StatusCues::saysWorkDone);
  }

  /**
   * Whether the word of work done at occurrence {@code i} says the work is done ({@link #doneWord}):
   * not aimed at or denied (力争年底前投入运营, 未挂牌运行), nor counting a part done.
   */
  private static boolean saysDone(Tokens tk, int i) {
    int end = tk.endOf(i);
    return claims(tk, tk.startOf(i))
        && ((tk.rolesOf(i) & Vocabulary.DONE_MARK) == 0 || !numberWithin(tk, end, Reading.clauseEnd(tk.normalized, end)))
        && !aPartOfTheYearsGoalAfter(tk, i);
  }

  /** Whether 基本 stands right before the word at occurrence {@code i}: 基本实现全覆盖, 基本达标. */
  private static boolean basically(Tokens tk, int i) {
    int k = Grammar.skipSpacesBack(tk.normalized, tk.startOf(i));
    return k >= 2 && tk.normalized.startsWith("基本", k - 2);
  }

  /** {@link #saysDone}, unless what is done is a first step of the work ({@link #firstStepAfter}). */
  private static boolean saysWorkDone(Tokens tk, int i) {
    return saysDone(tk, i) && !firstStepAfter(tk, i);
  }

  /** Whether the task's own words name a first step the narrative names (完成公墓选址 ‖ 已完成选址): that step is the task. */
  private static boolean namesAFirstStep(Tokens tk, String taskText) {
    for (int i = 0; i < tk.count(); i++) {
      String step = tk.normalized.substring(tk.startOf(i), tk.endOf(i));
      if ((tk.rolesOf(i) & Vocabulary.FIRST_STEP) != 0
          && taskText.contains(step.startsWith("已") ? step.substring(1) : step)) { // 已报送 for 完成…报送
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word of work done at occurrence {@code i} has a first step of the work for its object
   * (已完成选址, 已完成项目立项, 已完成招标工作, 已完成主体工程), or a building's shell for its subject (主体已完工,
   * 主体结构全部封顶): the step is done, and the work it starts is running.
   */
  private static boolean firstStepAfter(Tokens tk, int i) {
    int end = tk.endOf(i);
    int clauseEnd = Reading.clauseEnd(tk.normalized, end);
    if (tk.within(end, Math.min(clauseEnd, end + FIRST_STEP_REACH), Vocabulary.FIRST_STEP)) {
      return true;
    }
    if (tk.lengthEndingAt(Grammar.skipSpacesBack(tk.normalized, clauseEnd), Vocabulary.FIRST_STEP) > 0) {
      return true; // 已完成2023年度电商扶持资金申报审核: the object ends with the step, whatever its length
    }
    int title = Grammar.skipSpaces(tk.normalized, end);
    int close = -1; // the title's end, looked for no further than a title may run
    if (title < tk.normalized.length() && tk.normalized.charAt(title) == '《') {
      for (int k = title + 1; k < tk.normalized.length() && k <= title + MAX_TITLE && close < 0; k++) {
        close = tk.normalized.charAt(k) == '》' ? k : -1;
      }
    }
    if (close > 0 && close - title <= MAX_TITLE && tk.lengthEndingAt(close, Vocabulary.FIRST_STEP) > 0) {
      return true; // 已印发《物业服务质量提升行动实施方案》: the plan for the work, whatever its title's length
    }
    // the shell as the subject: a word of one ending with the word of work done (主体已完工), or just before it
    int start = tk.startOf(i);
    return tk.lengthEndingAt(end, Vocabulary.SHELL) > 0
        || tk.lastWithin(Math.max(Reading.clauseStart(tk.normalized, start), start - SHELL_REACH), start, Vocabulary.SHELL) >= 0;
  }

  /** How far before the word of work done its subject's shell may start: 主体结构全部完工 is six characters. */
  private static final int SHELL_REACH = 6;

  /** The longest title of a document in 《》 whose last word is read: 《物业服务质量提升行动实施方案》. */
  private static final int MAX_TITLE = 40;

  /** How far after 已完成 its object's first step may end: 已完成项目可行性研究 is ten characters. */
  private static final int FIRST_STEP_REACH = 10;

  /**
   * Whether the word at occurrence {@code i} (进入, 处于) has a stage after it in its clause: 警用车辆进入控购审批阶段,
   * 项目处于前期阶段 say where the work stands, so it is still running whatever part of it is done.
   */
  private static boolean entersAStage(Tokens tk, int i) {
    int end = tk.endOf(i);
    return tk.within(end, Math.min(Reading.clauseEnd(tk.normalized, end), end + MAX_STAGE_NAME + 2), Vocabulary.STAGE);
  }

  /** The longest name of a stage between 进入 and 阶段 (控购审批, 竣工验收前期): a clause further on names none. */
  private static final int MAX_STAGE_NAME = 8;

  /** Whether a number that is no date starts in {@code [from, to)}. */
  private static boolean numberWithin(Tokens tk, int from, int to) {
    for (Mention m : tk.mentions) {
      if (m.start >= from && m.start < to && m.type != Mention.Type.DATE && m.value != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The status the shares of the work done say: running when the least is below the whole, done at
   * it; undetermined when the narrative gives none. A share is a percentage after a word of
   * progress or completion rate in its clause (形象进度80%, 完成率47%), of the task's goal
   * (完成年度目标任务的43.1%, 为计划的95%), or one that opens the narrative — a progress column's
   * cell (95%, 80%（部分项目进度滞后）).
   */
  private static Status progress(Tokens tk) {
    String narrative = tk.normalized;
    BigDecimal least = null;
    for (Mention m : tk.mentions) {
      if (m.value == null || !"%".equals(m.unitSymbol) || m.type == Mention.Type.DATE) {
        continue;
      }
      if (tk.lastWithin(Reading.clauseStart(narrative, m.start), m.start, Vocabulary.PROGRESS | Vocabulary.RATE) >= 0
          || ofTheGoal(tk, m.prefixStart) || Lexicon.onlySpaces(narrative, 0, m.prefixStart) && !modifies(tk, m.end)) {
        least = least == null ? m.value : least.min(m.value);
      }
    }
    if (least == null) {
      return Status.UNDETERMINED;
    }
    int sign = least.compareTo(HUNDRED);
    return sign > 0 ? Status.EXCEEDED : sign == 0 ? Status.MET : Status.ONGOING;
  }

  /** Whether 任务的, 目标的 or 计划的 stands right before {@code at}: 完成年度目标任务的43.1%. */
  private static boolean ofTheGoal(Tokens tk, int at) {
    return at > 0 && tk.normalized.charAt(at - 1) == '的' && tk.lengthEndingAt(at - 1, Vocabulary.RATE_OBJECT) > 0;
  }

  /**
   * Whether the percentage ending at {@code end} qualifies a noun (95%的行政村, 90%以上的农户): a level
   * of something, not a share of the task.
   */
  private static boolean modifies(Tokens tk, int end) {
    String narrative = tk.normalized;
    int k = end + tk.lengthStartingAt(end, Vocabulary.AT_LEAST_AFTER | Vocabulary.AT_MOST_AFTER | Vocabulary.ABOUT_AFTER);
    return k < narrative.length() && narrative.charAt(k) == '的';
  }


  /** How far before a verb of work done its 已 may stand: 已于2020年10月底 is the longest usual date. */
  private static final int DONE_REACH = 12;

  /**
   * Whether a verb of work done has 已 before it in its clause, with a date or an adverb between
   * (已于10月建成投用, 已全部竣工, 已于5月完成) and no aim or negation: the work is done; a first step
   * done (已于6月完成招标) is not, unless {@code stepIsTheTask}.
   */
  private static boolean doneEarlier(Tokens tk, boolean stepIsTheTask) {
    // 已于6月完成招标: a first step done, unless the task is that step
    return tk.any(Vocabulary.DONE_VERB, stepIsTheTask ? StatusCues::doneAfterAlready
        : (words, i) -> doneAfterAlready(words, i) && !firstStepAfter(words, i));
  }

  /** Whether the verb of work done at occurrence {@code i} has its 已 before it ({@link #doneEarlier}). */
  private static boolean doneAfterAlready(Tokens tk, int i) {
    String narrative = tk.normalized;
    int at = tk.startOf(i);
    int from = Math.max(Reading.clauseStart(narrative, at), at - DONE_REACH);
    int already = at - 1; // looked for within reach only: lastIndexOf would walk a long text back to its start
    while (already >= from && narrative.charAt(already) != '已') {
      already--;
    }
    if (already < from || !claims(tk, at) || tk.within(already, at, Vocabulary.NEGATION)) {
      return false;
    }
    // 已完成90%, 已于5月完成120个, 已完成拆旧复垦验收1120亩, 148个村中已有139个完成: how much is done, as for 已完成,
    // a figure after 已 in the verb's clause, before it or after
    return !numberWithin(tk, already, Reading.clauseEnd(narrative, tk.endOf(i)));
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
    return declared(section, claim(narrative));
  }

  /** {@link #declared(Optional, String)} given the narrative's claim, worked out once. */
  static Status declared(Optional<Status> section, Optional<Status> claim) {
    if (section.isPresent() && section.get().isDetermined()) {
      Status status = section.get();
      if (status == Status.MET && claim.isPresent() && claim.get() != Status.MET) {
        return claim.get();
      }
      return status;
    }
    return claim.orElse(Status.UNDETERMINED);
  }

  /**
   * The status suggested by a narrative's cue words when nothing else is known: an explicit claim,
   * else, with no word of work under way or done, a word of work stopped, put off or given up
   * (暂缓实施, 暂停施工, 项目停工, 搁置, 延期实施, 项目已取消) for a task not done — which the classifier,
   * as for any shortfall, counts as running in a progress report — else a word of work under way,
   * about to start or behind (正在, 推进中, 施工中, 办理中, 有序推进, 下一步,
   * 尚未, 即将, 已开工, 已启动, 推进缓慢, 滞后, 欠进度, 达进度) for a task still running, else a word of work finished or in
   * use (已完成, 已竣工, 竣工验收, 已投入使用, 已上线, 正式运行, 已印发, 已出台, 已落实) anywhere, or 已 with
   * a date or an adverb before such a verb in one clause (已于10月建成投用, 已全部竣工), for a completed
   * one — but not 已完成 with a count after it (已完成投资300万元), which leaves the rest to the
   * numbers. Work under way wins: 已完成招标，即将开工 is still running, and so does a share of the
   * work done below the whole (形象进度80%, 完成年度目标任务的76%, a narrative that is a progress
   * column's 95%), whatever is done of its parts; at the whole, the task is done, and above it
   * (为计划的174.3%, 为任务的164.5%) it is exceeded.
   *
   * @param narrative the narrative
   * @return the suggested status, {@link Status#UNDETERMINED} when there are no cues
   * @throws NullPointerException if {@code narrative} is null
   */
  public static Status textual(String narrative) {
    Tokens tk = Lexer.lex(narrative);
    return textual(tk, claim(tk), "");
  }

  /** The words before a share of the work done: 形象进度, 完成率, 任务 (完成年度任务的95%). */
  private static final long SHARE_WORDS = Vocabulary.PROGRESS | Vocabulary.RATE | Vocabulary.RATE_OBJECT;

  /**
   * Whether a number follows a word of excess (超任务17元, 超目标42个, 多完成5所): the narrative says by
   * how much the task was beaten, which is more than done.
   */
  private static boolean beatsTheTaskBy(Tokens tk) {
    String narrative = tk.normalized;
    for (Mention m : tk.mentions) {
      if (m.value == null || m.type == Mention.Type.DATE || m.value.signum() <= 0) {
        continue;
      }
      int k = m.prefixStart;
      while (k > 0 && Lexicon.isSpace(narrative.charAt(k - 1))) {
        k--;
      }
      if (k > 0 && tk.lengthEndingAt(k, Vocabulary.EXCESS) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the narrative's first number opens it: a progress column's cell (95%). */
  private static boolean opensWithNumber(Tokens tk) {
    return !tk.mentions.isEmpty() && Lexicon.onlySpaces(tk.normalized, 0, tk.mentions.get(0).prefixStart);
  }

  /**
   * {@link #textual(String)} on a narrative already lexed, given its claim and the text of its task:
   * a first step of the work done (已完成选址) is the task done when the task names that step.
   */
  static Status textual(Tokens tk, Optional<Status> claim, String taskText) {
    if (claim.isPresent()) {
      return claim.get();
    }
    long roles = tk.rolesWithin(0, tk.normalized.length());
    if ((roles & Vocabulary.EXCESS) != 0 && beatsTheTaskBy(tk)) {
      return Status.EXCEEDED;
    }
    if ((roles & Vocabulary.CUE_HALTED) != 0 && (roles & (Vocabulary.CUE_ONGOING | Vocabulary.CUE_DONE)) == 0
        && tk.any(Vocabulary.CUE_HALTED, StatusCues::claimsAt)) {
      // 项目暂缓实施, 已暂停施工, 该项目已取消: stopped, not running on — unless resumed (停工两个月，目前已全面复工)
      // or finished after all (曾暂停施工，现已竣工验收)
      return Status.NOT_MET;
    }
    if ((roles & Vocabulary.CUE_ONGOING) != 0
        // 全面完成上半年目标任务: the pace kept, not the year's goal
        || (roles & (Vocabulary.CLAIM_WHOLE | Vocabulary.GOAL_VERB | Vocabulary.CUE_DONE)) != 0 && mayNameAPartOfTheYearsGoal(tk)
            && tk.any(Vocabulary.CLAIM_WHOLE | Vocabulary.GOAL_VERB | Vocabulary.CUE_DONE, StatusCues::reachesAPartOfTheYearsGoal)
        || (roles & Vocabulary.STAGE_ENTRY) != 0 && (roles & Vocabulary.STAGE) != 0 && tk.any(Vocabulary.STAGE_ENTRY, StatusCues::entersAStage)) {
      return Status.ONGOING;
    }
    // A share of the task below the whole outweighs a word of work done, which may be a part's:
    // 16个县已完成建设并通过考核，完成年度目标任务的76% is still running.
    Status share = (roles & SHARE_WORDS) != 0 || opensWithNumber(tk) ? progress(tk) : Status.UNDETERMINED;
    if (share == Status.ONGOING || share == Status.EXCEEDED) {
      return share; // more than the whole is more than done: 已完成搬迁20612人，完成率137%
    }
    if ((roles & (Vocabulary.CLAIM_WHOLE | Vocabulary.CUE_DONE)) != 0 && (roles & Vocabulary.AIM) != 0
        && tk.any(Vocabulary.CLAIM_WHOLE | Vocabulary.CUE_DONE, StatusCues::aPartDoneWhileTheRestRuns)) {
      return Status.ONGOING; // 路基工程已全部完成，路面工程计划明年完成
    }
    if ((roles & Vocabulary.DONE_MARK) != 0 && ((roles & Vocabulary.AIM) != 0 || tk.normalized.indexOf('待') >= 0)
        && tk.any(Vocabulary.DONE_MARK, (words, i) -> aStepDoneBeforeTheWorkToCome(words, i, taskText))) {
      return Status.ONGOING; // 已完成设备安装，预计11月底投运; 已完成申报材料报送，待省级考核验收
    }
    boolean stepIsTheTask = (roles & Vocabulary.FIRST_STEP) == 0 || namesAFirstStep(tk, taskText);
    boolean doneVerb = (roles & Vocabulary.DONE_VERB) != 0 && doneEarlier(tk, stepIsTheTask);
    if ((roles & Vocabulary.CUE_DONE) != 0 && doneWord(tk, stepIsTheTask) || doneVerb) {
      // 基本实现全覆盖: done but for a little, as 基本完成 claims
      return !doneVerb && !tk.any(Vocabulary.CUE_DONE, (words, i) -> saysDone(words, i) && !basically(words, i))
          ? Status.BASICALLY_MET : Status.MET;
    }
    if (!stepIsTheTask && share == Status.UNDETERMINED
        && ((roles & Vocabulary.CUE_DONE) != 0 && tk.any(Vocabulary.CUE_DONE, StatusCues::firstStepAfter)
            || (roles & Vocabulary.DONE_VERB) != 0
                && tk.any(Vocabulary.DONE_VERB, (words, i) -> doneAfterAlready(words, i) && firstStepAfter(words, i)))) {
      return Status.ONGOING; // 目前已完成选址, 已于6月完成招标: the work has begun and is not done
    }
    if (share == Status.UNDETERMINED && ((roles & Vocabulary.SHELL) != 0 && !stepIsTheTask
        || (roles & Vocabulary.ESTIMATE) != 0 && (roles & (Vocabulary.DONE_VERB | Vocabulary.CUE_DONE)) != 0
            && tk.any(Vocabulary.DONE_VERB | Vocabulary.CUE_DONE, StatusCues::doneStillToCome))) {
      // 主体已封顶, 预计8月底竣工: the work runs and is not done. Not an aim alone (力争年底前投入运营,
      // 计划12月竣工): what a unit means to do says nothing of where the work stands.
      return Status.ONGOING;
    }
    if (share == Status.UNDETERMINED && taskText.contains(FULL_COVERAGE) && coversAll(tk, taskText)) {
      return Status.MET; // 城市桥梁安全检测：年度目标全覆盖 ‖ 已完成检测86座，检测覆盖率100%: the coverage the task sets
    }
    return share;
  }

  private static final String FULL_COVERAGE = "全覆盖";
  private static final String COVERAGE = "覆盖率";
  /** How far before its figure a rate of coverage may be named: 检测覆盖率已达到100%. */
  private static final int COVERAGE_REACH = 12;

  /**
   * Whether a rate of coverage of the task's work in the narrative is all (城市桥梁安全检测 ‖ 检测覆盖率100%): none left
   * out. The two words before 覆盖率 are the task's, so that another thing's coverage (村庄清洁行动…覆盖率100%) is not.
   */
  private static boolean coversAll(Tokens tk, String taskText) {
    String narrative = tk.normalized;
    for (Mention m : tk.mentions) {
      if (m.unitClass != Lexicon.UnitClass.PERCENT || m.value == null || m.upper != null
          || m.value.compareTo(HUNDRED) != 0) {
        continue;
      }
      // 覆盖率 close before the figure (检测覆盖率100%, 覆盖率达到100%), looked for no further, to keep reading linear
      int from = Math.max(Reading.clauseStart(narrative, m.prefixStart) + 2, m.prefixStart - COVERAGE_REACH);
      for (int rate = m.prefixStart - COVERAGE.length(); rate >= from; rate--) {
        if (narrative.startsWith(COVERAGE, rate) && Lexicon.isHan(narrative.charAt(rate - 2))
            && taskText.contains(narrative.substring(rate - 2, rate))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Objects of 已完成 that are the work itself or all of it, not a step of it: 已完成建设, 已完成全部任务. */
  private static final WordSet THE_WHOLE_WORK = WordSet.of("建设", "施工", "工程", "任务", "全部", "全面", "所有", "各项",
      "目标", "计划");

  /**
   * Whether 已完成 at occurrence {@code i} has for its object a step the task does not name (已完成设备安装,
   * 已完成笔试面试), and a later clause foresees the work done (预计11月底投运, 计划10月建成): the step is
   * done, and the work it leads to is still to come. Not the work itself or all of it (已完成建设，预计10月投运),
   * nor a count of its parts (已完成3个) or a figure foreseen (预计完成投资300亿元), which the numbers judge.
   */
  private static boolean aStepDoneBeforeTheWorkToCome(Tokens tk, int i, String taskText) {
    String narrative = tk.normalized;
    int start = tk.startOf(i);
    int end = tk.endOf(i);
    int clauseEnd = Reading.clauseEnd(narrative, end);
    String object = narrative.substring(end, clauseEnd).strip();
    if (object.isEmpty() || !claims(tk, start) || numberWithin(tk, end, clauseEnd) || taskText.contains(object)
        || THE_WHOLE_WORK.within(object)) {
      return false;
    }
    int length = narrative.length();
    for (int at = tk.firstWithin(clauseEnd + 1, length, Vocabulary.DONE_VERB); at >= 0;
        at = tk.firstWithin(at + 1, length, Vocabulary.DONE_VERB)) {
      int clauseStart = Reading.clauseStart(narrative, at);
      int aim = tk.lastWithin(clauseStart, at, Vocabulary.AIM);
      if (aim < 0) {
        aim = awaited(narrative, clauseStart, at); // 已完成申报材料报送，待省级考核验收: the work waits on its end
      }
      // not an estimate of a figure (预计完成投资300亿元), which the numbers judge
      if (aim >= 0 && !Lexicon.holds(narrative, '已', aim, at) && !numberWithin(tk, at, Reading.clauseEnd(narrative, at))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a 待 that waits for what follows stands in {@code [from, to)} — opening the clause (待省级考核验收) or after
   * a word of still (正待, 尚待, 仍待) — or -1; not the 待 of 接待, 对待 or 待遇.
   */
  private static int awaited(String text, int from, int to) {
    int open = from;
    while (open < to && Lexicon.isSpace(text.charAt(open))) {
      open++;
    }
    for (int k = open; k < to - 1; k++) {
      if (text.charAt(k) == '待' && (k == open || "正尚仍现等只".indexOf(text.charAt(k - 1)) >= 0)
          && "遇业".indexOf(text.charAt(k + 1)) < 0) {
        return k;
      }
    }
    return -1;
  }

  /** Whether the work done that word {@code i} names is still to come, by an estimate: 预计8月底竣工. */
  private static boolean doneStillToCome(Tokens tk, int i) {
    String narrative = tk.normalized;
    int start = tk.startOf(i);
    int aim = tk.lastWithin(Reading.clauseStart(narrative, start), start, Vocabulary.ESTIMATE);
    if (aim < 0) {
      return false;
    }
    return !Lexicon.holds(narrative, '已', aim, start);
  }
}
