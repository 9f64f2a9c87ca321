package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found in an eleventh round of probing. Thousands set apart by a space, as typeset
 * text and text taken from a PDF write them (全年培训农民3 628人), were read from the last group on (628人):
 * a target met by six times over read as not met; a space before the decimal point (98 .4%) lost the
 * point. Two things joined by 和 that each change by one figure (生产安全事故起数和死亡人数均下降5%) were one
 * target, though 均 means each of them, as 分别 and a list
 * written with 、 already did. A count in 个 and the households it reaches (老旧小区改造16个，涉及2640户) were
 * added up as parts of a target in 个 (2656个), since 个 compares with any classifier. A list of targets for
 * one thing (分别新增养老床位120张、150张) had its second item answered by the sum of the list of figures
 * that answers both (分别新增床位126张、98张). Changes said 分别 after a list of counts (发生生产安全事故612起、
 * 死亡548人，同比分别下降13.6%和6.9%) all went on with the last thing counted, and the first target lost its answer;
 * a name that is a measure in itself (火灾起数和直接财产损失) took the end of the next as a shared head. A target
 * on accidents of a grade (较大事故起数下降10%) took the change of all accidents (生产安全事故…下降15.2%). Ages
 * were no unit (人均预期寿命提高到78.5岁 set no target); an age naming the people it qualifies (80岁以上老年人)
 * is still no quantity. A standard of money said per person on one side only (提高到每人每月100元 ‖ 已提高到
 * 100元; 670元/人·年 ‖ 提高至670元) was a level against an amount, and went unverified. An indicator table
 * written out with a label after its header (研发经费投入强度（%）：目标值2.6 ‖ 完成值2.2) lost the header's unit.
 * A date opening a narrative on its own (截至9月底，…) dated only the figure after it, so a later clause, undated,
 * counted as the later total and won. A target on a running total (示范村累计达到38个) took the year's new ones
 * (今年新创建示范村6个) over the running total of work done beside them (累计建成示范村36个). A target on two things
 * joined by 和 (招聘特岗教师和公费师范生300名) was answered by the figure of one of them, never by their sum. A figure
 * of work started that repeats the target's work (已开工改造老旧小区18个，完工9个) answered a target of that work
 * over the work done beside it. What can be done (年底前可全部消除, 有望按期完成) was a claim that it was. Work on
 * things found just before (排查易涝点42处，完成整治30处) took the finding into its name and was read as a first step.
 * A figure glossing a named line in parentheses (控制在警戒线（100%）以内) lost the bound after the parenthesis.
 * A class of things all to be covered (收入10万元以上的村实现全覆盖) was a target of 10万元.
 */
class EleventhRoundFormsTest {

  private static final String[] GROUP_SPACES = {" ", "\u00a0", "\u2009", "\u202f"};

  /** {@code n} with its groups of three digits set apart by {@code space}: 12 345 678. */
  private static String grouped(long n, String space) {
    String digits = Long.toString(n);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(space);
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  @Test
  void thousandsSetApartBySpacesAreOneNumber() {
    qt().withExamples(400).forAll(integers().between(1_000, 999_999_999), integers().between(0, GROUP_SPACES.length - 1),
        integers().between(0, 1))
        .checkAssert((n, space, fraction) -> {
          String figure = grouped(n, GROUP_SPACES[space]) + (fraction == 1 ? ".5" : "");
          String value = n + (fraction == 1 ? ".5" : "");
          assertThat(NumberScanner.scan("全年培训农民" + figure + "人，完成年度任务。"))
              .as(figure).filteredOn(m -> m.value != null)
              .first().satisfies(m -> assertThat(m.value).isEqualByComparingTo(new BigDecimal(value)));
          String task = "培训农民" + Math.max(1, n / 2) + "人以上。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, "全年培训农民" + figure + "人。")))
              .as(task + " ‖ " + figure).containsExactly("COUNT AT_LEAST " + Math.max(1, n / 2) + "人 ← " + value + "人");
        });
  }

  @Test
  void aSpaceBeforeTheDecimalPointKeepsThePoint() {
    qt().withExamples(200).forAll(integers().between(0, 99_999), integers().between(1, 99))
        .checkAssert((whole, fraction) -> {
          String figure = whole + " ." + fraction;
          assertThat(NumberScanner.scan("城市污水处理率" + figure + "%。")).as(figure).filteredOn(m -> m.value != null)
              .singleElement().satisfies(m -> assertThat(m.value).isEqualByComparingTo(new BigDecimal(whole + "." + fraction)));
        });
  }

  @Test
  void aSpaceJoinsOnlyGroupsOfThree() {
    // a year, a figure after a decimal point, a fourth digit, a group of two: figures apart, each its own
    qt().withExamples(200).forAll(integers().between(1, 9_999), integers().between(0, 9_999))
        .checkAssert((before, after) -> {
          String after3 = String.format("%03d", after % 1000);
          String[] apart = {"2023 " + after3, before + ".5 " + after3, "1" + String.format("%04d", before) + " " + after3,
              before % 1000 + " " + after % 100};
          for (String text : apart) {
            assertThat(NumberScanner.scan("数量" + text + "个").stream().filter(m -> m.value != null).count())
                .as(text).isEqualTo(2);
          }
        });
  }

  // the second as written and as read: a measure said after the thing once takes the thing (fourteenth round)
  private static final String[][] BOTH = {{"生产安全事故起数", "死亡人数", "生产安全事故死亡人数"},
      {"化学需氧量", "氨氮排放量", "氨氮排放量"}, {"一般公共预算收入", "税收收入", "税收收入"},
      {"单位地区生产总值能耗", "二氧化碳排放", "二氧化碳排放"}};
  private static final String[] JOINERS = {"和", "与", "及"};
  private static final String[][] CHANGES = {{"下降", "DECLINE"}, {"降低", "DECLINE"}, {"增长", "GROWTH"}, {"提高", "GROWTH"}};

  @Test
  void eachOfTwoThingsThatBothChangeIsATarget() {
    qt().withExamples(300).forAll(integers().between(0, BOTH.length - 1), integers().between(0, JOINERS.length - 1),
        integers().between(0, CHANGES.length - 1), integers().between(1, 150))
        .checkAssert((thing, joiner, change, tenths) -> {
          String[] both = BOTH[thing];
          String figure = new BigDecimal(tenths).movePointLeft(1).toPlainString();
          String shown = new BigDecimal(tenths).movePointLeft(1).stripTrailingZeros().toPlainString();
          String task = both[0] + JOINERS[joiner] + both[1] + "均" + CHANGES[change][0] + figure + "%以上。";
          assertThat(FormsOfWritingTest.extracted(task, "").targets()).as(task)
              .extracting(t -> t.metric() + " " + t.kind() + " " + t.quantity().format())
              .containsExactly(both[0] + " " + CHANGES[change][1] + " " + shown + "%",
                  both[2] + " " + CHANGES[change][1] + " " + shown + "%");
          // the 均 of an average names one thing
          String average = both[0] + JOINERS[joiner] + both[1] + "年均" + CHANGES[change][0] + figure + "%以上。";
          assertThat(FormsOfWritingTest.extracted(average, "").targets()).as(average).hasSize(1);
        });
  }

  private static final String[][] WORKS = {{"改造老旧小区", "老旧小区改造", "个", "户"}, {"建设农村幸福院", "农村幸福院建设", "个", "户"},
      {"新建村级卫生室", "新建村级卫生室", "个", "人"}, {"实施棚户区改造项目", "棚户区改造项目", "个", "户"}};
  private static final String[] REACHES = {"涉及", "惠及", "覆盖", "受益"};

  @Test
  void aCountAndWhomItReachesAreNoParts() {
    qt().withExamples(300).forAll(integers().between(0, WORKS.length - 1), integers().between(2, 60),
        integers().between(1, 5000), integers().between(0, REACHES.length - 1))
        .checkAssert((work, done, reached, verb) -> {
          String[] w = WORKS[work];
          int target = done + (reached % 5) - 2;
          String task = w[0] + Math.max(target, 1) + w[2] + "。";
          String narrative = "全年完成" + w[1] + done + w[2] + "，" + REACHES[verb] + (reached % 2 == 0 ? "" : "居民") + reached + w[3] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + Math.max(target, 1) + w[2] + " ← " + done + w[2]);
        });
  }

  private static final String[][] LISTED = {{"新增养老床位", "新增床位", "张"}, {"新建村卫生室", "建成村卫生室", "个"},
      {"培训农村劳动力", "培训农村劳动力", "人"}, {"改造农村公路", "改造农村公路", "公里"}};

  @Test
  void eachItemOfAListOfTargetsIsAnsweredByItsOwnFigure() {
    qt().withExamples(300).forAll(integers().between(0, LISTED.length - 1), integers().between(5, 400),
        integers().between(5, 400), integers().between(-40, 40))
        .checkAssert((thing, first, second, off) -> {
          String[] w = LISTED[thing];
          int done2 = Math.max(1, second + off);
          String task = "在东西两片区，分别" + w[0] + first + w[2] + "、" + second + w[2] + "。";
          String narrative = "分别" + w[1] + first + w[2] + "、" + done2 + w[2] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly(kind(w[2]) + " EXACTLY " + first + w[2] + " ← " + first + w[2],
                  kind(w[2]) + " EXACTLY " + second + w[2] + " ← " + done2 + w[2]);
        });
  }

  private static String kind(String unit) {
    return unit.equals("公里") ? "AMOUNT" : "COUNT";
  }

  private static final String[][] COUNTED = {{"生产安全事故起数", "死亡人数", "发生生产安全事故", "起", "死亡", "人"},
      {"道路交通事故起数", "受伤人数", "发生道路交通事故", "起", "受伤", "人"},
      {"火灾起数", "直接财产损失", "发生火灾", "起", "直接财产损失", "万元"}};

  @Test
  void changesSaidRespectivelyAfterAListOfCountsFollowItsOrder() {
    qt().withExamples(300).forAll(integers().between(0, COUNTED.length - 1), integers().between(1, 200),
        integers().between(1, 200), integers().between(0, 1))
        .checkAssert((thing, first, second, joiner) -> {
          String[] c = COUNTED[thing];
          String a = new BigDecimal(first).movePointLeft(1).toPlainString();
          String b = new BigDecimal(second).movePointLeft(1).toPlainString();
          String task = c[0] + "和" + c[1] + "分别下降5%、4%。";
          String narrative = "全市" + c[2] + "612" + c[3] + "、" + c[4] + "548" + c[5] + "，同比分别下降" + a + "%"
              + (joiner == 0 ? "和" : "、") + b + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("DECLINE EXACTLY 5% ← " + new BigDecimal(a).stripTrailingZeros().toPlainString() + "%",
                  "DECLINE EXACTLY 4% ← " + new BigDecimal(b).stripTrailingZeros().toPlainString() + "%");
        });
  }

  private static final String[] ACCIDENT_GRADES = {"较大", "重大", "较大及以上", "重特大"};

  @Test
  void aTargetOnAGradeOfAccidentsIsNotAnsweredByAllAccidents() {
    qt().withExamples(200).forAll(integers().between(0, ACCIDENT_GRADES.length - 1), integers().between(1, 300))
        .checkAssert((grade, tenths) -> {
          String change = new BigDecimal(tenths).movePointLeft(1).toPlainString();
          String task = ACCIDENT_GRADES[grade] + "生产安全事故起数下降10%以上。";
          String all = "全市发生生产安全事故218起，同比下降" + change + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, all))).as(task + " ‖ " + all)
              .containsExactly("DECLINE AT_LEAST 10% ← -");
          // the grade's own figure answers it
          String own = all + "其中" + ACCIDENT_GRADES[grade] + "生产安全事故同比下降" + change + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, own))).as(task + " ‖ " + own)
              .containsExactly("DECLINE AT_LEAST 10% ← " + new BigDecimal(change).stripTrailingZeros().toPlainString() + "%");
        });
  }

  @Test
  void anAgeIsAQuantityUnlessItQualifiesPeople() {
    qt().withExamples(200).forAll(integers().between(700, 850), integers().between(-30, 30), integers().between(1, 9))
        .checkAssert((tenths, off, raise) -> {
          String target = new BigDecimal(tenths).movePointLeft(1).toPlainString();
          String reached = new BigDecimal(tenths + off).movePointLeft(1).toPlainString();
          String task = "人均预期寿命提高到" + target + "岁。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, "全市人均预期寿命为" + reached + "岁。")))
              .as(task + " ‖ " + reached).containsExactly("LEVEL EXACTLY " + strip(target) + "岁 ← " + strip(reached) + "岁");
          // a raise in years is a change, answered by the change between two levels
          String by = new BigDecimal(raise).movePointLeft(1).toPlainString();
          String raised = "人均预期寿命提高" + by + "岁。";
          String narrative = "人均预期寿命由" + target + "岁提高到" + reached + "岁。";
          if (off > 0) {
            assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(raised, narrative))).as(raised + " ‖ " + narrative)
                .containsExactly("GROWTH EXACTLY " + strip(by) + "岁 ← "
                    + new BigDecimal(off).movePointLeft(1).stripTrailingZeros().toPlainString() + "岁");
          }
          // the people of an age are no target
          String people = "为" + tenths / 10 + (raise % 2 == 0 ? "岁以上" : "周岁以上农村") + "老年人发放高龄津贴，惠及"
              + (tenths + 100) + "人。";
          assertThat(FormsOfWritingTest.extracted(people, "").targets()).as(people)
              .extracting(t -> t.unit().symbol()).doesNotContain("岁");
        });
  }

  private static String strip(String decimal) {
    return new BigDecimal(decimal).stripTrailingZeros().toPlainString();
  }

  private static final String[] STANDARDS = {"高龄津贴标准", "城乡低保标准", "城乡居民医保财政补助标准", "残疾人两项补贴标准"};
  private static final String[][] PER_PERSON = {{"每人每月", ""}, {"", "元/人·年"}, {"", "元/人/月"}, {"每人每年", ""}};

  @Test
  void aStandardSaidPerPersonOnOneSideIsTheSameStandard() {
    qt().withExamples(300).forAll(integers().between(0, STANDARDS.length - 1), integers().between(0, PER_PERSON.length - 1),
        integers().between(50, 900), integers().between(-40, 40))
        .checkAssert((standard, per, level, off) -> {
          int side = level % 2; // which side says the person
          String[] p = PER_PERSON[per];
          String perPerson = p[0] + level + (p[1].isEmpty() ? "元" : p[1]);
          int reached = level + off;
          String task = STANDARDS[standard] + "提高到" + (side == 0 ? perPerson : level + "元") + "。";
          String narrative = STANDARDS[standard] + "已提高到"
              + (side == 0 ? reached + "元" : perPerson.replace(Integer.toString(level), Integer.toString(reached))) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith(" " + level + "元 ← " + reached + "元");
        });
  }

  private static final String[][] INDICATORS = {{"研发经费投入强度", "%", "LEVEL"}, {"单位地区生产总值能耗下降", "%", "DECLINE"},
      {"粮食总产量", "万吨", "AMOUNT"}, {"新能源发电装机容量", "万千瓦", "AMOUNT"}};
  private static final String[] CELL_LABELS = {"目标值", "目标", "预期目标", "计划"};

  @Test
  void anIndicatorsUnitBeforeItsCellLabelIsTheRowsUnit() {
    qt().withExamples(300).forAll(integers().between(0, INDICATORS.length - 1), integers().between(0, CELL_LABELS.length - 1),
        integers().between(10, 900), integers().between(-9, 9))
        .checkAssert((indicator, label, tenths, off) -> {
          String[] i = INDICATORS[indicator];
          String target = new BigDecimal(tenths).movePointLeft(1).toPlainString();
          String done = new BigDecimal(tenths + off).movePointLeft(1).toPlainString();
          String task = i[0] + "（" + i[1] + "）：" + CELL_LABELS[label] + target;
          String narrative = "完成值" + done;
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly(i[2] + " EXACTLY " + strip(target) + i[1] + " ← " + strip(done) + i[1]);
        });
  }

  private static final String[][] OPENED = {
      {"新增高速公路通车里程62公里。", "沿江高速%d公里建成通车；S12延伸线23.5公里路面工程完成85%%。"},
      {"新建城市公厕40座。", "新建城市公厕%d座；另有12座正在进行主体施工。"},
      {"改造老旧小区30个。", "完成改造老旧小区%d个；9个小区正在施工，完成工程量的60%%。"}};
  private static final String[] LEAD_DATES = {"截至%d月底，", "截至%d月末，", "1-%d月，", "截至2024年%d月底，"};

  @Test
  void aDateOpeningTheNarrativeDatesAllItSays() {
    qt().withExamples(300).forAll(integers().between(0, OPENED.length - 1), integers().between(0, LEAD_DATES.length - 1),
        integers().between(2, 11), integers().between(5, 39))
        .checkAssert((row, lead, month, done) -> {
          String[] r = OPENED[row];
          String narrative = String.format(r[1], done);
          String dated = String.format(LEAD_DATES[lead], month) + narrative;
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(r[0], dated))).as(r[0] + " ‖ " + dated)
              .isEqualTo(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(r[0], narrative)))
              .singleElement().asString().endsWith("← " + done + (row == 0 ? "公里" : row == 1 ? "座" : "个"));
        });
  }

  private static final String[][] RUNNING = {{"美丽乡村示范村", "新创建", "建成", "个"}, {"高标准农田", "新建", "建成", "万亩"},
      {"农村卫生厕所", "新改建", "改造", "户"}, {"5G基站", "新建", "建成", "个"}};

  @Test
  void aTargetOnARunningTotalIsAnsweredByTheRunningTotal() {
    qt().withExamples(300).forAll(integers().between(0, RUNNING.length - 1), integers().between(1, 60),
        integers().between(61, 400), integers().between(0, 1))
        .checkAssert((thing, year, total, form) -> {
          String[] r = RUNNING[thing];
          String task = "全县" + r[0] + "累计达到" + (total + 2) + r[3] + "。";
          String narrative = (form == 0 ? "今年" : "全年") + r[1] + r[0] + year + r[3] + "，全县累计" + r[2] + r[0] + total + r[3] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith("← " + total + r[3]);
          // the year's task is answered by the year's work
          String years = r[1] + r[0] + (year + 2) + r[3] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(years, narrative))).as(years + " ‖ " + narrative)
              .singleElement().asString().endsWith("← " + year + r[3]);
        });
  }

  private static final String[][] JOINED = {{"招聘特岗教师", "公费师范生", "招聘特岗教师", "接收公费师范毕业生", "名"},
      {"建设城乡公厕", "垃圾中转站", "建成城乡公厕", "建成垃圾中转站", "座"},
      {"新建乡镇综合文化站", "村级综合性文化服务中心", "建成乡镇综合文化站", "村级综合性文化服务中心", "个"}};

  @Test
  void aTargetOnTwoThingsJoinedByAndIsAnsweredByTheirSum() {
    qt().withExamples(300).forAll(integers().between(0, JOINED.length - 1), integers().between(1, 300),
        integers().between(1, 300), integers().between(0, JOINERS.length - 1))
        .checkAssert((thing, first, second, joiner) -> {
          String[] j = JOINED[thing];
          int target = first + second + (first % 7) - 3;
          String task = j[0] + JOINERS[joiner] + j[1] + Math.max(target, 1) + j[4] + "。";
          String narrative = "全年" + j[2] + first + j[4] + "、" + j[3] + second + j[4] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith("← " + (first + second) + j[4]);
        });
  }

  private static final String[][] WORK_STARTED = {{"改造老旧小区", "个", "完工"}, {"新建学校", "所", "建成"},
      {"改扩建乡镇卫生院", "个", "竣工"}, {"新建公厕", "座", "建成"}};
  private static final String[] STARTS = {"已开工", "开工", "新开工", "已动工"};

  @Test
  void ofWorkStartedAndWorkDoneTheWorkDoneAnswers() {
    qt().withExamples(300).forAll(integers().between(0, WORK_STARTED.length - 1), integers().between(0, STARTS.length - 1),
        integers().between(2, 80), integers().between(0, 1))
        .checkAssert((work, start, target, withDone) -> {
          String[] w = WORK_STARTED[work];
          int done = Math.max(1, target / 2);
          String task = w[0] + target + w[1] + "。";
          String narrative = STARTS[start] + w[0] + target + w[1] + (withDone == 1 ? "，" + w[2] + done + w[1] : "") + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith("← " + (withDone == 1 ? done : target) + w[1]); // alone, the progress
        });
  }

  private static final String[] FORESEEN = {"可", "能", "可以", "能够", "有望", "可望"};
  private static final String[] DONE_WORDS = {"全部完成", "全面完成", "全部消除", "按期完成", "如期完成", "完成年度目标"};

  @Test
  void whatCanBeDoneClaimsNothing() {
    qt().withExamples(200).forAll(integers().between(0, FORESEEN.length - 1), integers().between(0, DONE_WORDS.length - 1),
        integers().between(1, 12))
        .checkAssert((modal, done, month) -> {
          String forecast = "目前正在施工，" + month + "月底前" + FORESEEN[modal] + DONE_WORDS[done] + "。";
          assertThat(StatusCues.claim(forecast)).as(forecast).isEmpty();
          // the same words without the modal are the claim
          String claimed = "目前已" + DONE_WORDS[done] + "。";
          assertThat(StatusCues.claim(claimed)).as(claimed).isPresent();
        });
  }

  private static final String[][] FOUND_THEN_DONE = {{"易涝点", "整治", "处"}, {"黑臭水体", "治理", "条"},
      {"危险房屋", "改造", "栋"}, {"河湖“四乱”问题", "整改", "个"}};
  private static final String[] FINDING = {"排查", "摸排", "排查发现"};

  @Test
  void workOnThingsFoundIsWorkDone() {
    qt().withExamples(200).forAll(integers().between(0, FOUND_THEN_DONE.length - 1), integers().between(0, FINDING.length - 1),
        integers().between(5, 300), integers().between(1, 4))
        .checkAssert((thing, finding, done, extra) -> {
          String[] f = FOUND_THEN_DONE[thing];
          String task = "完成" + f[0] + f[1] + done + f[2] + "。";
          String narrative = FINDING[finding] + f[0] + (done + extra * 7) + f[2] + "，年内完成" + f[1] + done + f[2] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .singleElement().asString().endsWith("← " + done + f[2]);
        });
  }

  private static final String[][] LINES = {{"政府法定债务率", "警戒线", "%"}, {"耕地保有量", "红线", "万亩"},
      {"用水总量", "上限", "亿立方米"}, {"能源消费总量", "控制目标", "万吨标准煤"}};
  private static final String[][] AFTER = {{"以内", "AT_MOST"}, {"以下", "AT_MOST"}, {"以上", "AT_LEAST"}};

  @Test
  void aBoundAfterAFigureGlossingANamedLineIsTheFiguresBound() {
    qt().withExamples(200).forAll(integers().between(0, LINES.length - 1), integers().between(0, AFTER.length - 1),
        integers().between(1, 900))
        .checkAssert((line, after, figure) -> {
          String[] l = LINES[line];
          String verb = AFTER[after][1].equals("AT_LEAST") ? "保持在" : "控制在";
          String task = l[0] + verb + l[1] + "（" + figure + l[2] + "）" + AFTER[after][0] + "。";
          assertThat(FormsOfWritingTest.extracted(task, "").targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.bound().name() + " " + t.quantity().format())
                  .isEqualTo(AFTER[after][1] + " " + figure + l[2]));
        });
  }

  private static final String[][] CLASSES = {{"村集体经济收入", "万元", "村"}, {"年产值", "亿元", "企业"},
      {"日处理规模", "吨", "污水处理厂"}, {"总投资", "万元", "项目"}};
  private static final String[] COVERED = {"实现全覆盖", "全部完成改造", "所有纳入监管", "全面覆盖"};

  @Test
  void aClassOfThingsAllToBeCoveredIsNoTarget() {
    qt().withExamples(200).forAll(integers().between(0, CLASSES.length - 1), integers().between(0, COVERED.length - 1),
        integers().between(1, 500), integers().between(2, 60))
        .checkAssert((kind, covered, size, count) -> {
          String[] c = CLASSES[kind];
          String task = c[0] + size + c[1] + "以上的" + c[2] + COVERED[covered] + "，新增" + c[2] + count + "个。";
          assertThat(FormsOfWritingTest.extracted(task, "").targets()).as(task)
              .extracting(t -> t.quantity().format()).containsExactly(count + "个");
        });
  }
}
