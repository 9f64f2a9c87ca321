package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Target;
import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found in a tenth round of probing (tables of education, housing, water, energy,
 * trade, digital government, employment, civil welfare, culture, market regulation, emergencies,
 * finance, rural roads, forestry and development-zone projects), and by a fuzzer that splices and
 * mutates the rows of every probe table. A capacity per day given as a range (日处理能力3-5万吨) moved
 * its lower end to 万吨/日 and left the upper in 万吨, and building the target threw. A target of the
 * level a stock is to reach (开放数据集达到300个) took the year's new ones (新增80个) over the running
 * total beside them (累计320个). A whole told only as its share of the plan (造林绿化完成年计划的93.5%)
 * lost to a part after it (其中人工造林1.2万亩), or to a sum of neighbouring things (失业人员再就业0.86万人，
 * 就业困难人员实现就业2140人 for 新增城镇就业). A revision whose subject is only 年度目标 (年度目标由20个调减为15个,
 * 年度目标经水利部调整为65万亩) revised no target, and the figure after it took 年度目标 for its subject.
 * Keeping roads up (养护) was the same work as building or rebuilding them (新改建), and a whole was
 * summed with a part of its own breakdown (养护工程2.6万公里（其中大中修1.1万公里、预防性养护1.5万公里）).
 * A rate of a group within the target's (失能特困人员集中供养率100%) won over the target's own rate said
 * short (集中供养率为43.4%), having more of its words. A level per person (人均应急避难场所面积达到1.5平方米)
 * took the total over all (应急避难场所总面积38.2万平方米) over 人均1.43平方米. A terse row's 进度100% was no
 * share of the task done. GDP in a narrative (单位GDP能耗下降2.6%) was not the 地区生产总值 of the target.
 * Of a growth on two bases (自然口径增长3.1%，同口径增长5.8%), the first said was taken. A rate said by the
 * end of the target's name, in words of work alone (开工率85.4% for 省市重点项目开工率), shared no thing. A
 * programme named with a word of planning (免疫规划疫苗接种率, 营养改善计划惠及学生) made its figure a plan.
 * A target in an aside whose label is followed by words of the target (（年度目标：控制在4.5%以内）) lost
 * the name before the parenthesis. The year's running total (全年累计建立家庭病床316张) was a stock, no
 * answer to new things. A net increase (净增100家) took the gross new ones (新增108家), and new lending
 * (新增科技贷款40亿元) the balance (科技贷款余额180亿元) before its increase. A raise of money (每人每月提高
 * 20元) was read as the sum, and an old level with its words per person (由每人每月113元提高到133元)
 * gave no change. The second item of a breakdown after 其中 (其中技术开发合同成交额89.3亿元，技术服务合同
 * 成交额51.6亿元) was no part of the whole before it, and answered the target over it. Things of two grades
 * (省级龙头企业8家、市级龙头企业15家) were summed for a target of one. A rate a target sets as a level
 * (竣工率达到40%) was answered by nothing, its figure (竣工率38.2%) read as a share of a plan.
 */
class TenthRoundFormsTest {

  @Test
  void aRangeOfCapacityPerDayIsPerDayAtBothEnds() {
    qt().withExamples(200).forAll(integers().between(1, 50), integers().between(1, 50), integers().between(0, 3))
        .checkAssert((low, span, thing) -> {
          String[] what = {"日处理能力", "日供水能力", "日处理规模能力", "日污水处理能力"};
          String[] units = {"万吨", "吨", "立方米", "万立方米"};
          String task = "新建污水处理厂，" + what[thing] + low + "-" + (low + span) + units[thing] + "。";
          Task t = FormsOfWritingTest.extracted(task, "已建成投运，" + what[thing] + (low + span) + units[thing] + "。");
          assertThat(t.targets()).as(task).singleElement().satisfies(target -> {
            assertThat(target.unit().symbol()).isEqualTo(units[thing] + "/日");
            assertThat(target.upper()).map(u -> u.unit()).contains(target.unit());
          });
        });
  }

  private static final String[][] STOCKS = {{"开放数据集", "个"}, {"跨省通办事项", "项"}, {"5G基站", "个"}, {"高新技术企业", "家"}};

  @Test
  void aLevelOfAStockIsAnsweredByTheRunningTotal() {
    qt().withExamples(300).forAll(integers().between(0, STOCKS.length - 1), integers().between(1, 200),
        integers().between(1, 400), integers().between(0, 3))
        .checkAssert((thing, added, before, form) -> {
          String[] s = STOCKS[thing];
          int total = before + added;
          int target = total + (before % 7) - 3;
          String task = s[0] + "达到" + Math.max(target, 1) + s[1] + "。";
          String year = (form & 1) == 0 ? "新增" + s[0] + added + s[1] : "全年新增" + s[0] + added + s[1];
          String running = (form & 2) == 0 ? "累计" + s[0] + total + s[1] : "累计达到" + total + s[1];
          for (String narrative : new String[] {year + "，" + running + "。", running + "，其中本年度" + year + "。"}) {
            if (narrative.startsWith("累计达到")) {
              continue; // a running total with no words of its own needs the clause before it
            }
            assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
                .containsExactly("COUNT EXACTLY " + Math.max(target, 1) + s[1] + " ← " + total + s[1]);
          }
          // new things are answered by the year's new ones
          String increment = "新增" + s[0] + Math.max(target, 1) + s[1] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(increment, year + "，" + running + "。")))
              .as(increment).containsExactly("COUNT EXACTLY " + Math.max(target, 1) + s[1] + " ← " + added + s[1]);
        });
  }

  private static final String[][] WHOLES = {{"造林绿化", "万亩", "人工造林"}, {"新增城镇就业", "万人", "高校毕业生就业"},
      {"新增公共停车泊位", "个", "智慧停车泊位"}, {"新建改建城市公厕", "座", "改建"}};
  private static final String[] SHARES = {"完成年计划的", "占全年任务的", "完成全年任务的", "完成年度目标的"};

  @Test
  void aWholeToldAsAShareOfThePlanIsNotAnsweredByItsParts() {
    qt().withExamples(300).forAll(integers().between(0, WHOLES.length - 1), integers().between(0, SHARES.length - 1),
        integers().between(50, 130), integers().between(1, 40))
        .checkAssert((thing, share, percent, part) -> {
          if (Math.abs(Math.round(part * 100.0 / 60) - percent) <= 1) {
            return; // the part is the share of the target as written, to a point: it says what the rate says
          }
          String[] w = WHOLES[thing];
          String task = w[0] + "60" + w[1] + "。";
          String rate = "全年" + w[0] + SHARES[share] + percent + "%";
          for (String narrative : new String[] {rate + "，其中" + w[2] + part + w[1] + "。",
              rate + "，" + w[2] + part + w[1] + "，其他" + part + w[1] + "。"}) {
            assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
                .singleElement().asString().endsWith(" ← " + percent + "%");
          }
        });
  }

  private static final String[] GOALS = {"年度目标", "年度任务", "目标任务", "全年目标"};
  private static final String[] REVISE = {"调减为", "调整为", "核减为"};

  @Test
  void aRevisionOfTheYearsGoalRevisesTheTarget() {
    qt().withExamples(300).forAll(integers().between(0, GOALS.length * REVISE.length - 1), integers().between(0, 2),
        integers().between(10, 60), integers().between(1, 9))
        .checkAssert((words, form, target, cut) -> {
          String goal = GOALS[words % GOALS.length];
          String revise = REVISE[words / GOALS.length];
          int revised = target - cut;
          int done = revised + cut / 2;
          String task = "建设老年助浴点" + target + "个。";
          String narrative = switch (form) {
            case 0 -> goal + "由" + target + "个" + revise + revised + "个，全年建成老年助浴点" + done + "个。";
            case 1 -> goal + revise + revised + "个，全年完成" + done + "个。";
            default -> "全年建成老年助浴点" + done + "个，" + goal + "经民政部" + revise + revised + "个。";
          };
          Task t = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(t)).as(narrative).containsExactly("COUNT EXACTLY " + target + "个 ← " + done + "个");
          assertThat(t.matches().get(0).revision()).as(narrative).isPresent();
          assertThat(t.outcome().measures().get(t.matches().get(0).revision().getAsInt()).value().intValue())
              .as(narrative).isEqualTo(revised);
        });
  }

  @Test
  void upkeepIsNeitherBuildingNorRenewing() {
    qt().withExamples(200).forAll(integers().between(1, 90), integers().between(1, 90), integers().between(0, 3))
        .checkAssert((built, kept, form) -> {
          String[] upkeep = {"养护", "管护", "日常养护", "养护工程"};
          String task = "完成农村公路" + upkeep[form] + "50公里。";
          String newWork = "完成新改建农村公路" + built + "公里";
          String upkept = upkeep[form] + kept + "公里";
          for (String narrative : new String[] {newWork + "，" + upkept + "。", upkept + "，" + newWork + "。"}) {
            assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(narrative)
                .singleElement().asString().endsWith(" ← " + kept + "公里");
          }
        });
  }

  @Test
  void aWholeIsNotAddedToAPartOfItsBreakdown() {
    qt().withExamples(200).forAll(integers().between(2, 90), integers().between(1, 89), integers().between(0, 1))
        .checkAssert((whole, first, parenthesis) -> {
          int a = Math.min(first, whole - 1);
          String open = parenthesis == 0 ? "（" : "，";
          String close = parenthesis == 0 ? "）" : "";
          String narrative = "全年完成农村公路养护工程" + whole + "公里" + open + "其中大中修" + a + "公里、预防性养护"
              + (whole - a) + "公里" + close + "，新改建农村公路13公里。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("完成农村公路养护工程100公里。", narrative)))
              .as(narrative).containsExactly("AMOUNT EXACTLY 100公里 ← " + whole + "公里");
        });
  }

  private static final String[][] GROUP_RATES = {{"特困人员", "集中供养率", "失能"}, {"农村", "自来水普及率", "山区"},
      {"城镇", "污水处理率", "重点"}, {"适龄儿童", "疫苗接种率", "流动"}};

  @Test
  void aRateOfAGroupWithinTheTargetsIsNotItsRate() {
    qt().withExamples(200).forAll(integers().between(0, GROUP_RATES.length - 1), integers().between(30, 99),
        integers().between(0, 1))
        .checkAssert((which, percent, order) -> {
          String[] g = GROUP_RATES[which];
          String own = g[1] + "为" + percent + ".4%";
          String group = g[2] + g[0] + g[1] + "100%";
          String narrative = order == 0 ? own + "，" + group + "。" : group + "，" + own + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(g[0] + g[1] + "达到60%以上", narrative)))
              .as(narrative).singleElement().asString().endsWith(" ← " + percent + ".4%");
        });
  }

  @Test
  void aLevelPerPersonIsNotTheTotal() {
    qt().withExamples(200).forAll(integers().between(0, 2), integers().between(1, 99), integers().between(11, 29))
        .checkAssert((which, total, tenths) -> {
          String[] things = {"应急避难场所", "公共体育场地", "城市公园绿地"};
          if (tenths % 10 == 0) {
            return; // 1.0 is written 1
          }
          String perPerson = tenths / 10 + "." + tenths % 10;
          String narrative = "全区" + things[which] + "总面积" + total + ".2万平方米，人均" + perPerson + "平方米。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("人均" + things[which] + "面积达到1.5平方米", narrative)))
              .as(narrative).singleElement().asString().endsWith(" ← " + perPerson + "平方米");
        });
  }

  @Test
  void aPercentageUnderTheLabelProgressIsTheShareDoneOrTheIndicatorsValue() {
    qt().withExamples(200).forAll(integers().between(50, 120), integers().between(0, 2))
        .checkAssert((percent, form) -> {
          String[] labels = {"进度", "进度：", "进度 "};
          String narrative = labels[form] + percent + "%";
          Task count = FormsOfWritingTest.extracted("新建5G基站300个。", narrative);
          assertThat(FormsOfWritingTest.pairs(count)).as(narrative).containsExactly("COUNT EXACTLY 300个 ← " + percent + "%");
          assertThat(count.outcome().measures()).singleElement().extracting(m -> m.role())
              .isEqualTo(io.github.workreport.Role.COMPLETION_RATE);
          String rate = labels[form] + (percent / 20) + ".5%";
          Task level = FormsOfWritingTest.extracted("城镇登记失业率控制在4.5%以内", rate);
          assertThat(level.outcome().measures()).as(rate).singleElement().extracting(m -> m.role())
              .isEqualTo(io.github.workreport.Role.ACHIEVED);
        });
  }

  @Test
  void gdpIsTheRegionsGrossProduct() {
    qt().withExamples(200).forAll(integers().between(1, 9), integers().between(1, 9), integers().between(0, 1))
        .checkAssert((own, other, order) -> {
          String gdp = "单位GDP能耗下降" + own + ".5%";
          String sibling = "规上工业单位增加值能耗下降" + other + ".2%";
          String narrative = order == 0 ? gdp + "，" + sibling + "。" : sibling + "，" + gdp + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("单位地区生产总值能耗下降3%", narrative)))
              .as(narrative).singleElement().asString().endsWith(" ← " + own + ".5%");
          String growth = "全年GDP增长" + own + ".5%，规上工业增加值增长" + other + ".2%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("地区生产总值增长6%", growth)))
              .as(growth).singleElement().asString().endsWith(" ← " + own + ".5%");
        });
  }

  @Test
  void aGrowthOnTheComparableBasisAnswersTheTarget() {
    qt().withExamples(200).forAll(integers().between(1, 9), integers().between(1, 9), integers().between(0, 3))
        .checkAssert((raw, like, form) -> {
          String[] bases = {"同口径", "可比口径", "同口径", "可比口径"};
          String rawGrowth = "自然口径增长" + raw + ".1%";
          String likeGrowth = bases[form] + "增长" + like + ".8%";
          String narrative = "一般公共预算收入" + (form < 2 ? rawGrowth + "，" + likeGrowth : likeGrowth + "，" + rawGrowth) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("一般公共预算收入增长5%。", narrative)))
              .as(narrative).singleElement().asString().endsWith(" ← " + like + ".8%");
        });
  }

  @Test
  void aRateSaidByTheEndOfTheTargetsNameIsItsRate() {
    qt().withExamples(200).forAll(integers().between(0, 2), integers().between(50, 99))
        .checkAssert((which, percent) -> {
          String[] rates = {"开工率", "竣工验收率", "办结率"};
          String[] things = {"省市重点项目", "保障性住房", "政务服务事项"};
          String narrative = things[which] + "48个，已完成41个，" + rates[which] + percent + ".4%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(things[which] + rates[which] + "达到90%以上。", narrative)))
              .as(narrative).singleElement().asString().endsWith(" ← " + percent + ".4%");
        });
  }

  private static final String[][] PROGRAMMES = {{"适龄儿童免疫规划疫苗接种率保持在90%以上。", "免疫规划疫苗接种率", "%"},
      {"营养改善计划覆盖学生3700人。", "营养改善计划惠及学生", "人"}, {"双高计划建设单位达到20所。", "双高计划建设单位达到", "所"}};

  @Test
  void aProgrammeNamedWithAWordOfPlanningIsNoPlan() {
    qt().withExamples(200).forAll(integers().between(0, PROGRAMMES.length - 1), integers().between(11, 99))
        .checkAssert((which, value) -> {
          String[] p = PROGRAMMES[which];
          String narrative = p[1] + value + p[2] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(p[0], narrative))).as(narrative)
              .singleElement().asString().endsWith(" ← " + value + p[2]);
          // the year's own plan restated is still no achievement
          String plan = "年度计划投资" + value + "亿元，已完成投资" + (value - 1) + "亿元。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("完成年度计划投资" + value + "亿元。", plan))).as(plan)
              .singleElement().asString().endsWith(" ← " + (value - 1) + "亿元");
        });
  }

  @Test
  void aTargetInAnAsideAfterItsLabelAndVerbTakesTheNameBefore() {
    String[] labels = {"年度目标：", "目标：", "预期目标：", "年度目标:"};
    String[][] forms = {{"城镇登记失业率", "控制在", "%以内", "AT_MOST"}, {"森林覆盖率", "提高到", "%", "EXACTLY"},
        {"农村自来水普及率", "达到", "%以上", "AT_LEAST"}, {"城镇调查失业率", "不超过", "%", "AT_MOST"}};
    qt().withExamples(200).forAll(integers().between(0, labels.length * forms.length - 1), integers().between(20, 90))
        .checkAssert((which, value) -> {
          String[] f = forms[which / labels.length];
          String task = f[0] + "（" + labels[which % labels.length] + f[1] + value + ".5" + f[2] + "）";
          Task t = FormsOfWritingTest.extracted(task, "全县" + f[0] + value + ".2%。");
          assertThat(t.targets()).as(task).singleElement().satisfies(target -> {
            assertThat(target.metric()).isEqualTo(f[0]);
            assertThat(target.bound().name()).isEqualTo(f[3]);
          });
          assertThat(FormsOfWritingTest.pairs(t)).as(task).singleElement().asString().endsWith(" ← " + value + ".2%");
        });
  }

  @Test
  void theYearsRunningTotalIsTheYearsWork() {
    qt().withExamples(200).forAll(integers().between(0, 2), integers().between(0, 2), integers().between(100, 999))
        .checkAssert((year, verb, value) -> {
          String[] years = {"全年", "今年", "年内"};
          String[] verbs = {"建立", "设立", "开设"};
          String narrative = years[year] + "累计" + verbs[verb] + "家庭病床" + value + "张。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("新增家庭病床300张。", narrative))).as(narrative)
              .containsExactly("COUNT EXACTLY 300张 ← " + value + "张");
          String stock = "截至目前，全县累计有家庭病床" + value + "张。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("新增家庭病床300张。", stock))).as(stock)
              .containsExactly("COUNT EXACTLY 300张 ← -");
        });
  }

  @Test
  void aNetIncreaseIsAnsweredByTheNetFigure() {
    qt().withExamples(200).forAll(integers().between(0, 2), integers().between(50, 150), integers().between(1, 40))
        .checkAssert((which, gross, left) -> {
          String[] things = {"规上工业企业", "高新技术企业", "市场主体"};
          for (String narrative : new String[] {"全年新增" + things[which] + gross + "家，净增" + (gross - left) + "家。",
              "1-11月新认定" + things[which] + gross + "家，注销、迁出等减少" + left + "家，净增" + (gross - left) + "家。"}) {
            assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(things[which] + "净增100家。", narrative)))
                .as(narrative).containsExactly("COUNT EXACTLY 100家 ← " + (gross - left) + "家");
          }
        });
  }

  @Test
  void newLendingIsTheIncreaseNotTheBalance() {
    qt().withExamples(200).forAll(integers().between(0, 2), integers().between(100, 300), integers().between(10, 60))
        .checkAssert((which, balance, increase) -> {
          String[] loans = {"科技贷款", "普惠小微贷款", "涉农贷款"};
          String narrative = loans[which] + "余额" + balance + "亿元，较年初增加" + increase + "亿元。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("新增" + loans[which] + "40亿元。", narrative)))
              .as(narrative).containsExactly("AMOUNT EXACTLY 40亿元 ← " + increase + "亿元");
        });
  }

  @Test
  void aRaiseOfMoneyIsAnsweredByTheChangeBetweenTheLevels() {
    qt().withExamples(200).forAll(integers().between(0, 3), integers().between(100, 900), integers().between(5, 60))
        .checkAssert((form, old, raise) -> {
          String[] per = {"", "每人每月", "每人每年", "每月"};
          String task = "城乡低保标准" + per[form] + "提高30元。";
          String narrative = "低保标准由" + per[form] + old + "元提高到" + per[form] + (old + raise) + "元。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("GROWTH EXACTLY 30元 ← " + raise + "元");
        });
  }

  @Test
  void everyItemOfABreakdownIsAPart() {
    qt().withExamples(200).forAll(integers().between(100, 300), integers().between(10, 90), integers().between(2, 4))
        .checkAssert((whole, first, items) -> {
          String[] kinds = {"技术开发", "技术服务", "技术咨询", "技术转让"};
          StringBuilder narrative = new StringBuilder("全市登记技术合同4862项，成交额" + whole + ".7亿元，其中");
          for (int i = 0; i < items; i++) {
            narrative.append(i == 0 ? "" : "，").append(kinds[i]).append("合同成交额").append(first + i).append(".3亿元");
          }
          narrative.append("。");
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("技术合同成交额突破150亿元。", narrative.toString())))
              .as(narrative.toString()).singleElement().asString().endsWith(" ← " + whole + ".7亿元");
        });
  }

  @Test
  void aGradeTheTargetDoesNotNameIsNoPart() {
    qt().withExamples(200).forAll(integers().between(0, 2), integers().between(1, 20), integers().between(1, 20))
        .checkAssert((which, a, b) -> {
          String[] things = {"龙头企业", "文明村镇", "研发平台"};
          String narrative = "新增省级" + things[which] + a + "个、市级" + things[which] + b + "个。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("新增省级" + things[which] + "10个。", narrative)))
              .as(narrative).containsExactly("COUNT EXACTLY 10个 ← " + a + "个");
          String above = "新增省级" + things[which] + a + "个、国家级" + things[which] + b + "个。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("新增省级以上" + things[which] + "10个。", above)))
              .as(above).containsExactly("COUNT EXACTLY 10个 ← " + (a + b) + "个");
        });
  }

  @Test
  void aCompletionRateATargetSetsIsItsLevel() {
    qt().withExamples(200).forAll(integers().between(0, 2), integers().between(20, 60), integers().between(80, 99))
        .checkAssert((which, done, started) -> {
          String[] rates = {"竣工率", "完工率", "完成率"};
          String alone = "年度重点项目" + rates[which] + done + ".2%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("年度重点项目" + rates[which] + "达到40%。", alone)))
              .as(alone).containsExactly("LEVEL EXACTLY 40% ← " + done + ".2%");
          String both = "年度重点项目开工率" + started + ".5%，" + rates[which] + done + ".2%。";
          String task = "年度重点项目开工率达到90%，" + rates[which] + "达到40%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, both))).as(both)
              .containsExactly("LEVEL EXACTLY 90% ← " + started + ".5%", "LEVEL EXACTLY 40% ← " + done + ".2%");
        });
  }
}
