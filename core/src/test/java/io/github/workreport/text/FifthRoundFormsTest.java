package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Status;
import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found in a fifth round, in progress reports of 2023–2025 written as supervision
 * tables and 民生实事 round-ups: a share in tenths (完成全年计划的九成, 满意度达九成以上), which read as no
 * number, so that 完成全年计划 before it was taken for a claim of the whole: 完成 where 90% was done;
 * (and a half, 完成年度目标的一半); a figure marked an estimate in an aside (增长7.5%（预计数）), which
 * was taken for work to come and dropped; and a harvest or an income counted by 增产, 增收, 减产 (粮食减产5.2%, 农民增收8%), whose percentage
 * read as a level beside a target of growth: 无法判定 for a year of falling output. A figure broken
 * down after 其中 (完成1500座，其中无害化户厕1200座), whose part shared the target's words and was taken
 * for the whole: 未完成 for a task done. The dates of the
 * round (截至三季度末, 前10个月, 前三个季度) have their law in {@link DeadlinesPropertiesTest}. A
 * table flattened with its column labels (目标值：5000；完成值：5210；完成率：104.2%), whose restated
 * target lent its label to the figures after it: 无法判定; and a column that names its unit before the
 * colon (增速（%）：5.8, 同比增减（%）：-2.1, 比上年±%：-2.1), whose figure read as a bare count: beside an
 * amount column (1-6月实际完成：398.6), the growth was taken for the amount. Two
 * cues of supervision tables were not read: 已于5月完成 (done at a date, as 已于10月建成 was; 项目已顺利完成招标,
 * a first step, read as a claim of the whole), 落实到位 (measures in place: done) and 时序进度, the
 * other order of 序时进度 (at the year's pro-rata pace: running).
 */
class FifthRoundFormsTest {
  private static final String[] SHARES = {"完成全年计划的%s。", "完成年度任务的%s以上。", "已完成%s。", "工程完成%s，其余正在施工。",
      "新增绿地面积完成全年计划的%s。"};
  private static final String NUMERALS = "一二三四五六七八九";

  /** A number of tenths as a report writes it: 62 as 6.2, 60 as 6, -15 as -1.5. */
  private static String decimalOfTenths(int tenths) {
    return java.math.BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
  }

  @Test
  void aShareInTenthsReadsAsItsPercentage() {
    qt().withExamples(200).forAll(integers().between(0, SHARES.length - 1), integers().between(1, 9)).checkAssert((form, tenths) -> {
      String inTenths = String.format(SHARES[form], NUMERALS.charAt(tenths - 1) + "成");
      String inPercent = String.format(SHARES[form], tenths * 10 + "%");
      Task a = FormsOfWritingTest.extracted("新增绿地面积30万平方米", inTenths);
      Task b = FormsOfWritingTest.extracted("新增绿地面积30万平方米", inPercent);
      assertThat(FormsOfWritingTest.pairs(a)).as(inTenths).isEqualTo(FormsOfWritingTest.pairs(b));
      assertThat(a.outcome().declaredStatus()).as(inTenths).isEqualTo(b.outcome().declaredStatus())
          .isNotEqualTo(Status.MET); // 完成全年计划的九成 is no claim of the whole
      assertThat(FormsOfWritingTest.assessed(a, 12).status()).as(inTenths)
          .isEqualTo(FormsOfWritingTest.assessed(b, 12).status());
    });
  }

  @Test
  void halfReadsAsFiftyPercent() {
    for (String form : SHARES) {
      Task a = FormsOfWritingTest.extracted("新增绿地面积30万平方米", String.format(form, "一半"));
      Task b = FormsOfWritingTest.extracted("新增绿地面积30万平方米", String.format(form, "50%"));
      assertThat(FormsOfWritingTest.pairs(a)).as(form).isEqualTo(FormsOfWritingTest.pairs(b));
      assertThat(FormsOfWritingTest.assessed(a, 12).status()).as(form).isEqualTo(FormsOfWritingTest.assessed(b, 12).status());
    }
  }

  @Test
  void anEstimateInAnAsideAfterTheFigureIsStillTheFigure() {
    // 增长7.5%（预计数）: the figure, estimated; 预计 after a figure outside parentheses is work to come
    for (String aside : new String[] {"（预计数）", "(预计)", "（预计值）"}) {
      Task task = FormsOfWritingTest.extracted("固定资产投资增长8%", "固定资产投资增长7.5%" + aside + "。");
      assertThat(FormsOfWritingTest.pairs(task)).as(aside).containsExactly("GROWTH EXACTLY 8% ← 7.5%");
      assertThat(task.outcome().measures()).singleElement().satisfies(m -> assertThat(m.estimated()).isTrue());
    }
    Task toCome = FormsOfWritingTest.extracted("新建学校5所", "新建学校5所预计明年投入使用。");
    assertThat(toCome.outcome().measures()).isEmpty();
  }

  private static final String[] TARGET_LABELS = {"目标值", "目标", "目标任务", "年度目标", "计划", "任务数"};
  private static final String[] DONE_LABELS = {"完成值", "完成", "实际完成", "实绩", "完成数"};

  @Test
  void aTargetRestatedUnderItsLabelIsNoAchievement() {
    qt().withExamples(300).forAll(integers().between(0, TARGET_LABELS.length - 1), integers().between(0, DONE_LABELS.length - 1),
        integers().between(100, 9000), integers().between(50, 9999)).checkAssert((targetLabel, doneLabel, target, done) -> {
          String narrative = TARGET_LABELS[targetLabel] + "：" + target + "；" + DONE_LABELS[doneLabel] + "：" + done + "。";
          Task task = FormsOfWritingTest.extracted("新增城镇就业" + target + "人", narrative);
          assertThat(FormsOfWritingTest.pairs(task)).as(narrative).containsExactly("COUNT EXACTLY " + target + "人 ← " + done);
        });
  }

  private static final String[] CHANGE_COLUMNS = {"增速（%）：", "增长（%）：", "同比增减（%）：", "比上年增减(%)：", "增幅(%):",
      "比上年±%：", "增减幅度（%）："};

  @Test
  void aColumnThatNamesItsUnitBeforeAColonGivesTheCellsUnit() {
    qt().withExamples(300).forAll(integers().between(0, CHANGE_COLUMNS.length - 1), integers().between(-150, 250),
        integers().between(100, 900)).checkAssert((column, tenths, amount) -> {
          String change = decimalOfTenths(tenths);
          String growthCell = CHANGE_COLUMNS[column] + change + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("规模以上工业增加值增长8%", growthCell)))
              .as(growthCell).containsExactly("GROWTH EXACTLY 8% ← " + change + "%");
          // beside an amount, the percent column is no amount
          String row = "1-6月实际完成：" + amount + "；" + CHANGE_COLUMNS[column] + change + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("社会消费品零售总额（亿元）820", row)))
              .as(row).containsExactly("AMOUNT EXACTLY 820亿元 ← " + amount + "亿元");
        });
  }

  @Test
  void measuresPutInPlaceAreDoneAndThePaceOfTheYearIsRunning() {
    String[][] cues = {{"各项措施已全部落实。", "MET"}, {"配套政策已落实到位。", "MET"}, {"资金尚未落实到位。", "ONGOING"},
        {"达到时序进度。", "ONGOING"}, {"项目按时序推进。", "ONGOING"}};
    for (String[] cue : cues) {
      Task task = FormsOfWritingTest.extracted("推进老旧小区改造", cue[0]);
      assertThat(task.outcome().cue()).as(cue[0]).isEqualTo(Status.valueOf(cue[1]));
    }
  }

  @Test
  void workCompletedAtADateIsDoneAndAFirstStepSoCompletedIsNot() {
    qt().withExamples(100).forAll(integers().between(1, 12), integers().between(0, 2)).checkAssert((month, adverb) -> {
      String when = "已于" + month + "月" + new String[] {"", "全部", "顺利"}[adverb] + "完成";
      assertThat(FormsOfWritingTest.extracted("6月底前完成城区供热管网改造", when + "。").outcome().cue()).as(when).isEqualTo(Status.MET);
      assertThat(FormsOfWritingTest.extracted("建设城北污水处理厂", when + "招标。").outcome().cue()).as(when + "招标")
          .isEqualTo(Status.ONGOING);
      assertThat(FormsOfWritingTest.extracted("完成城北污水处理厂项目招标", when + "招标。").outcome().cue()).as(when + "招标")
          .isEqualTo(Status.MET);
    });
    // how much is done is no claim of the whole
    assertThat(FormsOfWritingTest.extracted("新增绿地面积30万平方米", "已于10月完成90%。").outcome().cue()).isNotEqualTo(Status.MET);
  }

  @Test
  void aShareInTenthsAnswersALevelTarget() {
    Task task = FormsOfWritingTest.extracted("群众满意度达到90%以上", "群众满意度达九成以上。");
    assertThat(FormsOfWritingTest.pairs(task)).containsExactly("LEVEL AT_LEAST 90% ← 90%");
  }

  @Test
  void aNumeralBeforeAWordOf成IsNoShare() {
    for (String text : new String[] {"全市统一成立12个服务中心", "唯一成功申报的项目", "试点之一成为示范", "标准一成不变", "建成3所学校"}) {
      assertThat(NumberScanner.scan(text)).as(text).noneMatch(m -> "%".equals(m.unitSymbol));
    }
  }

  /** Targets, each with a part of its figure named by other words. */
  private static final String[][] WHOLES_AND_PARTS = {{"完成农村户厕改造", "座", "无害化户厕"}, {"改造老旧小区", "个", "老旧小区中高层小区"},
      {"新增城镇就业", "人", "就业困难人员就业"}, {"新建农村公路", "公里", "农村公路中通组公路"}};
  private static final String[] LABELS = {"完成", "已完成", "全年完成", "累计完成", "实际完成"};

  @Test
  void aBreakdownOfTheTasksFigureIsNotTakenForIt() {
    qt().withExamples(300).forAll(integers().between(0, WHOLES_AND_PARTS.length - 1), integers().between(0, LABELS.length - 1),
        integers().between(100, 5000), integers().between(0, 1)).checkAssert((thing, label, whole, rated) -> {
          String[] w = WHOLES_AND_PARTS[thing];
          int target = whole - whole / 10;
          int part = whole / 2;
          String narrative = LABELS[label] + whole + w[1] + (rated == 1 ? "，完成率" + (whole * 100 / target) + "%" : "")
              + "，其中" + w[2] + part + w[1] + "。";
          Task task = FormsOfWritingTest.extracted(w[0] + target + w[1], narrative);
          assertThat(FormsOfWritingTest.pairs(task)).as(narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith(" " + target + w[1] + " ← " + whole + w[1]));
        });
  }

  @Test
  void aBreakdownByStageIsStillTheWorkDone() {
    // 已开工280户，其中竣工210户: the part is the later stage, judged as the work done, not the part of a kind
    qt().withExamples(200).forAll(integers().between(100, 900), integers().between(0, 3)).checkAssert((started, form) -> {
      int done = started * 3 / 4;
      String[] starts = {"已开工", "开工", "累计开工", "共开工"};
      String[] dones = {"竣工", "已竣工", "完工", "已完工"};
      String narrative = starts[form] + started + "户，其中" + dones[form] + done + "户。";
      Task task = FormsOfWritingTest.extracted("实施危房改造" + (started + 20) + "户", narrative);
      assertThat(FormsOfWritingTest.pairs(task)).as(narrative).singleElement()
          .satisfies(pair -> assertThat(pair).endsWith(" ← " + done + "户"));
    });
  }

  @Test
  void aWholeThatNamesItsThingLeavesItsPartsToTheWords() {
    Task task = FormsOfWritingTest.extracted("城镇居民人均可支配收入增长7%", "全体居民人均可支配收入增长7.5%，其中城镇居民人均可支配收入增长6.8%，农村居民增长8.9%。");
    assertThat(FormsOfWritingTest.pairs(task)).containsExactly("GROWTH EXACTLY 7% ← 6.8%");
  }

  @Test
  void aHarvestOrIncomeCountedByItsVerbIsAChange() {
    // target, the verb's form, the same change written with a verb of growth or decline
    String[][] forms = {{"粮食产量增长3%", "粮食增产", "粮食产量增长"}, {"粮食产量增长3%", "粮食减产", "粮食产量下降"},
        {"农民收入增长8%", "农民增收", "农民收入增长"}, {"农民收入增长8%", "农民减收", "农民收入下降"}};
    qt().withExamples(200).forAll(integers().between(1, 150), integers().between(0, forms.length - 1)).checkAssert((tenths, form) -> {
      String value = decimalOfTenths(tenths) + "%";
      String[] f = forms[form];
      Task byVerb = FormsOfWritingTest.extracted(f[0], f[1] + value + "。");
      Task plain = FormsOfWritingTest.extracted(f[0], f[2] + value + "。");
      assertThat(FormsOfWritingTest.assessed(byVerb, 12).status()).as(f[1] + value)
          .isEqualTo(FormsOfWritingTest.assessed(plain, 12).status())
          .isNotEqualTo(Status.UNDETERMINED);
    });
  }
}
