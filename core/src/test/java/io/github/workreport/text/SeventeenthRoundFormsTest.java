package io.github.workreport.text;

import static io.github.workreport.text.FormsOfWritingTest.tenths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found by the nineteenth and twentieth rounds of probing: the probe tables prefixed v,
 * written against dde25d3, and w, written against 730c0ed. Before its fix, each law failed thus:
 *
 * <ul>
 *   <li>figures listed bare with the unit written once after the last (分别增长6.2和7.5%) were one figure,
 *       the last, with the others in its subject;
 *   <li>a floor or ceiling written once in a 分别 list of targets (分别提高到每人每月不低于820元和650元) bound the
 *       item it stood by only;
 *   <li>a goal about last year's findings (上年度审计查出问题整改率达到95%以上) was last year's level, no target;
 *   <li>a bare figure of a ratio named by 比 (出生人口性别比为106.2) was a count, which answers no level;
 *   <li>the share of a 其中 part that counts the whole's things with a quality (其中可一网通办事项1306项，占比97.3%) was
 *       no rate, though the target names that quality's rate (一网通办率);
 *   <li>batches counted in 批次 (上访17批次) were no count of a target in 批;
 *   <li>how long a work on firms takes (企业开办平均用时0.5个工作日) counted firms, so answered no target of that work's
 *       time (开办时间压缩至1个工作日以内);
 *   <li>a target said again at another height in an aside (覆盖率达到90%以上（年度目标：92%）) lost the one figure to
 *       the other, so stood unverified;
 *   <li>another name in an aside before a target's figure (老年食堂（助餐点）40个) was no name of its thing;
 *   <li>the parts of a target's thing told in a 分别 list (选派挂职干部分别为县处级3人、科级12人) were not summed: the
 *       first part alone answered;
 *   <li>an old count merged to a new one (由12家整合为8家) was the figure, as if nothing had changed it;
 *   <li>the rest of a set still running (其余3个小区正在施工) was added to the done;
 *   <li>a sum of money named only 金额 after a count (发放贷款7856笔、金额41.27亿元) was another metric's;
 *   <li>a share in ten-thousandths written out (万分之三) was no figure;
 *   <li>a floor each place is to reach (各村集体经济收入均达到10万元以上) was judged on the places' sum or the first
 *       place, not on the weakest.
 * </ul>
 */
class SeventeenthRoundFormsTest {

  private static final String[][] PAIRED_SUBJECTS = {{"城镇", "农村"}, {"规上工业", "服务业"}, {"进口", "出口"},
      {"一般公共预算收入", "税收收入"}};
  private static final String[] THINGS_OF_PAIRS = {"居民人均可支配收入", "增加值", "总额", ""};
  private static final String[] JOINERS = {"和", "、", "及", "与"};

  @Test
  void figuresListedBareShareTheUnitWrittenAfterTheLast() {
    qt().withExamples(300).forAll(integers().between(0, PAIRED_SUBJECTS.length - 1), integers().between(0, JOINERS.length - 1),
        integers().between(10, 120), integers().between(10, 120))
        .checkAssert((subjects, joiner, first, second) -> {
          String a = PAIRED_SUBJECTS[subjects][0] + THINGS_OF_PAIRS[subjects];
          String b = PAIRED_SUBJECTS[subjects][1] + THINGS_OF_PAIRS[subjects];
          String task = a + "和" + b + "分别增长6%和7%。";
          String narrative = a + "和" + b + "分别增长" + tenths(first) + JOINERS[joiner] + tenths(second) + "%。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "GROWTH EXACTLY 6% ← " + tenths(first) + "%", "GROWTH EXACTLY 7% ← " + tenths(second) + "%");
        });
  }

  private static final String[] UNITS_OF_LISTS = {"%", "个工作日", "万元", "个百分点", "公里"};

  @Test
  void everyBareItemOfAListTakesItsUnitAndScale() {
    qt().withExamples(300).forAll(integers().between(0, UNITS_OF_LISTS.length * JOINERS.length - 1),
        integers().between(1, 999), integers().between(1, 999), integers().between(1, 999))
        .checkAssert((unitAndJoiner, x, y, z) -> {
          int unit = unitAndJoiner / JOINERS.length;
          String text = "分别为" + tenths(x) + "、" + tenths(y) + JOINERS[unitAndJoiner % JOINERS.length] + tenths(z)
              + UNITS_OF_LISTS[unit] + "。";
          List<Mention> quantities = NumberScanner.scan(text).stream().filter(Mention::isQuantity).toList();
          assertThat(quantities).as(text).extracting(m -> m.value.stripTrailingZeros().toPlainString() + m.symbol())
              .containsExactly(tenths(x) + UNITS_OF_LISTS[unit], tenths(y) + UNITS_OF_LISTS[unit],
                  tenths(z) + UNITS_OF_LISTS[unit]);
        });
    // dates stay dates, an ordinal keeps its 第, and a figure a comma parts from the next keeps no unit
    assertThat(NumberScanner.scan("2019、2020年")).noneMatch(Mention::isQuantity);
    assertThat(NumberScanner.scan("第1、2名").stream().filter(Mention::isQuantity)).extracting(m -> m.value.intValue())
        .containsExactly(2);
    assertThat(NumberScanner.scan("编号12，完成35个").stream().filter(Mention::isQuantity)).extracting(m -> m.value.intValue())
        .containsExactly(35);
  }

  private static final String[] FLOORS = {"不低于", "不少于", "至少"};
  private static final String[] CEILINGS_AFTER = {"以内", "以下"};

  @Test
  void aBoundWrittenOnceInARespectivelyListBindsEveryItem() {
    qt().withExamples(300).forAll(integers().between(0, FLOORS.length - 1), integers().between(300, 900),
        integers().between(200, 900), integers().between(0, 60))
        .checkAssert((floor, urban, rural, more) -> {
          String task = "城乡低保标准分别提高到每人每月" + FLOORS[floor] + urban + "元和" + rural + "元。";
          String narrative = "城乡低保标准分别提高到每人每月" + (urban + more) + "元和" + (rural + more) + "元。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).extracting(t -> t.bound().toString()).containsExactly("AT_LEAST", "AT_LEAST");
        });
    qt().withExamples(200).forAll(integers().between(0, CEILINGS_AFTER.length - 1), integers().between(1, 9),
        integers().between(1, 9), integers().between(1, 9))
        .checkAssert((ceiling, water, power, gas) -> {
          String task = "用水、用电、用气报装时间分别压缩至" + water + "、" + power + "、" + gas + "个工作日" + CEILINGS_AFTER[ceiling] + "。";
          Task read = FormsOfWritingTest.extracted(task, "已完成。");
          assertThat(read.targets()).as(task).extracting(t -> t.bound() + " " + t.quantity().format())
              .containsExactly("AT_MOST " + water + "个工作日", "AT_MOST " + power + "个工作日", "AT_MOST " + gas + "个工作日");
        });
    // items bound both ways are left as written
    Task mixed = FormsOfWritingTest.extracted("城乡低保标准分别不低于600元和不超过500元。", "已完成。");
    assertThat(mixed.targets()).extracting(t -> t.bound().toString()).containsExactly("AT_LEAST", "AT_MOST");
  }

  private static final String[] LAST_YEARS_FINDINGS = {"上年度审计查出问题", "去年审计发现问题", "上年巡察反馈问题"};
  private static final String[] FLOOR_AFTER = {"以上", "及以上"};

  @Test
  void aGoalWithABoundAboutLastYearsFindingsIsThisYearsTarget() {
    qt().withExamples(300).forAll(integers().between(0, LAST_YEARS_FINDINGS.length - 1), integers().between(0, FLOOR_AFTER.length - 1),
        integers().between(80, 100), integers().between(500, 1000))
        .checkAssert((findings, floor, planned, done) -> {
          String task = LAST_YEARS_FINDINGS[findings] + "整改率达到" + planned + "%" + FLOOR_AFTER[floor] + "。";
          String narrative = "整改率" + tenths(done) + "%。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL AT_LEAST " + planned + "% ← " + tenths(done) + "%");
        });
    // last year's level, with no bound, is still where the task starts from
    Task level = FormsOfWritingTest.extracted("农村自来水普及率达到95%（上年为86%）。", "普及率达到95.5%。");
    assertThat(level.targets()).extracting(t -> t.quantity().format()).containsExactly("95%");
  }

  private static final String[] RATIOS = {"出生人口性别比", "城乡居民收入比", "师生比", "医护比"};
  private static final String[] RATIO_VERBS = {"为", "", "缩小至", "达到"};

  @Test
  void aBareFigureOfARatioIsALevel() {
    qt().withExamples(300).forAll(integers().between(0, RATIOS.length - 1), integers().between(0, RATIO_VERBS.length - 1),
        integers().between(11, 1200), integers().between(11, 1200))
        .checkAssert((ratio, verb, planned, done) -> {
          String task = RATIOS[ratio] + "控制在" + tenths(planned) + "以内。";
          String narrative = RATIOS[ratio] + RATIO_VERBS[verb] + tenths(done) + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL AT_MOST " + tenths(planned) + " ← " + tenths(done));
        });
    // 比 comparing (同比) is no ratio: the bare figure after it stays a count, which no level takes
    Task compared = FormsOfWritingTest.extracted("出生人口性别比控制在108以内。", "出生人口同比为105。");
    assertThat(compared.outcome().measures()).extracting(m -> m.kind().toString()).containsExactly("COUNT");
    assertThat(FormsOfWritingTest.pairs(compared)).containsExactly("LEVEL AT_MOST 108 ← -");
  }

  private static final String[][] QUALIFIED_ITEMS = {{"政务服务事项", "可“一网通办”事项", "“一网通办”率"},
      {"政务服务事项", "实行告知承诺的事项", "告知承诺制办理比例"}, {"行政村", "通5G网络的行政村", "5G网络通达率"},
      {"规上工业企业", "开展数字化改造的企业", "规上工业企业数字化改造比例"}};

  @Test
  void theShareOfAPartWithAQualityIsTheRateOfThatQuality() {
    qt().withExamples(300).forAll(integers().between(0, QUALIFIED_ITEMS.length - 1), integers().between(50, 99),
        integers().between(200, 3000), integers().between(300, 999))
        .checkAssert((items, planned, whole, tenth) -> {
          String[] names = QUALIFIED_ITEMS[items];
          String share = tenths(tenth);
          String task = names[2] + "达到" + planned + "%以上。";
          String narrative = "全县" + names[0] + whole + "个，其中" + names[1] + (whole * tenth / 1000) + "个，占比" + share + "%。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL AT_LEAST " + planned + "% ← " + share + "%");
        });
    // a part's share answers a proportion only: a count's target keeps the whole
    Task count = FormsOfWritingTest.extracted("城镇新增就业8000人。", "新增就业8200人，其中高校毕业生3100人，占37.8%。");
    assertThat(FormsOfWritingTest.pairs(count)).containsExactly("COUNT EXACTLY 8000人 ← 8200人");
  }

  @Test
  void batchesAreOneClassifierWrittenEitherWay() {
    qt().withExamples(200).forAll(integers().between(2, 40), integers().between(1, 60))
        .checkAssert((ceiling, done) -> {
          String task = "赴省上访批次控制在" + ceiling + "批以内。";
          String narrative = "赴省上访" + done + "批次。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT AT_MOST " + ceiling + "批 ← " + done + "批次");
        });
  }

  private static final String[] WORKS_ON_FIRMS = {"开办", "注销", "投资项目审批"};
  private static final String[] FIRMS_BEFORE = {"企业", "企业全流程", "项目"};

  @Test
  void theTimeAWorkOnFirmsTakesIsThatWorksTime() {
    qt().withExamples(200).forAll(integers().between(0, WORKS_ON_FIRMS.length - 1), integers().between(0, FIRMS_BEFORE.length - 1),
        integers().between(1, 30), integers().between(1, 30))
        .checkAssert((work, firms, ceiling, days) -> {
          String task = WORKS_ON_FIRMS[work] + "时间压缩至" + tenths(ceiling) + "个工作日以内。";
          String narrative = FIRMS_BEFORE[firms] + WORKS_ON_FIRMS[work] + "平均用时" + tenths(days) + "个工作日。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL AT_MOST " + tenths(ceiling) + "个工作日 ← " + tenths(days) + "个工作日");
        });
    // firms counted are still no count of projects
    Task projects = FormsOfWritingTest.extracted("新开工重点项目30个。", "新开工重点项目32个，企业25个。");
    assertThat(FormsOfWritingTest.pairs(projects)).containsExactly("COUNT EXACTLY 30个 ← 32个");
  }

  private static final String[] RATES_OF_COVERAGE = {"儿童视力检查覆盖率", "家庭医生签约覆盖率", "农村集中供水率", "垃圾分类覆盖率"};

  @Test
  void aTargetSaidAgainInAnAsideTakesTheSameFigure() {
    qt().withExamples(200).forAll(integers().between(0, RATES_OF_COVERAGE.length - 1), integers().between(60, 90),
        integers().between(1, 8), integers().between(600, 999))
        .checkAssert((rate, floor, higher, done) -> {
          String task = RATES_OF_COVERAGE[rate] + "达到" + floor + "%以上（年度目标：" + (floor + higher) + "%）。";
          String narrative = RATES_OF_COVERAGE[rate] + "达到" + tenths(done) + "%。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "LEVEL AT_LEAST " + floor + "% ← " + tenths(done) + "%", "LEVEL EXACTLY " + (floor + higher) + "% ← " + tenths(done) + "%");
        });
    // two heights in two sentences are two aims, each with its own figure or none
    Task two = FormsOfWritingTest.extracted("垃圾分类覆盖率达到80%以上。2025年垃圾分类覆盖率达到95%。", "垃圾分类覆盖率达到85.2%。");
    assertThat(FormsOfWritingTest.pairs(two)).filteredOn(p -> p.endsWith("← 85.2%")).hasSize(1);
  }

  private static final String[][] NAMES_AND_ALIASES = {{"社区老年食堂", "助餐点"}, {"老年助餐点", "食堂"},
      {"农村幸福院", "互助养老点"}, {"城市书房", "阅读驿站"}};
  private static final String[] CLASSIFIERS = {"个", "家", "处"};

  @Test
  void anotherNameInAnAsideBeforeTheFigureNamesTheThing() {
    qt().withExamples(300).forAll(integers().between(0, NAMES_AND_ALIASES.length - 1), integers().between(0, CLASSIFIERS.length - 1),
        integers().between(5, 90), integers().between(1, 99))
        .checkAssert((names, classifier, planned, done) -> {
          String[] name = NAMES_AND_ALIASES[names];
          String task = "建设" + name[0] + "（" + name[1] + "）" + planned + CLASSIFIERS[classifier] + "。";
          String narrative = "建成" + name[1] + done + CLASSIFIERS[classifier] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "COUNT EXACTLY " + planned + CLASSIFIERS[classifier] + " ← " + done + CLASSIFIERS[classifier]);
        });
    assertThat(Evidence.aliasBeforeTheFigure("改造城镇老旧小区（含棚户区）30个")).isEmpty();
    assertThat(Evidence.aliasBeforeTheFigure("一般公共预算收入（万元）52000")).isEmpty();
  }

  private static final String[][] SUBJECTS_AND_KINDS = {{"选派挂职干部", "县处级", "科级"}, {"新增结对学校", "中小学", "职业学校"},
      {"培训高素质农民", "种植业", "养殖业"}, {"新增城镇就业", "高校毕业生", "其他群体"}};
  private static final String[] CLASSIFIERS_OF_KINDS = {"人", "对", "人", "人"};

  @Test
  void partsOfTheTargetsThingInARespectivelyListAddUp() {
    qt().withExamples(300).forAll(integers().between(0, SUBJECTS_AND_KINDS.length - 1), integers().between(10, 900),
        integers().between(1, 600), integers().between(1, 600))
        .checkAssert((subject, planned, first, second) -> {
          String[] names = SUBJECTS_AND_KINDS[subject];
          String unit = CLASSIFIERS_OF_KINDS[subject];
          String task = names[0] + "不少于" + planned + unit + "。";
          String narrative = names[0] + "分别为" + names[1] + first + unit + "、" + names[2] + second + unit + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT AT_LEAST " + planned + unit + " ← " + (first + second) + unit);
        });
    // a list that pairs with the targets in order is no parts of one
    Task ordered = FormsOfWritingTest.extracted("城镇新增就业5000人，失业人员再就业1000人。", "全年就业分别为城镇新增就业5200人、失业人员再就业1100人。");
    assertThat(FormsOfWritingTest.pairs(ordered)).containsExactly("COUNT EXACTLY 5000人 ← 5200人", "COUNT EXACTLY 1000人 ← 1100人");
    // things listed before 分别, one of them the target's own, are no parts: 发明专利 are among all patents
    Task nested = FormsOfWritingTest.extracted("专利申请量达到2000件。", "专利申请总量、发明专利申请量分别为1257件、186件。");
    assertThat(FormsOfWritingTest.pairs(nested)).noneMatch(p -> p.endsWith("← 1443件"));
  }

  private static final String[] MERGED_TO = {"整合为", "合并为", "重组为", "整合至"};

  @Test
  void aCountMergedToANewOneIsTheNewOne() {
    qt().withExamples(200).forAll(integers().between(0, MERGED_TO.length - 1), integers().between(3, 30),
        integers().between(31, 90), integers().between(1, 30))
        .checkAssert((verb, ceiling, before, after) -> {
          String task = "市属一级企业整合至" + ceiling + "家以内。";
          String narrative = "市属一级企业由" + before + "家" + MERGED_TO[verb] + after + "家。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT AT_MOST " + ceiling + "家 ← " + after + "家");
        });
  }

  private static final String[] REST_WORDS = {"其余", "另有", "剩余"};
  private static final String[] STILL_RUNNING = {"正在施工", "正在建设", "正在加快推进"};

  @Test
  void theRestOfASetStillRunningIsNoPartOfTheDone() {
    qt().withExamples(200).forAll(integers().between(0, REST_WORDS.length - 1), integers().between(0, STILL_RUNNING.length - 1),
        integers().between(2, 60), integers().between(1, 30))
        .checkAssert((rest, running, done, left) -> {
          String task = "完成智能门禁改造" + (done + left) + "个小区。";
          String narrative = "已完成" + done + "个小区智能门禁改造，" + REST_WORDS[rest] + left + "个小区" + STILL_RUNNING[running] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + (done + left) + "个 ← " + done + "个");
        });
  }

  private static final String[] AMOUNT_WORDS = {"金额", "总额", "数额"};
  private static final String[] LIST_MARKS = {"、", "，"};

  @Test
  void aSumNamedOnlyAsAnAmountIsOfTheThingsCountedBeforeIt() {
    qt().withExamples(200).forAll(integers().between(0, AMOUNT_WORDS.length * LIST_MARKS.length - 1), integers().between(10, 90),
        integers().between(1000, 9999), integers().between(100, 999))
        .checkAssert((wordAndMark, planned, loans, amount) -> {
          String task = "发放个人住房贷款" + planned + "亿元。";
          String narrative = "全年发放个人住房贷款" + loans + "笔" + LIST_MARKS[wordAndMark % LIST_MARKS.length]
              + AMOUNT_WORDS[wordAndMark / LIST_MARKS.length] + tenths(amount) + "亿元。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("AMOUNT EXACTLY " + planned + "亿元 ← " + tenths(amount) + "亿元");
        });
  }

  @Test
  void aShareInTenThousandthsIsAHundredthOfAPercent() {
    qt().withExamples(100).forAll(integers().between(1, 9))
        .checkAssert(n -> {
          String text = "逾期率控制在万分之" + "一二三四五六七八九".charAt(n - 1) + "以内";
          assertThat(NumberScanner.scan(text)).filteredOn(Mention::isQuantity).as(text)
              .extracting(m -> m.value.stripTrailingZeros().toPlainString() + m.symbol())
              .containsExactly(java.math.BigDecimal.valueOf(n, 2).stripTrailingZeros().toPlainString() + "%");
        });
  }

  private static final String[][] PLACES = {{"村", "甲村", "乙村", "丙村"}, {"社区", "东社区", "西社区", "南社区"},
      {"乡镇", "城关镇", "河口乡", "新集镇"}};

  @Test
  void aFloorEachPlaceIsToReachIsJudgedOnTheWeakestPlace() {
    qt().withExamples(300).forAll(integers().between(0, PLACES.length - 1), integers().between(50, 200),
        integers().between(10, 400), integers().between(10, 400))
        .checkAssert((places, floor, second, third) -> {
          String[] p = PLACES[places];
          int first = floor + 30; // one place above the floor, so the first figure alone never decides
          String task = "各" + p[0] + "集体经济收入均达到" + tenths(floor) + "万元以上。";
          String narrative = "集体经济收入分别为：" + p[1] + tenths(first) + "万元、" + p[2] + tenths(second) + "万元、" + p[3]
              + tenths(third) + "万元。";
          int weakest = Math.min(first, Math.min(second, third));
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("AMOUNT AT_LEAST " + tenths(floor) + "万元 ← " + tenths(weakest) + "万元");
        });
    // a target over the whole town is no floor of each village: its figure stays the town's
    Task whole = FormsOfWritingTest.extracted("全镇村集体经济收入达到50万元。", "全镇村集体经济收入55.2万元，其中甲村23.6万元、乙村7.2万元。");
    assertThat(FormsOfWritingTest.pairs(whole)).containsExactly("AMOUNT EXACTLY 50万元 ← 55.2万元");
  }
}
