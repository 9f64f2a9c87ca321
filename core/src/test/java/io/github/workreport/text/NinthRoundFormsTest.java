package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Status;
import io.github.workreport.Task;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found in a ninth round of probing (about 390 rows in the styles of environment,
 * farming, health, transport, finance, town, audit-list and ministry round-ups). A verb of work said
 * once before a list (已完成新建2个、改造4个，共6个) gave its stage to the first part only, which then
 * outweighed the total. A goal of a part of the year said reached (全面完成上半年目标任务) claimed the
 * task done. A total after parts that name their things (新开通公交线路4条，优化调整线路5条，共计9条)
 * lost to the first part's closer words, and 共 after words of when (全年共新增1080张) was no total word.
 * Money issued or sought (下达补助资金266亿元, 争取新增专项债券9.45亿元) was a plan. A rate named by its
 * change (压减率95.6%) was a decline against a level. 斤 was no unit of mass. Works joined by 并
 * (完成安装并投入使用168部) named a thing of their own. A city's zones (高新区, 经开区) were other subjects.
 * A share of the figure before (占80%) answered no proportion. A capacity per day by its words
 * (日供水能力10万吨) did not compare with 万吨/日. None happening (未发生孕产妇死亡) was no rate of zero. A
 * breakdown (其中完工152个) took the words of a figure in another unit. A target of the task's size
 * alone (总长约2.4公里) took no figure. A level raised from a base (在上年基础上提高30元，达到640元) was
 * two subjects of 在基础上. A figure restated in parentheses in another unit (185公顷（2775亩）) was
 * added to itself. What is cut to a new count (由236项精简为198项) kept the old count. Hazards found
 * (发现隐患3120处) answered a target of hazards put right. Two things joined by 和 with one figure for
 * each (事故起数和死亡人数分别下降5%) were one target. Kinds of the target's thing in one list
 * (茶叶2200亩、中药材1500亩、油茶800亩) were no parts of it, and things past a first step
 * (另2块已完成招标) were. A Chinese numeral after a list of names (城投、交投、文旅三家) was no count, and
 * a score (满意度达到90分以上) had no unit.
 */
class NinthRoundFormsTest {
  private static final String[][] THINGS = {{"农贸市场", "个"}, {"公厕", "座"}, {"燃气管道", "公里"}, {"学校", "所"}};
  private static final String[] VERBS = {"已完成", "完成", "全年完成", "年内完成"};
  private static final String[] TOTALS = {"共", "合计", "共计", "总计"};

  @Test
  void aVerbBeforeAListSaysEachItemsStage() {
    qt().withExamples(300).forAll(integers().between(0, THINGS.length - 1), integers().between(0, VERBS.length * TOTALS.length - 1),
        integers().between(1, 40), integers().between(1, 40))
        .checkAssert((thing, words, a, b) -> {
          String[] t = THINGS[thing];
          int verb = words % VERBS.length;
          int total = words / VERBS.length;
          int target = a + b + (a % 3); // all, or a few more than were done
          String task = "新建改造" + t[0] + target + t[1];
          String narrative = VERBS[verb] + "新建" + a + t[1] + "、改造" + b + t[1] + "，" + TOTALS[total] + (a + b) + t[1] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly(kind(t[1]) + " EXACTLY " + target + t[1] + " ← " + (a + b) + t[1]);
        });
  }

  /** Works of a target and how a part names its thing: %1$s work, %2$s thing. */
  private static final String[][] WORK_PAIRS = {{"新建", "改建"}, {"新开通", "优化调整"}, {"新建", "改造"}, {"新增", "提升"}};
  private static final String[][] PART_THINGS = {{"公厕", "座"}, {"公交线路", "条"}, {"充电桩", "个"}, {"口袋公园", "个"}};
  private static final String[] JOINS = {"，", "、"};

  @Test
  void aTotalAfterItsPartsAnswersWhatTheyAnswer() {
    qt().withExamples(300).forAll(integers().between(0, WORK_PAIRS.length * PART_THINGS.length - 1),
        integers().between(0, TOTALS.length * JOINS.length - 1), integers().between(1, 60), integers().between(1, 60))
        .checkAssert((pair, words, a, b) -> {
          String[] work = WORK_PAIRS[pair % WORK_PAIRS.length];
          String[] t = PART_THINGS[pair / WORK_PAIRS.length];
          String total = TOTALS[words % TOTALS.length];
          String join = JOINS[words / TOTALS.length];
          int target = a + b + 1 + (a + b) / 10;
          String narrative = work[0] + t[0] + a + t[1] + join + work[1] + t[0] + b + t[1] + "，" + total + (a + b) + t[1] + "。";
          for (String task : new String[] {work[0] + work[1] + t[0] + target + t[1], work[0] + "和" + work[1] + t[0] + target + t[1]}) {
            assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
                .containsExactly("COUNT EXACTLY " + target + t[1] + " ← " + (a + b) + t[1]);
          }
          // a target of one part is answered by that part
          String one = work[1] + t[0] + target + t[1];
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(one, narrative))).as(one + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + t[1] + " ← " + b + t[1]);
        });
  }

  private static final String[] FUNDS = {"中央补助资金", "省级财政补助资金", "专项资金", "衔接资金"};

  @Test
  void moneyIssuedIsMoneyAllocatedNotAQuota() {
    qt().withExamples(200).forAll(integers().between(0, FUNDS.length - 1), integers().between(10, 900),
        integers().between(10, 900), integers().between(0, 1)).checkAssert((fund, target, issued, already) -> {
          String task = "安排" + FUNDS[fund] + target + "亿元";
          String narrative = (already == 1 ? FUNDS[fund] + "已下达" : "全年下达" + FUNDS[fund]) + issued + "亿元。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("AMOUNT EXACTLY " + target + "亿元 ← " + issued + "亿元");
          // a quota handed down is still no work done
          String built = "新建公厕" + target + "座";
          String quota = "上级下达任务" + target + "座，已建成" + issued + "座。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(built, quota))).as(built + " ‖ " + quota)
              .containsExactly("COUNT EXACTLY " + target + "座 ← " + issued + "座");
        });
  }

  private static final String[] CUT_RATES = {"压减率", "下降率", "削减率"};

  @Test
  void aRateNamedByItsChangeIsALevelWhenTheTargetSaysSo() {
    qt().withExamples(200).forAll(integers().between(0, CUT_RATES.length - 1), integers().between(500, 1000),
        integers().between(500, 1000)).checkAssert((word, target, achieved) -> {
          String rate = CUT_RATES[word];
          String goal = tenths(target);
          String task = "校外培训机构" + rate + "达到" + goal + "%";
          String narrative = "由23家压减至1家，" + rate + tenths(achieved) + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith("EXACTLY " + goal + "% ← " + tenths(achieved) + "%");
        });
  }

  private static String tenths(int tenths) {
    return java.math.BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
  }

  @Test
  void grainInJinComparesWithGrainInTons() {
    qt().withExamples(200).forAll(integers().between(100, 2000), integers().between(500, 20000)).checkAssert((jin, tons) -> {
      String task = "粮食产量稳定在" + jin + "亿斤以上";
      String narrative = "全年粮食总产量" + tons + "万吨。";
      Task read = FormsOfWritingTest.extracted(task, narrative);
      assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
          .containsExactly("AMOUNT AT_LEAST " + jin + "亿斤 ← " + tons + "万吨");
      Status status = FormsOfWritingTest.assessed(read, 12).status();
      // 1亿斤 is 5万吨
      assertThat(status == Status.NOT_MET || status == Status.BASICALLY_MET).as(task + " ‖ " + narrative).isEqualTo(tons < jin * 5);
    });
  }

  private static final String[][] JOINED_WORKS = {{"加装电梯", "部", "安装并投入使用"}, {"充电桩", "个", "安装并投入运行"},
      {"口袋公园", "个", "建设并投入使用"}, {"便民市场", "个", "改造并投入使用"}};

  @Test
  void worksJoinedByAndNameTheThingBefore() {
    qt().withExamples(200).forAll(integers().between(0, JOINED_WORKS.length - 1), integers().between(20, 400),
        integers().between(0, 100)).checkAssert((thing, target, any) -> {
          String[] t = JOINED_WORKS[thing];
          int started = target + 1 + any;
          int done = target / 2 + any % (target / 2);
          String task = "完成" + t[0] + target + t[1];
          String narrative = "全年新开工" + t[0] + started + t[1] + "，完成" + t[2] + done + t[1] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + t[1] + " ← " + done + t[1]);
        });
  }

  private static final String[] ZONES = {"高新区", "经开区", "开发区", "灞河新区", "老城区"};

  @Test
  void workToldByTheCitysZonesIsTheirSum() {
    qt().withExamples(200).forAll(integers().between(0, ZONES.length - 1), integers().between(1, 300),
        integers().between(1, 300), integers().between(0, 1)).checkAssert((first, a, b, form) -> {
          String one = ZONES[first];
          String other = ZONES[(first + 2) % ZONES.length];
          int target = a + b + 5;
          String task = "新建保障性租赁住房" + target + "套";
          String narrative = form == 0
              ? one + "竣工" + a + "套，" + other + "竣工" + b + "套。"
              : "已竣工保障性租赁住房：" + one + a + "套，" + other + b + "套。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + "套 ← " + (a + b) + "套");
        });
  }

  /** A proportion a target sets, and how a narrative gives the figure of which it is the share. */
  private static final String[][] PROPORTIONS = {
      {"国控断面水质优良比例", "10个国控断面中，达到或优于Ⅲ类的有8个，"}, {"城市建成区绿地率", "建成区绿地面积2860公顷，"},
      {"农村生活垃圾分类覆盖率", "开展垃圾分类的行政村达到156个，"}, {"规上企业研发机构占比", "建有研发机构的规上企业412家，"}};
  private static final String[] SHARES = {"占%s%%", "占全市的%s%%", "占建成区面积的%s%%"};

  @Test
  void aShareOfTheFigureBeforeIsTheProportionATargetSets() {
    qt().withExamples(200).forAll(integers().between(0, PROPORTIONS.length - 1), integers().between(0, SHARES.length - 1),
        integers().between(100, 990), integers().between(100, 990)).checkAssert((which, form, goal, share) -> {
          String[] p = PROPORTIONS[which];
          String task = p[0] + "不低于" + tenths(goal) + "%";
          String narrative = p[1] + String.format(SHARES[form], tenths(share)) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL AT_LEAST " + tenths(goal) + "% ← " + tenths(share) + "%");
          // the share of a breakdown in its whole is no rate the task sets
          String jobs = "新增城镇就业8000人，城镇登记失业率控制在" + tenths(goal) + "%以内";
          String part = "新增城镇就业8200人，其中高校毕业生3100人，" + String.format(SHARES[form], tenths(share)) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(jobs, part))).as(jobs + " ‖ " + part)
              .containsExactly("COUNT EXACTLY 8000人 ← 8200人", "LEVEL AT_MOST " + tenths(goal) + "% ← -");
        });
  }

  private static final String[] CAPACITIES = {"供水", "处理", "污水处理", "垃圾处理"};

  @Test
  void aCapacityPerDayByItsWordsIsAQuantityPerDay() {
    qt().withExamples(200).forAll(integers().between(0, CAPACITIES.length - 1), integers().between(1, 50),
        integers().between(1, 50), integers().between(0, 1)).checkAssert((which, target, achieved, side) -> {
          String c = CAPACITIES[which];
          String byWords = "新增日" + c + "能力%d万吨";
          String byUnit = "新增" + c + "能力%d万吨/日";
          String task = String.format(side == 0 ? byWords : byUnit, target);
          String narrative = String.format(side == 0 ? byUnit : byWords, achieved) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL EXACTLY " + target + "万吨/日 ← " + achieved + "万吨/日");
        });
  }

  private static final String[][] RATES_OF_EVENTS = {
      {"孕产妇死亡率控制在%s/10万以下", "全年全区未发生孕产妇死亡"}, {"安全生产事故发生率控制在%s%%以内", "全年未发生安全生产事故"},
      {"婴儿死亡率控制在%s‰以内", "辖区内未发生婴儿死亡"}};

  @Test
  void noneHappeningIsARateOfZeroUnderACeilingOnTheRateOfIt() {
    qt().withExamples(100).forAll(integers().between(0, RATES_OF_EVENTS.length - 1), integers().between(1, 200))
        .checkAssert((which, ceiling) -> {
          String task = String.format(RATES_OF_EVENTS[which][0], tenths(ceiling));
          String narrative = RATES_OF_EVENTS[which][1] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith(" ← 0" + read.targets().get(0).unit().symbol());
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative).isEqualTo(Status.MET);
        });
    // none of another event than the rate counts is no rate of it
    Task unemployment = FormsOfWritingTest.extracted("城镇登记失业率控制在4.5%以内", "全年未发生规模性失业。");
    assertThat(FormsOfWritingTest.pairs(unemployment)).containsExactly("LEVEL AT_MOST 4.5% ← -");
  }

  @Test
  void aBreakdownNamingOnlyItsWorkCountsTheThingsOfItsOwnUnit() {
    qt().withExamples(200).forAll(integers().between(20, 400), integers().between(1000, 90000), integers().between(0, 100))
        .checkAssert((begun, people, any) -> {
          int done = begun / 2 + any % (begun / 2);
          String task = "完成城镇老旧小区改造" + begun + "个";
          String narrative = "全年开工改造老旧小区" + begun + "个、惠及居民" + people + "户，其中完工" + done + "个。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + begun + "个 ← " + done + "个");
          // with the households as a target of their own, each figure goes to the target in its unit
          String both = task + "、" + tenths(people / 1000) + "万户";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(both, narrative))).as(both + " ‖ " + narrative)
              .first().asString().endsWith(" ← " + done + "个");
        });
  }

  private static final String[][] SIZES = {{"改造背街小巷%d条，总长约%s公里", "完成背街小巷改造%d条，共计%d米"},
      {"建成滨河路改建工程%d处，全长%s公里", "滨河路改建工程%d处已完工，全线%d米"}};

  @Test
  void aTargetOfTheTasksSizeAloneIsAnsweredByAFigureInItsUnit() {
    qt().withExamples(200).forAll(integers().between(0, SIZES.length - 1), integers().between(1, 20), integers().between(10, 99),
        integers().between(500, 9900)).checkAssert((form, count, length, metres) -> {
          String task = String.format(SIZES[form][0], count, tenths(length));
          String narrative = String.format(SIZES[form][1], count, metres) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .hasSize(2).last().asString().endsWith(" ← " + metres + "米");
        });
  }

  private static final String[] STANDARDS = {"城市低保标准", "城乡居民医保人均财政补助标准", "特困人员基本生活标准", "孤儿养育标准"};
  private static final String[] PER_PERSON = {"", "每人每月", "每人每年"};
  private static final String[] BASES = {"在上年基础上", "在去年基础上", "在原有基础上"};

  @Test
  void aLevelRaisedFromABaseIsTheLevelReached() {
    qt().withExamples(200).forAll(integers().between(0, STANDARDS.length * PER_PERSON.length - 1),
        integers().between(0, BASES.length - 1),
        integers().between(200, 2000), integers().between(5, 90)).checkAssert((which, base, target, raise) -> {
          String standard = STANDARDS[which % STANDARDS.length];
          String per = PER_PERSON[which / STANDARDS.length];
          int reached = target - 40 + raise;
          String task = standard + "提高到" + per + target + "元";
          String narrative = BASES[base] + "提高" + raise + "元，达到" + per + reached + "元。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith(target + "元 ← " + reached + "元");
        });
  }

  @Test
  void aFigureSaidAgainInAnotherUnitInParenthesesIsTheSameFigure() {
    qt().withExamples(200).forAll(integers().between(20, 900), integers().between(20, 900)).checkAssert((target, hectares) -> {
      String task = "完成补充耕地" + target * 15 + "亩";
      String narrative = "已验收补充耕地" + hectares + "公顷（" + hectares * 15 + "亩）。";
      assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
          .containsExactly("AMOUNT EXACTLY " + target * 15 + "亩 ← " + hectares + "公顷");
    });
  }

  @Test
  void moneySoughtInANarrativeIsMoneyGotUnlessWorkIsAimedAt() {
    qt().withExamples(200).forAll(integers().between(100, 999), integers().between(100, 999)).checkAssert((target, got) -> {
      String task = "争取新增政府专项债券" + tenths(target) + "亿元以上";
      String narrative = "全年争取新增专项债券额度" + tenths(got) + "亿元，支持项目14个。";
      assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
          .containsExactly("AMOUNT AT_LEAST " + tenths(target) + "亿元 ← " + tenths(got) + "亿元");
      String invest = "完成投资" + tenths(target) + "亿元";
      String aim = "争取全年完成投资" + tenths(target) + "亿元，目前已完成" + tenths(got) + "亿元。";
      assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(invest, aim))).as(invest + " ‖ " + aim)
          .containsExactly("AMOUNT EXACTLY " + tenths(target) + "亿元 ← " + tenths(got) + "亿元");
    });
  }

  private static final String[] CUT_TO = {"精简为", "精简至", "压减为", "削减至", "缩减为"};

  @Test
  void whatIsCutToANewCountIsThatCount() {
    qt().withExamples(200).forAll(integers().between(0, CUT_TO.length - 1), integers().between(20, 400), integers().between(1, 60),
        integers().between(-10, 10)).checkAssert((verb, target, cut, off) -> {
          int now = target + off;
          String task = "涉企行政审批事项压减至" + target + "项以内";
          String narrative = "由" + (now + cut) + "项" + CUT_TO[verb] + now + "项。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT AT_MOST " + target + "项 ← " + now + "项");
        });
  }

  private static final String[] FINDINGS = {"发现火灾隐患%d处", "排查发现隐患%d处", "摸排安全隐患%d处"};
  private static final String[] FIXES = {"督促整改%d处", "已整改%d处", "完成整改%d处"};

  @Test
  void hazardsFoundAreNoHazardsPutRight() {
    qt().withExamples(200).forAll(integers().between(0, FINDINGS.length * FIXES.length - 1), integers().between(100, 9000),
        integers().between(1, 900), integers().between(0, 1)).checkAssert((form, target, more, taskForm) -> {
          int fixed = target - target / 5 + more % (target / 5);
          String task = (taskForm == 0 ? "完成火灾隐患整改" : "整改安全生产隐患") + target + "处";
          String narrative = String.format(FINDINGS[form % FINDINGS.length], target + more) + "，"
              + String.format(FIXES[form / FINDINGS.length], fixed) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + "处 ← " + fixed + "处");
        });
    // a target of the finding itself is answered by it
    Task survey = FormsOfWritingTest.extracted("排查安全隐患5000处", "排查发现隐患5260处，已整改4380处。");
    assertThat(FormsOfWritingTest.pairs(survey)).containsExactly("COUNT EXACTLY 5000处 ← 5260处");
  }

  private static final String[][] PAIRS_OF_THINGS = {{"事故起数", "死亡人数"}, {"化学需氧量", "氨氮排放量"}, {"单位GDP能耗", "单位GDP二氧化碳排放"}};
  private static final String[] JOINED_BY = {"和", "及", "与"};

  @Test
  void twoThingsJoinedByAndWithOneFigureForEachAreTwoTargets() {
    qt().withExamples(200).forAll(integers().between(0, PAIRS_OF_THINGS.length * JOINED_BY.length - 1), integers().between(10, 90),
        integers().between(0, 1)).checkAssert((which, tenthsOfGoal, sameYear) -> {
          String[] things = PAIRS_OF_THINGS[which % PAIRS_OF_THINGS.length];
          String goal = tenths(tenthsOfGoal);
          String task = things[0] + JOINED_BY[which / PAIRS_OF_THINGS.length] + things[1] + (sameYear == 1 ? "同比" : "")
              + "分别下降" + goal + "%以上";
          Task read = FormsOfWritingTest.extracted(task, "");
          assertThat(read.targets()).as(task).extracting(t -> t.metric() + " " + t.kind() + " " + t.quantity().format())
              .containsExactly(things[0] + " DECLINE " + goal + "%", things[1] + " DECLINE " + goal + "%");
        });
    // one thing that merely names both (城乡居民人均可支配收入) is one target without 分别
    assertThat(FormsOfWritingTest.extracted("城乡居民人均可支配收入增长6%", "").targets()).hasSize(1);
  }

  private static final String[] WHEN = {"全年", "今年", "年内", "目前"};

  @Test
  void aTotalSaidWithOnlyWhenBeforeItsWordIsATotal() {
    qt().withExamples(200).forAll(integers().between(0, WHEN.length - 1), integers().between(50, 900), integers().between(50, 900))
        .checkAssert((when, a, b) -> {
          int target = a + b + 30;
          String task = "新增养老机构床位" + target + "张";
          String narrative = "城区新增" + a + "张，农村敬老院改造提升新增" + b + "张，" + WHEN[when] + "共新增" + (a + b) + "张。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + "张 ← " + (a + b) + "张");
        });
    assertThat(Metrics.saysATotal("公共停车位1500个")).isFalse();
    assertThat(Metrics.saysATotal("全年共新增1080张")).isTrue();
  }

  private static final String[][] CLASSES = {
      {"发展特色种植%d亩", "新发展茶叶%d亩、中药材%d亩、油茶%d亩", "亩"},
      {"增设电动自行车充电桩%d个", "翠湖社区增设%d个、东门社区增设%d个、南岭社区增设%d个", "个"}};

  @Test
  void kindsOfTheTargetsThingInOneListAreItsParts() {
    qt().withExamples(200).forAll(integers().between(0, CLASSES.length - 1), integers().between(10, 900), integers().between(10, 900),
        integers().between(10, 900)).checkAssert((which, a, b, c) -> {
          String[] form = CLASSES[which];
          int target = a + b + c + 7;
          String task = String.format(form[0], target);
          String narrative = String.format(form[1], a, b, c) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith(" ← " + (a + b + c) + form[2]);
        });
    // an item naming the target's thing is its own figure; the others are other things
    Task forest = FormsOfWritingTest.extracted("完成造林绿化2万亩", "完成人工造林1.2万亩、森林抚育0.9万亩。");
    assertThat(FormsOfWritingTest.pairs(forest)).containsExactly("AMOUNT EXACTLY 2万亩 ← 1.2万亩");
    Task toilets = FormsOfWritingTest.extracted("新建公厕20座", "新建公厕15座、垃圾中转站3座。");
    assertThat(FormsOfWritingTest.pairs(toilets)).containsExactly("COUNT EXACTLY 20座 ← 15座");
  }

  @Test
  void thingsPastAFirstStepAreNoPartOfTheWorkDone() {
    String[] firstSteps = {"已完成招标", "已完成选址", "完成立项"};
    qt().withExamples(100).forAll(integers().between(0, firstSteps.length - 1), integers().between(1, 30), integers().between(1, 30))
        .checkAssert((step, done, begun) -> {
          int target = done + begun;
          String task = "新建社会足球场" + target + "块";
          String narrative = "新建社会足球场" + done + "块已完工，另" + begun + "块" + firstSteps[step] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + "块 ← " + done + "块");
        });
  }

  private static final String[] NAMES = {"城投", "交投", "文旅", "东关", "西关", "南岭", "北湖"};
  private static final String[] NUMERALS = {"", "", "两", "三", "四", "五"};

  @Test
  void aChineseNumeralAfterAListOfNamesCountsThem() {
    qt().withExamples(100).forAll(integers().between(2, 5), integers().between(0, NAMES.length - 1)).checkAssert((n, first) -> {
      StringBuilder names = new StringBuilder();
      for (int k = 0; k < n; k++) {
        names.append(k > 0 ? "、" : "").append(NAMES[(first + k) % NAMES.length]);
      }
      String task = "新建乡镇卫生院" + n + "所";
      String narrative = "建成" + names + NUMERALS[n] + "所卫生院。";
      assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
          .containsExactly("COUNT EXACTLY " + n + "所 ← " + n + "所");
    });
    // a numeral in a name is no count
    assertThat(quantitiesIn("深入学习三个代表重要思想")).isEmpty();
  }

  @Test
  void aScoreIsCountedInPoints() {
    qt().withExamples(100).forAll(integers().between(600, 1000), integers().between(600, 1000)).checkAssert((target, score) -> {
      String task = "营商环境满意度达到" + tenths(target) + "分以上";
      String narrative = "营商环境满意度测评得分" + tenths(score) + "分。";
      assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
          .singleElement().asString().endsWith(tenths(target) + "分 ← " + tenths(score) + "分");
    });
    // 十分 in prose and the minutes of a time of day are no score
    assertThat(quantitiesIn("工作成效十分明显")).isEmpty();
    assertThat(quantitiesIn("10时30分召开推进会")).isEmpty();
  }

  private static java.util.List<Mention> quantitiesIn(String text) {
    return NumberScanner.scan(text).stream().filter(m -> m.type == Mention.Type.QUANTITY).toList();
  }

  private static String kind(String classifier) {
    return classifier.equals("公里") ? "AMOUNT" : "COUNT";
  }

  private static final String[] PARTS_OF_THE_YEAR = {"上半年", "一季度", "第二季度", "前三季度", "1—6月", "1-9月", "阶段性", "半年", "月度"};
  private static final String[] REACHED = {"全面完成%s目标任务", "已完成%s目标任务", "已圆满完成%s目标任务", "实现%s目标", "完成%s工作任务",
      "%s目标任务已全部完成"};

  @Test
  void aPartOfTheYearsGoalReachedIsAPaceNotTheTaskDone() {
    qt().withExamples(200).forAll(integers().between(0, PARTS_OF_THE_YEAR.length - 1), integers().between(0, REACHED.length - 1))
        .checkAssert((part, form) -> {
          String pace = String.format(REACHED[form], PARTS_OF_THE_YEAR[part]) + "。";
          assertThat(StatusCues.declared(Optional.empty(), pace)).as(pace).isEqualTo(Status.UNDETERMINED);
          assertThat(StatusCues.textual(pace)).as(pace).isEqualTo(Status.ONGOING);
          // the year's goal so said is the task done
          String year = String.format(REACHED[form], part % 2 == 0 ? "全年" : "年度") + "。";
          assertThat(StatusCues.textual(year)).as(year).isEqualTo(Status.MET);
        });
  }
}
