package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found by the twenty-fourth round of probing (the probe tables prefixed aa, written
 * against b13f08e). Before its fix, each law failed thus:
 *
 * <ul>
 *   <li>a text set in ASCII punctuation (新增消防车辆6辆.已完成.) ran its sentences together: the claim
 *       after the full stop was no claim, and the stop stayed on the thing's name (参与人数.), which then
 *       matched no figure;
 *   <li>a step of the work done (已完成设备安装) before a clause foreseeing the work (预计11月底投运) was the
 *       work done;
 *   <li>a count followed by last year's (全年道路交通事故死亡42人，上年同期46人) left a target of a change in percent
 *       without evidence, though the two years give it;
 *   <li>things bought and then some of them put to work (已完成采购280辆，已交付投运196辆) were added up as two
 *       parts, 476, for a target of 280 new ones;
 *   <li>in a task, changes said 分别 after a list of amounts (接待国内游客4500万人次、实现旅游总收入520亿元，分别增长8%和10%)
 *       all went to the last amount's thing, so the first change was a second target of that thing and
 *       answered nothing;
 *   <li>kinds of the target's thing told 分别 with 和 before the last figure (新增风电、光伏装机分别为112万千瓦和205万千瓦
 *       for 新增新能源装机容量300万千瓦) were no parts of it: a list was joined by 、 alone, and its subject had to
 *       name the target's thing whole;
 *   <li>an event said not to have happened with 无 (辖区无孕产妇死亡, 全年无较大以上事故发生), or without the word a
 *       rate weighs it by (森林火灾受害率 ‖ 未发生森林火灾), was no zero for the ceiling on its count or rate;
 *   <li>a target in an aside that names the year it is set against (事故起数（年度目标：较上年下降10%）) was a
 *       target of nothing, since 较上年 was taken for the aside's own thing;
 *   <li>the base a rate counts per, in words in its name (十万人生产安全事故死亡率), was a second target of
 *       100000 people;
 *   <li>a difference from last year said after a level, with no subject of its own (补助标准达到600元，较上年提高20元),
 *       named nothing, so a target of the increase (提高30元，达到610元) took no figure;
 *   <li>a rate set at 100 % (行政村5G网络覆盖率达到100%) answered by all things covered (全县312个行政村实现5G网络全覆盖)
 *       had no figure.
 * </ul>
 */
class TwentiethRoundFormsTest {

  /** Rows of a task, a figure's sentence and a sentence after it; {@code %d} is the figure. */
  private static final String[][] ASCII_ROWS = {
      {"新增消防车辆%d辆", "新增消防车辆%d辆", "已完成"},
      {"举办健步走活动,参与人数不少于%d人", "参与群众%d人", "已完成年度任务"},
      {"新建村级综合文化服务中心%d个", "全年新建%d个", "均已投入使用"},
      {"完成地质灾害隐患点治理%d处", "完成治理%d处", "全面完成"}};

  @Test
  void anAsciiFullStopEndsASentenceAsTheChineseOneDoes() {
    qt().withExamples(200).forAll(integers().between(0, ASCII_ROWS.length - 1), integers().between(2, 900),
        integers().between(2, 900))
        .checkAssert((row, target, achieved) -> {
          String[] r = ASCII_ROWS[row];
          String task = String.format(r[0], target);
          String said = String.format(r[1], achieved);
          Task chinese = FormsOfWritingTest.extracted(task + "。", said + "。" + r[2] + "。");
          Task ascii = FormsOfWritingTest.extracted(task + ".", said + "." + r[2] + ".");
          assertThat(FormsOfWritingTest.pairs(ascii)).as(ascii.text() + " ‖ " + ascii.outcome().narrative())
              .isEqualTo(FormsOfWritingTest.pairs(chinese)).singleElement()
              .satisfies(pair -> assertThat(pair).matches(".* ← " + achieved + "\\D*"));
          assertThat(ascii.outcome().declaredStatus()).isEqualTo(chinese.outcome().declaredStatus());
          assertThat(ascii.outcome().measures().get(0).metric()).isEqualTo(chinese.outcome().measures().get(0).metric());
        });
  }

  private static final String[][] STEP_ROWS = {{"新建1座储能电站", "设备安装"}, {"建设城市书房3个", "装修和图书上架"},
      {"招聘医学类毕业生60名", "笔试面试"}, {"改造提升农贸市场2个", "钢结构吊装"}};
  private static final String[] AIMS = {"预计", "计划", "力争", "拟于"};
  private static final String[] FORESEEN = {"投运", "投入使用", "竣工", "建成", "开通", "完工"};

  @Test
  void aStepDoneBeforeTheWorkForeseenLeavesTheWorkRunning() {
    qt().withExamples(200).forAll(integers().between(0, STEP_ROWS.length - 1), integers().between(0, AIMS.length - 1),
        integers().between(0, FORESEEN.length - 1), integers().between(1, 12))
        .checkAssert((row, aim, verb, month) -> {
          String[] r = STEP_ROWS[row];
          String foreseen = "已完成" + r[1] + "，" + AIMS[aim] + month + "月底" + FORESEEN[verb] + "。";
          String done = "已完成" + r[1] + "，已于" + month + "月" + FORESEEN[verb] + "。";
          assertThat(FormsOfWritingTest.extracted(r[0], foreseen).outcome().cue()).as(foreseen).isEqualTo(Status.ONGOING);
          assertThat(FormsOfWritingTest.extracted(r[0], done).outcome().cue()).as(done).isEqualTo(Status.MET);
        });
  }

  private static final String[][] YEAR_ON_YEAR = {{"道路交通事故死亡人数", "人"}, {"生产安全事故起数", "起"},
      {"接待游客", "万人次"}, {"旅游总收入", "亿元"}};
  private static final String[] LAST_YEARS = {"，上年同期", "，去年同期", "（上年同期为", "，上年"};

  @Test
  void aFigureBesideLastYearsGivesTheChangeInPercent() {
    qt().withExamples(300).forAll(integers().between(0, YEAR_ON_YEAR.length * 2 - 1),
        integers().between(0, LAST_YEARS.length - 1), integers().between(10, 900), integers().between(10, 900))
        .checkAssert((rowAndWay, marker, now, last) -> {
          String[] r = YEAR_ON_YEAR[rowAndWay / 2];
          boolean falls = rowAndWay % 2 == 0;
          String task = r[0] + "同比" + (falls ? "下降" : "增长") + "5%";
          String narrative = "全年" + r[0] + now + r[1] + LAST_YEARS[marker] + last + r[1] + (marker == 2 ? "）。" : "。");
          // told in the target's terms (twenty-sixth round): a rise against a target of decline is a decline below zero
          BigDecimal change = BigDecimal.valueOf(falls ? last - now : now - last);
          String percent = change.multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(last), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly((falls ? "DECLINE" : "GROWTH") + " EXACTLY 5% ← " + percent + "%");
          Measure answer = read.outcome().measures().get(read.matches().get(0).measure().getAsInt());
          assertThat(answer.kind()).as(narrative).isEqualTo(falls ? Kind.DECLINE : Kind.GROWTH);
        });
  }

  private static final String[][] BOUGHT = {{"新增新能源公交车", "辆", "采购"}, {"新增救护车", "辆", "购置"},
      {"新增智能充电桩", "个", "采购"}};
  private static final String[] PUT_TO_WORK = {"交付投运", "交付使用", "投入使用", "投运"};

  @Test
  void thingsPutToWorkAreAmongThoseBoughtNotBesideThem() {
    qt().withExamples(200).forAll(integers().between(0, BOUGHT.length - 1), integers().between(0, PUT_TO_WORK.length - 1),
        integers().between(20, 400), integers().between(1, 100))
        .checkAssert((row, put, bought, share) -> {
          String[] r = BOUGHT[row];
          int working = Math.max(1, bought * share / 100);
          String task = r[0] + bought + r[1];
          String narrative = "已完成" + r[0].substring(2) + r[2] + bought + r[1] + "，已" + PUT_TO_WORK[put] + working + r[1] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).doesNotContain("← " + (bought + working) + r[1]));
        });
  }

  private static final String[][][] TWO_AMOUNTS = {
      {{"接待国内游客", "万人次", "COUNT"}, {"实现旅游总收入", "亿元", "AMOUNT"}},
      {{"发生生产安全事故", "起", "COUNT"}, {"死亡", "人", "COUNT"}},
      {{"完成固定资产投资", "亿元", "AMOUNT"}, {"引进市外资金", "亿元", "AMOUNT"}},
      {{"新能源汽车销量", "万辆", "COUNT"}, {"充电量", "亿千瓦时", "AMOUNT"}}};

  @Test
  void changesSaidRespectivelyAfterATasksListOfAmountsFollowItsOrder() {
    qt().withExamples(200).forAll(integers().between(0, TWO_AMOUNTS.length - 1), integers().between(1, 30),
        integers().between(1, 30), integers().between(1, 30))
        .checkAssert((row, first, second, achieved) -> {
          String[][] r = TWO_AMOUNTS[row];
          String task = r[0][0] + "100" + r[0][1] + "、" + r[1][0] + "200" + r[1][1] + "，分别增长" + first + "%和" + second + "%";
          String narrative = r[0][0] + "120" + r[0][1] + "，" + r[1][0] + "190" + r[1][1] + "，分别增长" + achieved + "%和"
              + (achieved + 1) + "%。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              r[0][2] + " EXACTLY 100" + r[0][1] + " ← 120" + r[0][1], r[1][2] + " EXACTLY 200" + r[1][1] + " ← 190" + r[1][1],
              "GROWTH EXACTLY " + first + "% ← " + achieved + "%", "GROWTH EXACTLY " + second + "% ← " + (achieved + 1) + "%");
        });
  }

  private static final String[][] KINDS_OF_THE_THING = {
      {"新增新能源装机容量", "新增风电、光伏装机", "万千瓦"},
      {"新增新型储能装机规模", "新增电化学、压缩空气储能装机", "万千瓦"},
      {"新增养老床位", "新增护理型、普通型养老床位", "张"}};
  private static final String[] LAST_JOINERS = {"和", "、", "及"};

  @Test
  void kindsOfTheTargetsThingToldRespectivelyAddUp() {
    qt().withExamples(200).forAll(integers().between(0, KINDS_OF_THE_THING.length * LAST_JOINERS.length - 1),
        integers().between(50, 900), integers().between(1, 500), integers().between(1, 500))
        .checkAssert((rowAndJoiner, target, first, second) -> {
          String[] r = KINDS_OF_THE_THING[rowAndJoiner / LAST_JOINERS.length];
          String task = r[0] + target + r[2];
          String narrative = "全年" + r[1] + "分别为" + first + r[2] + LAST_JOINERS[rowAndJoiner % LAST_JOINERS.length]
              + second + r[2] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← " + (first + second) + r[2]));
        });
  }

  private static final String[][] NONE_OF_THE_EVENT = {
      {"孕产妇死亡率控制在%d/10万以下", "辖区无孕产妇死亡", "0/10万"},
      {"森林火灾受害率控制在0.%d‰以内", "全年未发生森林火灾", "0‰"},
      {"较大以上生产安全事故控制在%d起以内", "全年无较大以上生产安全事故发生", "0起"},
      {"婴儿死亡率控制在%d‰以内", "全县无婴儿死亡", "0‰"}};

  @Test
  void anEventSaidNotToHaveHappenedIsZeroForItsCeiling() {
    qt().withExamples(100).forAll(integers().between(0, NONE_OF_THE_EVENT.length - 1), integers().between(1, 9))
        .checkAssert((row, ceiling) -> {
          String[] r = NONE_OF_THE_EVENT[row];
          String task = String.format(r[0], ceiling);
          Task read = FormsOfWritingTest.extracted(task, r[1] + "。");
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + r[1]).singleElement()
              .satisfies(pair -> assertThat(pair).endsWith("← " + r[2]));
        });
  }

  @Test
  void noneSaidOnceIsOneZero() {
    Task read = FormsOfWritingTest.extracted("较大以上安全事故控制在1起以内", "全年较大以上安全事故无一发生。");
    assertThat(read.outcome().measures()).singleElement()
        .satisfies(zero -> assertThat(zero.quantity().format()).isEqualTo("0起"));
  }

  @Test
  void aThingWithoutSomethingIsNoEventThatDidNotHappen() {
    Task read = FormsOfWritingTest.extracted("生产安全事故死亡人数控制在5人以内", "推进无障碍设施建设，完成无害化处理。");
    assertThat(read.outcome().measures()).isEmpty();
  }

  private static final String[] INDICATORS = {"文化旅游领域安全生产事故起数", "规模以上工业增加值", "接待游客人次", "单位GDP能耗"};
  private static final String[] AGAINST = {"较上年", "比上年", "同比", "较去年"};

  @Test
  void aTargetInAnAsideSetAgainstLastYearIsTheIndicatorsOutside() {
    qt().withExamples(200).forAll(integers().between(0, INDICATORS.length * 2 - 1), integers().between(0, AGAINST.length - 1),
        integers().between(1, 20), integers().between(0, 1))
        .checkAssert((indicatorAndWay, against, change, parentheses) -> {
          String indicator = INDICATORS[indicatorAndWay / 2];
          String way = indicatorAndWay % 2 == 0 ? "下降" : "增长";
          String open = parentheses == 0 ? "（" : "(";
          String close = parentheses == 0 ? "）" : ")";
          String colon = parentheses == 0 ? "：" : ":";
          Task plain = FormsOfWritingTest.extracted(indicator + open + "年度目标" + colon + way + change + "%" + close, "");
          Task set = FormsOfWritingTest.extracted(
              indicator + open + "年度目标" + colon + AGAINST[against] + way + change + "%" + close, "");
          assertThat(set.targets()).as(set.text()).hasSize(1);
          assertThat(set.targets().get(0).metric()).as(set.text()).isEqualTo(plain.targets().get(0).metric()).isNotEmpty();
          assertThat(set.targets().get(0).kind()).isEqualTo(plain.targets().get(0).kind());
        });
  }

  private static final String[] BASES = {"十万人", "万人", "百万人", "十万人口"};
  private static final String[] RATES = {"生产安全事故死亡率", "法定传染病发病率", "火灾死亡率"};

  @Test
  void theBaseOfARateInItsNameIsNoTarget() {
    qt().withExamples(100).forAll(integers().between(0, BASES.length - 1), integers().between(0, RATES.length - 1),
        integers().between(1, 50), integers().between(1, 50))
        .checkAssert((base, rate, ceiling, achieved) -> {
          String name = BASES[base] + RATES[rate];
          String task = "工矿商贸就业人员" + name + "不超过" + FormsOfWritingTest.tenths(ceiling);
          String narrative = name + "为" + FormsOfWritingTest.tenths(achieved) + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "LEVEL AT_MOST " + FormsOfWritingTest.tenths(ceiling) + " ← " + FormsOfWritingTest.tenths(achieved));
        });
  }

  private static final String[] STANDARDS = {"人均财政补助标准", "城乡居民基础养老金最低标准", "农村低保标准"};
  private static final String[] SINCE_LAST_YEAR = {"较上年", "比上年", "比去年", "同比"};

  @Test
  void aDifferenceFromLastYearAfterALevelIsOfTheLevelsThing() {
    qt().withExamples(200).forAll(integers().between(0, STANDARDS.length * SINCE_LAST_YEAR.length - 1),
        integers().between(10, 90), integers().between(10, 90), integers().between(300, 900))
        .checkAssert((row, increase, achieved, level) -> {
          String thing = STANDARDS[row % STANDARDS.length];
          String task = thing + "提高" + increase + "元，达到" + (level + increase) + "元";
          String narrative = thing + "达到" + (level + achieved) + "元，" + SINCE_LAST_YEAR[row / STANDARDS.length] + "提高"
              + achieved + "元。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).containsExactly(
              "GROWTH EXACTLY " + increase + "元 ← " + achieved + "元",
              "AMOUNT EXACTLY " + (level + increase) + "元 ← " + (level + achieved) + "元");
        });
  }

  private static final String[][] COVERED = {{"行政村5G网络覆盖率", "全县%d个行政村实现5G网络全覆盖"},
      {"乡镇综合文化站覆盖率", "全市%d个乡镇已实现综合文化站全覆盖"},
      {"灾害信息员配备率", "全区%d个社区实现灾害信息员全覆盖"}};
  private static final String[] NOT_YET = {"尚未", "基本", "力争年底"};

  @Test
  void allThingsCoveredIsAHundredPercent() {
    qt().withExamples(100).forAll(integers().between(0, COVERED.length - 1), integers().between(0, NOT_YET.length - 1),
        integers().between(5, 900))
        .checkAssert((row, notYet, things) -> {
          String[] r = COVERED[row];
          String task = r[0] + "达到100%";
          String covered = String.format(r[1], things) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, covered))).as(task + " ‖ " + covered)
              .containsExactly("LEVEL EXACTLY 100% ← 100%");
          String notCovered = covered.replace("实现", NOT_YET[notYet] + "实现").replace("已", "");
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, notCovered))).as(task + " ‖ " + notCovered)
              .containsExactly("LEVEL EXACTLY 100% ← -");
        });
  }
}
