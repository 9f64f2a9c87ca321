package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left by the probe round ap (written against 600b48a) and found by round aq (written against
 * ee73caf). Before its fix, each law failed thus:
 *
 * <ul>
 *   <li>a level kept, written in a sheet's cell without prose's 在 (处理率（%）：年度目标保持100), took no unit from the
 *       header and named 保持 its thing, so it was a count of nothing that a figure of the row's rate did not answer;
 *   <li>round aq: a figure named by the task's work after a stage of choosing or signing (已遴选培育72名, 已签约引进118名)
 *       named a thing of its own, 遴选 or 签约, so it answered no target, where 已培育72名 answers as a figure of the work
 *       alone does;
 *   <li>a bound or a level on a bare value under a header of money or a measure (医保基金支出（亿元）：控制在17.9以内, 年度
 *       目标达到85) was a level, which the narrative's bare figure of the same unit, an amount, did not answer, where
 *       控制在17.9亿元以内 is an amount;
 *   <li>money of an earlier year paid out in the report's (已拨付2019年度集采结余留用资金1318.5万元) was that year's figure, the
 *       base of a change, and so no measure;
 *   <li>round ar (written against 32ba3be): a decline in tenths (办税时长压缩二成以上) was no figure, as only a growth so said
 *       (增产一成) was; and a change said with a verb no subject ends with (较2021年缩短26.8%) named 缩短 its thing, so it
 *       answered no target of the subject before it, where 较上年下降26.8% does;
 *   <li>round as (written against 0ce40fb): a header's unit of time (不动产登记办结时限（个工作日）：≤5, 志愿服务时长(万小时):120)
 *       reached no bare value, as units of count and measure did; and an average that names nothing (全年平均3.2) named
 *       平均 its thing, so it answered only a target whose name says 平均;
 *   <li>a ceiling on things that happen (违法用地宗数（宗）：控制在20宗以内) was not answered by those found (全年发现违法用地14宗),
 *       finding being the first step of putting right;
 *   <li>a quota handed down, as a sheet labels its cell (批而未供土地处置（亩）：省下达任务1560), was no label: the header's
 *       unit did not reach its value, and 省下达 was the target's thing;
 *   <li>counts in two classifiers more than a hundred times apart (启动两个城市更新片区 ‖ 老城区更新片区完成征收1260户) were one thing,
 *       as only a thousand times apart were two;
 *   <li>a fall planned as a signed change (信访总量同比增减(%)：-10) was a growth of at least −10, so a deeper fall
 *       (完成-12.5) fell short of it;
 *   <li>a value in words right after its cell's label under a header's unit (雨污管网建设(公里)　年度目标二十) was no
 *       figure, as a bare numeral in words is not in prose;
 *   <li>concentrations in Latin symbols (100mg/L, 35μg/m³), data stored (10TB) and a fleet's tonnage (20万载重吨) were no
 *       units, so their targets were none and 20万载重吨 a count of 万;
 *   <li>a revision setting a change (年度目标由增长10%调整为增长3%) revised nothing, as only one setting a value or a work
 *       (调整为新建2家) did; and a revision in the task's own cell (年初预算45.0，年中调整为32.0; 年度目标150（7月调整为180）) was
 *       a second target, so the narrative's one figure answered one of the two (and round aw: a revised value in its
 *       aside with no unit of its own, 年度目标45（年中调整为32）, stayed a second target of no unit);
 *   <li>a verb of work done after 已 with a figure in its clause (已完成拆旧复垦验收1120亩, 148个村中已有139个完成…建设) claimed
 *       the task done, as only 完成 right before its figure (已完成90%) was taken for how much is done;
 *   <li>a part's subject said done while the rest runs (新四军某部旧址修缮已完成；另2处正在进行设计招标) claimed the whole done;
 *   <li>round at (written against 5738e3f): sessions counted in words of more than one character (培训十二期) were a
 *       project's phase, as 二期 is; and a cell labelled by its year before the value's own words (海外仓面积(万平方米)：年度新增5)
 *       took no unit from its header;
 *   <li>plant said done after installing and commissioning it (已安装调试完成十二套) named 调试 a thing, so the figure
 *       answered no target of the plant;
 *   <li>one level for each of a list of rates (专职保安员配备率、一键式紧急报警装置安装率分别达到100%) was one target of both
 *       names, which the first rate's figure answered alone;
 *   <li>a figure with a scale and no classifier (1.08万) under a header of a classifier (老年人能力综合评估(人)：年度目标1.2万)
 *       kept 万 for its unit, which the target's 万人 compared with only as any count does;
 *   <li>round au (written against af87968): 件次 was no classifier, so 455件次 was of 件 and 次 its thing; and a running
 *       total that is the sum of the figures listed before it (1-3季度分别为126件次、171件次、158件次，累计455件次) was no
 *       total, as 合计 is, so the first quarter's figure answered the year's target;
 *   <li>a share said in other words than the target's 比例 (其中新能源汽车31辆，占比66%; 占药品零售企业总数的7.0%; 参与学生比例 ‖
 *       参与率92.3%) named another thing, so no figure answered the share;
 *   <li>the year's new ones (全年新增9项) answered a level to reach from an old one (服务事项由13项扩展至20项) beside the
 *       narrative's running total (累计实现22项), naming the thing more closely;
 *   <li>round av (written against ba716f3): a bare negative growth after its verb (1-9月增长-2.3) was no figure, as no
 *       count is negative; and the price index by its Latin name (全年CPI上涨2.1%) named another thing than 居民消费价格涨幅;
 *   <li>a goal of what is applied or striven for, as a sheet labels its cell (专项债券项目（个）：年度申报目标20, 中央预算内投资
 *       （万元）：年度争取目标8000), was no label, so the header's unit did not reach its value and 申报 was its thing; and
 *       what was approved (1-9月获批22) named 获批 a thing, so it answered no target of the projects applied for;
 *   <li>a unit a sheet declares once above its table (单位:万元; （单位:亿元、%,注明者除外）) reached none of its bare
 *       figures, so targets and figures alike were counts of no unit, and a ceiling (控制在1600以内) was a level that
 *       the year's spending, a count, did not answer;
 *   <li>a revision whose words are who decided it alone (经县政府常务会议研究调减为90处) named that body its thing, so it
 *       revised no target;
 *   <li>round ax (written against 9604d21): 年度目标值 was no label of a sheet's cell (利用率（%）：年度目标值≥85), so its
 *       header's percent did not reach the value; and a line's speed in Mbps was no unit;
 *   <li>an old value with how the change was made for all before its verb (由每人每月80元统一提高到每人每月90元) was the
 *       figure reached, so 80 answered a target of 90;
 *   <li>the purchase or the registration before the thing is handed out or set up (已完成政府采购，产品于7月集中配发;
 *       已完成工商注册登记) claimed the task done, as only first steps such as 招标 or 选址 did not;
 *   <li>a comparator before the persons and span its money is per (不低于每人每年9600元, 分别不低于每人每月1800元、1350元)
 *       bounded nothing, so the floor was a level to meet exactly;
 *   <li>round ay (written against 7fd5c01): last year's level said so (该指标年底测算，上年为0.552) was the year's figure,
 *       as only 上年 with a colon was last year's.
 * </ul>
 */
class TwentySixthRoundFormsTest {

  /** A task's work and its target's words, then a stage before that work. */
  private static final String[][] WORKS = {{"培育", "乡村振兴带头人培育"}, {"引进", "引进名校优生到中小学任教"},
      {"培训", "开展新型学徒制培训"}};

  private static final String[] STAGES = {"遴选", "签约"};

  @Test
  void aFigureOfTheTasksWorkAfterAStageOfChoosingOrSigningAnswersIt() {
    qt().withExamples(200).forAll(integers().between(0, WORKS.length * STAGES.length - 1), integers().between(50, 200),
        integers().between(30, 250)).checkAssert((form, target, done) -> {
          String[] work = WORKS[form / STAGES.length];
          String task = work[1] + target + "名";
          String narrative = "已" + STAGES[form % STAGES.length] + work[0] + done + "名";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + "名 ← " + done + "名");
        });
  }

  /** A header of money or a measure, then a cell's bound or level before its value and after it. */
  private static final String[][] BOUNDED_CELLS = {{"医保基金支出（亿元）", "亿元", "控制在", "以内", "AT_MOST"},
      {"煤炭消费总量(万吨)", "万吨", "年度目标不超过", "", "AT_MOST"}, {"冷库库容(万吨)", "万吨", "年度目标达到", "", "EXACTLY"}};

  @Test
  void aBoundOnABareValueUnderAHeaderOfMoneyIsAnAmount() {
    qt().withExamples(200).forAll(integers().between(0, BOUNDED_CELLS.length - 1), integers().between(100, 900),
        integers().between(-60, 60)).checkAssert((form, tenths, off) -> {
          String[] cell = BOUNDED_CELLS[form];
          String target = FormsOfWritingTest.tenths(tenths);
          String done = FormsOfWritingTest.tenths(tenths + off);
          String task = cell[0] + "：" + cell[2] + target + cell[3];
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, "完成" + done))).as(task + " ‖ " + done)
              .containsExactly("AMOUNT " + cell[4] + " " + target + cell[1] + " ← " + done + cell[1]);
        });
  }

  private static final String[] PAYING = {"拨付", "兑现", "发放"};

  @Test
  void moneyOfAnEarlierYearPaidOutInTheReportsYearIsItsFigure() {
    qt().withExamples(200).forAll(integers().between(0, PAYING.length * 2 - 1), integers().between(2015, 2019),
        integers().between(500, 3000)).checkAssert((form, year, done) -> {
          String verb = PAYING[form / 2];
          String narrative = "已" + verb + year + (form % 2 == 0 ? "年度" : "年") + "奖补资金" + done + "万元";
          Task read = FormsOfWritingTest.extracted(verb + "企业奖补资金不少于1200万元", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("AMOUNT AT_LEAST 1200万元 ← " + done + "万元");
        });
  }

  /** A guard: a figure of an earlier year said as its own (2019年兑现奖补资金800万元) stays that year's. */
  @Test
  void anEarlierYearsOwnFigureIsNoMeasure() {
    Task read = FormsOfWritingTest.extracted("兑现企业奖补资金不少于1200万元", "2019年兑现奖补资金800万元，今年已兑现1300万元");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("AMOUNT AT_LEAST 1200万元 ← 1300万元");
  }

  private static final String[] DECLINES_IN_TENTHS = {"压缩", "降低", "减少", "缩短"};

  private static final String[] NUMERALS = {"一", "二", "两", "三", "五"};

  private static final int[] TENTHS = {1, 2, 2, 3, 5};

  @Test
  void aDeclineInTenthsIsADeclineInPercent() {
    qt().withExamples(100).forAll(integers().between(0, DECLINES_IN_TENTHS.length - 1),
        integers().between(0, NUMERALS.length - 1)).checkAssert((verb, numeral) -> {
          String task = "纳税人平均办税时长较上年" + DECLINES_IN_TENTHS[verb] + NUMERALS[numeral] + "成以上";
          Task read = FormsOfWritingTest.extracted(task, "");
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(io.github.workreport.Kind.DECLINE);
            assertThat(t.quantity().value()).isEqualByComparingTo(java.math.BigDecimal.valueOf(TENTHS[numeral] * 10L));
          });
        });
  }

  @Test
  void aChangeSaidWithItsVerbAloneAfterItsBaseIsTheSubjectsBeforeIt() {
    qt().withExamples(200).forAll(integers().between(100, 400), integers().between(0, 1), integers().between(50, 350))
        .checkAssert((minutes, base, tenths) -> {
          String change = FormsOfWritingTest.tenths(tenths);
          String narrative = "平均办税时长压缩至" + minutes + "分钟，" + (base == 0 ? "较2019年" : "同比") + "缩短" + change + "%。";
          Task read = FormsOfWritingTest.extracted("纳税人平均办税时长较2019年压缩20%以上", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("DECLINE AT_LEAST 20% ← " + change + "%");
        });
  }

  /** A header with a unit of time, and that unit. */
  private static final String[][] TIMED_HEADERS = {{"不动产一般登记办结时限（个工作日）", "个工作日"},
      {"工程建设项目审批时间(工作日)", "工作日"}, {"120急救平均反应时间（分钟）", "分钟"}};

  @Test
  void aHeadersUnitOfTimeReachesItsBareValueAndTheAverageAnswersIt() {
    qt().withExamples(200).forAll(integers().between(0, TIMED_HEADERS.length - 1), integers().between(3, 50),
        integers().between(10, 600)).checkAssert((form, ceiling, tenths) -> {
          String[] header = TIMED_HEADERS[form];
          String done = FormsOfWritingTest.tenths(tenths);
          String task = header[0] + "：≤" + ceiling;
          String narrative = "全年平均" + done;
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.unit().symbol()).isEqualTo(header[1]));
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).isIn("COUNT AT_MOST " + ceiling + header[1] + " ← " + done,
                  "COUNT AT_MOST " + ceiling + header[1] + " ← " + done + header[1]));
        });
  }

  @Test
  void aCeilingOnThingsThatHappenIsAnsweredByThoseFound() {
    qt().withExamples(100).forAll(integers().between(5, 50), integers().between(0, 60)).checkAssert((ceiling, found) -> {
      String narrative = "全年发现违法用地" + found + "宗";
      Task read = FormsOfWritingTest.extracted("违法用地宗数（宗）：控制在" + ceiling + "宗以内", narrative);
      assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
          .containsExactly("COUNT AT_MOST " + ceiling + "宗 ← " + found + "宗");
    });
  }

  private static final String[] QUOTA_LABELS = {"省下达任务", "市下达目标", "下达计划", "上级下达任务"};

  @Test
  void aQuotaHandedDownLabelsASheetsCell() {
    qt().withExamples(200).forAll(integers().between(0, QUOTA_LABELS.length - 1), integers().between(500, 3000),
        integers().between(300, 3500)).checkAssert((form, quota, done) -> {
          String task = "批而未供土地处置（亩）：" + QUOTA_LABELS[form] + quota;
          Task read = FormsOfWritingTest.extracted(task, "全年处置" + done);
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
            assertThat(t.metric()).isEqualTo("批而未供土地处置");
            assertThat(t.unit().symbol()).isEqualTo("亩");
          });
          assertThat(FormsOfWritingTest.pairs(read)).as(task).singleElement()
              .satisfies(pair -> assertThat(pair).startsWith("AMOUNT EXACTLY " + quota + "亩 ← " + done));
        });
  }

  /** QuickTheories found the bound: 1个 against 100户, exactly a hundred times, is still one thing (seed {1, 100}). */
  @Test
  void countsInTwoClassifiersMoreThanAHundredTimesApartAreTwoThings() {
    qt().withExamples(200).forAll(integers().between(1, 9), integers().between(101, 50000)).checkAssert((districts, times) -> {
      int households = districts * times;
      String narrative = "老城区更新片区完成征收" + households + "户";
      Task read = FormsOfWritingTest.extracted("启动城市更新片区" + districts + "个", narrative);
      assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("COUNT EXACTLY " + districts + "个 ← -");
    });
  }

  /**
   * QuickTheories found that the first fix read a positive figure under such a column (完成0.1) as a fall of 0.1, as
   * a column of falls would: it is a rise (seed {10, 1}).
   */
  @Test
  void aFallPlannedAsASignedChangeIsADecline() {
    qt().withExamples(200).forAll(integers().between(10, 300), integers().between(-400, 100)).checkAssert((plan, done) -> {
      String target = FormsOfWritingTest.tenths(plan);
      String change = FormsOfWritingTest.tenths(done);
      String task = "信访总量同比增减(%)：-" + target;
      Task read = FormsOfWritingTest.extracted(task, "完成" + change);
      assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
        assertThat(t.kind()).isEqualTo(io.github.workreport.Kind.DECLINE);
        assertThat(t.quantity().value()).isEqualByComparingTo(new java.math.BigDecimal(target));
      });
      // the narrative's figure is the change as signed: a fall of 12.5 for -12.5, a rise (a fall below zero) for 3
      assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + change)
          .containsExactly("DECLINE EXACTLY " + target + "% ← " + FormsOfWritingTest.tenths(-done) + "%");
    });
  }

  /** A guard: a column of falls keeps its signed figure a fall, so -1.2 under 下降(%) is a rise. */
  @Test
  void aSignedFigureUnderAColumnOfFallsIsAFall() {
    Task read = FormsOfWritingTest.extracted("万元工业增加值用水量下降(%)，目标3", "实绩-1.2");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("DECLINE EXACTLY 3% ← -1.2%");
  }

  /**
   * QuickTheories found that one character (年度目标一) is no value: the scanner reads a lone 一 to 九 as no number, since
   * 目标一 may name the first of several (seed {1, 0, 0}). Two characters and more are values.
   */
  @Test
  void aValueInWordsAfterItsCellsLabelTakesTheHeadersUnit() {
    qt().withExamples(200).forAll(integers().between(10, 99), integers().between(0, 1), integers().between(0, 1500))
        .checkAssert((target, colon, tenths) -> {
          String task = "雨污管网建设(公里)" + (colon == 0 ? "　" : "：") + "年度目标" + SixthRoundFormsTest.chinese(target);
          String done = FormsOfWritingTest.tenths(tenths);
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, "完成" + done))).as(task)
              .containsExactly("AMOUNT EXACTLY " + target + "公里 ← " + done + "公里");
        });
  }

  /** A task's words before its figure, the unit as written, the unit as read, the kind and bound, the narrative's words. */
  private static final String[][] UNITS_AS_WRITTEN = {
      {"污水处理厂进水BOD浓度达到", "mg/L以上", "毫克/升", "LEVEL AT_LEAST", "进水BOD浓度"},
      {"PM2.5平均浓度控制在", "μg/m³以内", "微克/立方米", "LEVEL AT_MOST", "PM2.5平均浓度"},
      {"数字文化馆线上资源总量达到", "TB", "TB", "COUNT EXACTLY", "线上资源总量"},
      {"新增内河船舶运力", "万载重吨", "万载重吨", "COUNT EXACTLY", "新增运力"}};

  @Test
  void concentrationsDataAndTonnageAreUnits() {
    qt().withExamples(200).forAll(integers().between(0, UNITS_AS_WRITTEN.length - 1), integers().between(10, 200),
        integers().between(5, 250)).checkAssert((form, target, done) -> {
          String[] u = UNITS_AS_WRITTEN[form];
          String written = u[1].replace("以上", "").replace("以内", "");
          String task = u[0] + target + u[1];
          String narrative = "1-9月" + u[4] + done + written;
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly(u[3] + " " + target + u[2] + " ← " + done + u[2]);
        });
  }

  @Test
  void aRevisionSettingAChangeRevisesTheTarget() {
    qt().withExamples(200).forAll(integers().between(50, 150), integers().between(10, 49), integers().between(0, 200))
        .checkAssert((planned, revised, done) -> {
          String narrative = "经区人大常委会审议，年度目标由增长" + FormsOfWritingTest.tenths(planned) + "%调整为增长"
              + FormsOfWritingTest.tenths(revised) + "%。全年规上工业企业利润总额增长" + FormsOfWritingTest.tenths(done) + "%。";
          Task read = FormsOfWritingTest.extracted("规上工业企业利润总额增长" + FormsOfWritingTest.tenths(planned) + "%", narrative);
          assertThat(read.matches()).as(narrative).singleElement().satisfies(match -> {
            assertThat(match.revision()).isPresent();
            assertThat(read.outcome().measures().get(match.revision().getAsInt()).value())
                .isEqualByComparingTo(java.math.BigDecimal.valueOf(revised, 1));
          });
        });
  }

  private static final String[][] REVISED_CELLS = {{"土地出让收入（亿元）：年初预算", "，年中调整为", "", "亿元", "AMOUNT"},
      {"困难退役军人帮扶援助（人次）：年度目标", "（7月调整为", "）", "人次", "COUNT"},
      {"更新淘汰老旧渔船（艘）：年度目标", "（年中调整为", "）", "艘", "COUNT"}};

  @Test
  void aRevisionInTheTasksOwnCellIsTheTargetItSetsNow() {
    qt().withExamples(200).forAll(integers().between(0, REVISED_CELLS.length - 1), integers().between(100, 500),
        integers().between(100, 500), integers().between(50, 600)).checkAssert((form, first, now, done) -> {
          String[] cell = REVISED_CELLS[form];
          String task = cell[0] + first + cell[1] + now + cell[2];
          Task read = FormsOfWritingTest.extracted(task, "全年实现" + done);
          assertThat(FormsOfWritingTest.pairs(read)).as(task).singleElement().satisfies(pair -> assertThat(pair)
              .isIn(cell[4] + " EXACTLY " + now + cell[3] + " ← " + done + cell[3],
                  cell[4] + " EXACTLY " + now + cell[3] + " ← " + done));
        });
  }

  private static final String[] HOW_MUCH_IS_DONE = {"已完成拆旧复垦验收%d亩", "已有%d个村完成议事会规范化建设",
      "已于5月建成%d个", "已有%d个乡镇完成系统部署上线"};

  @Test
  void aVerbOfWorkDoneWithAFigureInItsClauseIsHowMuchIsDoneNoClaim() {
    qt().withExamples(200).forAll(integers().between(0, HOW_MUCH_IS_DONE.length - 1), integers().between(2, 900))
        .checkAssert((form, done) -> {
          String narrative = String.format(HOW_MUCH_IS_DONE[form], done) + "。";
          // a target of another unit, which no figure of the narrative answers: only a claim could decide it
          Task read = FormsOfWritingTest.extracted("城乡居民医保参保率达到95%", narrative);
          assertThat(FormsOfWritingTest.assessed(read, 6).status()).as(narrative)
              .isEqualTo(io.github.workreport.Status.UNDETERMINED);
        });
  }

  private static final String[] THE_REST = {"另%d处正在进行设计招标", "其余%d处正在施工", "另有%d处计划年底前完工"};

  @Test
  void aPartsSubjectSaidDoneWhileTheRestRunsIsNoClaimOfTheWhole() {
    qt().withExamples(100).forAll(integers().between(0, THE_REST.length - 1), integers().between(1, 9)).checkAssert((form, rest) -> {
      String narrative = "新四军某部旧址修缮已完成；" + String.format(THE_REST[form], rest) + "。";
      assertThat(StatusCues.claim(narrative)).as(narrative).isEmpty();
    });
  }

  /** A guard: 已完成 alone is the task's claim, which the audit weighs against the figures after it. */
  @Test
  void doneAloneIsTheTasksClaimWhateverTheRestSays() {
    assertThat(StatusCues.claim("已完成。12个村中已有10个通过验收，其余2个正在整改。"))
        .contains(io.github.workreport.Status.MET);
  }

  @Test
  void sessionsCountedInWordsOfMoreThanOneCharacterAreCounted() {
    qt().withExamples(100).forAll(integers().between(10, 99), integers().between(10, 99)).checkAssert((target, done) -> {
      String narrative = "全年开展合规培训" + SixthRoundFormsTest.chinese(done) + "期，培训1600余人次";
      Task read = FormsOfWritingTest.extracted("全年开展贸易摩擦预警和合规培训" + target + "期", narrative);
      assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
          .containsExactly("COUNT EXACTLY " + target + "期 ← " + done + "期");
    });
  }

  /** A guard: a phase (二期, 三期工程) stays no count. */
  @Test
  void aPhaseInOneCharacterIsNoCount() {
    Task read = FormsOfWritingTest.extracted("建成产业园二期厂房5栋", "二期厂房已建成5栋");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT EXACTLY 5栋 ← 5栋");
  }

  private static final String[] YEARS_LABELS = {"年度", "全年", "年内"};

  @Test
  void aCellLabelledByItsYearBeforeTheValuesWordsTakesTheHeadersUnit() {
    qt().withExamples(100).forAll(integers().between(0, YEARS_LABELS.length - 1), integers().between(2, 30),
        integers().between(10, 400)).checkAssert((form, target, tenths) -> {
          String task = "海外仓面积(万平方米)：" + YEARS_LABELS[form] + "新增" + target;
          String done = FormsOfWritingTest.tenths(tenths);
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, "1-9月新增" + done))).as(task)
              .containsExactly("AMOUNT EXACTLY " + target + "万平方米 ← " + done + "万平方米");
        });
  }

  /**
   * QuickTheories found that 二 alone before a classifier (完成二套) is no number, as 二套房 is a second home, not two
   * (seed {10, 2, 0}): one figure in words has two characters or more, as a report writes 两套.
   */
  @Test
  void plantInstalledAndCommissionedAnswersTheTargetOfThePlant() {
    qt().withExamples(100).forAll(integers().between(10, 99), integers().between(1, 99), integers().between(0, 1))
        .checkAssert((target, done, words) -> {
          String figure = words == 0 && done >= 10 ? SixthRoundFormsTest.chinese(done) : String.valueOf(done);
          String narrative = "已安装调试完成" + figure + "套";
          Task read = FormsOfWritingTest.extracted("建成建筑工地扬尘在线监测系统" + SixthRoundFormsTest.chinese(target) + "套", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("COUNT EXACTLY " + target + "套 ← " + done + "套");
        });
  }

  @Test
  void oneLevelForEachOfAListOfRatesIsATargetPerRate() {
    qt().withExamples(200).forAll(integers().between(900, 1000), integers().between(800, 1000), integers().between(800, 1000))
        .checkAssert((level, first, second) -> {
          String target = FormsOfWritingTest.tenths(level);
          String a = FormsOfWritingTest.tenths(first);
          String b = FormsOfWritingTest.tenths(second);
          String narrative = "专职保安员配备率" + a + "%，一键式紧急报警装置安装率" + b + "%。";
          Task read = FormsOfWritingTest.extracted("专职保安员配备率、一键式紧急报警装置安装率分别达到" + target + "%", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("LEVEL EXACTLY " + target + "% ← " + a + "%", "LEVEL EXACTLY " + target + "% ← " + b + "%");
        });
  }

  /** A guard: a 分别 list of values in two units (分别达到72%、100mg/L以上) is one value per rate, not each for both. */
  @Test
  void aRespectiveListOfValuesInTwoUnitsIsOneValuePerThing() {
    Task read = FormsOfWritingTest.extracted("城市生活污水集中收集率、污水处理厂进水BOD浓度分别达到72%、100mg/L以上", "");
    assertThat(read.targets()).extracting(t -> t.unit().symbol()).containsExactly("%", "毫克/升");
  }

  @Test
  void aScaledFigureUnderAHeadersClassifierTakesIt() {
    qt().withExamples(200).forAll(integers().between(5, 50), integers().between(5, 60)).checkAssert((target, done) -> {
      String t = FormsOfWritingTest.tenths(target);
      String d = FormsOfWritingTest.tenths(done);
      Task read = FormsOfWritingTest.extracted("老年人能力综合评估(人)：年度目标" + t + "万", "1-9月完成" + d + "万");
      assertThat(FormsOfWritingTest.pairs(read)).as(d).containsExactly("COUNT EXACTLY " + t + "万人 ← " + d + "万人");
    });
  }

  /** Round aw: the same under a header of a measure (池塘标准化改造（亩）：年度目标1.2万 ‖ 1.08万), an amount. */
  @Test
  void aScaledFigureUnderAHeadersMeasureTakesIt() {
    qt().withExamples(100).forAll(integers().between(5, 50), integers().between(5, 60)).checkAssert((target, done) -> {
      String t = FormsOfWritingTest.tenths(target);
      String d = FormsOfWritingTest.tenths(done);
      Task read = FormsOfWritingTest.extracted("池塘标准化改造（亩）：年度目标" + t + "万", "全年完成" + d + "万");
      assertThat(FormsOfWritingTest.pairs(read)).as(d).containsExactly("AMOUNT EXACTLY " + t + "万亩 ← " + d + "万亩");
    });
  }

  /** A guard: in prose, a figure's thing says its classifier (实名注册用户突破4800万 is of users, not of 架). */
  @Test
  void aScaledFigureInProseKeepsItsOwnClassifier() {
    Task read = FormsOfWritingTest.extracted("全省数据中心标准机架数达到12万架", "实名注册用户突破4800万");
    assertThat(read.outcome().measures()).singleElement().satisfies(m -> assertThat(m.unit().symbol()).isEqualTo("万"));
  }

  @Test
  void aRunningTotalThatSumsTheFiguresBeforeItIsTheirTotal() {
    qt().withExamples(200).forAll(integers().between(50, 300), integers().between(50, 300), integers().between(50, 300))
        .checkAssert((first, second, third) -> {
          int sum = first + second + third;
          String narrative = "1-3季度分别为" + first + "件次、" + second + "件次、" + third + "件次，累计" + sum + "件次";
          Task read = FormsOfWritingTest.extracted("开展政务服务帮办代办不少于500件次", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("COUNT AT_LEAST 500件次 ← " + sum + "件次");
        });
  }

  /** A task naming a share, a narrative giving it in other words (%s its figure), and that figure's place. */
  private static final String[] SHARES_IN_OTHER_WORDS = {
      "党政机关新增公务用车中新能源汽车比例不低于50%", "全年更新公务用车12辆，其中新能源汽车7辆，占比%s%%。",
      "对药品零售企业开展抽查，抽查比例不低于5%", "已抽查药品零售企业27家，占全县药品零售企业总数（386家）的%s%%。",
      "课后服务参与学生比例不低于90%", "参与学生5.86万人，参与率%s%%。"};

  @Test
  void aShareSaidInOtherWordsAnswersTheTargetsShare() {
    qt().withExamples(200).forAll(integers().between(0, SHARES_IN_OTHER_WORDS.length / 2 - 1), integers().between(10, 999))
        .checkAssert((form, tenths) -> {
          String task = SHARES_IN_OTHER_WORDS[2 * form];
          String share = FormsOfWritingTest.tenths(tenths);
          String narrative = String.format(SHARES_IN_OTHER_WORDS[2 * form + 1], share);
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(narrative)
              .anySatisfy(pair -> assertThat(pair).endsWith("% ← " + share + "%"));
        });
  }

  /** A guard: a share alone after a figure of another thing (村151个，占比81.2%) is no share of the target's. */
  @Test
  void aShareAloneAfterAnotherThingIsNoShareOfTheTargets() {
    Task read = FormsOfWritingTest.extracted("实施农村供水保障工程22处，农村自来水普及率提升至97.5%，规模化供水工程覆盖农村人口比例达到65%。",
        "截至9月底，全县村集体经营性收入10万元以上的村151个，占比81.2%；村均集体经济收入15.6万元，较去年同期增长12.3%。");
    assertThat(FormsOfWritingTest.pairs(read)).contains("LEVEL EXACTLY 65% ← -");
  }

  @Test
  void aLevelFromAnOldOneIsAnsweredByTheRunningTotalNotTheNewOnes() {
    qt().withExamples(200).forAll(integers().between(5, 30), integers().between(1, 20), integers().between(1, 20))
        .checkAssert((old, more, added) -> {
          int level = old + more;
          int total = old + added;
          String narrative = "全年新增“跨省通办”事项" + added + "项，累计实现" + total + "项“跨省通办”。";
          Task read = FormsOfWritingTest.extracted("住房公积金“跨省通办”服务事项由" + old + "项扩展至" + level + "项", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("COUNT EXACTLY " + level + "项 ← " + total + "项");
        });
  }

  @Test
  void aBareNegativeGrowthAfterItsVerbIsTheRowsGrowth() {
    qt().withExamples(100).forAll(integers().between(1, 200)).checkAssert(tenths -> {
      String fall = FormsOfWritingTest.tenths(tenths);
      Task read = FormsOfWritingTest.extracted("固定资产投资增速（%）：年度目标8左右", "1-9月增长-" + fall);
      assertThat(FormsOfWritingTest.pairs(read)).as(fall).containsExactly("GROWTH ABOUT 8% ← -" + fall + "%");
    });
  }

  @Test
  void thePriceIndexByItsLatinNameIsTheIndex() {
    qt().withExamples(100).forAll(integers().between(0, 40)).checkAssert(tenths -> {
      String rise = FormsOfWritingTest.tenths(tenths);
      Task read = FormsOfWritingTest.extracted("居民消费价格涨幅控制在3%左右", "全年CPI上涨" + rise + "%");
      assertThat(FormsOfWritingTest.pairs(read)).as(rise).containsExactly("GROWTH ABOUT 3% ← " + rise + "%");
    });
  }

  private static final String[] GOALS_SOUGHT = {"年度申报目标", "申报目标", "年度争取目标", "全年争取目标"};

  @Test
  void aGoalSoughtLabelsASheetsCellAndWhatWasApprovedAnswersIt() {
    qt().withExamples(200).forAll(integers().between(0, GOALS_SOUGHT.length - 1), integers().between(5, 60),
        integers().between(1, 70)).checkAssert((form, goal, approved) -> {
          String task = "专项债券项目（个）：" + GOALS_SOUGHT[form] + goal;
          Task read = FormsOfWritingTest.extracted(task, "1-9月获批" + approved);
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.metric()).isEqualTo("专项债券项目"));
          assertThat(FormsOfWritingTest.pairs(read)).as(task).singleElement()
              .satisfies(pair -> assertThat(pair).startsWith("COUNT EXACTLY " + goal + "个 ← " + approved));
        });
  }

  private static final String[] DECLARED_UNITS = {"单位:万元", "单位：万元", "（单位：万元、%，注明者除外）", "单位： 万元"};

  @Test
  void aUnitTheSheetDeclaresAboveItsTableIsItsBareFiguresUnit() {
    qt().withExamples(100).forAll(integers().between(0, DECLARED_UNITS.length - 1), integers().between(1000, 3000),
        integers().between(500, 3500)).checkAssert((form, ceiling, spent) -> {
          String text = "兰溪市2022年财政预算执行情况表\n\n" + DECLARED_UNITS[form] + "\n主要任务\t责任单位\t完成情况\n"
              + "1.一般公共预算收入 年初预算305000,增长6%\t市财政局\t全年执行293870,增长2.1%\n"
              + "2.“三公”经费支出 控制在" + ceiling + "以内\t市财政局\t全年支出" + spent + "\n"
              + "3.新增市场主体(户):年度目标1050\t市市场监管局\t全年新增1062\n";
          List<Task> tasks = TableText.read(text, "sheet.txt").tasks();
          assertThat(tasks.get(0).targets()).extracting(t -> t.unit().symbol()).containsExactly("万元", "%");
          assertThat(FormsOfWritingTest.pairs(tasks.get(1))).as(text)
              .containsExactly("AMOUNT AT_MOST " + ceiling + "万元 ← " + spent + "万元");
          // a row whose header names its own unit keeps it
          assertThat(tasks.get(2).targets()).singleElement().satisfies(t -> assertThat(t.unit().symbol()).isEqualTo("户"));
        });
  }

  private static final String[] WHO_DECIDED = {"经县政府常务会议研究", "经区人大常委会审议", "经市政府同意"};

  @Test
  void aRevisionByWhoDecidedItRevisesTheTarget() {
    qt().withExamples(100).forAll(integers().between(0, WHO_DECIDED.length - 1), integers().between(60, 110),
        integers().between(40, 110)).checkAssert((form, revised, done) -> {
          String narrative = "年初目标120处，因城中村改造计划调整，" + WHO_DECIDED[form] + "调减为" + revised + "处。截至9月底已建成"
              + done + "处。";
          Task read = FormsOfWritingTest.extracted("新建电动自行车集中停放充电场所120处。", narrative);
          assertThat(read.matches()).as(narrative).singleElement()
              .satisfies(match -> assertThat(match.revision()).isPresent());
        });
  }

  @Test
  void theYearsTargetValueLabelsASheetsCellAndMbpsIsAUnit() {
    qt().withExamples(100).forAll(integers().between(60, 99), integers().between(500, 999), integers().between(100, 999))
        .checkAssert((target, tenths, speed) -> {
          String done = FormsOfWritingTest.tenths(tenths);
          Task rate = FormsOfWritingTest.extracted("一般工业固体废物综合利用率（%）：年度目标值≥" + target, "完成值：" + done);
          assertThat(FormsOfWritingTest.pairs(rate)).containsExactly("LEVEL AT_LEAST " + target + "% ← " + done + "%");
          Task line = FormsOfWritingTest.extracted("城市家庭宽带平均接入速率达到300Mbps以上", "平均接入速率达到" + speed + "Mbps");
          assertThat(FormsOfWritingTest.pairs(line)).containsExactly("COUNT AT_LEAST 300Mbps ← " + speed + "Mbps");
        });
  }

  private static final String[] HOW_ALL = {"统一", "同步", "相应"};

  @Test
  void anOldValueWithHowTheChangeWasMadeIsNoFigureReached() {
    qt().withExamples(100).forAll(integers().between(0, HOW_ALL.length - 1), integers().between(50, 90),
        integers().between(1, 30)).checkAssert((form, old, raise) -> {
          int now = old + raise;
          String narrative = "补贴标准由每人每月" + old + "元" + HOW_ALL[form] + "提高到每人每月" + now + "元，按月足额发放";
          Task read = FormsOfWritingTest.extracted("困难残疾人生活补贴标准提高到每人每月" + now + "元", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("LEVEL EXACTLY " + now + "元 ← " + now + "元");
        });
  }

  private static final String[] STEPS_BEFORE = {"已完成政府采购，产品于%d月集中配发。", "已完成工商注册登记，%d月底前完成备案。",
      "已完成工商登记，计划%d月正式运营。"};

  @Test
  void aPurchaseOrARegistrationDoneIsNoTaskDone() {
    qt().withExamples(100).forAll(integers().between(0, STEPS_BEFORE.length - 1), integers().between(7, 12))
        .checkAssert((form, month) -> {
          String narrative = String.format(STEPS_BEFORE[form], month);
          Task read = FormsOfWritingTest.extracted("为重度肢体残疾人免费配发电动轮椅车150辆", narrative);
          assertThat(FormsOfWritingTest.assessed(read, 6).status()).as(narrative)
              .isEqualTo(io.github.workreport.Status.ONGOING);
        });
  }

  private static final String[] PER_WHOM = {"每人每年", "每人每月", "每亩", "每户每月"};

  @Test
  void aComparatorBeforeWhomTheMoneyIsPerBoundsIt() {
    qt().withExamples(100).forAll(integers().between(0, PER_WHOM.length - 1), integers().between(100, 9999),
        integers().between(0, 1))
        .checkAssert((form, value, list) -> {
          String task = "城乡低保标准" + (list == 1 ? "分别" : "") + "不低于" + PER_WHOM[form] + value + "元"
              + (list == 1 ? "、" + (value / 2) + "元" : "");
          Task read = FormsOfWritingTest.extracted(task, "");
          assertThat(read.targets()).as(task).isNotEmpty()
              .allSatisfy(t -> assertThat(t.bound()).isEqualTo(io.github.workreport.Bound.AT_LEAST));
        });
  }

  @Test
  void lastYearsLevelSaidSoIsNoFigureOfTheYear() {
    qt().withExamples(100).forAll(integers().between(500, 600)).checkAssert(thousandths -> {
      String last = java.math.BigDecimal.valueOf(thousandths, 3).toPlainString();
      String narrative = "该指标年底测算，上年为" + last + "。";
      Task read = FormsOfWritingTest.extracted("农田灌溉水有效利用系数达到0.56以上", narrative);
      assertThat(read.outcome().measures()).as(narrative).isEmpty();
    });
  }

  private static final String[] CELL_LABELS = {"", "年度目标", "目标值"};

  @Test
  void aLevelKeptInASheetsCellTakesTheHeadersUnitAndThing() {
    qt().withExamples(200).forAll(integers().between(0, 5), integers().between(80, 100), integers().between(-50, 0))
        .checkAssert((form, level, off) -> {
          String verb = form % 2 == 0 ? "保持" : "维持";
          String task = "农村生活垃圾无害化处理率（%）：" + CELL_LABELS[form / 2] + verb + level;
          String done = FormsOfWritingTest.tenths(level * 10 + off);
          Task read = FormsOfWritingTest.extracted(task, "1-9月" + done);
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.metric()).isEqualTo("农村生活垃圾无害化处理率"));
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + done)
              .containsExactly("LEVEL EXACTLY " + level + "% ← " + done + "%");
        });
  }
}
