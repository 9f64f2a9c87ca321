package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Bound;
import io.github.workreport.Report;
import io.github.workreport.Status;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left by round bs (written against 9b9676e9) and found by round bt (against 6f163823). Before its fix,
 * each law failed thus:
 *
 * <ul>
 *   <li>round bs: a scoring list's weight after an indicator's name (政务服务事项网上可办率（4分）：…) and its deduction rule
 *       (每低1个百分点扣1分) were targets, a level of 4分 and two more, so a list of twenty rows held sixty targets nobody
 *       set;
 *   <li>names quoted side by side (新增“跨省通办”“省内通办”事项各20项以上) were one thing, so 各 gave the two one target,
 *       answered by their sum;
 *   <li>round bt (written against 6f163823): topic headings naming how the work went (一、主要指标完成情况,
 *       二、重点任务推进情况) declared their rows done and ongoing, so a table numbered on through them filed every row
 *       under a status section and judged each claim against it;
 *   <li>a supervision list's status headings in its own words were misread: 已办结（7项） declared nothing, and
 *       未按时限完成（3项） declared its rows done;
 *   <li>an indicator's cell with an aside inside its words (基层供销社（个）：新建（恢复）5; 接种率（%）：以乡（镇、街道）为单位保持在90以上)
 *       lost its header's unit, so the bare figure was no target, or one of no unit;
 *   <li>a rate per hundred thousand, million or ten million (快递服务有效申诉率控制在百万分之5以内) was read from its last
 *       万分之: 百 joined the name and the rate was a hundred times too large (0.05%, not 0.0005%);
 *   <li>a count said with 超 naming the size of the things a later count counts (培育业务量超百万件项目3个), and such a size in
 *       an aside after the count (金牌项目1个（年业务量超1000万件）), were targets of their own;
 *   <li>what work brings about beside itself (直接扶持妇女创业就业572人，带动就业1800余人) was a part of the work, added up to
 *       answer the target with 2372;
 *   <li>the rest of a set whose sentence says the work on them runs (38个问题中，已整改到位35个；3个涉及…问题，…正在持续推进)
 *       answered the target, as its words shared 问题 with the task's and the part done, named by its work alone, did
 *       not: the set's things named after its count are now the part's too;
 *   <li>round bu (written against dedb3c19): a row's bare figure, its unit left to the header (完成值：3126。其中自主就业退役士兵
 *       就业2215人), lost to the part that writes its unit, as the rule for a row's own figure over its breakdown asked
 *       the part to be in the figure's unit;
 *   <li>至少 before the verb of the work (每年至少组织2次, 至少培训500人) bounded nothing: only a verb of change was looked
 *       through, so the floor was a plain number;
 *   <li>the places a rate is set for each of (全县168个行政村每村每月放映1场) were a count to reach;
 *   <li>a count in words after an aside of the thing (建设孵化基地（园区）两个, 新建幼儿园（含分园）三所) was no count: the
 *       character before it was the bracket, no word of the thing;
 *   <li>flows of one operation in opposite directions (轮换出库3.9万吨、入库3.1万吨) were parts of it, added up;
 *   <li>those who do a first step, named by it (全年对28家招标代理机构开展检查), were work at that step, which cannot say the
 *       work done;
 *   <li>seconds were no unit (响应时间控制在30秒以内, 停播率控制在1秒/百小时以内), so neither target was found;
 *   <li>round bt: a numeral's thousands after its 万 before 元 (一万八千元) opened the unit 千元, so 18 000 元 was read as
 *       18 000 千元, a thousand times the standard.
 * </ul>
 */
class ThirtySecondRoundFormsTest {

  /** Indicators of a scoring list, each a rate a task sets a floor on. */
  private static final String[] INDICATORS = {"政务服务事项网上可办率", "热线按时办结率", "企业开办全程网办率", "联合验收项目占比"};

  /** How a list writes an indicator's weight. */
  private static final String[] WEIGHTS = {"(%d分)", "（%d分）", "（分值%d分）", "（权重：%d分）"};

  /** How a list writes the deduction for falling short, before or after the floor. */
  private static final String[] DEDUCTIONS = {"，每低1个百分点扣%d分", "，每少完成5%%扣%d分", "；未达到的扣%d分", "，低于目标的按比例扣分"};

  @Test
  void aScoringListsWeightAndDeductionAreNoTargets() {
    qt().withExamples(80).forAll(integers().between(0, INDICATORS.length * WEIGHTS.length - 1),
        integers().between(0, DEDUCTIONS.length - 1), integers().between(1, 9), integers().between(60, 99))
        .checkAssert((form, d, points, floor) -> {
          int i = form / WEIGHTS.length;
          int w = form % WEIGHTS.length;
          String task = INDICATORS[i] + String.format(WEIGHTS[w], points) + "：" + INDICATORS[i] + "达到" + floor + "%以上"
              + String.format(DEDUCTIONS[d], 1) + "。";
          Task read = FormsOfWritingTest.extracted(task, "目标值：" + floor + "%以上；完成值：" + (floor + 0.5) + "%；自评得分："
              + points + "分。");
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
            assertThat(t.unit()).isEqualTo(Unit.parse("%"));
            assertThat(t.value()).isEqualByComparingTo(BigDecimal.valueOf(floor));
            assertThat(t.bound()).isEqualTo(Bound.AT_LEAST);
          });
          assertThat(FormsOfWritingTest.pairs(read)).as(task).singleElement().asString().endsWith("← " + floor + ".5%");
        });
  }

  @Test
  void aDeductionInAnAsideAfterAFigureLeavesTheFigureReached() {
    qt().withExamples(40).forAll(integers().between(850, 899), integers().between(1, 9)).checkAssert((tenths, lost) -> {
      String reached = FormsOfWritingTest.tenths(tenths);
      Task read = FormsOfWritingTest.extracted("群众满意率不低于90%，每低1个百分点扣1分。",
          "全年受理群众诉求62514件，群众满意率" + reached + "%（扣0." + lost + "分）；自评得分：7." + lost + "分。");
      assertThat(FormsOfWritingTest.pairs(read)).singleElement().asString().endsWith("← " + reached + "%");
    });
  }

  @Test
  void aScoreToReachIsStillATarget() {
    qt().withExamples(30).forAll(integers().between(80, 95)).checkAssert(score -> {
      Task read = FormsOfWritingTest.extracted("第三方营商环境满意度测评得分达到" + score + "分以上。",
          "第三方测评得分" + (score + 1) + "分。");
      assertThat(FormsOfWritingTest.pairs(read)).singleElement().asString()
          .endsWith(" AT_LEAST " + score + "分 ← " + (score + 1) + "分");
    });
  }

  /** Pairs of things a report quotes side by side. */
  private static final String[][] QUOTED = {{"跨省通办", "省内通办"}, {"一件事", "一类事"}, {"免申即享", "直达快享"}};

  @Test
  void namesQuotedSideBySideEachTakeTheirOwnTarget() {
    qt().withExamples(60).forAll(integers().between(0, QUOTED.length - 1), integers().between(10, 40),
        integers().between(1, 9)).checkAssert((q, goal, shortBy) -> {
          String task = "新增“" + QUOTED[q][0] + "”“" + QUOTED[q][1] + "”事项各" + goal + "项以上。";
          String narrative = "新增“" + QUOTED[q][0] + "”事项" + (goal - shortBy) + "项、“" + QUOTED[q][1] + "”事项"
              + (goal + 2) + "项。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task).containsExactly(
              "COUNT AT_LEAST " + goal + "项 ← " + (goal - shortBy) + "项",
              "COUNT AT_LEAST " + goal + "项 ← " + (goal + 2) + "项");
        });
  }

  @Test
  void namesQuotedAsExamplesOfAClassStayOneThing() {
    qt().withExamples(30).forAll(integers().between(20, 60), integers().between(1, 9)).checkAssert((goal, shortBy) -> {
      Task read = FormsOfWritingTest.extracted("举办专场招聘会不少于" + goal + "场。",
          "上半年已举办“春风行动”“民营企业招聘月”等各类招聘活动" + (goal - shortBy) + "场，提供岗位1.36万个。");
      assertThat(FormsOfWritingTest.pairs(read)).singleElement().asString().endsWith("← " + (goal - shortBy) + "场");
    });
  }

  /** Topic headings that name how a kind of work went, and the status word each would otherwise give. */
  private static final String[] HOW_IT_WENT = {"一、主要指标完成情况", "二、重点任务推进情况", "（三）民生实事落实进展情况", "四、重点项目建设完成情况"};

  @Test
  void aTopicNamingHowTheWorkWentDeclaresNoStatus() {
    qt().withExamples(40).forAll(integers().between(1, HOW_IT_WENT.length), integers().between(1, 3))
        .checkAssert((topics, rows) -> {
          StringBuilder text = new StringBuilder("某县2024年1-9月重点工作推进情况表\n\n主要任务\t责任单位\t完成情况\n");
          int number = 0;
          for (int t = 0; t < topics; t++) {
            text.append(HOW_IT_WENT[t]).append('\n');
            for (int r = 0; r < rows; r++) {
              number++;
              text.append("（").append(number).append("）新建公厕").append(number + 2).append("座\t县住建局\t已建成").append(number)
                  .append("座。\n");
            }
          }
          Report report = TableText.read(text.toString(), "t.txt");
          assertThat(report.sections()).as(text.toString()).isEmpty();
          assertThat(report.tasks()).as(text.toString()).hasSize(number).allSatisfy(task -> {
            assertThat(task.section()).isEmpty();
            assertThat(task.outcome().declaredStatus()).isEqualTo(Status.UNDETERMINED);
          });
        });
  }

  @Test
  void aSupervisionListsHeadingsSayDoneAndNotDoneInTheirOwnWords() {
    qt().withExamples(30).forAll(integers().between(1, 30)).checkAssert(count -> {
      for (String done : new String[] {"已办结（%d项）", "已办结 %d 项:"}) {
        assertThat(StatusCues.ofHeading(String.format(done, count))).isEqualTo(Status.MET);
      }
      for (String late : new String[] {"未按时限完成（%d项）", "未按期办结（%d项）", "未能按期完成 %d 项:"}) {
        assertThat(StatusCues.ofHeading(String.format(late, count))).as(late).isEqualTo(Status.NOT_MET);
      }
    });
  }

  /** Indicators with their header's unit, and the cell's words with an aside before the value. */
  private static final String[][] ASIDE_CELLS = {{"基层供销社（个）：", "新建（恢复）", "", "个"},
      {"适龄儿童国家免疫规划疫苗接种率（%）：", "以乡（镇、街道）为单位保持在", "以上", "%"},
      {"农村公路（公里）：", "新建（改造）", "", "公里"}};

  @Test
  void anAsideInsideACellsWordsKeepsTheHeadersUnit() {
    qt().withExamples(40).forAll(integers().between(0, ASIDE_CELLS.length - 1), integers().between(5, 95))
        .checkAssert((c, goal) -> {
          String[] cell = ASIDE_CELLS[c];
          String task = cell[0] + cell[1] + goal + cell[2];
          Task read = FormsOfWritingTest.extracted(task, "已完成。");
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualByComparingTo(BigDecimal.valueOf(goal));
            assertThat(t.unit()).isEqualTo(Unit.parse(cell[3]));
          });
        });
  }

  @Test
  void aHeadersUnitIsNoAsideOfTheCellsWords() {
    Task read = FormsOfWritingTest.extracted("柳林乡:高标准农田(万亩)任务0.40;农村户厕改造(户)任务190", "已完成。");
    assertThat(read.targets()).extracting(t -> t.quantity().format()).containsExactly("0.4万亩", "190户");
  }

  /** A rate's denominator in words, and the powers of ten it stands for. */
  private static final String[][] PER_WHAT = {{"百", "2"}, {"万", "4"}, {"十万", "5"}, {"百万", "6"}, {"千万", "7"}};

  @Test
  void aRatePerSoManyIsThatShareInPercent() {
    qt().withExamples(60).forAll(integers().between(0, PER_WHAT.length - 1), integers().between(1, 99))
        .checkAssert((d, n) -> {
          String task = "快递服务有效申诉率控制在" + PER_WHAT[d][0] + "分之" + n + "以内";
          Task read = FormsOfWritingTest.extracted(task, "已完成。");
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
            assertThat(t.unit()).isEqualTo(Unit.PERCENT);
            int places = Integer.parseInt(PER_WHAT[d][1]);
            assertThat(t.value()).isEqualByComparingTo(BigDecimal.valueOf(n).movePointLeft(places - 2));
            assertThat(t.bound()).isEqualTo(Bound.AT_MOST);
            assertThat(t.metric()).isEqualTo("快递服务有效申诉率");
          });
        });
  }

  @Test
  void aCountSaidWithOverNamesTheSizeOfTheThingsCounted() {
    qt().withExamples(40).forAll(integers().between(10, 500), integers().between(1, 9), integers().between(0, 1))
        .checkAssert((size, projects, aside) -> {
          String task = aside == 1 ? "培育快递服务金牌项目" + projects + "个（年业务量超" + size + "万件）"
              : "培育业务量超" + size + "万件项目" + projects + "个";
          Task read = FormsOfWritingTest.extracted(task, "已完成。");
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
            assertThat(t.quantity().format()).isEqualTo(projects + "个");
          });
        });
  }

  @Test
  void aCountSaidWithOverIsStillATargetBesideAnotherOfItsOwn() {
    qt().withExamples(30).forAll(integers().between(100, 900), integers().between(5, 50))
        .checkAssert((people, events) -> {
          String task = "招募志愿者超过" + people + "人，开展志愿服务活动" + events + "场";
          assertThat(FormsOfWritingTest.extracted(task, "已完成。").targets()).as(task)
              .extracting(t -> t.quantity().format()).containsExactly(people + "人", events + "场");
        });
  }

  @Test
  void whatWorkBringsAboutIsNoPartOfIt() {
    qt().withExamples(40).forAll(integers().between(300, 900), integers().between(1000, 3000))
        .checkAssert((direct, more) -> {
          Task read = FormsOfWritingTest.extracted("扶持妇女创业就业600人以上",
              "全年直接扶持妇女创业就业" + direct + "人，带动就业" + more + "余人。");
          assertThat(FormsOfWritingTest.pairs(read)).singleElement().asString().endsWith("← " + direct + "人");
        });
  }

  @Test
  void theRestOfASetStillRunningIsNotWhatWasDone() {
    qt().withExamples(40).forAll(integers().between(10, 60), integers().between(1, 5)).checkAssert((all, left) -> {
      Task read = FormsOfWritingTest.extracted("推动交办的" + all + "个审计查出问题年底前全部整改到位",
          all + "个问题中，已整改到位" + (all - left) + "个；" + left + "个涉及历史遗留土地出让金欠缴问题，已制定分阶段整改计划，正在持续推进。");
      assertThat(FormsOfWritingTest.pairs(read)).singleElement().asString().endsWith("← " + (all - left) + "个");
    });
  }

  @Test
  void aRowsBareFigureBeatsThePartsThatWriteItsUnit() {
    qt().withExamples(40).forAll(integers().between(2000, 4000), integers().between(500, 1900))
        .checkAssert((done, part) -> {
          Task read = FormsOfWritingTest.extracted("新增退役军人就业（人）：3000",
              "完成值：" + done + "。其中自主就业退役士兵就业" + part + "人。");
          assertThat(FormsOfWritingTest.pairs(read)).singleElement().asString().endsWith("← " + done);
        });
  }

  /** Verbs of the work 至少 may stand before. */
  private static final String[][] AT_LEAST_WORK = {{"每年至少组织", "次应急演练"}, {"至少培训", "人"}, {"全年至少开展", "场"}};

  @Test
  void atLeastBeforeTheVerbOfTheWorkIsAFloor() {
    qt().withExamples(40).forAll(integers().between(0, AT_LEAST_WORK.length - 1), integers().between(2, 500))
        .checkAssert((w, n) -> {
          String task = AT_LEAST_WORK[w][0] + n + AT_LEAST_WORK[w][1];
          assertThat(FormsOfWritingTest.extracted(task, "已完成。").targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.bound()).isEqualTo(Bound.AT_LEAST));
        });
  }

  @Test
  void thePlacesARateIsSetForAreNoCountToReach() {
    qt().withExamples(40).forAll(integers().between(20, 300), integers().between(1, 4), integers().between(0, 1))
        .checkAssert((villages, each, form) -> {
          String task = form == 0 ? "全县" + villages + "个行政村每村每月放映" + each + "场"
              : "为" + villages + "个社区每个社区配备" + each + "名专职社工";
          assertThat(FormsOfWritingTest.extracted(task, "已完成。").targets()).as(task)
              .extracting(t -> t.quantity().value().intValue()).containsExactly(each);
        });
  }

  /** Things with an aside after them, and their classifiers. */
  private static final String[][] THINGS_WITH_ASIDES = {{"建设退役军人就业创业孵化基地（园区）", "个"}, {"新建幼儿园（含分园）", "所"},
      {"建设人行过街天桥（地道）", "座"}};
  private static final String[] NUMERALS = {"两", "三", "四", "五", "六", "七", "八", "九"};

  @Test
  void aCountInWordsAfterAnAsideOfTheThingIsACount() {
    qt().withExamples(40).forAll(integers().between(0, THINGS_WITH_ASIDES.length - 1),
        integers().between(0, NUMERALS.length - 1)).checkAssert((t, n) -> {
          String task = THINGS_WITH_ASIDES[t][0] + NUMERALS[n] + THINGS_WITH_ASIDES[t][1] + "。";
          assertThat(FormsOfWritingTest.extracted(task, "已完成。").targets()).as(task).singleElement()
              .satisfies(target -> assertThat(target.quantity().format())
                  .isEqualTo((n + 2) + THINGS_WITH_ASIDES[t][1]));
        });
  }

  /** Flows in opposite directions as a narrative lists them. */
  private static final String[][] FLOWS = {{"轮换出库", "入库"}, {"已轮换出库", "，轮换入库"}, {"调出", "、调入"}};

  @Test
  void flowsInOppositeDirectionsAreNoPartsOfOneFigure() {
    qt().withExamples(40).forAll(integers().between(0, FLOWS.length - 1), integers().between(20, 45),
        integers().between(10, 45)).checkAssert((f, out, in) -> {
          String joiner = FLOWS[f][1].startsWith("，") ? "" : "、";
          String narrative = "1-9月" + FLOWS[f][0] + FormsOfWritingTest.tenths(out) + "万吨" + joiner + FLOWS[f][1]
              + FormsOfWritingTest.tenths(in) + "万吨。";
          Task read = FormsOfWritingTest.extracted("全年轮换市级储备粮4.8万吨", narrative);
          assertThat(read.outcome().measures()).as(narrative).noneSatisfy(m -> assertThat(m.value())
              .isEqualByComparingTo(BigDecimal.valueOf(out + in, 1)));
        });
  }

  @Test
  void thoseNamedByAFirstStepAreNoStepOfTheWork() {
    qt().withExamples(30).forAll(integers().between(27, 40)).checkAssert(checked -> {
      Task read = FormsOfWritingTest.extracted("全年抽查代理机构不少于三十家", "全年对" + checked + "家招标代理机构开展检查，责令整改21家。");
      assertThat(FormsOfWritingTest.pairs(read)).singleElement().asString().endsWith("← " + checked + "家");
    });
  }

  @Test
  void secondsAreASpanOfTime() {
    qt().withExamples(40).forAll(integers().between(5, 60), integers().between(1, 4)).checkAssert((limit, under) -> {
      Task read = FormsOfWritingTest.extracted("120急救电话响应时间控制在" + limit + "秒以内",
          "全年平均响应时间" + (limit - under) + "秒。");
      assertThat(FormsOfWritingTest.pairs(read)).singleElement().asString()
          .isEqualTo("LEVEL AT_MOST " + limit + "秒 ← " + (limit - under) + "秒");
      Task rate = FormsOfWritingTest.extracted("停播率控制在" + under + "秒/百小时以内", "停播率为0." + under + "秒/百小时。");
      assertThat(FormsOfWritingTest.pairs(rate)).singleElement().asString().endsWith("← 0." + under + "秒");
    });
  }

  private static final String[] DIGITS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

  @Test
  void aNumeralsThousandsAfterItsWanAreItsOwn() {
    qt().withExamples(40).forAll(integers().between(1, 9), integers().between(1, 9)).checkAssert((wan, thousands) -> {
      String task = "残疾儿童康复救助标准提高到每人每年" + DIGITS[wan - 1] + "万" + DIGITS[thousands - 1] + "千元";
      assertThat(FormsOfWritingTest.extracted(task, "已完成。").targets()).as(task).singleElement().satisfies(t -> {
        assertThat(t.value()).isEqualByComparingTo(BigDecimal.valueOf(wan * 10_000L + thousands * 1_000L));
        assertThat(t.unit()).isEqualTo(Unit.parse("元"));
      });
    });
    // but a unit's word right after the 万 still opens there: 十五万千瓦 is 150 000 千瓦
    assertThat(FormsOfWritingTest.extracted("新增光伏装机十五万千瓦", "已完成。").targets()).singleElement()
        .satisfies(t -> assertThat(t.quantity().format()).isEqualTo("150000千瓦"));
  }
}
