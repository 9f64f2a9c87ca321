package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Bound;
import io.github.workreport.Deadline;
import io.github.workreport.Kind;
import io.github.workreport.Target;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TargetParserTest {
  private static final TargetParser PARSER = TargetParser.standard();

  /** A target as {@code kind bound value unit} with {@code (力争)} when aspirational: {@code GROWTH AT_LEAST 7.5 %}. */
  private static String brief(Target t) {
    return t.kind() + " " + t.bound() + " " + t.value().toPlainString() + " " + t.unit().symbol() + (t.firm() ? "" : " (力争)");
  }

  private static List<String> briefs(String text) {
    return PARSER.parse(text).stream().map(TargetParserTest::brief).collect(Collectors.toList());
  }

  // ------------------------------------------------------------------ forms understood

  static Stream<Arguments> targets() {
    return Stream.of(
        // the seed's forms
        Arguments.of("地区生产总值增长 7.5%以上。", List.of("GROWTH AT_LEAST 7.5 %")),
        Arguments.of("一般公共预算收入增长 6%。", List.of("GROWTH EXACTLY 6 %")),
        // below the number: a ceiling, as firm as 控制在
        Arguments.of("农村贫困发生率降至不足1%", List.of("LEVEL AT_MOST 1 %")),
        Arguments.of("平均审批时间不到5个工作日", List.of("LEVEL AT_MOST 5 个工作日")),
        Arguments.of("力争全年万元 GDP 能耗下降 2%以上。", List.of("DECLINE AT_LEAST 2 % (力争)")),
        Arguments.of("工业固体废物综合利用率提高到73%以上，农作物秸秆综合利用率提高到95%以上。",
            List.of("LEVEL AT_LEAST 73 %", "LEVEL AT_LEAST 95 %")),
        Arguments.of("全年新建公厕15座，提升改造公厕22座，社会对外开放公厕3座。",
            List.of("COUNT EXACTLY 15 座", "COUNT EXACTLY 22 座", "COUNT EXACTLY 3 座")),
        Arguments.of("新增绿化 23.41 万平方米，新建口袋公园 4 处、社区绿道 1 条",
            List.of("AMOUNT EXACTLY 23.41 万平方米", "COUNT EXACTLY 4 处", "COUNT EXACTLY 1 条")),
        Arguments.of("新增规模以上制造业企业不少于5家，力争新增高新技术企业4家、科技型中小企业40家。",
            List.of("COUNT AT_LEAST 5 家", "COUNT EXACTLY 4 家 (力争)", "COUNT EXACTLY 40 家 (力争)")),
        Arguments.of("全年城镇新增就业不少于8000人，城镇登记失业率控制在4%以内。",
            List.of("COUNT AT_LEAST 8000 人", "LEVEL AT_MOST 4 %")),
        Arguments.of("将工程建设项目建设审批时间压缩至120个工作日内。", List.of("LEVEL AT_MOST 120 个工作日")),
        Arguments.of("实现剩余34户53人全部脱贫。", List.of("COUNT EXACTLY 34 户", "COUNT EXACTLY 53 人")),
        Arguments.of("开工建设两条规划路和柳雪路延伸段，打通灞河左岸 8.81 千米堤顶道路。",
            List.of("COUNT EXACTLY 2 条", "AMOUNT EXACTLY 8.81 千米")),
        Arguments.of("加快推进 162 个重点在建项目建设，确保完成 258.77 亿元年度投资计划。",
            List.of("COUNT EXACTLY 162 个", "AMOUNT EXACTLY 258.77 亿元")),
        Arguments.of("全年新招聘优秀教师不少于 100 名，实施多元化教师培训不少于 3000 人次。",
            List.of("COUNT AT_LEAST 100 名", "COUNT AT_LEAST 3000 人次")),
        // other reports' forms
        Arguments.of("地区生产总值增长6.5%左右", List.of("GROWTH ABOUT 6.5 % (力争)")),
        Arguments.of("确保居民消费价格涨幅控制在3%左右", List.of("GROWTH ABOUT 3 %")),
        Arguments.of("城乡居民人均可支配收入分别增长7%和8%", List.of("GROWTH EXACTLY 7 %", "GROWTH EXACTLY 8 %")),
        Arguments.of("常住人口城镇化率提高1.5个百分点", List.of("GROWTH EXACTLY 1.5 个百分点")),
        Arguments.of("新增城镇就业1.2万人以上", List.of("COUNT AT_LEAST 1.2 万人")),
        Arguments.of("PM2.5平均浓度控制在45微克/立方米以内", List.of("LEVEL AT_MOST 45 微克/立方米")),
        // money per person or period is a level in its money unit (the gold labels write 元 for 元/人)
        Arguments.of("农民人均收入达到1.5万元/人年", List.of("LEVEL EXACTLY 1.5 万元")),
        Arguments.of("城乡低保标准提高到每人每月609元", List.of("LEVEL EXACTLY 609 元")),
        Arguments.of("力争社会消费品零售总额突破300亿元", List.of("AMOUNT AT_LEAST 300 亿元 (力争)")),
        Arguments.of("增长4.5%至5%", List.of("GROWTH AT_LEAST 4.5 %")),
        Arguments.of("新建3到5万平方米厂房", List.of("AMOUNT AT_LEAST 3 万平方米")),
        // a growth below zero is planned as a fall: falling further meets it (信访总量同比增减(%)：-10 ‖ -12.5)
        Arguments.of("增长-17.5%", List.of("DECLINE EXACTLY 17.5 %")),
        Arguments.of("新增就业一千二百人", List.of("COUNT EXACTLY 1200 人")),
        Arguments.of("新增就业三万五千人", List.of("COUNT EXACTLY 35000 人")),
        Arguments.of("建成两所学校", List.of("COUNT EXACTLY 2 所")),
        Arguments.of("森林覆盖率达到百分之四十五", List.of("LEVEL EXACTLY 45 %")),
        Arguments.of("覆盖率达到９５％", List.of("LEVEL EXACTLY 95 %")),
        Arguments.of("发放补贴1,234.5万元", List.of("AMOUNT EXACTLY 1234.5 万元")),
        Arguments.of("新增停车位超过2000个", List.of("COUNT AT_LEAST 2000 个")),
        Arguments.of("审批时限由20个工作日压缩至5个工作日", List.of("LEVEL AT_MOST 5 个工作日")),
        Arguments.of("栽植乔木 1.15 万株", List.of("COUNT EXACTLY 1.15 万株")),
        Arguments.of("地区生产总值保持7%左右的增长", List.of("GROWTH ABOUT 7 % (力争)")),
        Arguments.of("按照标准新建公厕15座", List.of("COUNT EXACTLY 15 座")),
        Arguments.of("全年地区生产总值增长6.5%以上，力争达到7%。", List.of("GROWTH AT_LEAST 6.5 %", "GROWTH EXACTLY 7 % (力争)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void findsTheTargets(String text, List<String> expected) {
    assertThat(briefs(text)).isEqualTo(expected);
  }

  // ------------------------------------------------------------------ forms refused

  static Stream<String> notTargets() {
    return Stream.of(
        "积极参加第五届“丝博会”、第十届“陕粤港澳经济活动周”", // ordinals
        "组织开展“健康快乐迎全运”系列活动，迎十四运",         // names
        "继续推行“4+7”城市药品集中采购",                    // quoted name
        "做好地铁5、6、9号线建设环境保障工作",               // line numbers
        "重点围绕“1+4”绿色产业体系",
        "围绕“三带六板块”布局",
        "持续推进城市社区“15分钟便民服务圈”建设",
        "建设110KV变电站",                                    // a voltage class, not a count
        "淘汰国Ⅲ及以下老旧车辆",
        "完成六棉自由区（一期）回迁",
        "打造5G物联网产业园",
        "PM2.5浓度明显下降",
        "较2015年明显下降",                                   // a base year
        "2021年4月底前完成",                                  // a deadline
        "科学规划一条绿带、两个功能区",                      // names of planning areas
        "加快红旗南部五村城改前期工作",
        "启动十里铺骨科医院迁建项目",
        "区人大十七届二十九次会议审议",                      // a session
        "扎实做好全国第七次人口普查，我区七人普工作启动",
        "建设一批重点项目，打造一个平台",                    // 一 is the article
        "完成“十四五”规划编制",
        "聚焦世界500强和国内100强企业",
        "围绕全市5个重点产业园区，聚焦12条重点产业链");             // the scope of the work
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notTargets")
  void refusesNonTargets(String text) {
    assertThat(PARSER.parse(text)).isEmpty();
  }

  @Test
  void aQualifierOfTheObjectIsNotATarget() {
    assertThat(briefs("签约10亿元以上项目不少于2个")).containsExactly("COUNT AT_LEAST 2 个");
    assertThat(briefs("投资10亿元以上的项目达到5个")).containsExactly("COUNT EXACTLY 5 个");
    assertThat(briefs("建设1000平方米的仓库2座")).containsExactly("COUNT EXACTLY 2 座");
    // alone in its clause, the same words are the target
    assertThat(briefs("年内全区60%的行政村污水得到有效治理")).containsExactly("LEVEL EXACTLY 60 %");
  }

  @Test
  void oneWrittenAfterItsNounCountsOneThing() {
    assertThat(briefs("新建学校一所")).containsExactly("COUNT EXACTLY 1 所");
    assertThat(briefs("新建污水处理厂一座。")).containsExactly("COUNT EXACTLY 1 座");
    assertThat(briefs("打造特色小镇一个，培育示范村三个")).containsExactly("COUNT EXACTLY 1 个", "COUNT EXACTLY 3 个");
    // a list item ends the count as a clause does, for 一 and the other numerals alike
    assertThat(PARSER.parse("新建公园一处、游园三处")).extracting(Target::metric).containsExactly("新建公园", "游园");
    assertThat(briefs("新建公园两处、游园三处")).containsExactly("COUNT EXACTLY 2 处", "COUNT EXACTLY 3 处");
    // before its noun, with a loose classifier, or inside a word, 一 is no count
    assertThat(PARSER.parse("建设一所学校")).isEmpty();
    assertThat(PARSER.parse("实施一批重点项目，开展一次专项检查")).isEmpty();
    assertThat(PARSER.parse("推进一网统一个")).isEmpty();
    assertThat(PARSER.parse("争创全省第一个")).isEmpty();
  }

  /** n things written noun, numeral, classifier are a count of n, for every numeral from 一 to 九. */
  @Test
  void aCountWrittenAfterItsNounIsReadForEveryNumeral() {
    String[] numerals = {"一", "两", "三", "四", "五", "六", "七", "八", "九"};
    String[] things = {"新建学校", "建成体育馆", "改造农贸市场", "新增停车场"};
    String[] classifiers = {"所", "个", "处", "座"};
    String[] ends = {"", "。", "，完成投资5000万元", "、公厕10座"};
    qt().withExamples(400)
        .forAll(integers().between(1, 9), integers().between(0, things.length - 1),
            integers().between(0, classifiers.length - 1), integers().between(0, ends.length - 1))
        .checkAssert((n, thing, classifier, end) -> {
          List<Target> targets = PARSER.parse(things[thing] + numerals[n - 1] + classifiers[classifier] + ends[end]);
          assertThat(targets).isNotEmpty();
          assertThat(targets.get(0).metric()).isEqualTo(things[thing]);
          assertThat(brief(targets.get(0))).isEqualTo("COUNT EXACTLY " + n + " " + classifiers[classifier]);
        });
  }

  @Test
  void aSizeOrGradeNamingTheThingCountedIsNoTarget() {
    assertThat(briefs("新建日处理能力2万吨污水处理厂一座")).containsExactly("COUNT EXACTLY 1 座");
    assertThat(briefs("建设年产5万吨生产线一条")).containsExactly("COUNT EXACTLY 1 条");
    assertThat(briefs("建设10万千瓦光伏电站2个")).containsExactly("COUNT EXACTLY 2 个");
    assertThat(briefs("新建1000吨级泊位2个")).containsExactly("COUNT EXACTLY 2 个");
    assertThat(PARSER.parse("新建万吨级码头")).isEmpty();
    // with no count after it, the size is what is to be built; two targets in a row stay two
    assertThat(briefs("新建日处理能力2万吨污水处理厂")).containsExactly("AMOUNT EXACTLY 2 万吨");
    assertThat(briefs("新增光伏装机10万千瓦")).containsExactly("AMOUNT EXACTLY 10 万千瓦");
    assertThat(briefs("改造道路2公里路灯100盏")).containsExactly("AMOUNT EXACTLY 2 公里", "COUNT EXACTLY 100 盏");
    assertThat(briefs("完成投资5亿元建设学校3所")).containsExactly("AMOUNT EXACTLY 5 亿元", "COUNT EXACTLY 3 所");
  }

  /** However large the capacity and the count, a capacity naming the plant counted leaves the count alone. */
  @Test
  void aCapacityBeforeTheThingCountedLeavesOnlyTheCount() {
    String[] sizes = {"日处理能力%s吨", "日处理%s吨", "年产%s吨", "总装机容量%s千瓦", "%s千瓦", "建筑面积%s平方米"};
    String[] things = {"污水处理厂", "光伏电站", "生产线", "综合服务中心"};
    qt().withExamples(400)
        .forAll(integers().between(1, 500_000), integers().between(0, sizes.length - 1),
            integers().between(0, things.length - 1), integers().between(1, 20))
        .checkAssert((size, form, thing, count) -> {
          String text = "新建" + String.format(sizes[form], size) + things[thing] + count + "座";
          assertThat(briefs(text)).containsExactly("COUNT EXACTLY " + count + " 座");
        });
  }

  @Test
  void aPlanOrTaskLabelBeforeTheValueLeavesTheSubjectOutside() {
    assertThat(PARSER.parse("完成河道治理，任务20公里")).extracting(Target::metric).containsExactly("完成河道治理");
    assertThat(PARSER.parse("新增城镇就业（计划1200人）")).extracting(Target::metric).containsExactly("新增城镇就业");
    assertThat(PARSER.parse("完成农村改厕，计划任务3000户")).extracting(Target::metric).containsExactly("完成农村改厕");
    assertThat(PARSER.parse("计划新建学校3所")).extracting(Target::metric).containsExactly("新建学校");
  }

  @Test
  void aLabelClauseBeforeTheChangeTakesTheSubjectBeforeIt() {
    assertThat(briefs("地区生产总值，预期目标：增长7%")).containsExactly("GROWTH EXACTLY 7 %");
    assertThat(PARSER.parse("地区生产总值，预期目标：增长7%")).extracting(Target::metric).containsExactly("地区生产总值");
    assertThat(PARSER.parse("城镇登记失业率，目标：控制在4.5%以内")).extracting(Target::metric)
        .containsExactly("城镇登记失业率");
    assertThat(PARSER.parse("固定资产投资，年度目标：增长10%以上")).extracting(Target::metric).containsExactly("固定资产投资");
  }

  /**
   * However a table's label introduces the value — after a comma, after a colon, in an aside in
   * full- or half-width brackets — the target is the subject's, and the label is no part of it.
   */
  @Test
  void aLabelledTargetTakesTheSubjectBeforeTheLabel() {
    String[] subjects = {"新增城镇就业", "完成河道治理", "开展护林巡查", "完成农村改厕"};
    String[] labels = {"任务", "年度任务", "全年任务", "目标任务", "计划", "年度计划", "全年计划", "计划任务", "目标", "年度目标",
        "工作目标", "预期目标"};
    String[] forms = {"%s，%s%s", "%s，%s：%s", "%s（%s%s）", "%s(%s:%s)", "%s（%s：%s）", "%s，%s为%s"};
    String[] units = {"人", "公里", "次", "户"};
    qt().withExamples(600)
        .forAll(integers().between(0, subjects.length - 1), integers().between(0, labels.length - 1),
            integers().between(0, forms.length - 1), integers().between(1, 99_999))
        .checkAssert((subject, label, form, value) -> {
          String text = String.format(forms[form], subjects[subject], labels[label], value + units[subject]);
          List<Target> targets = PARSER.parse(text);
          assertThat(targets).extracting(Target::metric).containsExactly(subjects[subject]);
          assertThat(targets.get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(value));
        });
  }

  /**
   * Assessment tables write the comparator as a symbol (满意度≥90%, PM2.5浓度≤35微克/立方米) or as
   * 大于等于/小于: the bound is read, and the symbol is no part of the metric, whatever the value.
   */
  @Test
  void aComparisonSymbolBoundsTheTarget() {
    String[] atLeast = {"≥", "≧", "＞", ">", ">=", "大于等于", "不低于"};
    String[] atMost = {"≤", "≦", "＜", "<", "<=", "小于等于", "小于", "低于"};
    String[] subjects = {"群众满意度", "信访事项按期办结率", "城镇登记失业率", "空气质量优良天数比例"};
    qt().withExamples(400)
        .forAll(integers().between(0, subjects.length - 1), integers().between(0, atLeast.length + atMost.length - 1),
            integers().between(1, 999))
        .checkAssert((subject, symbol, tenths) -> {
          boolean floor = symbol < atLeast.length;
          String word = floor ? atLeast[symbol] : atMost[symbol - atLeast.length];
          BigDecimal value = BigDecimal.valueOf(tenths, 1);
          List<Target> targets = PARSER.parse(subjects[subject] + word + value.toPlainString() + "%");
          assertThat(targets).extracting(Target::metric).containsExactly(subjects[subject]);
          assertThat(targets.get(0).bound()).isEqualTo(floor ? Bound.AT_LEAST : Bound.AT_MOST);
          assertThat(targets.get(0).value()).isEqualByComparingTo(value);
        });
    assertThat(briefs("办结率≥95%，满意率≥90%")).containsExactly("LEVEL AT_LEAST 95 %", "LEVEL AT_LEAST 90 %");
    assertThat(briefs("PM2.5平均浓度≤35微克/立方米")).containsExactly("LEVEL AT_MOST 35 微克/立方米");
  }

  // ------------------------------------------------------------------ metric, text, span

  @Test
  void metricTextAndSpanName_theTarget() {
    String text = "全年新建公厕15座，提升改造公厕22座，社会对外开放公厕3座。";
    List<Target> targets = PARSER.parse(text);
    assertThat(targets).extracting(Target::metric).containsExactly("新建公厕", "提升改造公厕", "社会对外开放公厕");
    assertThat(targets).extracting(Target::text).containsExactly("全年新建公厕15座", "提升改造公厕22座", "社会对外开放公厕3座");
    for (Target t : targets) {
      assertThat(t.span()).hasValueSatisfying(span -> assertThat(span.of(text)).isEqualTo(t.text()));
    }
  }

  @Test
  void aNumberFirstTargetNamesWhatFollows() {
    Target t = PARSER.parse("完成略钢小区、大信小区等16个老旧小区改造。").get(0);
    assertThat(t.metric()).isEqualTo("老旧小区改造");
    assertThat(t.quantity().value()).isEqualByComparingTo(new BigDecimal(16));
  }

  @Test
  void aspirationLastsToTheEndOfItsSentenceAndYieldsToAssurance() {
    assertThat(PARSER.parse("组建联合体13个，力争创建1所特色学校和1所示范高中。"))
        .extracting(Target::firm).containsExactly(true, false, false);
    assertThat(PARSER.parse("力争新增企业5家。确保新增就业800人。")).extracting(Target::firm).containsExactly(false, true);
    assertThat(PARSER.parse("力争完成投资50亿元，确保新开工项目20个。")).extracting(Target::firm).containsExactly(false, true);
  }

  // ------------------------------------------------------------------ deadlines

  static Stream<Arguments> deadlines() {
    return Stream.of(
        Arguments.of("到 2022 年 9 月，完成 25 所中小学新建改扩建工程", "2022-09"),
        Arguments.of("2021年4月底前，完成55条道路通信架空线落地", "2021-04"),
        Arguments.of("年内全区60%的行政村污水得到有效治理", "2020-12"),
        Arguments.of("年底前建成投用", "2020-12"),
        Arguments.of("6月底前完成拆迁", "2020-06"),
        Arguments.of("力争2021年8月建成", "2021-08"),
        Arguments.of("到2025年，全区GDP突破1000亿元", "2025-12"),
        Arguments.of("到二〇二二年底完成", "2022-12"),
        Arguments.of("2020-2022年改造老旧小区60个", "2022-12"),
        Arguments.of("2020年至2022年改造老旧小区60个", "2022-12"),
        Arguments.of("新建公厕20座，2021年全部建成", "2021-12"),
        Arguments.of("用三年时间完成棚户区改造3000户", "2022-12"),
        Arguments.of("力争3年内建成5G基站1000个", "2022-12"),
        Arguments.of("分两年完成危房改造800户", "2021-12"),
        Arguments.of("十年内实现森林覆盖率达到45%", "2029-12"),
        Arguments.of("用十年时间建成高标准农田10万亩", "2029-12"),
        Arguments.of("今明两年改造农村公路200公里", "2021-12"),
        Arguments.of("明年底前建成污水处理厂", "2021-12"),
        Arguments.of("“十四五”期间新增就业5万人", "2025-12"),
        Arguments.of("到十三五末实现全覆盖", "2020-12"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deadlines")
  void readsDeadlines(String text, String month) {
    assertThat(PARSER.deadline(text, OptionalInt.of(2020))).contains(Deadline.of(YearMonth.parse(month)));
  }

  @Test
  void baseYearsAndBareYearsAreNoDeadlines() {
    assertThat(PARSER.deadline("重度污染天数比率较2015年下降25%以上", OptionalInt.of(2020))).isEmpty();
    assertThat(PARSER.deadline("2020年城镇新增就业8000人", OptionalInt.of(2020))).isEmpty();
    assertThat(PARSER.deadline("年内完成", OptionalInt.empty())).isEmpty();
    // a plan's period, a plan's name and a programme's length are not when this work is due
    assertThat(PARSER.deadline("落实《全区养老服务体系建设规划（2021-2025年）》，新建养老院2所", OptionalInt.of(2020))).isEmpty();
    assertThat(PARSER.deadline("编制“十四五”规划，谋划重大项目50个", OptionalInt.of(2020))).isEmpty();
    assertThat(PARSER.deadline("实施三年行动计划，新建公厕20座", OptionalInt.of(2020))).isEmpty();
    assertThat(PARSER.deadline("近三年来累计新增就业3万人", OptionalInt.of(2020))).isEmpty();
  }

  /** When the work is due is read as a deadline; it is not part of what the work is. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "到2022年建成污水处理厂3座|建成污水处理厂",
      "至2023年累计建成充电桩500个|建成充电桩",
      "年底前新建公厕20座|新建公厕",
      "两年内建成5G基站1000个|建成5G基站",
      "六年内建成污水处理厂3座|建成污水处理厂",
      "十年内实现森林覆盖率达到45%|实现森林覆盖率",
      "分四年完成老旧小区改造80个|完成老旧小区改造",
      "用三年时间完成棚户区改造3000户|完成棚户区改造",
      "“十四五”期间新增就业5万人|新增就业",
      "二十年内完成造林5000亩|完成造林",
      "20年内建成绿道100公里|建成绿道",
      "用十五年时间建成污水处理厂3座|建成污水处理厂",
      "分十二年完成老旧小区改造80个|完成老旧小区改造",
      "2020年内完成改造30个|完成改造"})
  void dueDatesAreNotPartOfTheMetric(String text, String metric) {
    assertThat(PARSER.parse(text)).extracting(Target::metric).containsExactly(metric);
  }

  /**
   * A span of n years (two to thirty) counted from the report's year ends in year + n − 1, however it is
   * written, in digits or in numerals (两年, 十五年, 二十年), and is no part of the metric; a later due date
   * elsewhere in the text still wins (years are read as dates up to 2099).
   */
  @Test
  void aSpanOfYearsEndsInItsLastYear() {
    String[] forms = {"%s年内", "用%s年时间", "分%s年", "力争%s年内"};
    qt().withExamples(500)
        .forAll(integers().between(1990, 2069), integers().between(2, 30), integers().between(0, forms.length - 1),
            integers().between(0, 1))
        .checkAssert((year, n, form, digits) -> {
          String numeral = n == 2 ? "两" : ChineseNumbers.format(n);
          String span = String.format(forms[form], digits == 1 ? Integer.toString(n) : numeral);
          assertThat(PARSER.deadline(span + "新建公厕20座", OptionalInt.of(year)))
              .contains(Deadline.of(YearMonth.of(year + n - 1, 12)));
          assertThat(PARSER.parse(span + "新建公厕20座")).extracting(Target::metric).containsExactly("新建公厕");
          assertThat(PARSER.deadline(span + "新建公厕20座，到" + (year + n) + "年6月全部建成", OptionalInt.of(year)))
              .contains(Deadline.of(YearMonth.of(year + n, 6)));
        });
  }

  @Test
  void theLatestOfSeveralDeadlinesCounts() {
    assertThat(PARSER.deadline("年内启动，到2022年9月全部建成", OptionalInt.of(2020)))
        .contains(Deadline.of(YearMonth.of(2022, 9)));
  }

  @Test
  void kindsFollowTheVerbNearestTheNumber() {
    assertThat(PARSER.parse("工业固体废物综合利用率提高到73%")).extracting(Target::kind).containsExactly(Kind.LEVEL);
    assertThat(PARSER.parse("研发投入提高2%")).extracting(Target::kind).containsExactly(Kind.GROWTH);
    assertThat(PARSER.parse("两项指标分别下降39.1%和25%")).extracting(Target::kind)
        .containsExactly(Kind.DECLINE, Kind.DECLINE);
    assertThat(PARSER.parse("增速达到7.9%")).extracting(Target::kind).containsExactly(Kind.GROWTH);
    assertThat(PARSER.parse("控制在4%以内")).extracting(Target::bound).containsExactly(Bound.AT_MOST);
  }

  // ------------------------------------------------------------------ ranges

  static Stream<Arguments> ranges() {
    return Stream.of(
        Arguments.of("国内生产总值增长6%-6.5%的目标", "6", "6.5", "%"),
        Arguments.of("国内生产总值增长6%～6.5%", "6", "6.5", "%"),
        Arguments.of("国内生产总值增长6-6.5%", "6", "6.5", "%"),
        Arguments.of("国内生产总值增长6%至6.5%", "6", "6.5", "%"),
        Arguments.of("国内生产总值增长6%到6.5%", "6", "6.5", "%"),
        Arguments.of("国内生产总值增长 6% - 6.5%", "6", "6.5", "%"),
        Arguments.of("国内生产总值增长６％－６．５％", "6", "6.5", "%"),
        Arguments.of("新建停车场5-10个", "5", "10", "个"),
        Arguments.of("完成投资3到5亿元", "3", "5", "亿元"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ranges")
  void aRangeTargetKeepsBothEnds(String text, String lower, String upper, String unit) {
    List<Target> targets = PARSER.parse(text);
    assertThat(targets).hasSize(1);
    Target t = targets.get(0);
    assertThat(t.bound()).isEqualTo(Bound.AT_LEAST);
    assertThat(t.value()).isEqualByComparingTo(lower);
    assertThat(t.unit().symbol()).isEqualTo(unit);
    assertThat(t.upper()).hasValueSatisfying(u -> {
      assertThat(u.value()).isEqualByComparingTo(upper);
      assertThat(u.unit()).isEqualTo(t.unit());
    });
  }

  @Test
  void aRangeWithAComparatorKeepsTheComparatorAndBothEnds() {
    Target about = PARSER.parse("地区生产总值增长7%-7.5%左右").get(0);
    assertThat(about.bound()).isEqualTo(Bound.ABOUT);
    assertThat(about.upper().orElseThrow().value()).isEqualByComparingTo("7.5");
    Target ceiling = PARSER.parse("居民消费价格涨幅控制在3%-3.5%以内").get(0);
    assertThat(ceiling.bound()).isEqualTo(Bound.AT_MOST);
    assertThat(ceiling.value()).isEqualByComparingTo("3");
    assertThat(ceiling.upper().orElseThrow().value()).isEqualByComparingTo("3.5");
  }

  @Test
  void aSingleValueOrEqualEndsGiveNoUpperEnd() {
    assertThat(PARSER.parse("地区生产总值增长7.5%以上").get(0).upper()).isEmpty();
    assertThat(PARSER.parse("新建公厕15座，提升改造公厕22座")).allSatisfy(t -> assertThat(t.upper()).isEmpty());
    assertThat(PARSER.parse("增长6%-6%")).allSatisfy(t -> assertThat(t.upper()).isEmpty());
  }

  @Test
  void aRangeTargetTextShowsTheRange() {
    Target t = PARSER.parse("国内生产总值增长6%-6.5%的目标").get(0);
    assertThat(t.text()).startsWith("国内生产总值增长6%-6.5%");
    assertThat(t.describe()).isEqualTo("增长6%-6.5%");
  }
}
