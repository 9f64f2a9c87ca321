package io.github.workreport.text;

import static io.github.workreport.text.FormsOfWritingTest.tenths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found by the sixteenth to eighteenth rounds of probing: the probe tables prefixed s
 * (written against 5e36518), t (against de89697) and u (against 0267a73). Before its fix, each law
 * failed thus:
 *
 * <ul>
 *   <li>二 before a classifier (二次供水, 二级医院) was a count of two; a plus-signed change (+18.4%) no figure;
 *   <li>a figure named only by recognising the task's thing (认定112家) was another metric's;
 *   <li>two things joined by 和 with a count each (概念验证中心和中试基地各2个) were one target;
 *   <li>the households a work 涉及 (改造老旧小区28个，涉及居民6500户) were its scope, no target;
 *   <li>a total after its parts (造林绿化1.8万亩、森林抚育0.9万亩，合计2.7万亩) lost to the one part sharing a word;
 *   <li>a 其中 part of 累计新增 was a stock, which answers no target of new things;
 *   <li>a figure naming nothing (12件) answered no target said per head (每万人口发明专利拥有量12件);
 *   <li>较上年均增长 (each grew on last year) was 年均增长, a yearly average;
 *   <li>a target said again with its bound (目标控制在4亿元以内，实际完成4.65亿元) was a figure named 目标;
 *   <li>a change after a clause naming its thing and a bound (事故死亡人数控制在指标以内，较上年下降5%以上) had no
 *       subject;
 *   <li>a list of parts headed by 累计 was not summed;
 *   <li>a count in Chinese numerals with its bound after it (举办比赛三场以上) was prose;
 *   <li>a total named with 总 (总藏量526万册) answered a target per person (人均藏书达到1.2册);
 *   <li>a total cost with a floor (总投资不少于150亿元) was a project's size, no target;
 *   <li>what a place 实有 was no stock, and was summed with the year's new ones;
 *   <li>a duration named only as such (平均用时0.5个工作日) was another metric's;
 *   <li>a bare signed percentage (-2.8%) was a level, so a fall beyond a target of decline was a shortfall;
 *   <li>a whole broken down after 其中 into the works a target joins (新建…、加固…) lost to its first part;
 *   <li>events counted in 次 were no count of those counted in 场 or 场次;
 *   <li>what a work will give once done (届时可新增学位270个) was what it gave;
 *   <li>a share in tenths after a bound ending in 于 or 在 (不低于六成, 控制在三成以内) was no figure;
 *   <li>two rates joined by 和 before 分别 stayed one subject when a word of one held 及 or 与 (普及率, 参与率).
 * </ul>
 */
class SixteenthRoundFormsTest {

  private static final String[] TERMS_WITH_TWO = {"二次供水泵房", "二级医院", "二类疫苗接种点", "二次供水设施"};
  private static final String[] VERBS_BEFORE = {"改造", "建成", "新建", "完成"};

  @Test
  void twoBeforeAClassifierNamesATermAndOnlyLiangCounts() {
    qt().withExamples(200).forAll(integers().between(0, TERMS_WITH_TWO.length - 1),
        integers().between(0, VERBS_BEFORE.length - 1), integers().between(3, 900), integers().between(1, 900))
        .checkAssert((term, verb, planned, done) -> {
          String task = VERBS_BEFORE[verb] + TERMS_WITH_TWO[term] + planned + "个。";
          String narrative = "已完成。" + VERBS_BEFORE[verb] + TERMS_WITH_TWO[term] + done + "个。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + planned + "个 ← " + done + "个");
        });
    // two counted: 两 is the numeral of a count
    assertThat(NumberScanner.scan("新建两所幼儿园。")).filteredOn(m -> m.type == Mention.Type.QUANTITY)
        .extracting(m -> m.value.intValue()).containsExactly(2);
  }

  private static final String[] SIGNED_CELLS = {"%s", "增长%s", "增速：%s", "同比%s"};

  @Test
  void aChangeSignedWithAPlusIsTheFigureItSigns() {
    qt().withExamples(300).forAll(integers().between(0, SIGNED_CELLS.length - 1), integers().between(1, 30),
        integers().between(0, 40), integers().between(1, 9))
        .checkAssert((cell, planned, whole, tenth) -> {
          String task = "技术合同成交额增长" + planned + "%。";
          String figure = whole + "." + tenth;
          for (String plus : new String[] {"+", "＋"}) {
            String narrative = String.format(SIGNED_CELLS[cell], plus + figure + "%");
            Task read = FormsOfWritingTest.extracted(task, narrative);
            assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
                .containsExactly("GROWTH EXACTLY " + planned + "% ← " + figure + "%");
          }
        });
    // a plus between two figures or after a letter or a digit joins a name: 1+4, A+
    assertThat(NumberScanner.scan("推进“1+4”工程，建成5G+工业互联网平台，评为A+3级。"))
        .filteredOn(m -> m.type == Mention.Type.QUANTITY).isEmpty();
  }

  private static final String[] THINGS = {"高新技术企业", "专精特新企业", "科技型中小企业", "星级农家乐"};
  private static final String[] RECOGNISED = {"认定", "评定", "认证", "全年认定"};

  @Test
  void aFigureOfTheActOfRecognitionAloneCountsTheTasksThing() {
    qt().withExamples(200).forAll(integers().between(0, THINGS.length - 1), integers().between(0, RECOGNISED.length - 1),
        integers().between(10, 900), integers().between(1, 900))
        .checkAssert((thing, act, planned, done) -> {
          String task = "新增" + THINGS[thing] + planned + "家。";
          String narrative = RECOGNISED[act] + done + "家。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + planned + "家 ← " + done + "家");
        });
  }

  private static final String[][] PAIRS_OF_THINGS = {{"概念验证中心", "中试基地"}, {"众创空间", "科技企业孵化器"},
      {"农村污水处理站", "垃圾中转站"}, {"养老服务中心", "老年食堂"}};
  private static final String[] JOINERS = {"和", "及", "与", "、"};

  @Test
  void thingsJoinedWithACountEachAreATargetEach() {
    qt().withExamples(300).forAll(integers().between(0, PAIRS_OF_THINGS.length - 1), integers().between(0, JOINERS.length - 1),
        integers().between(2, 40), integers().between(0, 60))
        .checkAssert((pair, joiner, planned, seed) -> {
          String first = PAIRS_OF_THINGS[pair][0];
          String second = PAIRS_OF_THINGS[pair][1];
          int doneFirst = 1 + seed % planned;
          int doneSecond = planned + seed % 3;
          String task = "建设" + first + JOINERS[joiner] + second + "各" + planned + "个。";
          String narrative = first + "已建成" + doneFirst + "个，" + second + "已建成" + doneSecond + "个。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "COUNT EXACTLY " + planned + "个 ← " + doneFirst + "个", "COUNT EXACTLY " + planned + "个 ← " + doneSecond + "个");
        });
    // a level that both reach under 均 is one target of the two things' name
    Task both = FormsOfWritingTest.extracted("困难残疾人生活补贴和重度残疾人护理补贴标准均提高到每人每月110元。", "两项补贴均已提高到每人每月110元。");
    assertThat(both.targets()).hasSize(1);
  }

  private static final String[][] WORKS_AND_WHO = {{"改造老旧小区", "个", "居民", "户"}, {"实施棚户区改造", "套", "群众", "户"},
      {"完成易地扶贫搬迁安置点建设", "个", "搬迁群众", "人"}, {"改造农村危房", "处", "农户", "户"}};

  @Test
  void thePeopleAWorkInvolvesAreItsSizeAndPlacesItInvolvesItsScope() {
    qt().withExamples(300).forAll(integers().between(0, WORKS_AND_WHO.length - 1), integers().between(5, 90),
        integers().between(300, 9000), integers().between(-200, 200))
        .checkAssert((row, works, people, more) -> {
          String[] w = WORKS_AND_WHO[row];
          String task = w[0] + works + w[1] + "，涉及" + w[2] + people + w[3] + "。";
          String narrative = w[0] + works + w[1] + "，涉及" + w[2] + (people + more) + w[3] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "COUNT EXACTLY " + works + w[1] + " ← " + works + w[1], "COUNT EXACTLY " + people + w[3] + " ← " + (people + more) + w[3]);
          // the places a sentence opens with are where the work is, no target
          String scoped = "涉及全区" + (works % 20 + 2) + "个乡镇，" + w[0] + works + w[1] + "。";
          assertThat(FormsOfWritingTest.extracted(scoped, narrative).targets()).as(scoped).hasSize(1);
        });
  }

  private static final String[][] WHOLE_AND_PARTS = {{"完成国土绿化", "造林绿化", "森林抚育", "万亩"},
      {"建设高标准农田", "新建农田", "高效节水灌溉", "万亩"}, {"完成农村公路建设", "新改建公路", "养护工程", "公里"},
      {"治理水土流失面积", "坡耕地治理", "封禁治理", "平方公里"}};
  private static final String[] TOTAL_WORDS = {"合计", "共计", "总计"};

  @Test
  void aTotalAfterItsPartsAnswersATargetOnePartNamesOnlyInPart() {
    qt().withExamples(300).forAll(integers().between(0, WHOLE_AND_PARTS.length - 1), integers().between(0, TOTAL_WORDS.length - 1),
        integers().between(20, 90), integers().between(5, 60))
        .checkAssert((row, total, first, second) -> {
          String[] w = WHOLE_AND_PARTS[row];
          String task = w[0] + "80" + w[3] + "。";
          String narrative = "完成" + w[1] + first + w[3] + "、" + w[2] + second + w[3] + "，" + TOTAL_WORDS[total]
              + (first + second) + w[3] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).hasSize(1).first().asString()
              .endsWith(" ← " + (first + second) + w[3]);
          // a target a part names whole is that part's
          String ofThePart = "完成" + w[2] + "60" + w[3] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(ofThePart, narrative))).as(ofThePart + " ‖ " + narrative)
              .hasSize(1).first().asString().endsWith(" ← " + second + w[3]);
        });
  }

  private static final String[][] WHOLES_WITH_A_PART = {{"养老床位", "护理型床位", "张"}, {"城镇就业", "高校毕业生就业", "人"},
      {"市场主体", "企业", "户"}, {"公共充电桩", "快充桩", "个"}};

  @Test
  void aPartOfARunningTotalOfNewThingsIsNewItself() {
    qt().withExamples(300).forAll(integers().between(0, WHOLES_WITH_A_PART.length - 1), integers().between(100, 900),
        integers().between(20, 99), integers().between(-30, 30))
        .checkAssert((row, whole, share, more) -> {
          String[] w = WHOLES_WITH_A_PART[row];
          int part = whole * share / 100;
          String task = "新增" + w[0] + whole + w[2] + "（其中" + w[1] + part + w[2] + "）。";
          int doneWhole = whole + more;
          int donePart = Math.max(1, part + more / 2);
          String narrative = "累计新增" + w[0] + doneWhole + w[2] + "，其中" + w[1] + donePart + w[2] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "COUNT EXACTLY " + whole + w[2] + " ← " + doneWhole + w[2], "COUNT EXACTLY " + part + w[2] + " ← " + donePart + w[2]);
          // a stock and its part answer no target of new things
          String stock = "累计有" + w[0] + doneWhole + w[2] + "，其中" + w[1] + donePart + w[2] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, stock))).as(task + " ‖ " + stock)
              .allMatch(pair -> pair.endsWith(" ← -"));
        });
  }

  private static final String[][] PER_HEAD = {{"每万人口发明专利拥有量", "件", "发明专利拥有量"},
      {"每千人口拥有执业（助理）医师", "人", "执业（助理）医师"}, {"每千名老年人拥有养老床位", "张", "养老床位"},
      {"每万人口高价值发明专利拥有量", "件", "高价值发明专利拥有量"}};
  private static final String[] NAMELESS = {"%d%s", "实绩%d%s", "完成%d%s", "实际完成：%d%s"};

  @Test
  void aFigureNamingNothingAnswersATargetSaidPerHead() {
    qt().withExamples(300).forAll(integers().between(0, PER_HEAD.length - 1), integers().between(0, NAMELESS.length - 1),
        integers().between(2, 60), integers().between(-5, 5))
        .checkAssert((row, said, planned, more) -> {
          String[] w = PER_HEAD[row];
          int done = Math.max(1, planned + more);
          String task = w[0] + "达到" + planned + w[1] + "。";
          String narrative = String.format(NAMELESS[said], done, w[1]) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .hasSize(1).first().asString().endsWith(" ← " + done + w[1]);
          // the whole place's total, named, is no figure per head
          String total = "全市" + w[2] + "达到" + (done * 1000 + 7) + w[1] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, total))).as(task + " ‖ " + total)
              .hasSize(1).first().asString().endsWith(" ← -");
          String sum = "全市总量达到" + (done * 1000 + 7) + w[1] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, sum))).as(task + " ‖ " + sum)
              .hasSize(1).first().asString().endsWith(" ← -");
        });
  }

  private static final String[] LAST_YEARS = {"较上年", "比上年", "比去年", "同比上年"};
  private static final String[] CHANGES = {"增长", "提高"};

  @Test
  void eachGrowingOnLastYearIsNoYearlyAverage() {
    qt().withExamples(300).forAll(integers().between(0, LAST_YEARS.length - 1), integers().between(0, CHANGES.length - 1),
        integers().between(2, 15), integers().between(1, 200))
        .checkAssert((year, change, planned, tenths) -> {
          String task = "城乡低保补助标准和特困人员供养标准提高" + planned + "%。";
          String done = tenths / 10 + "." + (tenths % 9 + 1);
          String narrative = "两项标准" + LAST_YEARS[year] + "均" + CHANGES[change] + done + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("GROWTH EXACTLY " + planned + "% ← " + done + "%");
          // a yearly average over years is still none of the year's
          String averaged = "两项标准两年年均" + CHANGES[change] + done + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, averaged))).as(task + " ‖ " + averaged)
              .containsExactly("GROWTH EXACTLY " + planned + "% ← -");
        });
  }

  private static final String[][] RESTATED = {{"非税收入控制在%d亿元以内", "目标控制在%d亿元以内", "实际完成%s亿元", "AMOUNT AT_MOST %d亿元"},
      {"县级三公经费下降%d%%", "目标下降%d%%", "实际下降%s%%", "DECLINE EXACTLY %d%%"},
      {"一般公共预算收入增长%d%%", "目标增长%d%%", "实际增长%s%%", "GROWTH EXACTLY %d%%"},
      {"规上工业企业达到%d家以上", "目标不少于%d家", "实际%s家", "COUNT AT_LEAST %d家"}};

  @Test
  void aTargetSaidAgainWithItsBoundIsNoFigureAndNamesNoResult() {
    qt().withExamples(300).forAll(integers().between(0, RESTATED.length - 1), integers().between(2, 90),
        integers().between(1, 99), integers().between(0, 1))
        .checkAssert((row, planned, tenth, joiner) -> {
          String[] w = RESTATED[row];
          String done = (planned + tenth % 7 - 3) + (row == 3 ? "" : "." + (tenth % 9 + 1));
          String task = String.format(w[0], planned) + "。";
          String narrative = String.format(w[1], planned) + (joiner == 0 ? "，" : "；") + String.format(w[2], done) + "。";
          String unit = w[3].endsWith("%%") ? "%" : w[3].substring(w[3].length() - (row == 0 ? 2 : 1));
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly(String.format(w[3], planned) + " ← " + done + unit);
        });
  }

  private static final String[] BOUNDED_THINGS = {"生产安全事故死亡人数", "能源消费总量", "化肥使用量", "信访总量"};
  private static final String[] BOUNDS = {"控制在省下达指标以内", "不超过市下达的控制目标", "控制在年度计划以内"};

  @Test
  void aChangeAfterAClauseNamingItsThingAndABoundIsThatThingsChange() {
    qt().withExamples(300).forAll(integers().between(0, BOUNDED_THINGS.length - 1), integers().between(0, BOUNDS.length - 1),
        integers().between(2, 15), integers().between(1, 200))
        .checkAssert((thing, bound, planned, tenths) -> {
          String task = BOUNDED_THINGS[thing] + BOUNDS[bound] + "，较上年下降" + planned + "%以上。";
          String done = tenths / 10 + "." + (tenths % 9 + 1);
          String narrative = "其他工作有序推进；" + BOUNDED_THINGS[thing] + "同比下降" + done + "%。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).extracting(t -> t.metric()).singleElement()
              .matches(metric -> !metric.isEmpty() && BOUNDED_THINGS[thing].startsWith(metric)); // 总量 is cleaned off
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("DECLINE AT_LEAST " + planned + "% ← " + done + "%");
        });
  }

  private static final String[][] FUNDS = {{"中央预算内投资", "专项债券资金"}, {"上级补助资金", "地方政府债券资金"},
      {"省级奖补资金", "社会资本"}};

  @Test
  void aListOfPartsHeadedByARunningTotalIsSummed() {
    qt().withExamples(300).forAll(integers().between(0, FUNDS.length - 1), integers().between(10, 300),
        integers().between(10, 900), integers().between(0, 1))
        .checkAssert((row, first, second, verb) -> {
          String[] f = FUNDS[row];
          int planned = (first + second) / 10;
          String task = "争取" + f[0] + "和" + f[1] + planned + "亿元以上。";
          String narrative = (verb == 0 ? "累计争取" : "累计争取到位") + f[0] + tenths(first) + "亿元、" + f[1] + tenths(second) + "亿元。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          String sum = new java.math.BigDecimal(tenths(first)).add(new java.math.BigDecimal(tenths(second))).stripTrailingZeros()
              .toPlainString();
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("AMOUNT AT_LEAST " + planned + "亿元 ← " + sum + "亿元");
        });
  }

  private static final String[][] EVENTS = {{"举办比赛", "场"}, {"举办赛事", "场"}, {"开展故事会", "场"}, {"举办展会", "次"}};
  private static final String[] CHINESE = {"一", "两", "三", "四", "五", "六", "七", "八", "九", "十"};
  private static final String[] BOUNDS_AFTER = {"以上", "左右", "及以上"};

  @Test
  void aCountInChineseNumeralsWithItsBoundAfterIsATarget() {
    qt().withExamples(200).forAll(integers().between(0, EVENTS.length - 1), integers().between(2, 10),
        integers().between(0, BOUNDS_AFTER.length - 1), integers().between(1, 12))
        .checkAssert((row, planned, bound, done) -> {
          String task = EVENTS[row][0] + CHINESE[planned - 1] + EVENTS[row][1] + BOUNDS_AFTER[bound] + "。";
          String narrative = "全年" + EVENTS[row][0] + done + EVENTS[row][1] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement().asString()
              .endsWith(" " + planned + EVENTS[row][1] + " ← " + done + EVENTS[row][1]);
        });
  }

  private static final String[][] PER_PERSON_AND_TOTALS = {{"公共图书馆人均藏书", "公共图书馆总藏量", "册", "人均藏书"},
      {"人均公园绿地面积", "公园绿地总面积", "平方米", "人均公园绿地面积"}, {"人均体育场地面积", "体育场地总面积", "平方米", "人均"}};

  @Test
  void aTotalNeverAnswersATargetPerPerson() {
    qt().withExamples(200).forAll(integers().between(0, PER_PERSON_AND_TOTALS.length - 1), integers().between(10, 40),
        integers().between(100, 900), integers().between(-5, 5))
        .checkAssert((row, planned, total, more) -> {
          String[] w = PER_PERSON_AND_TOTALS[row];
          String task = "全市" + w[0] + "达到" + tenths(planned) + w[2] + "。";
          String done = tenths(planned + more);
          String narrative = "全市" + w[1] + "达到" + total + "万" + w[2] + "，" + w[3] + done + w[2] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement().asString()
              .endsWith(" ← " + done + w[2]);
        });
  }

  private static final String[] FLOORS = {"不少于%d亿元", "%d亿元以上", "超过%d亿元", "不低于%d亿元"};

  @Test
  void aTotalCostWithAFloorIsATargetAndOneSaidAsItIsAProjectsSize() {
    qt().withExamples(200).forAll(integers().between(0, FLOORS.length - 1), integers().between(10, 90),
        integers().between(50, 900), integers().between(-30, 60))
        .checkAssert((floor, projects, cost, more) -> {
          String task = "招引亿元以上项目" + projects + "个，总投资" + String.format(FLOORS[floor], cost) + "。";
          String narrative = "新签约亿元以上项目" + projects + "个，总投资" + (cost + more) + "亿元。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).hasSize(2)
              .last().asString().isEqualTo("AMOUNT AT_LEAST " + cost + "亿元 ← " + (cost + more) + "亿元");
          for (String size : new String[] {"，总投资" + cost + "亿元。", "，总投资约" + cost + "亿元。"}) {
            String project = "建设城北污水处理厂" + size;
            assertThat(FormsOfWritingTest.extracted(project, "项目已完工。").targets()).as(project).isEmpty();
          }
        });
  }

  private static final String[][] NEW_AND_STANDING = {{"市场主体", "万户", "新登记各类"}, {"个体工商户", "万户", "新登记"},
      {"参保企业", "家", "新增"}};

  @Test
  void whatAPlaceHasIsAStockBesideTheYearsNewOnes() {
    qt().withExamples(200).forAll(integers().between(0, NEW_AND_STANDING.length - 1), integers().between(20, 90),
        integers().between(-8, 8), integers().between(300, 900))
        .checkAssert((row, planned, more, standing) -> {
          String[] w = NEW_AND_STANDING[row];
          String task = "新增" + w[0] + planned + w[1] + "以上，" + w[0] + "总量突破" + standing + w[1] + "。";
          int fresh = planned + more;
          String narrative = "全年" + w[2] + w[0] + fresh + w[1] + "，年末实有" + w[0] + (standing + 12) + w[1] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "COUNT AT_LEAST " + planned + w[1] + " ← " + fresh + w[1], "COUNT AT_LEAST " + standing + w[1] + " ← " + (standing + 12) + w[1]);
        });
  }

  private static final String[] TIMED_THINGS = {"企业开办时间", "工程建设项目审批时间", "不动产登记办理时间", "一般纳税人办税时间"};
  private static final String[] DURATIONS = {"平均用时", "用时", "平均耗时", "平均办理时长"};
  private static final String[] TIME_UNITS = {"个工作日", "天", "小时"};

  @Test
  void aDurationNamedOnlyAsSuchIsTheTasksOwn() {
    qt().withExamples(300).forAll(integers().between(0, TIMED_THINGS.length - 1), integers().between(0, DURATIONS.length - 1),
        integers().between(0, TIME_UNITS.length - 1), integers().between(2, 60))
        .checkAssert((thing, said, unit, planned) -> {
          String task = TIMED_THINGS[thing] + "压缩至" + planned + TIME_UNITS[unit] + "以内。";
          String done = (planned - 1) + ".5";
          String narrative = "全年办理业务1200件，" + DURATIONS[said] + done + TIME_UNITS[unit] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL AT_MOST " + planned + TIME_UNITS[unit] + " ← " + done + TIME_UNITS[unit]);
        });
  }

  private static final String[] DECLINING = {"单位GDP能耗", "化学需氧量排放量", "万元工业增加值用水量", "生产安全事故起数"};
  private static final String[] SIGNED_CELLS_OF_IT = {"%s%%", "%s：%s%%", "%s（%%）：%s"};

  @Test
  void aBareSignedPercentageIsAChangeAndAFallBeatsATargetOfDecline() {
    qt().withExamples(300).forAll(integers().between(0, DECLINING.length - 1), integers().between(0, SIGNED_CELLS_OF_IT.length - 1),
        integers().between(1, 9), integers().between(1, 60))
        .checkAssert((thing, cell, planned, tenths) -> {
          String task = DECLINING[thing] + "下降" + planned + "%。";
          String fall = "-" + (planned + tenths / 10) + "." + (tenths % 9 + 1);
          String narrative = cell == 0 ? String.format(SIGNED_CELLS_OF_IT[0], fall)
              : String.format(SIGNED_CELLS_OF_IT[cell], DECLINING[thing], fall);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              // a fall answering a target of decline is a decline (twenty-sixth round): -1.2% is a decline of 1.2%
              .containsExactly("DECLINE EXACTLY " + planned + "% ← " + fall.substring(1) + "%");
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative)
              .isEqualTo(io.github.workreport.Status.EXCEEDED);
        });
  }

  private static final String[][] JOINED_WORKS = {{"新建加固河道堤防", "堤防建设", "新建堤防", "加固堤防", "公里"},
      {"新建改造农村公路", "农村公路建设", "新建农村公路", "改造农村公路", "公里"},
      {"新建改造供水管网", "供水管网建设", "新建供水管网", "改造供水管网", "公里"}};

  @Test
  void aWholeBrokenDownIntoTheWorksATargetJoinsIsItsFigure() {
    qt().withExamples(200).forAll(integers().between(0, JOINED_WORKS.length - 1), integers().between(10, 90),
        integers().between(10, 300), integers().between(10, 300))
        .checkAssert((row, planned, first, second) -> {
          String[] w = JOINED_WORKS[row];
          String whole = tenths(first + second);
          String task = w[0] + planned + w[4] + "。";
          String narrative = "完成" + w[1] + whole + w[4] + "，其中" + w[2] + tenths(first) + w[4] + "、" + w[3] + tenths(second)
              + w[4] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith(" ← " + whole + w[4]);
          // a target of one of the works is that part's
          String ofOne = w[2] + planned + w[4] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(ofOne, narrative))).as(ofOne + " ‖ " + narrative)
              .singleElement().asString().endsWith(" ← " + tenths(first) + w[4]);
        });
  }

  private static final String[] EVENTS_HELD = {"开展防汛应急演练", "举办职业技能培训", "开展送戏下乡活动", "组织安全生产宣传活动"};
  private static final String[] TIMES_OR_SHOWINGS = {"次", "场", "场次"};

  @Test
  void eventsCountedInTimesOrShowingsAreOneCount() {
    qt().withExamples(300).forAll(integers().between(0, EVENTS_HELD.length - 1), integers().between(0, TIMES_OR_SHOWINGS.length - 1),
        integers().between(0, TIMES_OR_SHOWINGS.length - 1), integers().between(2, 90))
        .checkAssert((event, planned, said, count) -> {
          String task = EVENTS_HELD[event] + "不少于" + count + TIMES_OR_SHOWINGS[planned] + "。";
          String narrative = "全年" + EVENTS_HELD[event] + (count + 3) + TIMES_OR_SHOWINGS[said] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "COUNT AT_LEAST " + count + TIMES_OR_SHOWINGS[planned] + " ← " + (count + 3) + TIMES_OR_SHOWINGS[said]);
        });
  }

  private static final String[][] CAPACITIES = {{"新增学位", "个"}, {"新增养老床位", "张"}, {"新增停车泊位", "个"},
      {"新增污水处理能力", "吨"}};
  private static final String[] ONCE_DONE = {"预计12月底交付，届时可", "建成后可", "投用后将", "竣工后可"};

  @Test
  void whatAWorkWillGiveOnceDoneIsNoWorkDone() {
    qt().withExamples(200).forAll(integers().between(0, CAPACITIES.length - 1), integers().between(0, ONCE_DONE.length - 1),
        integers().between(50, 900))
        .checkAssert((row, said, planned) -> {
          String[] w = CAPACITIES[row];
          String task = w[0] + planned + w[1] + "。";
          String narrative = "主体已完工，正在装修，" + ONCE_DONE[said] + w[0] + planned + w[1] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith(" " + planned + w[1] + " ← -");
          String given = "项目已建成投用，" + w[0] + planned + w[1] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, given))).as(task + " ‖ " + given)
              .singleElement().asString().endsWith(" " + planned + w[1] + " ← " + planned + w[1]);
        });
  }

  private static final String[] CHINESE_TENTHS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
  private static final String[][] BOUNDED_SHARES = {{"不低于%s成", "AT_LEAST"}, {"高于%s成", "AT_LEAST"},
      {"控制在%s成以内", "AT_MOST"}, {"不高于%s成", "AT_MOST"}};

  @Test
  void aShareInTenthsAfterABoundIsItsPercentage() {
    qt().withExamples(200).forAll(integers().between(1, 9), integers().between(0, BOUNDED_SHARES.length - 1),
        integers().between(1, 999))
        .checkAssert((tenth, bound, done) -> {
          String task = "电子健康档案动态使用率" + String.format(BOUNDED_SHARES[bound][0], CHINESE_TENTHS[tenth - 1]) + "。";
          String figure = done / 10 + "." + (done % 9 + 1);
          String narrative = "电子健康档案动态使用率" + figure + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL " + BOUNDED_SHARES[bound][1] + " " + tenth * 10 + "% ← " + figure + "%");
        });
  }

  private static final String[][] RATE_PAIRS = {{"农村生活污水治理率", "农村自来水普及率"}, {"全民健身参与率", "体育场地达标率"},
      {"义务教育巩固率", "高中阶段毛入学率"}, {"疫苗接种率", "健康知识普及率"}};
  private static final String[] JOINED_BY = {"和", "与", "及"};

  @Test
  void twoRatesJoinedBeforeRespectivelyAreATargetEachWhateverWordsTheyHold() {
    qt().withExamples(300).forAll(integers().between(0, RATE_PAIRS.length - 1), integers().between(0, JOINED_BY.length - 1),
        integers().between(40, 80), integers().between(81, 99))
        .checkAssert((row, joiner, first, second) -> {
          String[] w = RATE_PAIRS[row];
          String task = w[0] + JOINED_BY[joiner] + w[1] + "分别提高到" + first + "%、" + second + "%。";
          String narrative = w[0] + "达到" + (first + 1) + ".2%，" + w[1] + "达到" + (second - 1) + ".5%。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).extracting(t -> t.metric()).containsExactly(w[0], w[1]);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "LEVEL EXACTLY " + first + "% ← " + (first + 1) + ".2%", "LEVEL EXACTLY " + second + "% ← " + (second - 1) + ".5%");
        });
  }
}
