package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Report;
import io.github.workreport.Target;
import io.github.workreport.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms that round-ups of a year's quantified targets use (a national or city report on
 * its 量化指标, reposted in simplified or traditional characters): a scaled number before its counted
 * noun (完成1240万农村贫困人口脱贫任务) is a figure of that scale; classes of projects by size (亿元及以上,
 * 10亿元以上) nest and are never added up as parts; 及以上 says what 以上 says; the 负 of 税负 is no
 * minus sign; 至少 before the verb of a change bounds it as 以上 after the number does (年内至少降低30%);
 * and a table whose header and cells are in traditional characters reads as its simplified original.
 */
class NationalRoundUpFormsTest {
  private static final String[] COUNTED = {"农村贫困人口脱贫", "城镇新增就业人口", "农业转移人口落户", "棚户区改造居民搬迁", "退役军人安置"};
  private static final String[] VERBS = {"完成", "实现", "推动"};

  @Test
  void aScaledFigureBeforeItsCountedNounPairsWithATargetOfThatScale() {
    qt().withExamples(200).forAll(integers().between(0, COUNTED.length - 1), integers().between(0, VERBS.length - 1),
        integers().between(100, 2_000), integers().between(100, 2_000))
        .checkAssert((noun, verb, target, achieved) -> {
          String text = VERBS[verb] + target + "万以上" + COUNTED[noun] + "任务";
          String narrative = "2020年，" + VERBS[verb] + achieved + "万" + COUNTED[noun] + "任务。";
          Task task = MatchingPropertiesTest.extracted(text, narrative);
          assertThat(MatchingPropertiesTest.paired(task)).as(text + " / " + narrative).containsExactly(achieved + "万");
        });
  }

  @Test
  void classesBySizeNestAndAreNeverAddedUp() {
    qt().withExamples(200).forAll(integers().between(2, 11), integers().between(2, 50), integers().between(20, 300),
        integers().between(1, 19))
        .checkAssert((smallAndJi, largeFactor, whole, inLarge) -> {
          int small = smallAndJi / 2;
          int withJi = smallAndJi % 2;
          int large = small * largeFactor;
          String text = "引进" + small + "亿元以上项目" + whole + "个";
          String narrative = "引进" + small + "亿元" + (withJi == 1 ? "及" : "") + "以上项目" + whole + "个，" + large
              + "亿元以上项目" + inLarge + "个。";
          Task task = MatchingPropertiesTest.extracted(text, narrative);
          assertThat(MatchingPropertiesTest.paired(task)).as(text + " / " + narrative).containsExactly(whole + "个");
        });
  }

  private static final String[] BURDENS = {"再减少企业税负", "为企业减负", "减轻企业和个人税负", "減輕企業稅負"};

  @Test
  void aBurdenBeforeAFigureIsNoMinusSign() {
    qt().withExamples(200).forAll(integers().between(0, BURDENS.length - 1), integers().between(1, 9_999),
        integers().between(1, 99))
        .checkAssert((burden, amount, growth) -> {
          String text = BURDENS[burden] + amount + "亿元左右";
          List<Target> targets = MatchingPropertiesTest.extracted(text, "").targets();
          assertThat(targets).as(text).hasSize(1);
          assertThat(targets.get(0).quantity().value().signum()).as(text).isPositive();
          String negative = "规模以上工业增加值增长负" + growth + "%";
          Task task = MatchingPropertiesTest.extracted("规模以上工业增加值增长5%", negative);
          assertThat(MatchingPropertiesTest.paired(task)).as(negative).containsExactly("-" + growth + "%");
        });
  }

  private static final String[] CHANGES = {"移动网络流量平均资费年内", "单位国内生产总值能耗", "规模以上工业增加值", "研发经费投入"};
  private static final String[] VERBS_OF_CHANGE = {"降低", "下降", "增长", "提高"};

  @Test
  void atLeastBeforeTheVerbBoundsTheChangeAsAfterTheNumber() {
    qt().withExamples(200).forAll(integers().between(0, CHANGES.length - 1), integers().between(0, VERBS_OF_CHANGE.length - 1),
        integers().between(1, 60), integers().between(0, 1))
        .checkAssert((subject, verb, percent, adverb) -> {
          String before = CHANGES[subject] + (adverb == 0 ? "至少" : "最少") + VERBS_OF_CHANGE[verb] + percent + "%";
          String after = CHANGES[subject] + VERBS_OF_CHANGE[verb] + percent + "%以上";
          List<Target> bounded = MatchingPropertiesTest.extracted(before, "").targets();
          assertThat(bounded).as(before).hasSize(1);
          Target expected = MatchingPropertiesTest.extracted(after, "").targets().get(0);
          assertThat(bounded.get(0).bound()).as(before).isEqualTo(expected.bound()).isEqualTo(io.github.workreport.Bound.AT_LEAST);
          assertThat(bounded.get(0).kind()).as(before).isEqualTo(expected.kind());
        });
  }

  private static final String SIMPLIFIED_TABLE = String.join("\n",
      "国务院公布2016年《政府工作报告》量化指标任务落实情况",
      "",
      "主要任务\t责任单位\t进展情况",
      "1. 国内生产总值增长6.5%—7%\t国家发展改革委\t去年国内生产总值增长6.7%。",
      "2. 城镇新增就业1000万人以上\t人力资源社会保障部\t去年全国城镇新增就业1314万人，完成目标任务的131.4%。",
      "3. 城镇登记失业率4.5%以内\t人社部\t去年末城镇登记失业率为4.02%，低于4.5%的控制目标。",
      "4. 新增高效节水灌溉面积2000万亩\t水利部\t实际新增高效节水灌溉面积达2182万亩。",
      "");

  /** The table as a site reposting it in traditional characters has it. */
  private static final String TRADITIONAL_TABLE = String.join("\n",
      "國務院公布2016年《政府工作報告》量化指標任務落實情況",
      "",
      "主要任務\t責任單位\t進展情況",
      "1. 國內生產總值增長6.5%—7%\t國家發展改革委\t去年國內生產總值增長6.7%。",
      "2. 城鎮新增就業1000萬人以上\t人力資源社會保障部\t去年全國城鎮新增就業1314萬人，完成目標任務的131.4%。",
      "3. 城鎮登記失業率4.5%以內\t人社部\t去年末城鎮登記失業率為4.02%，低於4.5%的控制目標。",
      "4. 新增高效節水灌溉面積2000萬畝\t水利部\t實際新增高效節水灌溉面積達2182萬畝。",
      "");

  @Test
  void aTableInTraditionalCharactersReadsAsItsSimplifiedOriginal() {
    Report simplified = TableText.read(SIMPLIFIED_TABLE, "simplified.txt");
    Report traditional = TableText.read(TRADITIONAL_TABLE, "traditional.txt");
    assertThat(traditional.tasks()).hasSize(4);
    assertThat(figures(traditional)).isEqualTo(figures(simplified))
        .containsExactly("6.5%-7% ← 6.7%", "1000万人 ← 1314万人", "4.5% ← 4.02%", "2000万亩 ← 2182万亩");
    assertThat(traditional.tasks().get(0).responsibleUnits()).containsExactly("國家發展改革委");
  }

  /** Per task, its first target and the figure paired with it. */
  private static List<String> figures(Report report) {
    List<String> out = new ArrayList<>();
    for (Task task : report.tasks()) {
      Target target = task.targets().get(0);
      List<String> paired = MatchingPropertiesTest.paired(task);
      out.add(target.quantity().format() + (target.upper().isPresent() ? "-" + target.upper().get().format() : "")
          + " ← " + paired.get(0));
    }
    return out;
  }
}
