package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Kind;
import io.github.workreport.Report;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left by round bp (written against ac00523) and found by round bq (against ab50188). Before its fix,
 * each law failed thus:
 *
 * <ul>
 *   <li>round bp: a list of works under a qualifier the target names too (新建改造城区公厕20座 ‖ 城区新建8座、改造11座) was no
 *       list of parts, as 城区新建 names more than work, so the first part alone answered the target;
 *   <li>round bq (written against ab50188): numbered topic headings between rows (一、繁荣发展文化事业) were sections, so a
 *       table numbered on through them filed every task under a topic no reader pairing tasks by status section
 *       expects;
 *   <li>a flattened sheet naming each row's unit in a field of its own (规模以上工业总产值；单位：亿元；年度目标：4200) read the
 *       field's unit as the target's thing and left its figure bare, so the target was lost or judged by its ratio;
 *   <li>a header's unit parted from its cell by a comma (农村劳动力转移就业（万人），总量年度目标≥12.5; 养老金最低标准（元/人·月），
 *       由138提高到148) was no header's, so the target and the row's bare figures had no unit;
 *   <li>a row naming two rates in its header's % (结案率（%），年度目标100；开设率（%），年度目标100) gave its bare figures no %, even
 *       those named by one rate's word (结案率100；开设率98.6), so neither target was answered;
 *   <li>a revision of a growth naming what it is counted against (年度目标调整为同比增长5%) revised nothing, as only the bare
 *       verb (调整为增长5%) was read after the revision's, so the growth was judged against the target first set;
 *   <li>things built and then some of them put to use (新建标准厂房28.5万平方米，已交付使用21万平方米) were two parts of the
 *       target, added up to 49.5;
 *   <li>a ceiling whose figure follows in an aside after the limit's name (政府债务余额：控制在省核定限额以内（限额836500）) was a
 *       figure of 限额 exactly, so the year's balance answered nothing; and a limit's aside right after it (控制在核定编制内
 *       （312人）) named its thing 财政供养人员控制在核定编制内;
 *   <li>a row counting in a header's unit and setting a growth in % (接待游客总人次（万人次）：年度目标1650，同比增长10%以上) gave
 *       its bare growth and its bare rate of the plan (同比增长12.3，完成率85.0) the row's 万人次, so the growth was
 *       unanswered and the rate a count;
 *   <li>days within which a thing is done, counted in 日 (采购资金支付时间压缩至10日以内) were a day of a month, so the target
 *       was lost; and once read, a time limit naming a first step (采购) refused the narrative's days as work begun;
 *   <li>last year's level owned by the comparison before it (全年接待过夜游客745万人次，较上年的612万人次增长21.7%) was a
 *       figure of this year's, and a part: 745 and 612 were added up to answer the target;
 *   <li>round br (written against 0a159484): a row of several indicators, each with its unit in a header's parentheses
 *       and its value's label straight after (高标准农田(万亩)任务0.42;农村户厕改造(户)任务240;…(万元)目标310 ‖ …(户)完成186),
 *       gave every figure the one unit a known label followed (万元), so the 万亩 and 户 targets were money;
 *   <li>works under way (22处工程已完工9处、在建13处) were no stage of work, so those built and those being built were added
 *       up to the target's 22;
 *   <li>a header naming a change's percent (投诉量（同比%）：年度目标下降10) gave no unit, and a fall planned in a %-header's
 *       cell took none either, so the target was a bare count and the row's signed figure (1-9月完成-14.6), a count
 *       below zero, was dropped; once read, -14.6 was a fall of -14.6, as under a column of falls (用水量下降(%));
 *   <li>a total told only by district, the first part naming its district and then the thing (江东区收运处置餐厨垃圾3.2万吨，
 *       江北区2.9万吨，…), was answered by the first part alone: only townships made parts, and only when the first named
 *       nothing but its place;
 *   <li>a row's own figure, named by no words (完成值：1.35), lost to a part its breakdown names after it (备注：其中人工造林
 *       0.52万亩), as the part shared a word with the target (完成造林).
 * </ul>
 */
class ThirtyFirstRoundFormsTest {

  /** Qualifiers a task names before its thing, with the place a narrative names of its own. */
  private static final String[][] QUALIFIERS = {{"城区", "农村"}, {"县城", "乡镇"}, {"中心城区", "郊区"}};

  @Test
  void worksListedUnderTheTargetsOwnQualifierAddUp() {
    qt().withExamples(60).forAll(integers().between(3, 20), integers().between(3, 20),
        integers().between(0, QUALIFIERS.length - 1)).checkAssert((built, rebuilt, q) -> {
          String task = "新建改造" + QUALIFIERS[q][0] + "公厕" + (built + rebuilt + 1) + "座";
          String narrative = QUALIFIERS[q][0] + "新建" + built + "座、改造" + rebuilt + "座，" + QUALIFIERS[q][1] + "改造"
              + (rebuilt + 2) + "座。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> assertThat(
              read.outcome().measures().get(m.measure().orElseThrow()).value())
              .isEqualByComparingTo(BigDecimal.valueOf(built + rebuilt)));
        });
  }

  /** Ordinal topic headings as reports write them. */
  private static final String[] TOPICS = {"一、繁荣发展文化事业", "（二）推动产业高质量发展", "三、建设体育强区", "四、保障和改善民生"};

  @Test
  void rowsNumberedOnThroughTopicHeadingsStayInTheSectionAroundThem() {
    qt().withExamples(50).forAll(integers().between(1, 4), integers().between(1, 3), integers().between(0, 1))
        .checkAssert((topics, rowsEach, withStatus) -> {
          StringBuilder text = new StringBuilder("某区2023年重点任务上半年推进情况\n\n主要任务\t责任单位\t完成情况\n");
          if (withStatus == 1) {
            text.append("已完成\n");
          }
          int number = 0;
          for (int t = 0; t < topics; t++) {
            text.append(TOPICS[t]).append('\n');
            for (int r = 0; r < rowsEach; r++) {
              number++;
              text.append(number).append(".新建公厕").append(number + 2).append("座。\t区住建局\t已建成")
                  .append(number + 2).append("座。\n");
            }
          }
          Report report = TableText.read(text.toString(), "t.txt");
          List<String> refs = new ArrayList<>();
          List<String> expected = new ArrayList<>();
          for (int n = 1; n <= number; n++) {
            expected.add((withStatus == 1 ? "已完成" : "") + " " + n);
          }
          report.tasks().forEach(task -> refs.add(task.section().orElse("") + " " + task.number()));
          assertThat(refs).as(text.toString()).isEqualTo(expected);
          assertThat(report.sections()).extracting(s -> s.name()).as(text.toString())
              .containsExactlyElementsOf(withStatus == 1 ? List.of("已完成") : List.of());
        });
  }

  @Test
  void aTopicUnderWhichTheNumberingStartsAgainIsASection() {
    String text = "标题\n\n主要任务\t责任单位\t完成情况\n" + TOPICS[0] + "\n1.甲\t单位\t情况\n2.乙\t单位\t情况\n" + TOPICS[1]
        + "\n1.丙\t单位\t情况\n";
    Report report = TableText.read(text, "t.txt");
    assertThat(report.tasks()).extracting(t -> t.section().orElse("") + " " + t.number())
        .containsExactly(" 1", " 2", "推动产业高质量发展 1");
  }

  /** A row's thing, its unit as a field names it, the unit's symbol, and the kind its bare target takes. */
  private static final String[][] UNIT_FIELDS = {{"规模以上工业总产值", "亿元", "亿元", "AMOUNT"},
      {"规上工业企业研发经费投入强度", "%", "%", "LEVEL"}, {"新开工亿元以上工业项目", "个", "个", "COUNT"},
      {"新增城镇就业", "万人", "万人", "COUNT"}};

  /** How the field is labelled and parted from the row's other fields. */
  private static final String[] UNIT_LABELS = {"；单位：", "；计量单位：", "，单位:", " 单位："};

  @Test
  void aUnitInAFieldOfItsOwnIsTheRowsUnit() {
    qt().withExamples(80).forAll(integers().between(0, UNIT_FIELDS.length - 1),
        integers().between(0, UNIT_LABELS.length - 1),
        integers().between(20, 900)).checkAssert((f, l, goal) -> {
          String[] field = UNIT_FIELDS[f];
          String separator = UNIT_LABELS[l].substring(0, 1);
          String task = field[0] + UNIT_LABELS[l] + field[1] + separator + "年度目标：" + goal;
          Task read = FormsOfWritingTest.extracted(task, "1-11月完成：" + (goal - 1) + ".5；同比增长(%)：6.4");
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
            assertThat(t.unit()).isEqualTo(Unit.parse(field[2]));
            assertThat(t.kind()).isEqualTo(Kind.valueOf(field[3]));
            assertThat(t.metric()).isEqualTo(field[0]);
            assertThat(task).contains(t.text()); // the target's words as the task wrote them
          });
          assertThat(read.matches()).as(task).singleElement().satisfies(m -> assertThat(
              read.outcome().measures().get(m.measure().orElseThrow()).value())
              .isEqualByComparingTo(new BigDecimal((goal - 1) + ".5")));
        });
  }

  @Test
  void aUnitAfterItsValueOrAResponsibleUnitIsNoUnitField() {
    for (String task : new String[] {"新建公厕；年度目标：15；单位：座", "新建公厕15座；责任单位：县住建局"}) {
      assertThat(TaskExtractor.unitFields(task)).as(task).isEmpty();
    }
  }

  /**
   * Headers of a row with the unit their targets take (money per a person or a period is money, as a header with a
   * colon gives it), and the words of the cell after the comma.
   */
  private static final String[][] COMMA_HEADERS = {{"农村劳动力转移就业（万人），", "万人", "总量年度目标≥"},
      {"城乡居民基础养老金最低标准（元/人·月），", "元", "年度目标"}, {"县级以上示范合作社（家），", "家", "年度目标新增"}};

  @Test
  void aHeadersUnitBeforeACommaIsTheCellsUnit() {
    qt().withExamples(60).forAll(integers().between(0, COMMA_HEADERS.length - 1), integers().between(20, 400))
        .checkAssert((h, goal) -> {
          String task = COMMA_HEADERS[h][0] + COMMA_HEADERS[h][2] + goal;
          Task read = FormsOfWritingTest.extracted(task, "全年完成" + (goal + 3));
          Unit unit = Unit.parse(COMMA_HEADERS[h][1]);
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> assertThat(t.unit()).isEqualTo(unit));
          assertThat(read.matches()).as(task).singleElement().satisfies(m -> assertThat(
              read.outcome().measures().get(m.measure().orElseThrow()).value()).isEqualByComparingTo(
                  BigDecimal.valueOf(goal + 3)));
        });
  }

  @Test
  void bareFiguresNamedByOneOfTheRowsRatesTakeItsPercent() {
    qt().withExamples(60).forAll(integers().between(900, 1000), integers().between(900, 1000))
        .checkAssert((closed, opened) -> {
          String task = "根治欠薪：欠薪案件结案率（%），年度目标100；农民工工资专用账户开设率（%），年度目标100";
          String narrative = "全年立案73件，结案率" + FormsOfWritingTest.tenths(closed) + "；在建项目143个，开设专用账户141个，开设率"
              + FormsOfWritingTest.tenths(opened);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).containsExactly(
              "LEVEL EXACTLY 100% ← " + FormsOfWritingTest.tenths(closed) + "%",
              "LEVEL EXACTLY 100% ← " + FormsOfWritingTest.tenths(opened) + "%");
        });
  }

  /** What a revised growth may be counted against, as narratives write it before the verb. */
  private static final String[] BASES = {"同比", "比上年", "较上年同期", ""};

  @Test
  void aRevisedGrowthCountedAgainstLastYearRevisesTheTarget() {
    qt().withExamples(60).forAll(integers().between(10, 20), integers().between(2, 8),
        integers().between(0, BASES.length - 1))
        .checkAssert((goal, revised, basis) -> {
          String narrative = "经区政府研究同意，年度目标调整为" + BASES[basis] + "增长" + revised + "%。上半年门票收入3862万元，同比增长"
              + (revised + 1) + ".4%。";
          Task read = FormsOfWritingTest.extracted("区属国有景区门票收入增长" + goal + "%。", narrative);
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> {
            assertThat(read.outcome().measures().get(m.measure().orElseThrow()).value())
                .isEqualByComparingTo(new BigDecimal((revised + 1) + ".4"));
            assertThat(read.outcome().measures().get(m.revision().orElseThrow()).value())
                .isEqualByComparingTo(BigDecimal.valueOf(revised));
          });
        });
  }

  /** Ways of saying things built were put to use. */
  private static final String[] PUT_TO_USE = {"已交付使用", "已投入使用", "已投用", "已投入运营"};

  @Test
  void thingsPutToUseAreAmongThoseBuiltNotBesideThem() {
    qt().withExamples(60).forAll(integers().between(200, 400), integers().between(50, 190),
        integers().between(0, PUT_TO_USE.length - 1)).checkAssert((built, used, how) -> {
          String narrative = "全年新建标准厂房" + FormsOfWritingTest.tenths(built) + "万平方米，" + PUT_TO_USE[how]
              + FormsOfWritingTest.tenths(used) + "万平方米。";
          Task read = FormsOfWritingTest.extracted("新建工业标准厂房30万平方米。", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("AMOUNT EXACTLY 30万平方米 ← " + FormsOfWritingTest.tenths(built) + "万平方米");
        });
  }

  /** A thing kept within a limit, as a task writes it before the limit's aside, and how the narrative names it. */
  private static final String[][] LIMITED = {{"政府债务余额：控制在省核定限额以内（限额", "年末余额"},
      {"政府债务余额控制在核定限额以内（限额：", "年末政府债务余额"}, {"政府债务余额控制在省核定限额以内（", "年末债务余额"}};

  @Test
  void aLimitsFigureInAnAsideIsACeilingOnTheThingOutside() {
    qt().withExamples(60).forAll(integers().between(0, LIMITED.length - 1), integers().between(500, 900),
        integers().between(-60, 60)).checkAssert((l, limit, off) -> {
          String task = LIMITED[l][0] + limit + "亿元）";
          String narrative = LIMITED[l][1] + (limit + off) + "亿元。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).singleElement().satisfies(t -> {
            assertThat(t.bound()).isEqualTo(io.github.workreport.Bound.AT_MOST);
            assertThat(t.metric()).isEqualTo("政府债务余额");
          });
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("AMOUNT AT_MOST " + limit + "亿元 ← " + (limit + off) + "亿元");
        });
  }

  /** Rows counting in a header's unit, with the unit. */
  private static final String[][] COUNTED_ROWS = {{"接待游客总人次（万人次）", "万人次"}, {"旅游总收入（亿元）", "亿元"},
      {"规模以上工业总产值（亿元）", "亿元"}};

  @Test
  void aRowsBareGrowthAndRateOfThePlanAreInPercent() {
    qt().withExamples(60).forAll(integers().between(0, COUNTED_ROWS.length - 1), integers().between(500, 2000),
        integers().between(50, 200), integers().between(500, 999)).checkAssert((r, goal, growth, rate) -> {
          String task = COUNTED_ROWS[r][0] + "：年度目标" + goal + "，同比增长10%以上";
          String narrative = "1-9月完成" + (goal - 10) + "，同比增长" + FormsOfWritingTest.tenths(growth) + "，完成率"
              + FormsOfWritingTest.tenths(rate);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).hasSize(2);
          assertThat(FormsOfWritingTest.pairs(read).get(1)).as(narrative)
              .endsWith("← " + FormsOfWritingTest.tenths(growth) + "%");
          assertThat(read.outcome().measures()).as(narrative)
              .anySatisfy(m -> {
                assertThat(m.role()).isEqualTo(io.github.workreport.Role.COMPLETION_RATE);
                assertThat(m.quantity().format()).isEqualTo(FormsOfWritingTest.tenths(rate) + "%");
              });
        });
  }

  @Test
  void daysWithinWhichAThingIsDoneAreADuration() {
    qt().withExamples(60).forAll(integers().between(5, 30), integers().between(10, 290), integers().between(0, 1))
        .checkAssert((limit, tenths, spaced) -> {
          String gap = spaced == 1 ? " " : "";
          String task = "采购资金支付时间压缩至" + gap + limit + gap + "日以内";
          String narrative = "全市政府采购合同平均支付时间由上年的" + (limit + 5) + ".6天缩短至" + FormsOfWritingTest.tenths(tenths)
              + "天";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL AT_MOST " + limit + "天 ← " + FormsOfWritingTest.tenths(tenths) + "天");
        });
    assertThat(FormsOfWritingTest.extracted("5月10日内完成招标", "已完成").targets()).isEmpty(); // a date stays one
  }

  /** How a narrative compares with last year's level, owning it by 的. */
  private static final String[] COMPARED_WITH = {"较上年的", "比上年的", "较去年同期的", "比去年的"};

  @Test
  void lastYearsLevelComparedAgainstIsNoFigureOfTheYear() {
    qt().withExamples(60).forAll(integers().between(0, COMPARED_WITH.length - 1), integers().between(700, 900),
        integers().between(500, 690)).checkAssert((c, now, then) -> {
          String narrative = "全年接待过夜游客" + now + "万人次，" + COMPARED_WITH[c] + then + "万人次增长21.7%。";
          Task read = FormsOfWritingTest.extracted("过夜游客人数突破700万人次。", narrative);
          assertThat(read.outcome().measures()).as(narrative)
              .noneMatch(m -> m.value().compareTo(BigDecimal.valueOf(then)) == 0);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("COUNT AT_LEAST 700万人次 ← " + now + "万人次");
        });
  }

  /** Labels of a row's targets and of its values done, as sheets put them straight after a header's unit. */
  private static final String[][] STRAIGHT_LABELS = {{"任务", "完成"}, {"任务", "实际完成"}, {"目标", "完成值"}};

  @Test
  void eachIndicatorOfARowTakesTheUnitOfItsOwnHeader() {
    qt().withExamples(60).forAll(integers().between(0, STRAIGHT_LABELS.length - 1), integers().between(24, 29),
        integers().between(100, 300), integers().between(100, 500)).checkAssert((l, area, toilets, income) -> {
          String task = "河口镇:高标准农田(万亩)" + STRAIGHT_LABELS[l][0] + "0." + area + ";农村户厕改造(户)" + STRAIGHT_LABELS[l][0]
              + toilets + ";村级集体经济经营性收入(万元)目标" + income;
          String done = STRAIGHT_LABELS[l][1];
          String narrative = "高标准农田(万亩)" + done + "0." + (area - 3) + ";农村户厕改造(户)" + done + (toilets - 4)
              + ";村级集体经济经营性收入(万元)" + done + (income + 8) + ".6";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "AMOUNT EXACTLY 0." + area + "万亩 ← 0." + (area - 3) + "万亩",
              "COUNT EXACTLY " + toilets + "户 ← " + (toilets - 4) + "户",
              "AMOUNT EXACTLY " + income + "万元 ← " + (income + 8) + ".6万元");
        });
  }

  @Test
  void worksUnderWayAreNoPartOfThoseBuilt() {
    qt().withExamples(60).forAll(integers().between(5, 15), integers().between(3, 15))
        .checkAssert((built, underWay) -> {
          int all = built + underWay;
          String narrative = all + "处工程已完工" + built + "处、在建" + underWay + "处。";
          Task read = FormsOfWritingTest.extracted("实施农村供水保障工程" + all + "处", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("COUNT EXACTLY " + all + "处 ← " + built + "处");
        });
  }

  /** Headers naming a change's percent. */
  private static final String[] CHANGE_HEADERS = {"（同比%）：", "（%）：", "（比上年±%）：", "(同比%):"};

  @Test
  void aSignedFigureUnderAPlannedFallIsAFallOfItsSize() {
    qt().withExamples(60).forAll(integers().between(0, CHANGE_HEADERS.length - 1), integers().between(5, 15),
        integers().between(10, 250)).checkAssert((h, goal, fell) -> {
          String task = "餐饮油烟扰民投诉量" + CHANGE_HEADERS[h] + "年度目标下降" + goal;
          String narrative = "1-9月完成-" + FormsOfWritingTest.tenths(fell);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("DECLINE EXACTLY " + goal + "% ← " + FormsOfWritingTest.tenths(fell) + "%");
        });
  }

  /** Districts of a city, as a narrative tells a total by them. */
  private static final String[] DISTRICTS = {"江东区", "江北区", "新城区", "高新区", "城关镇"};

  @Test
  void aTotalToldOnlyByDistrictAddsUp() {
    qt().withExamples(60).forAll(integers().between(2, DISTRICTS.length), integers().between(5, 40),
        integers().between(5, 40))
        .checkAssert((parts, first, each) -> {
          StringBuilder narrative = new StringBuilder("1-10月，" + DISTRICTS[0] + "收运处置餐厨垃圾")
              .append(FormsOfWritingTest.tenths(first)).append("万吨");
          int sum = first;
          for (int p = 1; p < parts; p++) {
            narrative.append("，").append(DISTRICTS[p]).append(FormsOfWritingTest.tenths(each + p)).append("万吨");
            sum += each + p;
          }
          narrative.append("。");
          Task read = FormsOfWritingTest.extracted("全年收运处置餐厨垃圾10万吨。", narrative.toString());
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative.toString())
              .containsExactly("AMOUNT EXACTLY 10万吨 ← " + FormsOfWritingTest.tenths(sum) + "万吨");
        });
  }

  /** A row's value and the breakdown after it, as flattened sheets write them. */
  private static final String[][] ROWS_AND_PARTS = {{"完成值：", "；完成率：95%；备注：其中"}, {"1-9月完成：", "，其中"},
      {"实际完成", "；其中"}};

  @Test
  void theRowsOwnFigureOverThePartsOfItsBreakdown() {
    qt().withExamples(60).forAll(integers().between(0, ROWS_AND_PARTS.length - 1), integers().between(100, 160),
        integers().between(20, 60)).checkAssert((r, done, part) -> {
          String narrative = ROWS_AND_PARTS[r][0] + FormsOfWritingTest.tenths(done) + ROWS_AND_PARTS[r][1] + "人工造林"
              + FormsOfWritingTest.tenths(part) + "万亩、封山育林" + FormsOfWritingTest.tenths(done - part) + "万亩";
          Task read = FormsOfWritingTest.extracted("完成造林（万亩）：年度目标1.2", narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative)
              .containsExactly("AMOUNT EXACTLY 1.2万亩 ← " + FormsOfWritingTest.tenths(done) + "万亩");
        });
  }
}
