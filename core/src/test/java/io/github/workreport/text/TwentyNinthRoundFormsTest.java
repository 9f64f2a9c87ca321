package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Kind;
import io.github.workreport.Status;
import io.github.workreport.Task;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found by probe rounds bh (written against 30c19be), bi (against 0bd4059), bj and bk. Before its fix,
 * each law failed thus:
 *
 * <ul>
 *   <li>a sheet's cell that puts only the year before its value, as it puts a label (镇村河长巡河（人次）：全年2,400),
 *       gave the target no name, where the bare value (：2,400) took the header's, so no figure answered it;
 *   <li>a short form of the target's name made of a character of each of two of its words (改厕 of 农村户厕改造, 危改 of
 *       农村危房改造), the only figure of the target's classifier, was taken for another thing, its one word sharing
 *       no word with the target's;
 *   <li>last year's figure run together with its word as a sheet's cells are (全年完成8，上年6), not after a colon or 为,
 *       was a figure of this year's, so it could answer the target in place of the year's own;
 *   <li>round bi (written against 0bd4059): a count of two written 二 with its classifier at the end of its item (新建省级博士后创新实践基地二个。)
 *       was no count, as 二 alone is taken for a term's (二次供水) or a grade's, so the task had no target;
 *   <li>a revision saying when it was made, then only the plan's word (完成21（年中计划调整为21座）), named 计划 its thing,
 *       so it revised no target and the year was judged against the target first set;
 *   <li>a target in an aside whose words before the figure name only the levels of government it is set over
 *       (（年度目标：市县两级不少于30场）) took those levels for its thing, so the total of drills answered nothing;
 *   <li>a level and its increase over a base run together (32.6,较年初增加 7.9) against a target and its stretch
 *       (科技贷款余额：年度目标30，力争35) gave the stretch the increase, each figure answering one target, where the
 *       level answers both;
 *   <li>a part after the whole in a sheet's cell (引进高层次人才（名）：年度目标120，其中博士20) did not take the header's
 *       unit, as a stretch after the target did (目标4.5，力争5), so the bare figures of the narrative were ambiguous
 *       between the two and the whole's figure answered the part; and a bare figure after 学前 (其中学前5) was taken for a
 *       ranking's, as 前5 is, so the part was no target;
 *   <li>a rate about a figure and its stretch (增长8%左右，力争达到9%), neither of them firm, were no one aim at two heights
 *       as a firm target and its stretch are, so the narrative's one rate answered the stretch alone;
 *   <li>an aside of a year and its figure alone after a target (目标0.560（2021年0.553）), where 为 did not stand between
 *       them as in （2021年为0.553）, was a second target;
 *   <li>the year's task said done by its share, all of it (15座全部完工，完成年度任务的100%), was no claim, as only
 *       完成年度任务 in words was;
 *   <li>round bj (written against a678a35): a rate and its stretch in one row naming % in its header (城市生活污水集中收集率（%）：
 *       年度目标70（力争72）) left the row's bare figure (1-9月69.1) in no unit, as only a row of one target gave its
 *       figure the row's %, so neither target was answered;
 *   <li>a revision in a sentence that first puts the rest of the work into a later year (管网纳入2021年实施，年度新建管网任务
 *       调整为95公里) was dropped with that year's figures, so the year was judged against the target first set;
 *   <li>the row's figure named only as an average (1-9月平均1.74) against its one target, an index of no unit with a
 *       ceiling (路网交通运行指数：控制在1.8以内), was a count, of another kind than the level, so it answered nothing;
 *   <li>a revision of a growth to a decline (预期增速由6%调整为下降2%) was a growth of 2 %, the name's 增速 outweighing
 *       the verb before the figure, and the basis a figure is counted on with its verb (按自然口径计算下降1.2%) named
 *       计算 its thing, so the narrative's decline answered nothing.
 * </ul>
 */
class TwentyNinthRoundFormsTest {

  /** Words of the year a cell may put before its value. */
  private static final String[] THE_YEAR = {"全年", "年度", "年内", "本年度"};

  /** Indicators of a flattened sheet, each with its unit and a narrative's words for the work done. */
  private static final String[][] INDICATORS = {{"镇村河长巡河", "人次", "累计巡河"}, {"新增城镇就业", "人", "新增城镇就业"},
      {"村组道路硬化", "公里", "完成村组道路硬化"}};

  @Test
  void theYearAloneBeforeACellsValueNamesTheTargetAsTheBareValueDoes() {
    qt().withExamples(200).forAll(integers().between(0, THE_YEAR.length - 1),
        integers().between(0, INDICATORS.length - 1), integers().between(100, 9000))
        .checkAssert((year, which, goal) -> {
          String[] indicator = INDICATORS[which];
          String header = indicator[0] + "（" + indicator[1] + "）：";
          String narrative = "1-9月" + indicator[2] + (goal - 37) + indicator[1] + "。";
          Task bare = FormsOfWritingTest.extracted(header + goal, narrative);
          Task withTheYear = FormsOfWritingTest.extracted(header + THE_YEAR[year] + goal, narrative);
          assertThat(withTheYear.targets()).as(header + THE_YEAR[year] + goal).singleElement()
              .satisfies(t -> assertThat(t.metric()).isEqualTo(bare.targets().get(0).metric()).isNotEmpty());
          assertThat(withTheYear.matches()).isEqualTo(bare.matches());
          assertThat(withTheYear.matches()).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(0));
        });
  }

  /** Names of work and their short forms, with the thing counted: one character of each of two words. */
  private static final String[][] SHORT_FORMS = {{"农村户厕改造", "改厕", "户"}, {"农村危房改造", "危改", "户"},
      {"棚户区改造", "棚改", "套"}};

  @Test
  void aShortFormOfTheTargetsNameFromTwoOfItsWordsAnswersIt() {
    qt().withExamples(200).forAll(integers().between(0, SHORT_FORMS.length - 1), integers().between(200, 5000),
        integers().between(0, 1)).checkAssert((which, goal, own) -> {
          String[] form = SHORT_FORMS[which];
          String task = "完成" + form[0] + goal + form[2];
          // a character of the name beside one it lacks (改水) is a short form of another work
          String named = own == 0 ? form[1] : "改水";
          String narrative = "全年完成" + named + (goal - 9) + form[2] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.matches()).as(narrative).singleElement()
              .satisfies(m -> assertThat(m.measure().isPresent()).isEqualTo(own == 0));
        });
  }

  /** Words of last year a sheet puts right before its figure. */
  private static final String[] LAST_YEAR = {"上年", "去年", "上年同期"};

  @Test
  void lastYearsFigureRunTogetherWithItsWordIsNoFigureOfThisYear() {
    qt().withExamples(200).forAll(integers().between(0, LAST_YEAR.length - 1), integers().between(20, 900),
        integers().between(20, 900)).checkAssert((word, done, last) -> {
          String narrative = "全年完成" + done + "，" + LAST_YEAR[word] + last + "，同比+" + (done > last ? 1 : 0) + ".5%";
          Task read = FormsOfWritingTest.extracted("新增义务教育公办学位（个）：年度目标" + (done + 13), narrative);
          assertThat(read.outcome().measures()).as(narrative).filteredOn(m -> m.kind() != Kind.GROWTH)
              .extracting(m -> m.value().intValue()).containsExactly(done);
          assertThat(read.matches()).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(0));
        });
  }

  /** Things a task may count, each with its classifier. */
  private static final String[][] COUNTED = {{"新建省级博士后创新实践基地", "个"}, {"新增市级重点实验室", "家"},
      {"改扩建乡镇卫生院", "所"}};

  @Test
  void twoWrittenWithItsClassifierAtTheEndOfItsItemIsACount() {
    qt().withExamples(60).forAll(integers().between(0, COUNTED.length - 1), integers().between(0, 1))
        .checkAssert((which, end) -> {
          String task = COUNTED[which][0] + "二" + COUNTED[which][1] + (end == 0 ? "。" : "，年底前完成。");
          Task read = FormsOfWritingTest.extracted(task, "已建成1" + COUNTED[which][1] + "。");
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.value()).isEqualByComparingTo(BigDecimal.valueOf(2)));
          // a term or a grade keeps its 二
          Task term = FormsOfWritingTest.extracted("改造二次供水设施12处。", "");
          assertThat(term.targets()).singleElement()
              .satisfies(t -> assertThat(t.value()).isEqualByComparingTo(BigDecimal.valueOf(12)));
        });
  }

  /** When a revision was made, and the word of the plan it names. */
  private static final String[] OCCASIONS = {"年中", "下半年", "年初"};
  private static final String[] PLAN_WORDS = {"计划", "目标", "任务"};

  @Test
  void aRevisionSayingOnlyWhenAndThePlansWordRevisesTheTasksTarget() {
    qt().withExamples(100).forAll(integers().between(0, OCCASIONS.length - 1),
        integers().between(0, PLAN_WORDS.length - 1), integers().between(10, 60)).checkAssert((when, word, revised) -> {
          String revision = OCCASIONS[when] + PLAN_WORDS[word] + "调整为" + revised + "座";
          String narrative = "完成" + revised + "（" + revision + "，其余纳入下年计划）";
          Task read = FormsOfWritingTest.extracted("病险水库除险加固（座）：目标" + (revised + 3), narrative);
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> assertThat(m.revision()).isPresent());
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(narrative).isEqualTo(Status.MET);
        });
  }

  /** Scopes of government a target's aside may name before its figure. */
  private static final String[] SCOPES = {"市县两级", "县乡两级", "省市县三级", "县乡村三级"};

  @Test
  void aTargetInAnAsideOverLevelsOfGovernmentIsTheClausesThing() {
    qt().withExamples(100).forAll(integers().between(0, SCOPES.length - 1), integers().between(10, 90),
        integers().between(-5, 5)).checkAssert((scope, goal, more) -> {
          String task = "组织开展防汛应急演练（年度目标：" + SCOPES[scope] + "不少于" + goal + "场）。";
          String narrative = "汛前共组织演练" + (goal + more) + "场。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.metric()).doesNotContain(SCOPES[scope]));
          assertThat(read.matches()).as(task).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(0));
        });
  }

  /** Bases an increase is counted from. */
  private static final String[] BASES = {"较年初", "比年初", "较上年末"};

  @Test
  void anIncreaseOverABaseBesideItsLevelAnswersNoTargetOfTheLevel() {
    qt().withExamples(200).forAll(integers().between(0, BASES.length - 1), integers().between(200, 400),
        integers().between(10, 90)).checkAssert((base, level, increase) -> {
          String narrative = FormsOfWritingTest.tenths(level) + "," + BASES[base] + "增加 "
              + FormsOfWritingTest.tenths(increase);
          Task read = FormsOfWritingTest.extracted("科技贷款余额(亿元):年度目标 30,力争 35", narrative);
          assertThat(read.matches()).as(narrative).hasSize(2)
              .allSatisfy(m -> assertThat(m.measure()).as(narrative).hasValue(0));
        });
  }

  /** Headers of wholes with a part, each with its unit and the part's name. */
  private static final String[][] WHOLES = {{"引进高层次人才", "名", "博士"}, {"新增学位", "个", "小学"},
      {"标准制修订", "项", "国家标准"}, {"新增学位", "个", "学前"}};

  @Test
  void aPartAfterTheWholeInASheetsCellTakesTheHeadersUnit() {
    qt().withExamples(200).forAll(integers().between(0, WHOLES.length - 1), integers().between(60, 200),
        integers().between(5, 50)).checkAssert((which, whole, part) -> {
          String[] w = WHOLES[which];
          String task = w[0] + "（" + w[1] + "）：年度目标 " + whole + "，其中" + w[2] + " " + part;
          Task read = FormsOfWritingTest.extracted(task, "完成 " + (whole - 7) + "，其中" + w[2] + " " + (part + 1));
          assertThat(read.targets()).as(task).hasSize(2)
              .allSatisfy(t -> assertThat(t.unit().symbol()).isEqualTo(w[1]));
          assertThat(read.matches()).as(task).extracting(m -> m.measure().orElse(-1)).containsExactly(0, 1);
        });
  }

  @Test
  void aRateAboutAFigureAndItsStretchShareTheNarrativesRate() {
    qt().withExamples(200).forAll(integers().between(50, 90), integers().between(1, 20), integers().between(20, 120))
        .checkAssert((about, more, achieved) -> {
          String task = "全年规模以上工业增加值增长" + FormsOfWritingTest.tenths(about) + "%左右，力争达到"
              + FormsOfWritingTest.tenths(about + more) + "%。";
          String narrative = "全市规上工业增加值同比增长" + FormsOfWritingTest.tenths(achieved) + "%。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.matches()).as(task).hasSize(2).allSatisfy(m -> assertThat(m.measure()).hasValue(0));
        });
  }

  @Test
  void anAsideOfAnEarlierYearAndItsFigureIsWhereTheTargetStartsFrom() {
    qt().withExamples(100).forAll(integers().between(2015, 2022), integers().between(500, 599),
        integers().between(0, 2))
        .checkAssert((year, last, form) -> {
          String[] was = {"", "为", " 年为 "};
          String base = form == 2 ? year + was[2] : year + "年" + was[form];
          String task = "农田灌溉水有效利用系数:目标0.6（" + base + "0." + last + "）";
          Task read = FormsOfWritingTest.extracted(task, "完成0.61");
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.value()).isEqualByComparingTo(new BigDecimal("0.6")));
        });
  }

  /** What a share of the year's task may be said of. */
  private static final String[] TASKS = {"年度任务", "全年目标", "年度计划", "目标任务"};

  @Test
  void theYearsTaskSaidDoneByAllItsShareIsAClaimAndLessIsNot() {
    qt().withExamples(100).forAll(integers().between(0, TASKS.length - 1), integers().between(50, 100))
        .checkAssert((task, share) -> {
          String narrative = "小型水库全部完工，完成" + TASKS[task] + "的" + share + "%。";
          assertThat(StatusCues.claim(narrative)).as(narrative)
              .isEqualTo(share == 100 ? Optional.of(Status.MET) : Optional.empty());
        });
  }

  @Test
  void aRateAndItsStretchInARowNamingPercentShareTheRowsBareFigure() {
    qt().withExamples(100).forAll(integers().between(50, 90), integers().between(1, 5), integers().between(300, 990))
        .checkAssert((goal, more, tenths) -> {
          String task = "城市生活污水集中收集率(%):年度目标" + goal + "(力争" + (goal + more) + ")";
          String narrative = "1-9月" + FormsOfWritingTest.tenths(tenths);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.outcome().measures()).as(task).singleElement()
              .satisfies(m -> assertThat(m.unit().symbol()).isEqualTo("%"));
          assertThat(read.matches()).as(task).hasSize(2).allSatisfy(m -> assertThat(m.measure()).hasValue(0));
        });
  }

  @Test
  void aRevisionAfterALaterYearTakingTheRestIsThisYearsTarget() {
    qt().withExamples(100).forAll(integers().between(2021, 2023), integers().between(80, 110), integers().between(0, 9))
        .checkAssert((later, revised, more) -> {
          String narrative = "经市政府常务会议研究，东岸片区管网纳入" + later + "年实施，年度新建管网任务调整为" + revised
              + "公里（原120公里）。全年新建城镇污水管网" + (revised + more) + "公里。";
          Task read = FormsOfWritingTest.extracted("新建城镇污水管网120公里。", narrative);
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> assertThat(m.revision()).isPresent());
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(narrative)
              .isEqualTo(more == 0 ? Status.MET : Status.EXCEEDED);
        });
  }

  /** Words of an average alone. */
  private static final String[] AVERAGES = {"平均", "平均值", "均值"};

  @Test
  void theRowsAverageAnswersItsOneIndexOfNoUnit() {
    qt().withExamples(100).forAll(integers().between(0, AVERAGES.length - 1), integers().between(12, 20),
        integers().between(100, 250)).checkAssert((word, ceiling, hundredths) -> {
          String figure = java.math.BigDecimal.valueOf(hundredths, 2).toPlainString();
          Task read = FormsOfWritingTest.extracted("高峰时段路网交通运行指数:年度目标控制在" + FormsOfWritingTest.tenths(ceiling)
              + "以内", "1-9月" + AVERAGES[word] + figure);
          assertThat(read.matches()).as(figure).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(0));
          assertThat(read.outcome().measures().get(0).kind()).isEqualTo(Kind.LEVEL);
        });
  }

  @Test
  void aGrowthRevisedToADeclineIsJudgedAgainstTheDecline() {
    qt().withExamples(100).forAll(integers().between(2, 8), integers().between(1, 9)).checkAssert((goal, tenths) -> {
      String narrative = "年中经省人大常委会批准，一般公共预算收入预期增速由" + goal + "%调整为下降2%。预计全年按自然口径计算下降"
          + FormsOfWritingTest.tenths(tenths) + "%。";
      Task read = FormsOfWritingTest.extracted("一般公共预算收入增长" + goal + "%。", narrative);
      assertThat(read.outcome().measures()).as(narrative).hasSize(2);
      assertThat(read.outcome().measures().get(0).kind()).as(narrative).isEqualTo(Kind.DECLINE);
      assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> {
        assertThat(m.revision()).hasValue(0);
        assertThat(m.measure()).hasValue(1);
      });
      assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(narrative).isEqualTo(Status.EXCEEDED);
    });
  }

  /** How a report says every one of a set done. */
  private static final String[] ALL_DONE = {"已全部建成", "全部建成", "均已建成", "已全部完成建设"};

  @Test
  void aQuotaSaidAllDoneRightAfterItIsWhatWasDone() {
    qt().withExamples(100).forAll(integers().between(0, ALL_DONE.length - 1), integers().between(20, 90))
        .checkAssert((said, tenths) -> {
          String quota = FormsOfWritingTest.tenths(tenths);
          String narrative = "市下达我县高标准农田建设任务" + quota + "万亩" + ALL_DONE[said] + "并通过县级初验。";
          Task read = FormsOfWritingTest.extracted("新建高标准农田" + quota + "万亩。", narrative);
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(0));
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(narrative).isEqualTo(Status.MET);
        });
  }

  /** Verbs of finding a set, a first step of the work on it. */
  private static final String[] FOUND = {"排查出", "排查发现", "摸排出"};

  @Test
  void aSetFoundThenSaidAllDoneInTheNextClauseAnswersTheWork() {
    qt().withExamples(100).forAll(integers().between(0, FOUND.length - 1), integers().between(9000, 13000),
        integers().between(0, 1)).checkAssert((verb, found, all) -> {
          String narrative = "全县" + FOUND[verb] + "撂荒地" + found + "亩，" + (all == 1 ? "已全部完成复耕复种" : "正在组织复耕复种")
              + "，其中种植粮食作物9240亩。";
          Task read = FormsOfWritingTest.extracted("完成撂荒地复耕复种1.2万亩。", narrative);
          assertThat(read.matches()).as(narrative).singleElement()
              .satisfies(m -> assertThat(m.measure().isPresent()).isEqualTo(all == 1));
        });
  }

  /** Words dating what a figure says done. */
  private static final String[] DONE_ON = {"已于", "早在", "于"};

  @Test
  void aFigureDatedInAnEarlierYearRightAfterItIsNoFigureOfThisYear() {
    qt().withExamples(100).forAll(integers().between(0, DONE_ON.length - 1), integers().between(2015, 2019),
        integers().between(2, 9)).checkAssert((word, earlier, gone) -> {
          String narrative = "经逐台排查核实，其中" + gone + "台" + DONE_ON[word] + earlier + "年停用拆除。截至6月底已淘汰"
              + (28 - gone) + "台。";
          Task read = FormsOfWritingTest.extracted("淘汰燃煤锅炉28台。", narrative);
          assertThat(read.outcome().measures()).as(narrative).extracting(m -> m.value().intValue())
              .containsExactly(28 - gone);
        });
  }

  @Test
  void fullCoverageOfTheTasksWorkMeetsATaskOfFullCoverage() {
    qt().withExamples(100).forAll(integers().between(20, 200), integers().between(90, 100), integers().between(0, 1))
        .checkAssert((done, rate, own) -> {
          String work = own == 1 ? "检测" : "清洁"; // another work's coverage says nothing of the task's
          String narrative = "已完成检测" + done + "座，" + work + "覆盖率" + rate + "%。";
          Task read = FormsOfWritingTest.extracted("城市桥梁安全检测：年度目标全覆盖", narrative);
          assertThat(FormsOfWritingTest.assessed(read, 9).status()).as(narrative)
              .isEqualTo(own == 1 && rate == 100 ? Status.MET : Status.UNDETERMINED);
        });
  }

  /** Words naming only how long work took. */
  private static final String[] HOW_LONG = {"平均用时", "用时", "平均办理时长"};

  @Test
  void theRowsFigureOfHowLongAnswersItsOneTargetOfTime() {
    qt().withExamples(100).forAll(integers().between(0, HOW_LONG.length - 1), integers().between(30, 80),
        integers().between(200, 900)).checkAssert((words, ceiling, tenths) -> {
          String narrative = "全年" + HOW_LONG[words] + FormsOfWritingTest.tenths(tenths);
          Task read = FormsOfWritingTest.extracted("工程建设项目审批时间(个工作日):目标≤" + ceiling, narrative);
          assertThat(read.outcome().measures()).as(narrative).singleElement()
              .satisfies(m -> assertThat(m.unit().symbol()).isEqualTo("个工作日"));
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(0));
        });
  }

  @Test
  void aChangeUnderAHeaderOfPointsIsInPoints() {
    qt().withExamples(100).forAll(integers().between(1, 9), integers().between(1, 19), integers().between(0, 1))
        .checkAssert((goal, achieved, rise) -> {
          String task = rise == 1 ? "公共交通出行分担率较上年提高（个百分点）：" + FormsOfWritingTest.tenths(goal)
              : "小微企业综合融资成本(个百分点):目标下降" + FormsOfWritingTest.tenths(goal);
          String narrative = rise == 1 ? "+" + FormsOfWritingTest.tenths(achieved)
              : "全年下降" + FormsOfWritingTest.tenths(achieved) + "个百分点";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(rise == 1 ? Kind.GROWTH : Kind.DECLINE);
            assertThat(t.unit().symbol()).isEqualTo("个百分点");
          });
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> assertThat(m.measure()).hasValue(0));
        });
  }
}
