package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left by the probe round al (written against 9256c35) and found by round am (written against
 * a8911c7). Before its fix, each law failed thus:
 *
 * <ul>
 *   <li>labelled values parted by commas under a header's unit (社区养老服务设施覆盖率(%)：城市100，农村80) were counts of
 *       no unit, as only a list parted by 、 took the header's; and the narrative's figures after the same labels
 *       (实绩：城市100，农村78.6) stayed bare, so a shortfall of a rate was judged as a ratio of counts;
 *   <li>money under a header per a span of time (特困人员基本生活标准(元/人·年)：14040) was answered by money per
 *       another span (每人每月1183元) as it stood, a twelfth of the year's, since only a span in the target's own
 *       words moved the narrative's money into it;
 *   <li>a rate's unit in its header (孕产妇死亡率（1/10万） 目标值 ≤12) was a target of one per 100 000, and the name
 *       of the rate was lost to the target after it;
 *   <li>round am: a header's unit did not reach a cell whose value has words of its own after the label
 *       (标识注册量(亿个)：年度目标累计达到10), and a count so reached was a level, which a count does not answer;
 *       nor did a header's unit in Latin letters (算力总规模(EFLOPS)：年度目标5), nor one whose cell gives the old
 *       value before the new (（元/人·月）：由158提高至173);
 *   <li>a running total of all years (累计建成14327个) beside the year's months so far (1-6月新建1865个) answered the
 *       year's target of new ones, unless its words named a start (开工累计); and a label before its value's colon
 *       (累计建成：14327, 1-6月完成：1865) was not of that value's clause, so neither was known for what it was;
 *   <li>a count in 个 a thousand times smaller than a count target in another classifier (接入部门68个 ‖ 数据调用量达到
 *       5亿次) answered it, as 个 may stand for any classifier, when the narrative's own 6.3亿次 named the thing less
 *       closely;
 *   <li>a part in parentheses after a header's cell (年度目标12000(其中灵活就业人员2000)) took no unit, so the narrative's
 *       bare figure of the whole answered the part, and a part of a list of parts in parentheses with no colon before
 *       it (完成5760(其中学前教育1620、义务教育4140)) was lost;
 *   <li>a figure naming nothing before a list of two or more parts (完成5760个，其中学前教育1620个、义务教育4140个) fitted
 *       the whole and the parts after the first, so it answered none;
 *   <li>a year's part of a running total (累计完成投资4.1亿元，其中2023年完成2.46亿元) was no year's figure, as 其中今年
 *       was, so the total answered the year's target;
 *   <li>a figure naming the whole's thing (已筹集保障性租赁住房1315套) fitted parts whose names are the whole's with their own
 *       words before it (其中新建800套、改建400套 read as 新建…保障性租赁住房) as well as the whole, and a count of projects in
 *       个 (改建项目3个) answered a target of the flats they hold (改建400套);
 *   <li>round an (written against 16177d0): a bare figure said as a change from last year (9月末同比增长9.3) under a row
 *       setting a growth in percent (贷款余额增长（%）：年度目标10以上) was a count's difference from last year, which only a
 *       task of such a difference keeps;
 *   <li>a figure per work of a target of two works was no part when its work was written as two (改造提升 for 新建改造),
 *       nor when the target gave its second work in an aside (新建（改造）消防蓄水池15口), which was dropped, so the
 *       first work's figure alone answered it;
 *   <li>grades listed before the one that says 级 for them all (新增国家、省级标准化试点示范项目2个) counted only the last, so
 *       the narrative's 国家级 figure was of another grade and no part of the target;
 *   <li>what a register or a treasury took in, as a sheet labels it (1-9月入库3610, 全年新增入库163家), named a thing of
 *       its own, 入库, which no target of the row's tax or firms is;
 *   <li>a bare figure naming a bare target's very thing (电梯万台事故起数控制在0.15以下 ‖ 电梯万台事故起数为0) was a count,
 *       which the level it names does not take;
 *   <li>a thing flat on last year in a clause dated by months (1-9月…零售额与上年同期持平) was no figure, the date being
 *       taken for a number of the clause;
 *   <li>the row's one bare figure after a label telling where it comes from (三季度测评：82.7, 第三方测评96.3, 秋季学期开学统计：
 *       95.8) kept the label for its thing and no unit, so no rate of the row's header took it. (Round ao, written
 *       against 8f5b4dc, found the last two.) The guard beside it keeps a figure of another order from doing so;
 *   <li>round ao: a sheet's cell opening with a change from last year (法律援助经费(万元)：同比增长10%以上, 占比(%)：较上年
 *       下降2个百分点) named no thing, so the narrative's change of the row's thing was another indicator's;
 *   <li>a count of the things (执业律师1187名) answered a count per so many people (每万人拥有律师数3.5名), more than a
 *       hundred times apart;
 *   <li>a revision pointing at the task's target (该项目标调减为10家) named a thing of its own, 该项目标, so it revised
 *       nothing and 11 was judged against 15;
 *   <li>things said still being built (3个站场均处于施工阶段) were the work done, as things all begun (均已开工) were
 *       not;
 *   <li>a figure no date of the narrative reaches was as of December, so in a report of part of the year it was taken
 *       for a later figure than the dated ones: 上半年…业务总量…同比增长12.9%；…业务收入…同比增长11.2% answered the
 *       target of 业务总量 with the second;
 *   <li>a part target (其中屋顶分布式光伏不少于4万千瓦) whose narrative breaks the whole into parts (其中，整县推进屋顶分布式
 *       光伏并网3.8万千瓦，集中式光伏电站并网9.8万千瓦) was left unanswered, every part closer to it than the whole being
 *       taken for parts that split it; the part sharing twice what any other does is its own, unless each part opens
 *       with the target's words (新建堤防、加固堤防 for 新建和加固堤防);
 *   <li>a rate raised to the level its aside names (提升行政执法人员持证率（目标值：98%）) was a growth of 98%, taking its kind
 *       from the verb outside the aside as 地区生产总值增长（预期目标7.8%） rightly does;
 *   <li>round ap (written against 600b48a): medals (枚), tents (顶) and files (卷) had no classifier, so their figures
 *       were none;
 *   <li>a negation in an aside after a figure (体检率97.3%（4人因长期异地居住未能参检）) denied the figure, as one in its
 *       clause does (未完成…);
 *   <li>times counted with 两 after a word that commonly precedes no count (期间两次走访慰问) were taken for a name, as
 *       三次产业 is;
 *   <li>治理 was no work on what exists, so a target of it (完成15个行政村生活污水治理) named no work, and projects all begun
 *       (15个村污水治理项目已全部开工) answered it as they answer a list of projects to carry out;
 *   <li>the parts of a figure told before them (1—9月完成：1637；…备注：其中国家级12名、一级186名) were summed, and the sum,
 *       in the target's classifier, answered it over the bare figure;
 *   <li>the year's new ones (今年新增16所) answered a target of a running total (年度目标累计180) beside the narrative's own
 *       running total (累计182), their classifier winning over the bare total;
 *   <li>last year's figure in an aside (1-9月评定83.2（上年81.7）) was a measure, so the row had two bare figures and
 *       neither took the header's percent. Two probe rows that paired last year's figure (al4_b #17, ae3_c #4) now
 *       pair none: their own figures (-3.2, 9 0. 8) are not read yet.
 * </ul>
 */
class TwentyFifthRoundFormsTest {

  /** A header, its unit as a target then carries it, and two labels of its cells. */
  private static final String[][] LABELLED_SHEETS = {{"社区养老服务设施覆盖率(%)", "%", "城市", "农村"},
      {"孤儿基本生活保障标准(元/人·月)", "元", "集中养育", "社会散居"}, {"农村生活污水治理率（%）", "%", "平原乡镇", "山区乡镇"}};

  private static final String[] LIST_COMMAS = {",", "，", "、"};

  @Test
  void labelledValuesUnderAHeadersUnitTakeItAndSoDoTheNarrativesFiguresAfterTheSameLabels() {
    qt().withExamples(300).forAll(integers().between(0, LABELLED_SHEETS.length * LIST_COMMAS.length - 1),
        integers().between(40, 99), integers().between(40, 99), integers().between(-60, 60))
        .checkAssert((form, first, second, off) -> {
          String[] s = LABELLED_SHEETS[form / LIST_COMMAS.length];
          String sep = LIST_COMMAS[form % LIST_COMMAS.length];
          String task = s[0] + "：" + s[2] + first + sep + s[3] + second;
          String achieved = FormsOfWritingTest.tenths(second * 10 + off);
          String narrative = "实绩：" + s[2] + first + sep + s[3] + achieved;
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).extracting(t -> t.unit().symbol()).containsExactly(s[1], s[1]);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL EXACTLY " + first + s[1] + " ← " + first + s[1],
                  "LEVEL EXACTLY " + second + s[1] + " ← " + achieved + s[1]);
        });
  }

  @Test
  void moneyPerAnotherSpanAnswersAHeadersMoneyInTheHeadersSpan() {
    qt().withExamples(200).forAll(integers().between(300, 1500), integers().between(0, 1))
        .checkAssert((monthly, labelled) -> {
          int yearly = monthly * 12;
          String task = labelled == 0 ? "特困人员基本生活标准(元/人·年)：" + yearly
              : "特困人员基本生活标准(元/人·年)：城市" + yearly + "，农村" + (yearly - 1200);
          String narrative = labelled == 0 ? "实绩：每人每月" + monthly + "元"
              : "实绩：城市每人每月" + monthly + "元，农村每人每月" + (monthly - 100) + "元";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          List<String> pairs = FormsOfWritingTest.pairs(read);
          assertThat(pairs).as(task + " ‖ " + narrative).isNotEmpty()
              .allSatisfy(pair -> assertThat(pair).matches("LEVEL EXACTLY (\\d+)元 ← \\1元"));
        });
  }

  @Test
  void aRatesUnitInItsHeaderIsNoTarget() {
    for (String task : new String[] {"孕产妇死亡率（1/10万） 目标值 ≤12", "孕产妇死亡率(1/10万)：≤12",
        "孕产妇死亡率（1/10万）：目标值≤12"}) {
      Task read = FormsOfWritingTest.extracted(task, "完成值 4.82");
      assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
        assertThat(t.metric()).isEqualTo("孕产妇死亡率");
        assertThat(t.value()).isEqualByComparingTo(BigDecimal.valueOf(12));
      });
      // since round bb the header's rate is the row's unit, the target's and the bare figure's alike
      assertThat(FormsOfWritingTest.pairs(read)).as(task).singleElement()
          .satisfies(pair -> assertThat(pair).isEqualTo("LEVEL AT_MOST 12/10万 ← 4.82/10万"));
    }
  }

  private static final String[] COUNTED_HEADERS = {"亿个", "家", "万户", "个"};

  private static final String[] VALUES_OWN_WORDS = {"累计达到", "力争达到", "确保达到", "累计"};

  @Test
  void aHeadersUnitReachesACellWhoseValueHasWordsOfItsOwnAfterTheLabel() {
    qt().withExamples(200).forAll(integers().between(0, COUNTED_HEADERS.length - 1),
        integers().between(0, VALUES_OWN_WORDS.length - 1), integers().between(10, 900), integers().between(-9, 9))
        .checkAssert((header, words, target, off) -> {
          String unit = COUNTED_HEADERS[header];
          String task = "标识注册量(" + unit + ")：年度目标" + VALUES_OWN_WORDS[words] + target;
          int achieved = target + off;
          Task read = FormsOfWritingTest.extracted(task, "截至6月底，累计标识注册量" + achieved + unit);
          assertThat(FormsOfWritingTest.pairs(read)).as(task)
              .containsExactly("COUNT EXACTLY " + target + unit + " ← " + achieved + unit);
        });
  }

  @Test
  void aHeadersUnitInLatinLettersReachesItsCell() {
    Task read = FormsOfWritingTest.extracted("算力总规模(EFLOPS)：年度目标5", "1-6月：算力总规模达到4.6EFLOPS");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("AMOUNT EXACTLY 5EFlops ← 4.6EFlops");
  }

  @Test
  void aHeadersUnitReachesANewValueAfterTheOldInItsCell() {
    qt().withExamples(100).forAll(integers().between(100, 900), integers().between(1, 40)).checkAssert((old, raise) -> {
      String task = "城乡居民基础养老金最低标准（元/人·月）：由" + old + "提高至" + (old + raise);
      Task read = FormsOfWritingTest.extracted(task, "已按新标准发放");
      assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
        assertThat(t.value()).isEqualByComparingTo(BigDecimal.valueOf(old + raise));
        assertThat(t.unit().symbol()).isEqualTo("元");
      });
    });
  }

  /** A year's months so far, then the running total of all years, each in prose and as a sheet labels them. */
  private static final String[] MONTHS_THEN_TOTAL = {"1-6月新建%d个，累计建成%d个", "1-6月完成：%d；累计建成：%d",
      "1-6月完成:%d;完成率:50%%;累计建成:%d", "上半年新建%d个，全市累计建成%d个"};

  @Test
  void theRunningTotalOfAllYearsBesideTheYearsMonthsIsNotTheYearsWork() {
    qt().withExamples(200).forAll(integers().between(0, MONTHS_THEN_TOTAL.length - 1), integers().between(100, 2900),
        integers().between(3100, 20000))
        .checkAssert((form, done, total) -> {
          String narrative = String.format(MONTHS_THEN_TOTAL[form], done, total);
          Task read = FormsOfWritingTest.extracted("新建5G基站(个)：年度目标3000", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).singleElement()
              .satisfies(pair -> assertThat(pair).matches("COUNT EXACTLY 3000个 ← " + done + "个?"));
        });
  }

  @Test
  void aCountOfAnotherOrderInAnotherClassifierIsAnotherThing() {
    qt().withExamples(200).forAll(integers().between(2, 90), integers().between(10, 900), integers().between(10, 99))
        .checkAssert((target, departments, calls) -> {
          String achieved = FormsOfWritingTest.tenths(calls);
          String narrative = "政务数据共享交换平台已接入部门" + departments + "个，全年累计提供数据共享调用" + achieved + "亿次。";
          Task read = FormsOfWritingTest.extracted("政务数据共享交换平台全年数据调用量达到" + target + "亿次", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("COUNT EXACTLY " + target + "亿次 ← " + achieved + "亿次");
        });
  }

  @Test
  void aPartInParenthesesOfAHeadersCellTakesItsUnitAndAnswersAsItsPartDoes() {
    qt().withExamples(200).forAll(integers().between(9000, 15000), integers().between(1000, 3000),
        integers().between(-800, 800), integers().between(-400, 400))
        .checkAssert((whole, part, offWhole, offPart) -> {
          String task = "新增住房公积金缴存职工(人)：年度目标" + whole + "(其中灵活就业人员" + part + ")";
          String narrative = "1-9月完成：" + (whole + offWhole) + "(其中灵活就业人员" + (part + offPart) + ")";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          List<String> pairs = FormsOfWritingTest.pairs(read);
          assertThat(pairs).as(task + " ‖ " + narrative).hasSize(2);
          // the bare figure of the whole keeps no classifier of its own
          assertThat(pairs.get(0)).matches("COUNT EXACTLY " + whole + "人 ← " + (whole + offWhole) + "人?");
          assertThat(pairs.get(1)).isEqualTo("COUNT EXACTLY " + part + "人 ← " + (part + offPart) + "人");
        });
  }

  /** A whole, then its parts listed after 其中, in prose and as a sheet's cell. */
  private static final String[][] WHOLE_AND_PARTS = {{"新增学位%d个，其中学前教育%d个、义务教育%d个", "完成%d个，其中学前教育%d个、义务教育%d个"},
      {"新增中小学幼儿园学位(个)：目标%d(其中学前教育%d、义务教育%d)", "完成%d(其中学前教育%d、义务教育%d)"}};

  @Test
  void aFigureNamingNothingBeforeAListOfPartsIsTheWholes() {
    qt().withExamples(200).forAll(integers().between(0, WHOLE_AND_PARTS.length - 1), integers().between(1000, 3000),
        integers().between(2000, 5000), integers().between(-300, 300))
        .checkAssert((form, first, second, off) -> {
          String task = String.format(WHOLE_AND_PARTS[form][0], first + second, first, second);
          String narrative = String.format(WHOLE_AND_PARTS[form][1], first + second + off, first + off, second);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).hasSize(3)
              .satisfies(pairs -> assertThat(pairs.get(0)).matches("COUNT EXACTLY " + (first + second) + "个 ← "
                  + (first + second + off) + "个?"));
        });
  }

  @Test
  void aYearsPartOfARunningTotalIsTheYearsWork() {
    qt().withExamples(200).forAll(integers().between(20, 90), integers().between(10, 60), integers().between(0, 1))
        .checkAssert((target, done, spaced) -> {
          String year = spaced == 1 ? " 2020 年" : "2020年";
          String part = FormsOfWritingTest.tenths(done);
          String narrative = "工程累计完成投资" + FormsOfWritingTest.tenths(done + 40) + "亿元，其中" + year + "完成" + part
              + "亿元。";
          Task read = FormsOfWritingTest.extracted("开工建设青龙水库工程，年内完成投资" + target + "亿元。", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly(
              "AMOUNT EXACTLY " + target + "亿元 ← " + part + "亿元");
        });
  }

  @Test
  void aFigureNamingTheWholesThingIsTheWholesNotAPartsThatSharesItsName() {
    qt().withExamples(200)
        .forAll(integers().between(500, 1500), integers().between(200, 700), integers().between(-200, 300))
        .checkAssert((first, second, off) -> {
          int whole = first + second;
          String task = "新筹集保障性租赁住房" + whole + "套（间），其中新建" + first + "套、改建" + second + "套。";
          String narrative = "截至6月底，已筹集保障性租赁住房" + (whole + off) + "套（间）。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "COUNT EXACTLY " + whole + "套 ← " + (whole + off) + "套", "COUNT EXACTLY " + first + "套 ← -",
              "COUNT EXACTLY " + second + "套 ← -");
        });
  }

  @Test
  void aCountOfProjectsIsNoCountOfTheThingsTheyHold() {
    qt().withExamples(100).forAll(integers().between(2, 9), integers().between(200, 600))
        .checkAssert((projects, flats) -> {
      String narrative = "已改建非居住存量房屋改建项目" + projects + "个。";
      Task read = FormsOfWritingTest.extracted("改建保障性租赁住房" + flats + "套。", narrative);
      assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("COUNT EXACTLY " + flats + "套 ← -");
    });
  }

  @Test
  void aBareFigureSaidAsAChangeFromLastYearIsTheRowsRateOfChange() {
    qt().withExamples(200).forAll(integers().between(50, 150), integers().between(1, 200), integers().between(0, 1))
        .checkAssert((target, tenths, falls) -> {
          String change = FormsOfWritingTest.tenths(tenths);
          String narrative = "9月末同比" + (falls == 1 ? "下降" : "增长") + change;
          Task read = FormsOfWritingTest.extracted("金融机构本外币各项贷款余额增长（%）：年度目标" + FormsOfWritingTest.tenths(target)
              + "以上", narrative);
          // a fall answers a growth as a growth below zero
          BigDecimal signed = BigDecimal.valueOf(falls == 1 ? -tenths : tenths, 1);
          assertThat(read.outcome().measures()).as(narrative).singleElement().satisfies(m -> {
            assertThat(m.unit().symbol()).isEqualTo("%");
            assertThat(m.kind()).isEqualTo(io.github.workreport.Kind.GROWTH);
            assertThat(m.value()).isEqualByComparingTo(signed);
          });
          assertThat(read.matches()).singleElement().satisfies(m -> assertThat(m.measure()).isPresent());
        });
  }

  /** A target of two works, and the narrative's figure of each, with %d for the target and the two figures. */
  private static final String[][] TWO_WORKS = {{"新建改造标准化农贸市场%d个。", "新建城东农贸市场%d个，改造提升实验路农贸市场%d个。", "个"},
      {"新建（改造）消防蓄水池%d口。", "新建消防蓄水池%d口、改造提升%d口。", "口"}};

  @Test
  void aFigurePerWorkOfATargetOfTwoWorksAddsUp() {
    qt().withExamples(200).forAll(integers().between(0, TWO_WORKS.length - 1), integers().between(1, 30),
        integers().between(1, 30), integers().between(-5, 5))
        .checkAssert((form, built, renovated, off) -> {
          int target = Math.max(1, built + renovated + off);
          String task = String.format(TWO_WORKS[form][0], target);
          String narrative = String.format(TWO_WORKS[form][1], built, renovated);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          String unit = TWO_WORKS[form][2];
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + unit + " ← " + (built + renovated) + unit);
        });
  }

  @Test
  void gradesSharingOneLevelInATargetsListAreEachCounted() {
    qt().withExamples(100).forAll(integers().between(1, 9), integers().between(1, 9), integers().between(2, 15))
        .checkAssert((national, provincial, target) -> {
          String narrative = "新增国家级标准化试点项目" + national + "个、省级标准化试点项目" + provincial + "个";
          Task read = FormsOfWritingTest.extracted("新增国家、省级标准化试点示范项目" + target + "个", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("COUNT EXACTLY " + target + "个 ← " + (national + provincial) + "个");
        });
  }

  @Test
  void whatARegisterOrATreasuryTookInIsTheRowsFigure() {
    qt().withExamples(200).forAll(integers().between(100, 9000), integers().between(50, 9900), integers().between(0, 1))
        .checkAssert((target, done, form) -> {
          String task = form == 0 ? "水资源税征收（万元）：年度目标" + target : "新增限额以上商贸企业（家）：年度目标" + target;
          String narrative = form == 0 ? "1-9月入库" + done + "，同比-8.6%" : "全年新增入库" + done + "家";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          String unit = form == 0 ? "万元" : "家";
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith(target + unit + " ← " + done + unit));
        });
  }

  @Test
  void aBareFigureNamingABareTargetsThingIsOfItsKind() {
    qt().withExamples(100).forAll(integers().between(5, 50), integers().between(0, 60)).checkAssert((ceiling, done) -> {
      String narrative = "上半年电梯万台事故起数为" + FormsOfWritingTest.tenths(done) + "。";
      Task read = FormsOfWritingTest.extracted("电梯万台事故起数控制在" + FormsOfWritingTest.tenths(ceiling) + "以下。",
          narrative);
      assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly(
          "LEVEL AT_MOST " + FormsOfWritingTest.tenths(ceiling) + " ← " + FormsOfWritingTest.tenths(done));
    });
  }

  @Test
  void aThingFlatOnLastYearInADatedClauseGrewByNothing() {
    for (String dated : new String[] {"1-9月", "前三季度", "截至9月底，"}) {
      String narrative = dated + "全县限额以上汽车类商品零售额与上年同期持平。";
      Task read = FormsOfWritingTest.extracted("全年汽车类商品零售额增长6%。", narrative);
      assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("GROWTH EXACTLY 6% ← 0%");
    }
  }

  private static final String[] SOURCE_LABELS = {"三季度测评：", "第三方测评", "秋季学期开学统计：", "9月抽样调查"};

  @Test
  void theRowsOneBareFigureAfterALabelOfItsSourceTakesTheHeadersPercent() {
    qt().withExamples(200).forAll(integers().between(0, SOURCE_LABELS.length - 1), integers().between(60, 95),
        integers().between(-100, 100))
        .checkAssert((label, target, off) -> {
          String done = FormsOfWritingTest.tenths(Math.min(1000, target * 10 + off));
          String narrative = SOURCE_LABELS[label] + done;
          Task read = FormsOfWritingTest.extracted("物业服务群众满意度(%)：年度目标≥" + target, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("LEVEL AT_LEAST " + target + "% ← " + done + "%");
        });
  }

  @Test
  void aBareFigureOfAnotherOrderIsNoRowsRate() {
    Task read = FormsOfWritingTest.extracted("投诉举报按时办结率（%）：100", "国标1、地标6");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("LEVEL EXACTLY 100% ← -");
  }

  /** A header, a cell opening with a change from last year, the narrative's change, and what the target is then. */
  private static final String[][] CHANGE_CELLS = {
      {"法律援助经费(万元)：同比增长%s%%以上", "1-9月拨付法律援助经费612万元，同比增长%s%%", "GROWTH AT_LEAST %s%% ← %s%%"},
      {"涉法涉诉信访事项占比(%%)：较上年下降%s个百分点", "1-9月占比18.4，较上年同期下降%s个百分点", "DECLINE EXACTLY %s个百分点 ← %s个百分点"}};

  @Test
  void aCellOpeningWithAChangeFromLastYearIsOfItsHeadersThing() {
    qt().withExamples(200).forAll(integers().between(0, CHANGE_CELLS.length - 1), integers().between(5, 150),
        integers().between(5, 150))
        .checkAssert((form, target, done) -> {
          String t = FormsOfWritingTest.tenths(target);
          String d = FormsOfWritingTest.tenths(done);
          String task = String.format(CHANGE_CELLS[form][0], t);
          Task read = FormsOfWritingTest.extracted(task, String.format(CHANGE_CELLS[form][1], d));
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(target0 -> assertThat(target0.metric()).isEqualTo(task.substring(0, task.indexOf('('))));
          assertThat(FormsOfWritingTest.pairs(read)).as(task)
              .containsExactly(String.format(CHANGE_CELLS[form][2], t, d));
        });
  }

  @Test
  void aCountOfTheThingsIsNoCountPerSoManyPeople() {
    // more than a hundred times the ratio: QuickTheories found 400 against 4.0, a hundred times exactly, which answers
    qt().withExamples(200).forAll(integers().between(20, 60), integers().between(700, 5000))
        .checkAssert((target, lawyers) -> {
      String narrative = "全市执业律师增至" + lawyers + "名";
      Task read = FormsOfWritingTest.extracted("每万人拥有律师数(名)：年度目标" + FormsOfWritingTest.tenths(target), narrative);
      assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
          .containsExactly("COUNT EXACTLY " + FormsOfWritingTest.tenths(target) + "名 ← -");
    });
  }

  @Test
  void aRevisionPointingAtTheTasksTargetRevisesIt() {
    for (String pointer : new String[] {"该项目标", "此项目标", "该目标", "本项任务"}) {
      Task read = FormsOfWritingTest.extracted("新增备案托育机构15家。",
          "年中经县人大常委会审议，" + pointer + "调减为10家。全年新增备案托育机构11家。");
      assertThat(read.matches()).as(pointer).singleElement().satisfies(m -> {
        assertThat(m.revision()).isPresent();
        assertThat(m.measure()).isPresent();
      });
    }
  }

  @Test
  void thingsStillBeingBuiltAreNoWorkDone() {
    for (String state : new String[] {"均处于施工阶段", "均在施工", "正在施工", "均在建"}) {
      String narrative = "3个站场" + state + "，下一步将督促施工单位加快进度。";
      Task read = FormsOfWritingTest.extracted("完成农村公路货运站场改造3个。", narrative);
      assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("COUNT EXACTLY 3个 ← -");
    }
  }

  @Test
  void aFigureNoDateReachesIsAsOfTheReportsPeriodNoLater() {
    qt().withExamples(200).forAll(integers().between(1, 11), integers().between(80, 160), integers().between(80, 160))
        .checkAssert((month, volume, revenue) -> {
          String v = FormsOfWritingTest.tenths(volume);
          String narrative = "1-" + month + "月全市邮政行业业务总量完成31.4亿元，同比增长" + v
              + "%；邮政行业业务收入21.36亿元，同比增长" + FormsOfWritingTest.tenths(revenue) + "%。";
          Task task = Task.builder().number(1).text("邮政行业业务总量增长12%。")
              .outcome(io.github.workreport.Outcome.of(narrative, io.github.workreport.Status.UNDETERMINED)).build();
          Task read = TaskExtractor.standard().extract(task, java.util.Optional.empty(), java.util.OptionalInt.of(2023),
              java.util.Optional.of(io.github.workreport.Period.of(java.time.YearMonth.of(2023, month))));
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("GROWTH EXACTLY 12% ← " + v + "%");
        });
  }

  @Test
  void thePartClosestToAPartTargetAnswersItNotTheWhole() {
    qt().withExamples(200).forAll(integers().between(20, 60), integers().between(80, 150), integers().between(10, 60))
        .checkAssert((floor, whole, rooftop) -> {
          String narrative = "全年新增光伏并网装机" + FormsOfWritingTest.tenths(whole) + "万千瓦，其中，整县推进屋顶分布式光伏并网"
              + FormsOfWritingTest.tenths(rooftop) + "万千瓦，集中式光伏电站并网" + FormsOfWritingTest.tenths(whole - rooftop)
              + "万千瓦。";
          Task read = FormsOfWritingTest.extracted("新增光伏发电装机容量12万千瓦，其中屋顶分布式光伏不少于"
              + FormsOfWritingTest.tenths(floor) + "万千瓦。", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly(
              "AMOUNT EXACTLY 12万千瓦 ← " + FormsOfWritingTest.tenths(whole) + "万千瓦",
              "AMOUNT AT_LEAST " + FormsOfWritingTest.tenths(floor) + "万千瓦 ← " + FormsOfWritingTest.tenths(rooftop)
                  + "万千瓦");
        });
  }

  @Test
  void aRateRaisedToTheLevelOfItsAsideIsALevelAndAThingGrownByItsAsideAGrowth() {
    qt().withExamples(100).forAll(integers().between(800, 999), integers().between(700, 1000))
        .checkAssert((target, done) -> {
      String t = FormsOfWritingTest.tenths(target);
      String d = FormsOfWritingTest.tenths(done);
      Task raised = FormsOfWritingTest.extracted("提升行政执法人员持证率（目标值：" + t + "%），严格落实持证上岗制度。",
          "全区在岗行政执法人员1106人，持证率" + d + "%。");
      assertThat(FormsOfWritingTest.pairs(raised)).containsExactly("LEVEL EXACTLY " + t + "% ← " + d + "%");
    });
    Task grown = FormsOfWritingTest.extracted("地区生产总值增长（预期目标7.8%左右）", "全年增长8.1%");
    assertThat(grown.targets()).singleElement()
        .satisfies(t -> assertThat(t.kind()).isEqualTo(io.github.workreport.Kind.GROWTH));
  }

  /** Things counted by classifiers of their own, with %d for the target and the figure. */
  private static final String[][] CLASSIFIED = {{"力争金牌数达到%d枚以上。", "代表团共获得金牌%d枚、银牌19枚。", "枚"},
      {"救灾物资储备库储备帐篷%d顶。", "年末储备帐篷%d顶。", "顶"}, {"全年评查行政执法案卷不少于%d卷。", "全年评查案卷%d卷。", "卷"}};

  @Test
  void medalsTentsAndFilesAreCounted() {
    qt().withExamples(100).forAll(integers().between(0, CLASSIFIED.length - 1), integers().between(10, 900),
        integers().between(10, 900))
        .checkAssert((form, target, done) -> {
          String[] c = CLASSIFIED[form];
          Task read = FormsOfWritingTest.extracted(String.format(c[0], target), String.format(c[1], done));
          assertThat(FormsOfWritingTest.pairs(read)).as(c[0]).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith(target + c[2] + " ← " + done + c[2]));
        });
  }

  @Test
  void aNegationInAnAsideAfterAFigureTellsWhatItLeavesOut() {
    qt().withExamples(100).forAll(integers().between(900, 999), integers().between(1, 9))
        .checkAssert((rate, absent) -> {
      String r = FormsOfWritingTest.tenths(rate);
      String narrative = "全年组织军休干部健康体检，体检率" + r + "%（" + absent + "人因长期异地居住未能参检）。";
      Task read = FormsOfWritingTest.extracted("军休干部年度健康体检率达到98%以上。", narrative);
      assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("LEVEL AT_LEAST 98% ← " + r + "%");
    });
  }

  @Test
  void timesCountedWithLiangAreCountedWhateverStandsBefore() {
    for (String before : new String[] {"春节、“八一”期间", "全年", "上半年集中"}) {
      String narrative = before + "两次走访慰问驻县部队。";
      Task read = FormsOfWritingTest.extracted("春节、“八一”期间走访慰问驻县部队官兵2次。", narrative);
      assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("COUNT EXACTLY 2次 ← 2次");
    }
  }

  @Test
  void projectsAllBegunAreNoTreatmentDone() {
    qt().withExamples(50).forAll(integers().between(5, 40)).checkAssert(villages -> {
      String narrative = villages + "个村污水治理项目已全部开工。";
      Task read = FormsOfWritingTest.extracted("完成" + villages + "个行政村生活污水治理。", narrative);
      assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("COUNT EXACTLY " + villages + "个 ← -");
    });
  }

  @Test
  void thePartsOfAFigureToldAreNoSumToMake() {
    qt().withExamples(200)
        .forAll(integers().between(1000, 2000), integers().between(5, 50), integers().between(50, 300))
        .checkAssert((done, national, first) -> {
          String narrative = "1—9月完成：" + done + "；完成进度：90%；备注：其中国家级" + national + "名、一级" + first + "名";
          Task read = FormsOfWritingTest.extracted("培训社会体育指导员（名）：年度目标1500", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).singleElement()
              .satisfies(pair -> assertThat(pair).matches("COUNT EXACTLY 1500名 ← " + done + "名?"));
        });
  }

  @Test
  void theYearsNewOnesBesideARunningTotalAnswerNoTargetOfTheTotal() {
    qt().withExamples(200).forAll(integers().between(150, 200), integers().between(140, 210), integers().between(5, 30))
        .checkAssert((target, total, added) -> {
          String narrative = "1—9月完成：累计" + total + "；备注：今年新增" + added + "所";
          Task read = FormsOfWritingTest.extracted("全国青少年校园足球特色学校（所）：年度目标累计" + target, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).singleElement()
              .satisfies(pair -> assertThat(pair).matches("COUNT EXACTLY " + target + "所 ← " + total + "所?"));
        });
  }

  @Test
  void lastYearsFigureInAnAsideIsNoMeasure() {
    qt().withExamples(100).forAll(integers().between(700, 900), integers().between(700, 900)).checkAssert((done, last) -> {
      String d = FormsOfWritingTest.tenths(done);
      String narrative = "1-9月评定" + d + "（上年" + FormsOfWritingTest.tenths(last) + "）";
      Task read = FormsOfWritingTest.extracted("农村公路优良中等路率（％）：年度目标≥85", narrative);
      assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("LEVEL AT_LEAST 85% ← " + d + "%");
    });
  }

  /** A guard of the first law: the first version of its fix made the level a decline of the change's target. */
  @Test
  void aFigureAfterTheNameOfAChangesThingIsNoChange() {
    Task read = FormsOfWritingTest.extracted("高峰拥堵指数同比下降3%以上", "1-11月高峰拥堵指数1.58，同比降低2.1%。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("DECLINE AT_LEAST 3% ← 2.1%");
  }
}
