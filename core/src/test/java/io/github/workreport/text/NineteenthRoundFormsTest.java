package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Status;
import io.github.workreport.Task;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left open by the twenty-second round of probing (the probe tables prefixed y) and
 * found by the twenty-third (prefixed z, written against f77eb08). Before its fix, each law failed
 * thus:
 *
 * <ul>
 *   <li>parts told by grade after the thing's name (创建国家级示范社区2个、省级5个、市级4个，共11个) were each named
 *       as 省级创建国家级示范社区, and the total after 共 as the last of them, or, with the thing's name left to
 *       the task (创建国家级2个、省级5个…), as a grade of nothing that answered no target;
 *   <li>parts told by the level that did the work (市直部门组织412场次，各县市区组织536场次) were figures of other
 *       subjects, not parts of the task's count;
 *   <li>under a target of a capacity per day (粮食日烘干能力达到2万吨), a bare figure after a label (完成：2.05万吨)
 *       or a capacity that names no day (烘干能力达到2.05万吨) was a mass of no span, which answered no target;
 *   <li>an indicator's unit in parentheses before a comma, a label and a colon (占GDP比重（%），目标：32) was no
 *       unit of the target, which was then judged by its ratio, not in points;
 *   <li>a bare target (营业收入，目标：420) against a figure in a scaled unit (完成：410.5亿元) was 420 yuan, and
 *       so exceeded ten million times over;
 *   <li>the work named with its own words in the narrative (完成改造施工980户 for 适老化改造1200户, 招聘到岗22名 for
 *       新招聘专员20名) was another thing, though it was the only figure of the target's classifier;
 *   <li>a task opening with its change and thing (提高城乡居民基础养老金最低标准，) and giving the level after, with no
 *       subject of its own (由每人每月133元提高到每人每月153元), had a target of nothing, which no figure answered;
 *   <li>a size said with 超 before it and its noun right after (引进单体投资超5000万元项目10个) was a second target,
 *       beside the count, that the size in the narrative met whatever the count;
 *   <li>computing power in PFlops or EFlops (算力规模达到5000PFlops ‖ 4.2EFlops) was no quantity at all;
 *   <li>a survey before the work (已完成入户评估1260户，完成改造施工980户) lent the work its name, so neither figure
 *       answered the task;
 *   <li>a bound with a space inside it, as text taken from a PDF leaves it (年森林采伐量不 超过 1050 万立方米), lost
 *       its first character: 不 was dropped and the ceiling became a floor;
 *   <li>a running total of projects signed or brought in (累计签约数字经济项目43个) was a stock, which no target of new
 *       projects (引进数字经济项目50个以上) may take, though in a report on part of the year it is the year's work so far;
 *   <li>a target whose name holds another target's thing (改造低产油茶林 beside 新造油茶林) counted as served by that
 *       other target's figure (新造油茶林21.6万亩), so it took no part in the figure named by its own abbreviation
 *       (低产林改造27.4万亩) and was left unverified.
 * </ul>
 */
class NineteenthRoundFormsTest {

  private static final String[] THINGS = {"示范社区", "美丽乡村示范村", "智能工厂", "放心消费示范单位"};
  private static final String[] VERBS = {"创建", "新增", "认定"};
  private static final String[][] GRADES = {{"国家级", "省级", "市级"}, {"省级", "市级", "县级"}, {"省级", "市级"}};

  @Test
  void partsByGradeThenATotalGiveTheTotalToTheTasksThing() {
    qt().withExamples(300).forAll(integers().between(0, THINGS.length * VERBS.length - 1),
        integers().between(0, GRADES.length * 2 - 1), integers().between(5, 60), integers().between(1, 30))
        .checkAssert((thingAndVerb, gradesAndNamed, target, seed) -> {
          String thing = THINGS[thingAndVerb % THINGS.length];
          String verb = VERBS[thingAndVerb / THINGS.length];
          String[] grades = GRADES[gradesAndNamed / 2];
          boolean named = gradesAndNamed % 2 == 0; // the narrative names the thing after its first grade, or leaves it
          StringBuilder narrative = new StringBuilder(verb);
          int total = 0;
          for (int g = 0; g < grades.length; g++) {
            int part = 1 + (seed * (g + 3)) % 9;
            total += part;
            narrative.append(g == 0 ? "" : "、").append(grades[g]).append(g == 0 && named ? thing : "").append(part)
                .append('个');
          }
          narrative.append("，共").append(total).append("个。");
          String task = verb + thing + target + "个";
          Task read = FormsOfWritingTest.extracted(task, narrative.toString());
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + "个 ← " + total + "个");
        });
  }

  private static final String[][] LEVELS = {{"市直部门", "各县市区"}, {"市本级", "各县（市、区）"}, {"县直单位", "各乡镇"},
      {"市直单位", "各区县"}};
  private static final String[] ACTIVITIES = {"开展普法宣传活动", "举办招聘会", "组织应急演练"};
  private static final String[] DONE = {"组织", "开展", "举办", ""};

  @Test
  void partsByTheLevelThatDidTheWorkAddUpToTheTasksCount() {
    qt().withExamples(300).forAll(integers().between(0, LEVELS.length * ACTIVITIES.length - 1),
        integers().between(0, DONE.length * 2 - 1), integers().between(100, 2000), integers().between(0, 900 * 900 - 1))
        .checkAssert((levelAndActivity, doneAndBreakdown, target, parts) -> {
          int first = 1 + parts % 900;
          int second = 1 + parts / 900;
          String[] levels = LEVELS[levelAndActivity % LEVELS.length];
          String done = DONE[doneAndBreakdown % DONE.length];
          String task = ACTIVITIES[levelAndActivity / LEVELS.length] + target + "场次";
          String narrative = (doneAndBreakdown / DONE.length == 0 ? "" : "其中") + levels[0] + done + first + "场次，"
              + levels[1] + done + second + "场次。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + "场次 ← " + (first + second) + "场次");
        });
  }

  private static final String[] CAPACITIES = {"日烘干能力", "日处理能力", "日供水能力", "日加工能力"};
  private static final String[] ANSWERS = {"完成：", "完成", "实绩", "烘干能力达到", "处理能力达到", "能力达到"};

  @Test
  void aBareFigureOrACapacityUnderATargetPerDayIsPerDay() {
    qt().withExamples(300).forAll(integers().between(0, CAPACITIES.length - 1), integers().between(0, ANSWERS.length - 1),
        integers().between(10, 500), integers().between(10, 500))
        .checkAssert((capacity, answer, target, achieved) -> {
          String task = "粮食" + CAPACITIES[capacity] + "达到" + FormsOfWritingTest.tenths(target) + "万吨";
          String narrative = ANSWERS[answer] + FormsOfWritingTest.tenths(achieved) + "万吨";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "LEVEL EXACTLY " + FormsOfWritingTest.tenths(target) + "万吨/日 ← " + FormsOfWritingTest.tenths(achieved) + "万吨/日");
        });
  }

  private static final String[] SHARES = {"数字经济核心产业增加值占GDP比重", "研发经费投入强度", "城镇化率", "森林覆盖率"};
  private static final String[] OPEN = {"（", "("};
  private static final String[] CLOSE = {"）", ")"};
  private static final String[] COLONS = {"：", ":"};

  @Test
  void aUnitInParenthesesBeforeACommaALabelAndAColonIsTheTargets() {
    qt().withExamples(300).forAll(integers().between(0, SHARES.length - 1), integers().between(0, 7),
        integers().between(20, 90), integers().between(0, 40))
        .checkAssert((share, marks, target, shortfallTenths) -> {
          int parenthesis = marks % 2;
          String task = SHARES[share] + OPEN[parenthesis] + "%" + CLOSE[parenthesis] + ((marks / 2) % 2 == 0 ? "，" : ",")
              + "目标" + COLONS[marks / 4] + target;
          String achieved = FormsOfWritingTest.tenths(target * 10 - shortfallTenths);
          String narrative = "完成" + COLONS[marks / 4] + achieved;
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL EXACTLY " + target + "% ← " + achieved + "%");
          Status expected = shortfallTenths == 0 ? Status.MET
              : shortfallTenths <= 10 ? Status.BASICALLY_MET : Status.NOT_MET;
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative).isEqualTo(expected);
        });
  }

  private static final String[] AMOUNTS = {"数字经济核心产业营业收入", "固定资产投资", "社会消费品零售总额", "招商引资到位资金"};
  private static final String[] SCALED = {"亿元", "万元", "万吨", "万人"};

  @Test
  void aBareTargetTakesTheScaledUnitOfTheFigureThatAnswersIt() {
    qt().withExamples(300).forAll(integers().between(0, AMOUNTS.length - 1), integers().between(0, SCALED.length - 1),
        integers().between(100, 9000), integers().between(60, 140))
        .checkAssert((amount, scaled, target, percent) -> {
          String task = AMOUNTS[amount] + "，目标：" + target;
          String achieved = FormsOfWritingTest.tenths(target * percent / 10);
          String narrative = "完成：" + achieved + SCALED[scaled];
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith(target + SCALED[scaled] + " ← " + achieved + SCALED[scaled]));
          BigDecimal ratio = new BigDecimal(achieved).divide(BigDecimal.valueOf(target), 6, RoundingMode.HALF_UP);
          Status expected = ratio.compareTo(BigDecimal.ONE) > 0 ? Status.EXCEEDED
              : ratio.compareTo(BigDecimal.ONE) == 0 ? Status.MET
              : ratio.compareTo(new BigDecimal("0.9")) >= 0 ? Status.BASICALLY_MET : Status.NOT_MET;
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative).isEqualTo(expected);
        });
  }

  private static final String[][] WORK_BY_OTHER_WORDS = {{"完成困难老年人家庭适老化改造", "完成改造施工", "户"},
      {"新招聘社区养老服务专员", "已招聘到岗", "名"}, {"改造农村危房", "完成改造施工", "户"}, {"招聘特岗教师", "招聘到岗", "人"},
      {"新录用社区工作者", "已上岗", "名"}};

  @Test
  void theWorkNamedWithItsOwnWordsAnswersTheTaskInItsClassifier() {
    qt().withExamples(200).forAll(integers().between(0, WORK_BY_OTHER_WORDS.length - 1), integers().between(5, 2000),
        integers().between(1, 2500))
        .checkAssert((row, target, achieved) -> {
          String[] words = WORK_BY_OTHER_WORDS[row];
          String task = words[0] + target + words[2];
          String narrative = words[1] + achieved + words[2] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith(target + words[2] + " ← " + achieved + words[2]));
        });
  }

  private static final String[] STANDARDS = {"城乡居民基础养老金最低标准", "城乡低保标准", "特困人员基本生活标准", "孤儿基本生活费标准"};
  private static final String[] PER = {"每人每月", ""};

  @Test
  void aLevelAfterTheChangeAndItsThingIsThatThingsTarget() {
    qt().withExamples(200).forAll(integers().between(0, STANDARDS.length * PER.length - 1), integers().between(100, 900),
        integers().between(1, 200), integers().between(-30, 30))
        .checkAssert((standardAndPer, old, raise, off) -> {
          String standard = STANDARDS[standardAndPer % STANDARDS.length];
          String per = PER[standardAndPer / STANDARDS.length];
          int target = old + raise;
          int achieved = target + off;
          String task = "提高" + standard + "，由" + per + old + "元提高到" + per + target + "元";
          String narrative = standard + "提高到" + per + achieved + "元。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith(" " + target + "元 ← " + achieved + "元"));
        });
  }

  private static final String[] SIZES = {"5000万元", "亿元", "千万美元", "10亿元", "1000万美元"};
  private static final String[] OVER = {"超", "超过"};
  private static final String[] SIZED_THINGS = {"项目", "外资项目", "产业项目", "制造业项目"};

  @Test
  void aSizeSaidWithOverBeforeItsNounQualifiesTheCountedThings() {
    qt().withExamples(200).forAll(integers().between(0, SIZES.length * OVER.length - 1),
        integers().between(0, SIZED_THINGS.length - 1), integers().between(3, 60), integers().between(1, 80))
        .checkAssert((sizeAndOver, thing, target, achieved) -> {
          String qualified = "引进单体投资" + OVER[sizeAndOver % OVER.length] + SIZES[sizeAndOver / OVER.length]
              + SIZED_THINGS[thing];
          String task = qualified + target + "个";
          String narrative = qualified + achieved + "个。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + "个 ← " + achieved + "个");
        });
  }

  private static final String[] FLOPS = {"Flops", "FLOPS", "flops"};

  @Test
  void computingPowerComparesAcrossItsScales() {
    qt().withExamples(200).forAll(integers().between(0, FLOPS.length * 2 - 1), integers().between(100, 9000),
        integers().between(50, 150), integers().between(0, 1))
        .checkAssert((spellingAndSpace, target, percent, inExa) -> {
          String flops = FLOPS[spellingAndSpace % FLOPS.length];
          String space = spellingAndSpace / FLOPS.length == 0 ? "" : " ";
          BigDecimal achievedPeta = BigDecimal.valueOf((long) target * percent, 2);
          String achieved = (inExa == 1 ? achievedPeta.movePointLeft(3) : achievedPeta).stripTrailingZeros().toPlainString();
          String task = "全市算力规模达到" + target + "P" + flops + "。";
          String narrative = "全市算力规模达到" + achieved + space + (inExa == 1 ? "E" : "P") + flops + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.matches()).as(task + " ‖ " + narrative).singleElement()
              .satisfies(match -> assertThat(match.measure()).isPresent());
          Status expected = percent > 100 ? Status.EXCEEDED : percent == 100 ? Status.MET
              : percent >= 90 ? Status.BASICALLY_MET : Status.NOT_MET;
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative).isEqualTo(expected);
        });
  }

  private static final String[] SURVEYS = {"入户评估", "入户调查", "摸底", "勘察"};

  @Test
  void aSurveyBeforeTheWorkIsAFirstStepAndTheWorkAnswersTheTask() {
    qt().withExamples(200).forAll(integers().between(0, SURVEYS.length * WORK_BY_OTHER_WORDS.length - 1),
        integers().between(5, 2000), integers().between(1, 2500), integers().between(1, 2500))
        .checkAssert((surveyAndRow, target, surveyed, achieved) -> {
          String[] words = WORK_BY_OTHER_WORDS[surveyAndRow / SURVEYS.length];
          String task = words[0] + target + words[2];
          String narrative = "已完成" + SURVEYS[surveyAndRow % SURVEYS.length] + surveyed + words[2] + "，" + words[1]
              + achieved + words[2] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith(target + words[2] + " ← " + achieved + words[2]));
        });
  }

  private static final String[][] BOUNDED_ROWS = {
      {"年森林采伐量", "1050万立方米", "986万立方米"},
      {"城镇登记失业率", "4%", "3.6%"},
      {"单位地区生产总值能耗", "0.52吨标准煤", "0.49吨标准煤"},
      {"粮食播种面积", "120万亩", "123.5万亩"}};
  private static final String[][] SPLIT_BOUNDS = {{"不 超过", "不超过"}, {"控制 在", "控制在"}, {"不 低于", "不低于"},
      {"不 少 于", "不少于"}, {"控 制 在", "控制在"}};

  @Test
  void aBoundSplitBySpacesIsStillTheBound() {
    qt().withExamples(100).forAll(integers().between(0, BOUNDED_ROWS.length - 1), integers().between(0, SPLIT_BOUNDS.length - 1))
        .checkAssert((row, bound) -> {
          String[] r = BOUNDED_ROWS[row];
          String[] split = SPLIT_BOUNDS[bound];
          Task plain = FormsOfWritingTest.extracted(r[0] + split[1] + r[1], r[0] + r[2] + "。");
          Task spaced = FormsOfWritingTest.extracted(r[0] + split[0] + " " + r[1], r[0] + " " + r[2] + " 。");
          assertThat(FormsOfWritingTest.pairs(spaced)).as(spaced.text()).isEqualTo(FormsOfWritingTest.pairs(plain))
              .singleElement().satisfies(pair -> assertThat(pair).doesNotContain("EXACTLY"));
        });
  }

  private static final String[] BROUGHT_IN = {"签约", "引进", "招引"};
  private static final String[] PROJECTS = {"数字经济项目", "工业项目", "外资项目", "高层次人才"};

  @Test
  void aRunningTotalOfWhatWasBroughtInIsTheYearsWorkSoFar() {
    qt().withExamples(200).forAll(integers().between(0, BROUGHT_IN.length * PROJECTS.length - 1),
        integers().between(10, 500), integers().between(1, 600))
        .checkAssert((verbAndThing, target, achieved) -> {
          String thing = PROJECTS[verbAndThing % PROJECTS.length];
          String task = "引进" + thing + target + "个以上";
          String narrative = "累计" + BROUGHT_IN[verbAndThing / PROJECTS.length] + thing + achieved + "个。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT AT_LEAST " + target + "个 ← " + achieved + "个");
        });
  }

  private static final String[][] ABBREVIATED = {{"新造油茶林", "改造低产油茶林", "低产林改造"},
      {"新建茶园", "改造低产茶园", "低产园改造"}, {"新造核桃林", "改造低产核桃林", "低产林改造"},
      {"新栽果树林", "改造低效果树林", "低效林改造"}};

  @Test
  void aTargetTakesItsAbbreviatedFigureThoughAnotherTargetsFigureNamesItsThing() {
    qt().withExamples(200).forAll(integers().between(0, ABBREVIATED.length - 1), integers().between(10, 90),
        integers().between(10, 90), integers().between(5, 95))
        .checkAssert((row, first, second, secondDone) -> {
          String[] names = ABBREVIATED[row];
          String task = names[0] + first + "万亩，" + names[1] + second + "万亩。";
          String narrative = names[0] + (first + 1) + "万亩、" + names[2] + secondDone + "万亩。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "AMOUNT EXACTLY " + first + "万亩 ← " + (first + 1) + "万亩",
              "AMOUNT EXACTLY " + second + "万亩 ← " + secondDone + "万亩");
        });
  }
}
