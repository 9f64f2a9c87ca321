package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Status;
import io.github.workreport.Task;
import java.math.BigDecimal;
import io.github.workreport.Deadline;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found in a sixth round of probing: a share written as a fraction (已完成三分之二,
 * 完成全年任务的三分之一), which read as no number, so that 完成全年任务 before it was taken for a claim of
 * the whole: 完成 where a third was done; and a rate in tenths of a percent written out (人口自然增长率控制在
 * 千分之六以内, 婴儿死亡率为千分之四点一), whose target and figure were both lost. A task due at the end of
 * a quarter or a half (三季度末前完成, 2024年上半年建成投用, 明年一季度投入使用) had no deadline, so a task
 * due next year that fell short this year read 未完成 where the design says it is still running. Units of
 * ports and farms (集装箱吞吐量 in 万标箱 or TEU, 家禽出栏 in 万羽) and small lengths (毫米, 厘米) were no
 * units, so both target and figure were lost. A target that changes a count (重污染天数减少5天, 生产安全事故
 * 起数减少5起) was read as the count itself, and judged on the year's count (重污染天数3天: 未完成; 发生事故
 * 20起: 超额完成) while the change it set was written beside it (同比减少6天, 同比减少3起) and dropped. A
 * building whose shell is up (3所幼儿园主体已完工, 均已完成主体工程, 主体结构全部封顶) was counted built: 完成 for
 * schools still being fitted out. Words of work done that 民生实事 round-ups use (已实现全覆盖, 已挂牌运行,
 * 已达标, 补贴已全部发放到位, 项目已基本建成) were no cue, and a cue without 已 was read done when aimed at
 * (力争年底前投入运营: 完成). A scale with no numeral before it (新增就业千余人, 惠及群众近万人, 培训农民百余人,
 * 超万人) was no number. Works started and then done, with the stage written after the count (30个小区全部开工，
 * 已完工22个), were added up as parts of one whole: 52 of 30, 超额完成. A multiple of the goal (完成年度目标的
 * 1.5倍, 是目标任务的两倍) was no number. Work done over all of it as supervision sheets write it (已完成12/15个,
 * 完成进度：12/15) read as a count of 15 named "12/", or as nothing. A count reached from an old one
 * (城镇就业人数由52000人增加到55200人) was taken whole for the new ones a task counts (新增城镇就业3000人:
 * 1840%, 超额完成). The work a survey found to do (已摸底排查需改造户厕1200座，已完成改造980座) was added to the
 * work done (2180 of 1000, 超额完成), and a month after a count of things each done (2所幼儿园均已建成并于9月开园)
 * made the count one per thing (无可比数值). A running total beside the year's own figure (累计建成5G基站650个，
 * 今年新建180个) was taken for a year's task (建设5G基站200个: 325%, 超额完成).
 */
class SixthRoundFormsTest {
  private static final String[] SHARES = {"完成全年任务的%s。", "已完成年度任务的%s以上。", "工程量已完成约%s。",
      "新增绿地面积完成全年计划的%s。"};

  /** 1 to 99 as a report writes it in Chinese numerals: 六, 十二, 四十, 九十九. */
  static String chinese(int n) {
    String digits = "零一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
    return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
  }

  /** A number of tenths written out: 41 as 四点一, 60 as 六. */
  static String chineseTenths(int tenths) {
    String whole = chinese(tenths / 10);
    return tenths % 10 == 0 ? whole : whole + "点" + "零一二三四五六七八九".charAt(tenths % 10);
  }

  @Test
  void aFractionReadsAsItsPercentage() {
    qt().withExamples(300).forAll(integers().between(0, SHARES.length - 1), integers().between(2, 12), integers().between(0, 1000))
        .checkAssert((form, whole, any) -> {
          int part = 1 + any % whole;
          String fraction = String.format(SHARES[form], chinese(whole) + "分之" + chinese(part));
          String percent = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP)
              .stripTrailingZeros().toPlainString() + "%";
          String inPercent = String.format(SHARES[form], percent);
          Task a = FormsOfWritingTest.extracted("新增绿地面积30万平方米", fraction);
          Task b = FormsOfWritingTest.extracted("新增绿地面积30万平方米", inPercent);
          assertThat(FormsOfWritingTest.pairs(a)).as(fraction).isEqualTo(FormsOfWritingTest.pairs(b))
              .containsExactly("AMOUNT EXACTLY 30万平方米 ← " + percent);
          // 完成全年任务的三分之一 is no claim of the whole; all of it may be (完成全年任务的二分之二, as of 100%)
          assertThat(a.outcome().declaredStatus()).as(fraction).isEqualTo(b.outcome().declaredStatus())
              .matches(claimed -> claimed != Status.MET || part == whole, "no claim of the whole for a part of it");
          assertThat(FormsOfWritingTest.assessed(a, 12).status()).as(fraction)
              .isEqualTo(FormsOfWritingTest.assessed(b, 12).status());
        });
  }

  @Test
  void aFractionOfMoreThanTheWholeOrOfNoNumeralIsNoShare() {
    for (String words : new String[] {"完成全年任务的五分之六。", "十分重要。", "得分之高，居全市第一。"}) {
      assertThat(NumberScanner.scan(words)).as(words).noneMatch(m -> "%".equals(m.unitSymbol));
    }
  }

  @Test
  void tenthsOfAPercentWrittenOutReadAsPerMille() {
    qt().withExamples(200).forAll(integers().between(1, 99), integers().between(1, 99)).checkAssert((target, achieved) -> {
      String task = "婴儿死亡率控制在千分之" + chinese(target) + "以内";
      String narrative = "全县婴儿死亡率为千分之" + chineseTenths(achieved) + "。";
      Task written = FormsOfWritingTest.extracted(task, narrative);
      Task signed = FormsOfWritingTest.extracted("婴儿死亡率控制在" + target + "‰以内",
          "全县婴儿死亡率为" + BigDecimal.valueOf(achieved, 1).stripTrailingZeros().toPlainString() + "‰。");
      assertThat(FormsOfWritingTest.pairs(written)).as(task + " / " + narrative).isEqualTo(FormsOfWritingTest.pairs(signed))
          .hasSize(1).allMatch(p -> !p.endsWith("← -"));
      assertThat(FormsOfWritingTest.assessed(written, 12).status()).as(narrative)
          .isEqualTo(FormsOfWritingTest.assessed(signed, 12).status());
    });
  }

  private static final String[] QUARTERS = {"一季度", "二季度", "三季度", "四季度", "第一季度", "第二季度", "第三季度", "第四季度",
      "1季度", "2季度", "3季度", "4季度", "上半年", "下半年"};
  private static final int[] QUARTER_MONTHS = {3, 6, 9, 12, 3, 6, 9, 12, 3, 6, 9, 12, 6, 12};
  /** How a due date is written around the quarter, %s standing for it. */
  private static final String[] DUE = {"%s完成", "%s末前完成", "力争%s建成", "%s内投入使用", "于%s竣工", "确保%s底前交付"};
  /** A year before the quarter, and the year it makes of the report's (2020): none, this, next, a calendar year. */
  private static final String[] YEARS = {"", "今年", "明年", "2022年", "2019年"};
  private static final int[] YEAR_OF = {2020, 2020, 2021, 2022, 2019};

  @Test
  void aQuarterOrAHalfDueIsADeadlineAtItsEnd() {
    qt().withExamples(500).forAll(integers().between(0, QUARTERS.length - 1), integers().between(0, DUE.length - 1),
        integers().between(0, YEARS.length - 1)).checkAssert((quarter, due, year) -> {
          String text = "改造老旧小区12个，" + String.format(DUE[due], YEARS[year] + QUARTERS[quarter]) + "。";
          assertThat(Deadlines.find(text, NumberScanner.scan(text), OptionalInt.of(2020)).map(Deadline::month))
              .as(text).contains(YearMonth.of(YEAR_OF[year], QUARTER_MONTHS[quarter]));
        });
  }

  @Test
  void aQuarterInAColumnOfDueDatesIsDueAtItsEnd() {
    String[][] cells = {{"2021年上半年", "2021-06"}, {"三季度末", "2020-09"}, {"第一季度", "2020-03"}, {"明年一季度", "2021-03"},
        {"上半年内", "2020-06"}, {"年底前", "2020-12"}, {"2022年", "2022-12"}, {"2021年6月", "2021-06"}};
    for (String[] cell : cells) {
      assertThat(Deadlines.ofCell(cell[0], OptionalInt.of(2020)).map(Deadline::month)).as(cell[0])
          .contains(YearMonth.parse(cell[1]));
    }
  }

  @Test
  void quartersCountedTogetherOrAsABaseAreNoDeadline() {
    for (String text : new String[] {"前三季度实现税收增长5%。", "较上半年新增就业500人。", "三季度新增就业500人。", "与上半年相比增长5%。"}) {
      assertThat(Deadlines.find(text, NumberScanner.scan(text), OptionalInt.of(2020))).as(text).isEqualTo(Optional.empty());
    }
  }

  @Test
  void aShortfallDueNextYearIsStillRunning() {
    Task dueNextYear = FormsOfWritingTest.extracted("新建学校3所，明年上半年建成投用", "2所学校已建成。");
    Task dueThisYear = FormsOfWritingTest.extracted("新建学校3所，上半年建成投用", "2所学校已建成。");
    assertThat(FormsOfWritingTest.assessed(dueNextYear, 12).status()).isEqualTo(Status.ONGOING);
    assertThat(FormsOfWritingTest.assessed(dueThisYear, 12).status()).isEqualTo(Status.NOT_MET);
  }

  @Test
  void containersPoultryAndSmallLengthsAreUnits() {
    String[][] cases = {
        {"港口集装箱吞吐量达到50万标箱", "完成集装箱吞吐量52.3万标准箱。", "COUNT EXACTLY 50万标箱 ← 52.3万标准箱"},
        {"港口集装箱吞吐量达到50万标箱", "集装箱吞吐量480000TEU。", "COUNT EXACTLY 50万标箱 ← 480000TEU"},
        {"家禽出栏300万羽", "家禽出栏312万羽。", "COUNT EXACTLY 300万羽 ← 312万羽"},
        {"年降水量监测误差控制在5毫米以内", "误差为3毫米。", "AMOUNT AT_MOST 5毫米 ← 3毫米"}};
    for (String[] c : cases) {
      assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(c[0], c[1]))).as(c[0] + " / " + c[1]).containsExactly(c[2]);
    }
  }

  /** Stocks that a task sets to change, each with its unit. */
  private static final String[][] STOCKS = {{"重污染天数", "天"}, {"生产安全事故起数", "起"}, {"道路交通事故死亡人数", "人"},
      {"空气质量优良天数", "天"}};

  @Test
  void aChangeOfACountIsJudgedOnTheChangeNotTheCount() {
    // the stock and the form (a decline or a growth, with 比上年 or without) drawn as one number: four at most
    qt().withExamples(300).forAll(integers().between(0, STOCKS.length * 4 - 1), integers().between(1, 40), integers().between(1, 400),
        integers().between(1, 60)).checkAssert((stockAndForm, target, level, change) -> {
          int stock = stockAndForm / 4;
          int form = stockAndForm % 4;
          String noun = STOCKS[stock][0];
          String unit = STOCKS[stock][1];
          String verb = form % 2 == 0 ? "减少" : "增加";
          String task = noun + (form < 2 ? "" : "比上年") + verb + target + unit;
          String narrative = "全年" + noun + level + unit + "，同比" + verb + change + unit + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          String kind = form % 2 == 0 ? "DECLINE" : "GROWTH";
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " / " + narrative)
              .containsExactly(kind + " EXACTLY " + target + unit + " ← " + change + unit);
          Status expected = change > target ? Status.EXCEEDED : change == target ? Status.MET
              : change * 10 >= target * 9 ? Status.BASICALLY_MET : Status.NOT_MET;
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " / " + narrative).isEqualTo(expected);
          // a change the other way is a shortfall, however large
          String otherWay = "全年" + noun + level + unit + "，同比" + (form % 2 == 0 ? "增加" : "减少") + change + unit + "。";
          assertThat(FormsOfWritingTest.assessed(FormsOfWritingTest.extracted(task, otherWay), 12).status()).as(otherWay)
              .isEqualTo(Status.NOT_MET);
        });
  }

  @Test
  void aCountOfThingsChangedOrAWorkOfUpgradingStaysACount() {
    String[][] cases = {
        {"减少农村贫困人口1000万以上", "农村贫困人口减少1109万人。", "COUNT AT_LEAST 1000万 ← 1109万人"},
        {"增加就业岗位2000个", "就业岗位增加2100个。", "COUNT EXACTLY 2000个 ← 2100个"},
        {"农村饮用水安全巩固提升1300人", "已解决700人的饮水问题。", "COUNT EXACTLY 1300人 ← 700人"},
        {"完成成人学历提升416人", "成人学历提升895人。", "COUNT EXACTLY 416人 ← 895人"},
        // a level in days is the count, not the change beside it
        {"重污染天数控制在10天以内", "全年重污染天数3天，同比减少6天。", "LEVEL AT_MOST 10天 ← 3天"}};
    for (String[] c : cases) {
      assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(c[0], c[1]))).as(c[0] + " / " + c[1]).containsExactly(c[2]);
    }
  }

  private static final String[] SHELLS = {"%d所幼儿园主体已完工", "%d所幼儿园均已完成主体工程", "%d所幼儿园主体结构全部封顶",
      "%d所幼儿园主体封顶", "已完成%d所幼儿园主体施工", "%d所幼儿园主体完工"};
  private static final String[] BUILDING_TASKS = {"新建幼儿园%d所", "建成幼儿园%d所", "建设幼儿园%d所", "新建改建幼儿园%d所"};

  @Test
  void aShellUpIsNoBuildingBuilt() {
    qt().withExamples(200).forAll(integers().between(0, SHELLS.length - 1), integers().between(0, BUILDING_TASKS.length - 1),
        integers().between(1, 30), integers().between(0, 1)).checkAssert((shell, task, count, running) -> {
          String text = String.format(BUILDING_TASKS[task], count);
          String narrative = String.format(SHELLS[shell], count) + (running == 1 ? "，正在进行内部装修。" : "。");
          Task read = FormsOfWritingTest.extracted(text, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(text + " / " + narrative).allMatch(p -> p.endsWith("← -"));
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(text + " / " + narrative)
              .isIn(Status.ONGOING, Status.UNDETERMINED);
          String built = count + "所幼儿园已建成投用。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(text, built))).as(text + " / " + built)
              .singleElement().satisfies(p -> assertThat(p).endsWith("← " + count + "所"));
        });
  }

  @Test
  void theSubjectOfAMarketOrTheShellAsTheTaskStayEvidence() {
    String[][] cases = {{"新增市场主体3000户", "新增市场主体3200户。", "COUNT EXACTLY 3000户 ← 3200户"},
        {"完成3所学校主体完工", "3所学校主体已完工。", "COUNT EXACTLY 3所 ← 3所"}};
    for (String[] c : cases) {
      assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(c[0], c[1]))).as(c[0] + " / " + c[1]).containsExactly(c[2]);
    }
  }

  private static final String[] DONE_WORDS = {"实现全覆盖", "挂牌运行", "挂牌成立", "全部达标", "兑现到位", "拨付到位", "发放到位",
      "投入运营", "竣工验收", "交付使用"};

  @Test
  void wordsOfWorkDoneAreDoneUnlessAimedAtOrDenied() {
    qt().withExamples(100).forAll(integers().between(0, DONE_WORDS.length - 1), integers().between(0, 2)).checkAssert((word, form) -> {
      String narrative = new String[] {"目前已", "力争年底前", "目前尚未"}[form] + DONE_WORDS[word] + "。";
      Status expected = new Status[] {Status.MET, Status.UNDETERMINED, Status.ONGOING}[form];
      assertThat(FormsOfWritingTest.extracted("推进县城综合服务中心建设", narrative).outcome().cue()).as(narrative).isEqualTo(expected);
    });
  }

  @Test
  void builtBasicallyClaimsTheTaskUnlessItCountsAPart() {
    assertThat(FormsOfWritingTest.extracted("推进县城综合服务中心建设", "项目已基本建成并投入试运行。").outcome().declaredStatus())
        .isEqualTo(Status.BASICALLY_MET);
    assertThat(FormsOfWritingTest.extracted("推进县城综合服务中心建设", "力争年内基本建成。").outcome().declaredStatus())
        .isEqualTo(Status.UNDETERMINED);
    Task counted = FormsOfWritingTest.extracted("完成棚户区改造3000套", "棚户区改造开工3250套，基本建成2100套。");
    assertThat(counted.outcome().declaredStatus()).isEqualTo(Status.UNDETERMINED);
  }

  /** A lone scale with a word of more or less, and the same written with its digits. */
  private static final String[][] LONE_SCALES = {{"%s余", "%d余"}, {"近%s", "近%d"}, {"逾%s", "逾%d"}, {"超%s", "超过%d"},
      {"上%s", "约%d"}, {"%s多", "%d多"}};

  @Test
  void aLoneScaleWithAWordOfMoreOrLessIsANumber() {
    qt().withExamples(200).forAll(integers().between(0, LONE_SCALES.length - 1), integers().between(0, 2), integers().between(1, 30))
        .checkAssert((form, scale, target) -> {
          String scaleWord = "百千万".substring(scale, scale + 1);
          int value = new int[] {100, 1000, 10000}[scale];
          String lone = "新增城镇就业" + String.format(LONE_SCALES[form][0], scaleWord) + "人。";
          String digits = "新增城镇就业" + String.format(LONE_SCALES[form][1], value) + "人。";
          String task = "新增城镇就业" + target * value / 10 + "人";
          Task a = FormsOfWritingTest.extracted(task, lone);
          Task b = FormsOfWritingTest.extracted(task, digits);
          assertThat(a.outcome().measures()).as(lone).singleElement().satisfies(m -> {
            assertThat(m.quantity().compareTo(b.outcome().measures().get(0).quantity())).isZero(); // 1万人 is 10000人
            assertThat(m.approximate()).isTrue();
          });
          assertThat(FormsOfWritingTest.assessed(a, 12).status()).as(lone).isEqualTo(FormsOfWritingTest.assessed(b, 12).status());
        });
  }

  @Test
  void aLoneScaleInAWordOrAUnitIsNoNumber() {
    for (String words : new String[] {"千方百计推进就业。", "万元GDP能耗下降3%。", "每万人拥有医生3名。", "走访千家万户。", "服务百姓。",
        "近百年来。", "打造超千亿级产业。"}) {
      // no number starts at a scale: 3名 and 3% are the only numbers here
      assertThat(NumberScanner.scan(words)).as(words).noneMatch(m -> "百千万".indexOf(words.charAt(m.start)) >= 0);
    }
    // with a unit after it, a scale beyond is a number: 超万亿元 is more than a trillion yuan
    assertThat(NumberScanner.scan("产值超万亿元。")).singleElement().satisfies(m -> assertThat(m.symbol()).isEqualTo("万亿元"));
  }

  private static final String[] STARTED_THEN_DONE = {"%d个小区全部开工，已完工%d个。", "%d个小区均已开工，其中完工%d个。",
      "%d个小区已全面开工，完工%d个。"};

  @Test
  void worksStartedAndWorksDoneAreNeverAddedUp() {
    qt().withExamples(200).forAll(integers().between(0, STARTED_THEN_DONE.length - 1), integers().between(2, 90), integers().between(1, 89))
        .checkAssert((form, started, anyDone) -> {
          int done = 1 + anyDone % started;
          String narrative = String.format(STARTED_THEN_DONE[form], started, done);
          Task read = FormsOfWritingTest.extracted("改造老旧小区" + started + "个", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly("COUNT EXACTLY " + started + "个 ← " + done + "个");
        });
  }

  private static final String[] MULTIPLES_OF_THE_GOAL = {"完成年度目标的%s。", "新增城镇就业人数是目标任务的%s。", "完成计划的%s。"};

  @Test
  void aMultipleOfTheGoalIsItsShare() {
    qt().withExamples(200).forAll(integers().between(0, MULTIPLES_OF_THE_GOAL.length - 1), integers().between(11, 50))
        .checkAssert((form, tenths) -> {
          String times = decimalOfTenths(tenths) + "倍";
          String share = tenths * 10 + "%";
          Task a = FormsOfWritingTest.extracted("新增城镇就业3000人", String.format(MULTIPLES_OF_THE_GOAL[form], times));
          Task b = FormsOfWritingTest.extracted("新增城镇就业3000人", String.format(MULTIPLES_OF_THE_GOAL[form], share));
          assertThat(FormsOfWritingTest.pairs(a)).as(times).isEqualTo(FormsOfWritingTest.pairs(b)).containsExactly(
              "COUNT EXACTLY 3000人 ← " + share);
        });
    // a multiple of last year's is still a growth, one less
    assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("招商引资增长50%", "招商引资到位资金是上年的2倍。")))
        .containsExactly("GROWTH EXACTLY 50% ← 100%");
  }

  private static String decimalOfTenths(int tenths) {
    return BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
  }

  @Test
  void workDoneOverAllOfItIsTheCountDoneOrTheShareDone() {
    qt().withExamples(300).forAll(integers().between(1, 200), integers().between(0, 1000)).checkAssert((all, any) -> {
      int done = any % (all + 1);
      String counted = "已完成" + done + "/" + all + "个。";
      assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("改造老旧小区" + all + "个", counted))).as(counted)
          .containsExactly("COUNT EXACTLY " + all + "个 ← " + done + "个");
      String share = BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP)
          .stripTrailingZeros().toPlainString() + "%";
      String bare = "完成进度：" + done + "/" + all + "。";
      Task a = FormsOfWritingTest.extracted("改造老旧小区" + all + "个", bare);
      Task b = FormsOfWritingTest.extracted("改造老旧小区" + all + "个", "完成率" + share + "。");
      assertThat(FormsOfWritingTest.pairs(a)).as(bare).isEqualTo(FormsOfWritingTest.pairs(b));
      assertThat(FormsOfWritingTest.assessed(a, 12).status()).as(bare).isEqualTo(FormsOfWritingTest.assessed(b, 12).status());
    });
  }

  @Test
  void aSlashOfARatePerHundredThousandOrADateIsNoWorkDone() {
    assertThat(NumberScanner.scan("孕产妇死亡率15/10万。")).singleElement().satisfies(m -> assertThat(m.symbol()).isEqualTo("/10万"));
    for (String words : new String[] {"截至2023/12，", "于12/2023完成。", "完成1/2/3期。", "增长15/12"}) {
      assertThat(NumberScanner.scan(words)).as(words).noneMatch(m -> "%".equals(m.unitSymbol) || "个".equals(m.unitSymbol));
    }
  }

  @Test
  void aCountReachedFromAnOldOneAddsTheirDifference() {
    qt().withExamples(300).forAll(integers().between(100, 90000), integers().between(1, 9000), integers().between(1, 9000))
        .checkAssert((old, added, target) -> {
          int now = old + added;
          String narrative = "城镇就业人数由" + old + "人增加到" + now + "人。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("新增城镇就业" + target + "人", narrative)))
              .as(narrative).containsExactly("COUNT EXACTLY " + target + "人 ← " + added + "人");
          // a level to reach is judged on the level
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("城镇就业人数达到" + target + "人", narrative)))
              .as(narrative).containsExactly("COUNT EXACTLY " + target + "人 ← " + now + "人");
          int fewer = Math.min(added, old - 1);
          String days = "重污染天数由" + old + "天减少到" + (old - fewer) + "天。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("重污染天数减少" + target + "天", days)))
              .as(days).containsExactly("DECLINE EXACTLY " + target + "天 ← " + fewer + "天");
        });
  }

  @Test
  void theWorkASurveyFoundToDoIsNoWorkDone() {
    qt().withExamples(200).forAll(integers().between(100, 3000), integers().between(1, 3000), integers().between(100, 3000))
        .checkAssert((needed, done, target) -> {
          String narrative = "已摸底排查需改造户厕" + needed + "座，已完成改造" + done + "座。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("改造农村户厕" + target + "座", narrative)))
              .as(narrative).containsExactly("COUNT EXACTLY " + target + "座 ← " + done + "座");
        });
  }

  @Test
  void aDateAfterACountOfThingsEachDoneIsNoCountPerThing() {
    qt().withExamples(100).forAll(integers().between(1, 20), integers().between(1, 12)).checkAssert((count, month) -> {
      String narrative = count + "所幼儿园均已建成并于" + month + "月开园。";
      assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("新建公办幼儿园" + count + "所", narrative)))
          .as(narrative).containsExactly("COUNT EXACTLY " + count + "所 ← " + count + "所");
    });
    // a count after 均 is still one per thing: 15个乡镇均建成文化站1个 answers no total of 15
    assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("新建综合文化站15个", "15个乡镇均建成综合文化站1个。")))
        .noneMatch(p -> p.endsWith("← 1个"));
  }

  @Test
  void aYearsTaskIsJudgedOnTheYearsFigureNotTheRunningTotal() {
    qt().withExamples(200).forAll(integers().between(1, 900), integers().between(1, 900), integers().between(1, 900))
        .checkAssert((earlier, thisYear, target) -> {
          int total = earlier + thisYear;
          String narrative = "累计建成5G基站" + total + "个，今年新建" + thisYear + "个。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("建设5G基站" + target + "个", narrative)))
              .as(narrative).containsExactly("COUNT EXACTLY " + target + "个 ← " + thisYear + "个");
          // a task that sets the running total is judged on it
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("累计建成5G基站" + target + "个", narrative)))
              .as(narrative).containsExactly("COUNT EXACTLY " + target + "个 ← " + total + "个");
        });
  }
}
