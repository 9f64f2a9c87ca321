package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Kind;
import io.github.workreport.Match;
import io.github.workreport.Measure;
import io.github.workreport.Quantity;
import io.github.workreport.Task;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found by the twenty-sixth round of probing (the probe tables prefixed ac, written
 * against ca96c3a). Before its fix, each law failed thus:
 *
 * <ul>
 *   <li>a change answering a target of the opposite direction (规上工业企业税收增长8% ‖ 同比下降1.5%) kept the
 *       direction of its words, a decline of 1.5, where a reader of the table, and the labels of every
 *       writer, take a growth of −1.5: its value did not read against the target's;
 *   <li>a figure's breakdown in an aside after it (已建成投运12座（含换电站3座）, 新建成胸痛中心5家（国家级2家、
 *       省级3家）) was added to it as parts beside it, and the sum answered the target;
 *   <li>a number whose digits a PDF set one by one (床位 4 1 2 6 张, 6. 6 2 张, 达到 3 . 0 人, 增长 1 0 % 以上) was
 *       read as its last digits, and a point with a space on each side ended the sentence;
 *   <li>a round-up's bare figure with a note in an aside (271（+3.0%）, 68.5（预计）) was no figure, a number of no
 *       unit did not answer an index of none (拥堵指数≤1.70 ‖ 1.66), and a signed change in the aside was taken for
 *       the share of the plan the figure is;
 *   <li>a target of none, in a table's cell with its unit (较大及以上生产安全事故（起）：0) or as a numeral after a
 *       bound's verb (控制在零起), was no target, so a row of accidents was undetermined whatever happened;
 *   <li>the rest of the things, of which only an application was sent (1家已提交认证申请), were added to those
 *       done as a part;
 *   <li>a figure of things bought that names only the buying (已采购到位4辆) was a figure of another thing, 采购,
 *       for a target of new things (新增负压救护车6辆);
 *   <li>a speed in its Latin symbol (平均车速24.1km/h) did not compare with one written out (25公里/小时);
 *   <li>a time in minutes and seconds (平均反应时间14分36秒) was a score of 14分, so a ceiling in minutes had no figure;
 *   <li>a fund set aside and the money paid out of it (安排人才发展专项资金1.5亿元，实际兑现…1.28亿元) were added up as
 *       parts (a round ab miss);
 *   <li>a row flattened from a sheet, its fields parted by spaces (实际完成231 完成率92.4% 备注：…), lost its figure
 *       into the next field's words (round ad, written against 1802df7);
 *   <li>a classifier with its alternative (460件（套）, 20台（套）) counted neither of its parts, so 460件（套）
 *       did not answer 500件, nor 18台 20台（套）;
 *   <li>a row's figure and its rate parted by a space (100 100%) were one number grouped by thousands, 100100%;
 *   <li>a cell's figure with a remark set off by a dash (0 — 动态清零, 实际1.8 —— 正常) was no figure, and a bare
 *       figure did not answer a level in a unit (辍学率（%）：≤0.3);
 *   <li>the target's name shortened by what opens it (人居环境整治提升村 ‖ 整治提升村完成11个) was another indicator's;
 *   <li>a count of visits by vehicle (万辆次) was a count of 辆 with 次 left in the thing's name, so 遥感监测机动车次
 *       shared the head 车次 with 检测柴油车次 and the two channels' figures were added up.
 * </ul>
 */
class TwentySecondRoundFormsTest {

  /** A target of a growth or a decline and the narrative's words for the other direction. */
  private static final String[][] OPPOSITE_DIRECTIONS = {{"规上工业企业税收增长%s%%", "规上工业企业税收同比下降%s%%"},
      {"外贸进出口总额增长%s%%以上", "外贸进出口总额%s亿元，同比下降%s%%"},
      {"道路交通事故死亡人数下降%s%%", "道路交通事故死亡人数同比上升%s%%"},
      {"万元GDP能耗下降%s%%", "万元GDP能耗同比增长%s%%"}};

  @Test
  void aChangeAnsweringTheOppositeDirectionIsToldInTheTargetsTermsAndJudgedAlike() {
    qt().withExamples(300).forAll(integers().between(0, OPPOSITE_DIRECTIONS.length - 1), integers().between(1, 150),
        integers().between(1, 150), integers().between(100, 900))
        .checkAssert((row, target, achieved, amount) -> {
          String[] r = OPPOSITE_DIRECTIONS[row];
          String task = String.format(r[0], FormsOfWritingTest.tenths(target));
          String narrative = (row == 1 ? String.format(r[1], amount, FormsOfWritingTest.tenths(achieved))
              : String.format(r[1], FormsOfWritingTest.tenths(achieved))) + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          Match match = read.matches().get(0);
          assertThat(match.measure()).as(task + " ‖ " + narrative).isPresent();
          Measure answer = read.outcome().measures().get(match.measure().getAsInt());
          assertThat(answer.kind()).as(task + " ‖ " + narrative).isEqualTo(read.targets().get(0).kind());
          assertThat(answer.value()).as(task + " ‖ " + narrative)
              .isEqualByComparingTo(new java.math.BigDecimal(FormsOfWritingTest.tenths(achieved)).negate());
          // the same figure in its words' direction is judged the same
          Kind written = answer.kind() == Kind.GROWTH ? Kind.DECLINE : Kind.GROWTH;
          List<Measure> asWritten = new ArrayList<>(read.outcome().measures());
          asWritten.set(match.measure().getAsInt(), answer.withKind(written)
              .withQuantity(Quantity.of(answer.value().negate(), answer.unit())));
          Task writtenTask = read.withOutcome(read.outcome().withMeasures(asWritten));
          for (int month : new int[] {6, 12}) {
            assertThat(FormsOfWritingTest.assessed(read, month).status()).as(task + " ‖ " + narrative)
                .isEqualTo(FormsOfWritingTest.assessed(writtenTask, month).status());
          }
        });
  }

  /** A target, the narrative's whole, and the two kinds of things an aside breaks the whole into. */
  private static final String[][] WHOLES_AND_THEIR_ASIDES = {{"建成充电站%d座", "已建成投运充电站%d座", "换电站", "快充站", "座"},
      {"新建胸痛中心%d家", "全年新建成胸痛中心%d家", "国家级", "省级", "家"},
      {"新建改造农贸市场%d个", "已完成农贸市场建设%d个", "新建", "改造", "个"}};

  @Test
  void aBreakdownInAnAsideIsPartOfTheFigureBeforeIt() {
    qt().withExamples(300).forAll(integers().between(0, WHOLES_AND_THEIR_ASIDES.length - 1), integers().between(4, 60),
        integers().between(2, 60), integers().between(0, 199))
        .checkAssert((row, target, whole, shareAndForm) -> {
          String[] r = WHOLES_AND_THEIR_ASIDES[row];
          int first = Math.max(1, whole * (shareAndForm % 100 + 1) / 100);
          String aside = shareAndForm >= 100 ? "（含" + r[2] + first + r[4] + "）"
              : first < whole ? "（" + r[2] + first + r[4] + "、" + r[3] + (whole - first) + r[4] + "）" : "";
          String task = String.format(r[0], target);
          String narrative = String.format(r[1], whole) + aside + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + whole + r[4]));
        });
  }

  /** The words a PDF copy sets around a number, spaced as it spaces every character. */
  private static final String[][] SPACED_SENTENCES = {{"年末全区医疗卫生机构床位 ", " 张。"}, {"平均住院日控制在 ", " 天以内。"},
      {"下转患者人次同比增长 ", " % 以上。"}, {"全年完成投资 ", " 万元，形象进度 6 0 %。"}};

  @Test
  void digitsSetOneByOneAreOneNumber() {
    qt().withExamples(400).forAll(integers().between(0, SPACED_SENTENCES.length - 1), integers().between(10, 99999),
        integers().between(0, 2), integers().between(0, 2))
        .checkAssert((row, whole, decimals, pointSpacing) -> {
          String digits = Integer.toString(whole);
          String number = String.join(" ", digits.split(""));
          BigDecimal value = new BigDecimal(whole);
          if (decimals > 0) {
            int cut = Math.max(1, digits.length() - decimals);
            String point = pointSpacing == 0 ? ". " : pointSpacing == 1 ? " . " : " .";
            number = String.join(" ", digits.substring(0, cut).split("")) + point
                + String.join(" ", digits.substring(cut).split(""));
            value = value.movePointLeft(digits.length() - cut);
          }
          String text = SPACED_SENTENCES[row][0] + number + SPACED_SENTENCES[row][1];
          List<Mention> mentions = NumberScanner.scan(text);
          assertThat(mentions).as(text).isNotEmpty();
          assertThat(mentions.get(0).value).as(text).isEqualByComparingTo(value);
          assertThat(Lexer.lex(text).normalized).as(text).doesNotContain("。 ");
        });
  }

  /** Counterexamples the law above found, kept: a point among digits set one by one. */
  @Test
  void digitsSetOneByOneAroundAPoint() {
    assertThat(NumberScanner.scan("年末全区医疗卫生机构床位 1 0. 0 张。").get(0).value).isEqualByComparingTo("10.0");
    assertThat(NumberScanner.scan("年末全区医疗卫生机构床位 1. 0 1 张。").get(0).value).isEqualByComparingTo("1.01");
  }

  /** Two numbers side by side, neither a lone digit; the second not of three digits, which a space before may group (10 100). */
  @Test
  void numbersSideBySideStayTwo() {
    qt().withExamples(200).forAll(integers().between(10, 9999), integers().between(10, 9999).assuming(n -> n < 100 || n > 999))
        .checkAssert((first, second) -> {
          String text = "查处隐患 " + first + " " + second + " 处。";
          assertThat(NumberScanner.scan(text)).as(text).extracting(m -> m.value.intValueExact())
              .containsExactly(first, second);
        });
  }

  /** Indicators of a round-up, each with its cell's unit, and notes a cell adds to its figure. */
  private static final String[][] INDICATORS = {{"高峰拥堵指数≤%s", ""}, {"道路交通事故死亡人数（人）≤%s", "人"},
      {"绿色出行比例（%%）≥%s", "%"}, {"公共停车泊位（万个）：%s", "万个"}};
  private static final String[] NOTES = {"（-0.05）", "（+3.0%）", "（预计）", "（同比持平）", "（-2.1%）"};

  @Test
  void aBareFigureWithANoteInAnAsideIsTheCellsFigure() {
    qt().withExamples(300).forAll(integers().between(0, INDICATORS.length - 1), integers().between(0, NOTES.length - 1),
        integers().between(11, 999), integers().between(11, 999))
        .checkAssert((row, note, target, achieved) -> {
          String[] r = INDICATORS[row];
          String goal = row == 0 ? FormsOfWritingTest.tenths(target) : Integer.toString(target);
          // a share is 100% at most
          String figure = row == 0 ? FormsOfWritingTest.tenths(achieved) : Integer.toString(row == 2 ? achieved % 89 + 11 : achieved);
          String task = String.format(r[0], goal);
          String narrative = figure + NOTES[note];
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).isIn(
                  pair.substring(0, pair.indexOf('←')) + "← " + figure, pair.substring(0, pair.indexOf('←')) + "← " + figure + r[1]));
          assertThat(read.outcome().measures()).as(task + " ‖ " + narrative)
              .noneMatch(m -> m.role() == io.github.workreport.Role.COMPLETION_RATE);
        });
  }

  /** Targets of none, as a table's cell and as words. */
  private static final String[][] TARGETS_OF_NONE = {{"较大及以上生产安全事故（起）：0", "较大及以上生产安全事故"},
      {"商务领域安全生产事故控制在零起。", "安全生产事故"}, {"重大火灾事故（起）：0", "重大火灾事故"},
      {"较大及以上道路交通事故控制在0起", "较大及以上道路交通事故"}};

  @Test
  void aTargetOfNoneIsACeilingThatOnlyNoneMeets() {
    qt().withExamples(200).forAll(integers().between(0, TARGETS_OF_NONE.length - 1), integers().between(0, 4),
        integers().between(0, 1))
        .checkAssert((row, happened, bare) -> {
          String task = TARGETS_OF_NONE[row][0];
          String narrative = bare == 1 ? Integer.toString(happened) : "全年发生" + TARGETS_OF_NONE[row][1] + happened + "起。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).startsWith("COUNT AT_MOST 0起 ← " + happened));
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative)
              .isEqualTo(happened == 0 ? io.github.workreport.Status.MET : io.github.workreport.Status.NOT_MET);
        });
  }

  /** A target, the things done, and the rest said only to have applied. */
  private static final String[][] DONE_AND_APPLIED = {{"建设基层版胸痛中心%d家", "基层版胸痛中心通过认证%d家", "%d家已提交认证申请"},
      {"新增省级专精特新企业%d家", "新认定省级专精特新企业%d家", "另有%d家已递交申请"},
      {"创建省级卫生乡镇%d个", "通过省级卫生乡镇考核%d个", "%d个已提交申请"}};

  @Test
  void theRestThatOnlyAppliedAreNotDone() {
    qt().withExamples(200).forAll(integers().between(0, DONE_AND_APPLIED.length - 1), integers().between(2, 40),
        integers().between(1, 40), integers().between(1, 40))
        .checkAssert((row, target, done, applied) -> {
          String[] r = DONE_AND_APPLIED[row];
          String task = String.format(r[0], target);
          String narrative = String.format(r[1], done) + "，" + String.format(r[2], applied) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).matches(".* ← " + done + "\\D+"));
        });
  }

  private static final String[][] NEW_THINGS = {{"新增负压救护车", "辆"}, {"新增新能源公交车", "辆"}, {"新增智能充电桩", "个"},
      {"为乡镇卫生院新增DR设备", "台"}};
  private static final String[] BOUGHT_ONLY = {"已采购到位", "已采购", "已购置", "采购到位"};

  @Test
  void thingsBoughtNamedOnlyByTheBuyingAnswerATargetOfNewThings() {
    qt().withExamples(200).forAll(integers().between(0, NEW_THINGS.length - 1), integers().between(0, BOUGHT_ONLY.length - 1),
        integers().between(2, 400), integers().between(1, 400))
        .checkAssert((row, said, target, bought) -> {
          String[] r = NEW_THINGS[row];
          String task = r[0] + target + r[1] + "。";
          String narrative = BOUGHT_ONLY[said] + bought + r[1] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + bought + r[1]));
        });
  }

  @Test
  void aSpeedInItsLatinSymbolIsTheSpeedWrittenOut() {
    qt().withExamples(100).forAll(integers().between(100, 600), integers().between(100, 600))
        .checkAssert((target, achieved) -> {
          String task = "高峰时段平均车速提升至" + FormsOfWritingTest.tenths(target) + "公里/小时";
          String narrative = "高峰时段平均车速" + FormsOfWritingTest.tenths(achieved) + "km/h。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + FormsOfWritingTest.tenths(achieved) + "公里/小时"));
        });
  }

  @Test
  void aTimeInMinutesAndSecondsIsOneTimeInMinutes() {
    qt().withExamples(200).forAll(integers().between(5, 30), integers().between(1, 40), integers().between(0, 59))
        .checkAssert((ceiling, minutes, seconds) -> {
          String task = "120急救平均反应时间控制在" + ceiling + "分钟以内。";
          String narrative = "全年出车5236车次，平均急救反应时间" + minutes + "分" + String.format("%02d", seconds) + "秒。";
          BigDecimal time = BigDecimal.valueOf(minutes).add(BigDecimal.valueOf(seconds)
              .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)).stripTrailingZeros();
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL AT_MOST " + ceiling + "分钟 ← " + time.toPlainString() + "分钟");
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative)
              .isEqualTo(time.compareTo(BigDecimal.valueOf(ceiling)) <= 0 ? io.github.workreport.Status.MET
                  : time.compareTo(BigDecimal.valueOf(ceiling).divide(new BigDecimal("0.9"), 10, java.math.RoundingMode.HALF_UP)) <= 0
                  ? io.github.workreport.Status.BASICALLY_MET : io.github.workreport.Status.NOT_MET);
        });
  }

  private static final String[][] MONEY_TWICE = {{"安排", "实际兑现"}, {"下达", "拨付"}, {"预算", "实际支付"}, {"安排", "兑现"}};

  @Test
  void moneySetAsideAndPaidOutIsOneMoneyNotTwoParts() {
    qt().withExamples(200).forAll(integers().between(0, MONEY_TWICE.length - 1), integers().between(10, 90),
        integers().between(5, 90), integers().between(1, 99))
        .checkAssert((row, target, setAside, share) -> {
          String[] r = MONEY_TWICE[row];
          String paid = FormsOfWritingTest.tenths(Math.max(1, setAside * share / 100));
          String task = "设立人才发展专项资金" + FormsOfWritingTest.tenths(target) + "亿元。";
          String narrative = "区财政" + r[0] + "人才发展专项资金" + FormsOfWritingTest.tenths(setAside) + "亿元，" + r[1]
              + "各类人才补贴资金" + paid + "亿元。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + FormsOfWritingTest.tenths(setAside) + "亿元"));
        });
  }

  private static final String[][] SHEET_ROWS = {{"招聘中小学教师（名）：%d", "名"}, {"新增公办学位（个）：%d", "个"},
      {"校舍改扩建（平方米）：%d", "平方米"}};
  private static final String[] NEXT_FIELDS = {" 完成率%s%%", " 完成率%s%% 备注：23名拟聘人员放弃", " 同比提高2.6个百分点",
      "  完成率%s%%"};

  @Test
  void aFieldOfAFlattenedRowEndsAtTheSpaceBeforeTheNext() {
    qt().withExamples(200).forAll(integers().between(0, SHEET_ROWS.length - 1), integers().between(0, NEXT_FIELDS.length - 1),
        integers().between(100, 5000), integers().between(50, 150))
        .checkAssert((row, field, target, percent) -> {
          int done = target * percent / 100;
          String task = String.format(SHEET_ROWS[row][0], target);
          String narrative = "实际完成" + done + String.format(NEXT_FIELDS[field], percent);
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).matches(".* ← " + done + "(" + SHEET_ROWS[row][1] + ")?"));
        });
  }

  private static final String[][] WITH_AN_ALTERNATIVE = {{"新建更新全民健身器材%d件", "新建更新健身器材%d件（套）"},
      {"配置自助借还设备%d台（套）", "已配置自助借还设备%d台"}, {"完成特种设备定期检验%d台（套）", "完成特种设备定期检验%d台"}};

  @Test
  void aClassifierWithItsAlternativeCountsWhatTheFirstCounts() {
    qt().withExamples(200).forAll(integers().between(0, WITH_AN_ALTERNATIVE.length - 1), integers().between(2, 900),
        integers().between(1, 900))
        .checkAssert((row, target, done) -> {
          String task = String.format(WITH_AN_ALTERNATIVE[row][0], target);
          String narrative = String.format(WITH_AN_ALTERNATIVE[row][1], done) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).matches(".* ← " + done + "\\D+"));
        });
  }

  @Test
  void aRowsFigureAndItsRateStayTwo() {
    qt().withExamples(200).forAll(integers().between(100, 999), integers().between(100, 999))
        .checkAssert((figure, rate) -> {
          List<Mention> mentions = NumberScanner.scan(figure + " " + rate + "% √");
          assertThat(mentions).as(figure + " " + rate + "%").extracting(m -> m.value.intValueExact())
              .containsExactly(figure, rate);
        });
  }

  private static final String[][] LEVELS_IN_CELLS = {{"义务教育辍学率（%%）：≤%s", ""}, {"课后服务时长（小时）：%s", "实际"},
      {"学前三年毛入园率（%%）：≥%s", "实际完成"}};
  private static final String[] REMARKS = {" — 动态清零", " —— 正常", " — 达标"};

  @Test
  void aCellsFigureWithARemarkAfterADashAnswersItsLevel() {
    qt().withExamples(200).forAll(integers().between(0, LEVELS_IN_CELLS.length - 1), integers().between(0, REMARKS.length - 1),
        integers().between(1, 99), integers().between(0, 99))
        .checkAssert((row, remark, target, done) -> {
          String task = String.format(LEVELS_IN_CELLS[row][0], FormsOfWritingTest.tenths(target));
          String narrative = LEVELS_IN_CELLS[row][1] + FormsOfWritingTest.tenths(done) + REMARKS[remark];
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).matches(".* ← " + FormsOfWritingTest.tenths(done) + "\\D*"));
        });
  }

  private static final String[][] SHORTENED_NAMES = {{"人居环境整治提升村%d个", "整治提升村完成%d个"},
      {"农村生活污水治理行政村%d个", "污水治理行政村%d个"}, {"美丽乡村示范村创建%d个", "示范村创建%d个"}};

  @Test
  void theTargetsNameWithoutWhatOpensItIsTheTargets() {
    qt().withExamples(200).forAll(integers().between(0, SHORTENED_NAMES.length - 1), integers().between(2, 300),
        integers().between(1, 300))
        .checkAssert((row, target, done) -> {
          String task = String.format(SHORTENED_NAMES[row][0], target);
          String narrative = String.format(SHORTENED_NAMES[row][1], done) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + done + "个"));
        });
  }

  private static final String[] VISITS = {"辆次", "架次", "艘次"};

  @Test
  void countsOfVisitsKeepTheirClassifierAndNameTheirThing() {
    qt().withExamples(200).forAll(integers().between(0, VISITS.length - 1), integers().between(2, 90),
        integers().between(100, 9000), integers().between(1, 90))
        .checkAssert((visit, target, all, diesel) -> {
          String unit = "万" + VISITS[visit];
          String task = "检测柴油车不少于" + target + unit;
          String narrative = "全年遥感监测机动车" + all + unit + "，路检路查柴油车" + FormsOfWritingTest.tenths(diesel) + unit + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().satisfies(pair -> assertThat(pair).endsWith("← " + FormsOfWritingTest.tenths(diesel) + unit));
        });
  }
}
