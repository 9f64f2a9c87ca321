package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left by round bu (written against dedb3c19) and found by round bv (against 1efc5b27). Before its fix,
 * each law failed thus:
 *
 * <ul>
 *   <li>round bu: a count in 个 right before the thing it counts (为全县168个农家书屋补充更新出版物11860册) answered a
 *       target counting other things in a classifier of their own (出版物不少于1.2万册): its words shared more with the
 *       target's than the figure in the target's own classifier did, and 个 may stand for any classifier;
 *   <li>a figure named only by a size (完成建设面积15.2万亩) whose subject the clause before it said (新建高标准农田项目已全部开工，)
 *       answered no target when the task set two of that thing's size, told apart by their work (新建 and 改造提升), or one
 *       naming a grade alone (区级3个 ‖ 区级基地：已建成…3个); nor when that clause named a first step done
 *       (自动监测站已完成招标，目前完成土建18个), though the figure after it counts the work;
 *   <li>round bv (written against 1efc5b27): days written 日 were a day of a month whatever the figure
 *       (平均审理期限为38.5日), so a span's level had no figure;
 *   <li>an archive's and a library's classifiers (画幅, 叶, 字, 页, 册次, 卷次) were none, so 数字化扫描50万画幅 was no target
 *       and 图书外借（万册次）：目标25 kept only its scale;
 *   <li>a sum of hundreds or thousands of 亿 written without a numeral (品牌价值提高到百亿元, 产值突破千亿元) was no figure;
 *   <li>a ratio to one (生师比19:1以内, 之比：2.3∶1) was two figures, its 1 a target of its own, and with the ratio sign ∶
 *       none: the first term was no bare value before a character that ends no clause;
 *   <li>what a sweep found (共排查拖欠中小企业账款3.42亿元) answered a target of the work done on it (清偿…不少于3亿元) beside
 *       the figure of that work (已清偿2.91亿元): its words repeated the target's thing, the work's figure only its verb;
 *   <li>a progress cell opening with a bare fall (民间投资增速（%）：6以上 ‖ -2.1，低于全省平均水平1.4个百分点) had no figure:
 *       only a cell's bare figure of no sign was read;
 *   <li>a classifier's alternative in brackets that makes no joint classifier (1.5万卷（件）以上, 100只（头）以上) stood between
 *       the count and its bound, so the floor was an exact figure;
 *   <li>a figure sharing its sentence's words with a count before it (12家单位到期档案进馆，共计16820卷（件）) took that
 *       count's thing (单位) for its own, and so counted units, not the files the target counts;
 *   <li>the clause before a figure gave it no subject when its words held a numeral (水肥一体化项目已完成招标，铺设管网1.1万亩),
 *       nor when the figure named nothing and fitted two targets (省级专精特新中小企业首批认定已完成，新增57家);
 *   <li>a project's whole cost (新馆总建筑面积8600平方米，总投资6500万元) answered a target of the year's investment
 *       (完成年度投资2800万元) before the year's figure (全年完成投资2150万元), coming first with as many words shared;
 *   <li>those put forward for an award (共收到推荐书香家庭156户, 已推荐申报4家) answered a target of the award itself
 *       (命名书香家庭100户), beside another figure or alone, as the answer awaited was no first step;
 *   <li>a policy's award for each thing that qualifies (对新认定的国家级、省级专精特新企业分别给予50万元、20万元一次性奖励)
 *       was two targets, answered by the parts of the sum paid;
 *   <li>round bw (written against d6eef4f1): trusts and orders counted in 单, flights in 班 and customs declarations in
 *       票 (新设立慈善信托5单, 每周不少于10班, 突破300万票) had no unit, so their targets were lost or kept only 万;
 *   <li>a task of inspections (巡查不少于4轮) refused the figure of its rounds (开展巡查排查六轮), as 排查 makes a figure
 *       one of finding, a first step: an inspection's work is finding;
 *   <li>things said delayed after their count (8个站点因设备供货延迟，预计2023年3月底前完成) were a part done, added to
 *       the part that was (已完成22个站点安装调试), so 30 of 30 met the target;
 *   <li>a whole listing kinds of work (开展心理健康讲座、团体辅导等活动40场，其中讲座26场、团体辅导14场) answered a target
 *       naming one kind alone (开展心理健康讲座30场), though its part of that kind was there;
 *   <li>others of another kind said after 另有 (…新就业形态劳动者入会八百余人，另有其他灵活就业人员入会二百五十人) were a
 *       part of the target's thing, summed into 1050;
 *   <li>ministries counted after 部 (获商务部等3部门认定) were 3部, a count that answered 争创国家数字服务出口基地1个;
 *   <li>a size then 的, its noun left out before a count (其中年营收超千万元的5家), was a target of its own (1000万元),
 *       and the count's subject the size;
 *   <li>a claim whose object ends with a first step farther than ten characters on (已完成2023年度电商扶持资金申报审核)
 *       claimed the task done, though the payment waited (待区政府常务会议审定后拨付);
 *   <li>a map's scale (完成…1:5万地质灾害风险调查评价, 完成1:500地形图更新120平方公里) made its first term, 1, a target;
 *   <li>the first item of a list of parts (全年新增绿色食品27个、有机农产品9个、农产品地理标志2个) was left out of their sum:
 *       it opens with the list's verb, so its words shared less with the target's (新增“两品一标”认证产品40个);
 *   <li>round bx (written against 73aeaffe): a count naming the things a rate after it is of (全县14个乡镇统计站规范化建设
 *       达标率达到85%) was a target of its own, which the narrative's count of the ones that pass (12个) fell short of;
 *   <li>a sheet's level written with an equals sign (因贫失学辍学学生人数（人）：＝0) was no target, as its floors and
 *       ceilings written ≥ and ≤ were.
 * </ul>
 */
class ThirtyThirdRoundFormsTest {

  /** Places a count in 个 may name, and what is given to them in a classifier of its own. */
  private static final String[][] PLACES_AND_THINGS = {{"农家书屋", "补充更新", "图书、音像制品等", "出版物", "册"},
      {"村卫生室", "配备", "心电图机、血球仪等", "医疗设备", "台"}, {"社区服务站", "配送", "乒乓球台、单杠等", "健身器材", "套"}};

  @Test
  void aCountIn个CountsTheThingNamedRightAfterIt() {
    qt().withExamples(60).forAll(integers().between(0, PLACES_AND_THINGS.length - 1), integers().between(100, 300),
        integers().between(900, 1300)).checkAssert((i, places, things) -> {
          String[] form = PLACES_AND_THINGS[i];
          Task read = FormsOfWritingTest.extracted(form[0] + form[1] + form[3] + "不少于1000" + form[4],
              "全年为全县" + places + "个" + form[0] + form[1] + form[2] + form[3] + things + form[4] + "，开展活动46场。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith("← " + things + form[4]);
        });
  }

  /** Things whose size two targets set, told apart by their work. */
  private static final String[][] BUILT_AND_UPGRADED = {{"高标准农田", "万亩", "建设面积"}, {"城市绿道", "公里", "建设里程"},
      {"污水管网", "公里", "铺设长度"}};

  @Test
  void aSizeTakesTheSubjectOfTheClauseBeforeIt() {
    qt().withExamples(60).forAll(integers().between(0, BUILT_AND_UPGRADED.length - 1), integers().between(100, 170),
        integers().between(50, 70)).checkAssert((i, built, upgraded) -> {
          String[] form = BUILT_AND_UPGRADED[i];
          String task = "新建" + form[0] + "18" + form[1] + "，改造提升" + form[0] + "6" + form[1] + "。";
          Task read = FormsOfWritingTest.extracted(task,
              "新建" + form[0] + "项目已全部开工，完成" + form[2] + FormsOfWritingTest.tenths(built) + form[1] + "；改造提升项目完成"
                  + FormsOfWritingTest.tenths(upgraded) + form[1] + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "AMOUNT EXACTLY 18" + form[1] + " ← " + FormsOfWritingTest.tenths(built) + form[1],
              "AMOUNT EXACTLY 6" + form[1] + " ← " + FormsOfWritingTest.tenths(upgraded) + form[1]);
        });
  }

  @Test
  void aGradeNamedByALabelTakesItsFigure() {
    qt().withExamples(30).forAll(integers().between(1, 9)).checkAssert(built -> {
      Task read = FormsOfWritingTest.extracted("建成市级产教融合实训基地2个、区级3个。",
          "区级基地：已建成智能制造、现代物流、康养护理" + built + "个；市级基地：新能源汽车实训基地已完成主体工程，电子商务实训基地正在选址。");
      assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).endsWith("COUNT EXACTLY 3个 ← " + built + "个");
    });
  }

  /** A guard: the clause before names the figure's own act (申报推荐 ‖ 共推荐72家), not the target's work. */
  @Test
  void aFigureOfTheActTheClauseBeforeNamesTakesNotItsSubject() {
    Task read = FormsOfWritingTest.extracted("新培育市级以上农民合作社示范社 50 家、示范家庭农场 100 家。",
        "上半年已完成市级示范社申报推荐，共推荐 72 家，评审认定工作正在进行中；示范家庭农场监测评定工作计划 8 月启动。");
    assertThat(FormsOfWritingTest.pairs(read)).allSatisfy(pair -> assertThat(pair).endsWith("← -"));
  }

  @Test
  void aFirstStepDoneBeforeTheFigureLeavesItTheSubjectsFigure() {
    qt().withExamples(30).forAll(integers().between(10, 23)).checkAssert(built -> {
      Task read = FormsOfWritingTest.extracted("新（改）建山洪灾害自动监测站24个，更新预警广播120套。",
          "自动监测站已完成招标，目前完成土建" + built + "个；120套预警广播已于5月底前全部更新安装到位。");
      assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).startsWith("COUNT EXACTLY 24个 ← " + built + "个");
    });
  }

  /** How a report names a span in days before its figure. */
  private static final String[] SPANS_IN_DAYS = {"平均审理期限为", "平均办理用时", "结案周期为", "全年平均审理期限"};

  @Test
  void daysNoMonthHasAreASpan() {
    qt().withExamples(60).forAll(integers().between(0, SPANS_IN_DAYS.length - 1), integers().between(300, 450))
        .checkAssert((i, tenths) -> {
          String days = FormsOfWritingTest.tenths(tenths);
          Task read = FormsOfWritingTest.extracted("劳动人事争议仲裁案件平均审理期限压缩至35日以内",
              "全年结案1200件，" + SPANS_IN_DAYS[i] + days + "日。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith("← " + days + "天");
        });
  }

  /** Work counted in an archive's or a library's own classifiers. */
  private static final String[][] ARCHIVE_COUNTS = {{"完成馆藏档案数字化扫描", "万画幅"}, {"修复馆藏古籍不少于", "叶"},
      {"年内上线地情资料", "万字"}, {"全年图书外借", "万册次"}, {"完成档案著录", "页"}, {"提供档案查阅", "卷次"}};

  @Test
  void anArchivesClassifiersCountItsWork() {
    qt().withExamples(60).forAll(integers().between(0, ARCHIVE_COUNTS.length - 1), integers().between(20, 60),
        integers().between(80, 120)).checkAssert((i, target, percent) -> {
          String[] form = ARCHIVE_COUNTS[i];
          int done = target * percent / 100;
          Task read = FormsOfWritingTest.extracted(form[0] + target + form[1], "全年完成" + done + form[1] + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith(target + form[1] + " ← " + done + form[1]);
        });
  }

  /** Verbs by which a sum is reached, and how many 亿 a scale alone says. */
  private static final String[][] REACHED_SUMS = {{"提高到", "百", "100"}, {"突破", "千", "1000"}, {"达到", "百", "100"},
      {"增至", "千", "1000"}};

  @Test
  void hundredsOfYiReachedAreAFigure() {
    qt().withExamples(20).forAll(integers().between(0, REACHED_SUMS.length - 1)).checkAssert(i -> {
      String[] form = REACHED_SUMS[i];
      Task read = FormsOfWritingTest.extracted("品牌价值" + form[0] + form[1] + "亿元", "全年品牌价值达到108.6亿元。");
      assertThat(read.targets()).as(read.text()).singleElement()
          .satisfies(t -> assertThat(t.quantity().format()).isEqualTo(form[2] + "亿元"));
    });
  }

  /** A guard: a sum that qualifies the things counted (培育百亿元产业集群3个) is no figure of its own. */
  @Test
  void hundredsOfYiQualifyingAThingAreNoFigure() {
    Task read = FormsOfWritingTest.extracted("培育百亿元产业集群3个", "全年培育百亿元产业集群3个。");
    assertThat(read.targets()).singleElement().satisfies(t -> assertThat(t.quantity().format()).isEqualTo("3个"));
  }

  /** How a ratio to one is written: the ASCII colon, the full-width one and the ratio sign. */
  private static final String[] RATIO_SIGNS = {":", "：", "∶"};

  @Test
  void aRatioToOneIsOneLevel() {
    qt().withExamples(60).forAll(integers().between(0, RATIO_SIGNS.length - 1), integers().between(15, 30),
        integers().between(-3, 3)).checkAssert((i, tenths, off) -> {
          String sign = RATIO_SIGNS[i];
          String target = FormsOfWritingTest.tenths(tenths);
          String done = FormsOfWritingTest.tenths(tenths + off);
          Task read = FormsOfWritingTest.extracted("农产品加工业产值与农业总产值之比达到" + target + sign + "1",
              "全年农产品加工业产值与农业总产值之比为" + done + sign + "1。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "LEVEL EXACTLY " + target + " ← " + done);
        });
  }

  /** Sweeps that find what the work is then done on, and the work. */
  private static final String[][] FOUND_AND_DONE = {{"排查", "清偿"}, {"排查梳理", "化解"}, {"摸排", "清偿"}};

  @Test
  void whatASweepFoundIsNotTheWorkDone() {
    qt().withExamples(60).forAll(integers().between(0, FOUND_AND_DONE.length - 1), integers().between(310, 400),
        integers().between(200, 300)).checkAssert((i, found, done) -> {
          String[] form = FOUND_AND_DONE[i];
          Task read = FormsOfWritingTest.extracted("全年" + form[1] + "拖欠中小企业账款不少于3亿元。",
              "全市共" + form[0] + "拖欠中小企业账款" + FormsOfWritingTest.tenths(found / 10) + "亿元，已" + form[1]
                  + FormsOfWritingTest.tenths(done / 10) + "亿元。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith("← " + FormsOfWritingTest.tenths(done / 10) + "亿元");
        });
  }

  @Test
  void aCellMayOpenWithABareFall() {
    qt().withExamples(40).forAll(integers().between(1, 60), integers().between(3, 8)).checkAssert((fall, floor) -> {
      String done = "-" + FormsOfWritingTest.tenths(fall);
      Task read = FormsOfWritingTest.extracted("民间投资增速（%）：" + floor + "以上", done + "，低于全省平均水平1.4个百分点。");
      assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString().endsWith("← " + done + "%");
    });
  }

  /** Counts with an alternative classifier in brackets that makes no joint one. */
  private static final String[][] ALTERNATIVE_CLASSIFIERS = {{"接收进馆档案", "卷（件）"}, {"救护野生动物", "只（头）"},
      {"完成河湖划界复核", "条（个）"}};

  @Test
  void aClassifiersAlternativeInBracketsLeavesTheBound() {
    qt().withExamples(30).forAll(integers().between(0, ALTERNATIVE_CLASSIFIERS.length - 1), integers().between(10, 90))
        .checkAssert((i, floor) -> {
          String[] form = ALTERNATIVE_CLASSIFIERS[i];
          Task read = FormsOfWritingTest.extracted(form[0] + floor + form[1] + "以上", "全年完成" + (floor + 3) + "。");
          assertThat(read.targets()).as(read.text()).singleElement()
              .satisfies(t -> assertThat(t.bound()).isEqualTo(io.github.workreport.Bound.AT_LEAST));
        });
  }

  @Test
  void aFigureSharingItsSentencesWordsCountsNotTheCountBeforeIt() {
    qt().withExamples(40).forAll(integers().between(8, 20), integers().between(15500, 19000))
        .checkAssert((units, files) -> {
          Task read = FormsOfWritingTest.extracted("接收进馆档案1.5万卷（件）以上",
              "接收县卫健委、县自然资源局等" + units + "家单位到期档案进馆，共计" + files + "卷（件），其中照片档案1200张。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith("← " + files + "卷");
        });
  }

  @Test
  void aClauseBeforeInWordsWithANumeralStillNamesTheSubject() {
    qt().withExamples(30).forAll(integers().between(5, 25)).checkAssert(laid -> {
      String done = FormsOfWritingTest.tenths(laid);
      Task read = FormsOfWritingTest.extracted("推广水肥一体化智能灌溉设施3万亩，建设数字果园示范基地5个",
          "水肥一体化项目已完成招标，铺设管网" + done + "万亩；建成数字果园示范基地五个。");
      assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).startsWith("AMOUNT EXACTLY 3万亩 ← " + done + "万亩");
    });
  }

  @Test
  void aFigureNamingNothingGoesToTheTargetTheClauseBeforeNames() {
    qt().withExamples(30).forAll(integers().between(40, 79)).checkAssert(added -> {
      Task read = FormsOfWritingTest.extracted("力争新增国家级专精特新“小巨人”企业8家、省级专精特新中小企业80家。",
          "省级专精特新中小企业首批认定已完成，新增" + added + "家。");
      assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).endsWith("COUNT EXACTLY 80家 ← " + added + "家");
    });
  }

  @Test
  void aProjectsWholeCostIsNotTheYearsInvestment() {
    qt().withExamples(40).forAll(integers().between(5000, 9000), integers().between(1500, 3200))
        .checkAssert((whole, year) -> {
          Task read = FormsOfWritingTest.extracted("县档案馆新馆建设项目年内完成主体工程，完成年度投资2800万元",
              "新馆总建筑面积8600平方米，总投资" + whole + "万元。目前主体工程施工至三层，全年完成投资" + year + "万元。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith("← " + year + "万元");
        });
  }

  /** Targets of an award, and how a narrative counts those put forward for it while the award waits. */
  private static final String[][] PUT_FORWARD = {{"命名书香家庭", "户", "共收到推荐书香家庭%d户，评审工作正在进行"},
      {"创建省级示范社", "家", "已推荐申报省级示范社%d家，结果预计11月公布"},
      {"新认定高新技术企业", "家", "已申报高新技术企业%d家，专家评审正在进行"}};

  @Test
  void thosePutForwardAreNotYetAwarded() {
    qt().withExamples(40).forAll(integers().between(0, PUT_FORWARD.length - 1), integers().between(110, 200))
        .checkAssert((i, put) -> {
          String[] form = PUT_FORWARD[i];
          Task read = FormsOfWritingTest.extracted(form[0] + "100" + form[1], String.format(form[2], put) + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString().endsWith("← -");
        });
  }

  /** A guard: chosen from a recommendation's list (推荐名单中我市入选3项) is the award. */
  @Test
  void thoseChosenFromARecommendationsListAreAwarded() {
    Task read = FormsOfWritingTest.extracted("新增省级非物质文化遗产代表性项目3项",
        "第六批省级非遗代表性项目推荐名单中我市入选3项，已完成公示。");
    assertThat(FormsOfWritingTest.pairs(read)).singleElement().asString().endsWith("← 3项");
  }

  /** Awards a policy gives each qualifying thing. */
  private static final String[] AWARDS_FOR_EACH = {"对新认定的国家级、省级专精特新企业分别给予%d万元、%d万元一次性奖励",
      "对新评定的省级、市级示范社分别给予%d万元、%d万元奖补", "对首次升规的工业企业给予%d万元奖励，对新认定的高新技术企业给予%d万元补助"};

  @Test
  void anAwardForEachIsNoTarget() {
    qt().withExamples(40).forAll(integers().between(0, AWARDS_FOR_EACH.length - 1), integers().between(20, 80),
        integers().between(5, 19)).checkAssert((i, high, low) -> {
          Task read = FormsOfWritingTest.extracted("设立专项奖励资金，" + String.format(AWARDS_FOR_EACH[i], high, low) + "。",
              "已兑现奖励资金210万元。");
          assertThat(read.targets()).as(read.text()).isEmpty();
        });
  }

  /** A guard: a standard written per person (给予每人10万元安家补贴) stays a target, one to hold. */
  @Test
  void anAwardWrittenPerPersonIsAStandard() {
    Task read = FormsOfWritingTest.extracted("对新引进的博士、硕士分别给予每人10万元、3万元安家补贴。", "已发放安家补贴1183万元。");
    assertThat(read.targets()).hasSize(2);
  }

  /** Work counted in 单, 班 and 票. */
  private static final String[][] DEALS_FLIGHTS_DECLARATIONS = {{"全年新设立慈善信托", "单", "全年新设立慈善信托"},
      {"全货机航线每周不少于", "班", "目前全货机航线每周执飞"}, {"跨境电商进出口申报清单突破", "万票", "全年申报清单"}};

  @Test
  void dealsFlightsAndDeclarationsAreCounted() {
    qt().withExamples(40).forAll(integers().between(0, DEALS_FLIGHTS_DECLARATIONS.length - 1),
        integers().between(5, 300)).checkAssert((i, target) -> {
          String[] form = DEALS_FLIGHTS_DECLARATIONS[i];
          Task read = FormsOfWritingTest.extracted(form[0] + target + form[1], form[2] + (target - 1) + form[1] + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith(target + form[1] + " ← " + (target - 1) + form[1]);
        });
  }

  /** A guard: words these classifiers begin (单位, 班子, 票据) are no count of them. */
  @Test
  void wordsTheseClassifiersBeginAreNoCount() {
    for (String text : new String[] {"新增3单位", "配齐2班子", "核查5票据"}) {
      assertThat(NumberScanner.scan(text)).as(text).singleElement().satisfies(m -> assertThat(m.unitSymbol).isEmpty());
    }
  }

  /** A guard: 申报 is also the work itself (申报出口268.4万票), no application for an award. */
  @Test
  void aDeclarationIsTheWorkItself() {
    Task read = FormsOfWritingTest.extracted("跨境电商出口单量突破300万票。", "全年申报出口268.4万票，同比增长31%。");
    assertThat(FormsOfWritingTest.pairs(read)).singleElement().asString().endsWith("← 268.4万票");
  }

  /** Inspection tasks and how a narrative counts their rounds. */
  private static final String[][] INSPECTION_ROUNDS = {{"巡查不少于", "轮", "汛期组织开展拉网式巡查排查"},
      {"开展安全检查不少于", "次", "全年开展安全隐患排查检查"}, {"开展专项督查不少于", "次", "全年开展督查排查"}};

  @Test
  void anInspectionsWorkIsFinding() {
    qt().withExamples(40).forAll(integers().between(0, INSPECTION_ROUNDS.length - 1), integers().between(3, 9))
        .checkAssert((i, rounds) -> {
          String[] form = INSPECTION_ROUNDS[i];
          Task read = FormsOfWritingTest.extracted(form[0] + "4" + form[1], form[2] + rounds + form[1] + "，排查隐患点76处。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith("← " + rounds + form[1]);
        });
  }

  /** How a narrative says the rest is put off. */
  private static final String[] DELAYS = {"个站点因设备供货延迟，预计明年3月底前完成", "个站点因用地手续延期，计划明年建成",
      "个站点推迟至明年实施"};

  @Test
  void thingsDelayedAreNotDone() {
    qt().withExamples(40).forAll(integers().between(0, DELAYS.length - 1), integers().between(15, 28))
        .checkAssert((i, done) -> {
          Task read = FormsOfWritingTest.extracted("新建自动化监测站点30个",
              "已完成" + done + "个站点安装调试，" + (30 - done) + DELAYS[i] + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith("← " + done + "个");
        });
  }

  /** A guard: a delay in an aside after a figure is of other things (自办展会1场(原计划的茶博会延期至2023年举办)). */
  @Test
  void aDelayInAnAsideIsOfOtherThings() {
    Task read = FormsOfWritingTest.extracted("举办自办展会不少于3场", "全年自办展会1场(原计划的茶博会、年货节延期至2023年举办)。");
    assertThat(FormsOfWritingTest.pairs(read)).singleElement().asString().endsWith("← 1场");
  }

  /** Wholes that list kinds of work, the kind a target names, and the other kind. */
  private static final String[][] KINDS_LISTED = {{"心理健康讲座", "团体辅导", "场"}, {"职工技能竞赛", "岗位练兵", "场"},
      {"普法讲座", "法律咨询", "场"}};

  @Test
  void aKindTheTargetNamesAloneIsAnsweredByItsPart() {
    qt().withExamples(40).forAll(integers().between(0, KINDS_LISTED.length - 1), integers().between(20, 29),
        integers().between(10, 20)).checkAssert((i, named, other) -> {
          String[] form = KINDS_LISTED[i];
          Task read = FormsOfWritingTest.extracted("开展" + form[0] + "30" + form[2],
              "开展" + form[0] + "、" + form[1] + "等活动" + (named + other) + form[2] + "，其中" + form[0].substring(2) + named
                  + form[2] + "、" + form[1] + other + form[2] + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith("← " + named + form[2]);
        });
  }

  @Test
  void othersOfAnotherKindAreNoPart() {
    qt().withExamples(40).forAll(integers().between(600, 950), integers().between(100, 300))
        .checkAssert((own, others) -> {
          Task read = FormsOfWritingTest.extracted("新就业形态劳动者入会1000人",
              "快递员、外卖送餐员等新就业形态劳动者入会" + own + "人，另有其他灵活就业人员入会" + others + "人。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith("← " + own + "人");
        });
  }

  /** A guard of the scanner: words 部 begins (部门, 部委, 部分) are no count of it; 200部电梯 is. */
  @Test
  void wordsThatBeginWith部AreNoCountOfIt() {
    for (String text : new String[] {"获商务部等3部门认定", "联合5部委印发", "完成3部分"}) {
      assertThat(NumberScanner.scan(text)).as(text).singleElement().satisfies(m -> assertThat(m.unitSymbol).isEmpty());
    }
    assertThat(NumberScanner.scan("加装电梯200部")).singleElement().satisfies(m -> assertThat(m.unitSymbol).isEqualTo("部"));
  }

  /** Sizes said with 的 before a count whose noun is left out. */
  private static final String[] SIZES_BEFORE_A_COUNT = {"其中年营收超千万元的", "其中年营收1000万元以上的", "其中投资超亿元的"};

  @Test
  void aSizeBeforeACountOfItsThingsIsNoTarget() {
    qt().withExamples(30).forAll(integers().between(0, SIZES_BEFORE_A_COUNT.length - 1), integers().between(2, 9))
        .checkAssert((i, big) -> {
          Task read = FormsOfWritingTest.extracted("引进培育直播电商服务机构15家以上，" + SIZES_BEFORE_A_COUNT[i] + big + "家。",
              "合计引进培育15家。");
          assertThat(read.targets()).as(read.text()).extracting(t -> t.quantity().format())
              .containsExactly("15家", big + "家");
        });
  }

  /** Steps done whose object runs long before the step's word. */
  private static final String[] LONG_STEPS = {"已完成2023年度电商扶持资金申报审核", "已完成城南片区老旧小区改造项目施工招标",
      "已完成全县农村供水保障工程初步设计"};

  @Test
  void aStepEndingALongObjectIsNoClaimForTheTask() {
    qt().withExamples(20).forAll(integers().between(0, LONG_STEPS.length - 1)).checkAssert(i -> {
      String narrative = LONG_STEPS[i] + "，待区政府常务会议审定后实施。";
      assertThat(FormsOfWritingTest.extracted("落实扶持政策，兑现专项资金不低于2000万元。", narrative).outcome().cue())
          .as(narrative).isNotEqualTo(io.github.workreport.Status.MET);
    });
  }

  /** Map scales as survey tasks write them. */
  private static final String[] MAP_SCALES = {"1:5万", "1:500", "1∶2000", "1:2.5万", "1：10000"};

  @Test
  void aMapsScaleIsNoFigure() {
    qt().withExamples(30).forAll(integers().between(0, MAP_SCALES.length - 1), integers().between(50, 900))
        .checkAssert((i, area) -> {
          Task read = FormsOfWritingTest.extracted("完成中心城区" + MAP_SCALES[i] + "地形图更新" + area + "平方公里。",
              "已完成" + MAP_SCALES[i] + "地形图更新" + area + "平方公里。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "AMOUNT EXACTLY " + area + "平方公里 ← " + area + "平方公里");
        });
  }

  @Test
  void aListsFirstItemIsPartOfItsSum() {
    qt().withExamples(40).forAll(integers().between(15, 30), integers().between(5, 10), integers().between(1, 4))
        .checkAssert((green, organic, origin) -> {
          Task read = FormsOfWritingTest.extracted("新增“两品一标”认证产品40个",
              "全年新增绿色食品" + green + "个、有机农产品" + organic + "个、农产品地理标志" + origin + "个。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).singleElement().asString()
              .endsWith("← " + (green + organic + origin) + "个");
        });
  }

  /** Rates whose subject a count sizes, in the clause of the rate. */
  private static final String[] SIZED_RATES = {"全县%d个乡镇（街道）统计站规范化建设达标率达到85%%",
      "全县%d处登记宗教活动场所“四进”覆盖率达到100%%", "今年立项的%d项重点督查事项10月底前办结率达到90%%"};

  @Test
  void aCountSizingARatesSubjectIsNoTarget() {
    qt().withExamples(30).forAll(integers().between(0, SIZED_RATES.length - 1), integers().between(10, 200))
        .checkAssert((i, size) -> {
          Task read = FormsOfWritingTest.extracted(String.format(SIZED_RATES[i], size), "已完成。");
          assertThat(read.targets()).as(read.text()).singleElement()
              .satisfies(t -> assertThat(t.unit()).isEqualTo(io.github.workreport.Unit.PERCENT));
        });
  }

  /** A guard: a count the clause's work makes stays a target beside the rate (建成5个站点，覆盖率达到100%). */
  @Test
  void aCountTheWorkMakesStaysATargetBesideARate() {
    Task read = FormsOfWritingTest.extracted("建成5个站点覆盖率达到100%", "已完成。");
    assertThat(read.targets()).hasSize(2);
  }

  @Test
  void aLevelWrittenWithAnEqualsSignIsATarget() {
    qt().withExamples(20).forAll(integers().between(0, 1), integers().between(0, 30)).checkAssert((sign, level) -> {
      String task = "资助学生人数（人）：" + (sign == 0 ? "＝" : "=") + level;
      assertThat(FormsOfWritingTest.extracted(task, "已完成。").targets()).as(task).singleElement()
          .satisfies(t -> assertThat(t.quantity().format()).isEqualTo(level + "人"));
    });
  }
}
