package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left by round bx (written against 73aeaffe) and found by round by (against 008c3805). Before its fix,
 * each law failed thus:
 *
 * <ul>
 *   <li>round bx: a target naming two things joined by 和 (选聘普查指导员和普查员不少于560名), told by one figure for each
 *       (全县共选聘普查指导员126名、普查员451名), took the first figure alone: only a list joined by 、 was split into
 *       the things its figures add up, and a total word after the place (全县共) made the first figure a total;
 *   <li>round by (written against 008c3805): a count of the places a thing was set up in (在12个乡镇建成便民服务站36个,
 *       已在全县14家银行机构设立便民服务点26个) answered the target of the things set up, as its words ran on to the
 *       next figure's: the two shared one stretch of text and the first came first;
 *   <li>a title naming a plan's span of years before the year reported (三年行动计划（2023—2025年）2024年度…) gave the
 *       report the span's last year, so a year-end report of the plan's second year was read at the plan's deadline.
 * </ul>
 */
class ThirtyFourthRoundFormsTest {

  /** Two kinds of people or things a target names joined by 和, with the verb that counts them. */
  private static final String[][] TWO_JOINED = {{"选聘", "普查指导员", "普查员", "名"}, {"配备", "专职网格员", "兼职网格员", "名"},
      {"建成", "村级服务站", "社区服务站", "个"}};

  private static final String[] WHOLE_PLACES = {"全县", "全市", "全区"};

  @Test
  void twoThingsJoinedBy和AreTheSumOfTheirFigures() {
    qt().withExamples(60).forAll(integers().between(0, TWO_JOINED.length - 1), integers().between(0, 2),
        integers().between(100, 200), integers().between(400, 500)).checkAssert((i, place, first, second) -> {
          String[] form = TWO_JOINED[i];
          Task read = FormsOfWritingTest.extracted(form[0] + form[1] + "和" + form[2] + "不少于560" + form[3] + "。",
              WHOLE_PLACES[place] + "共" + form[0] + form[1] + first + form[3] + "、" + form[2] + second + form[3]
                  + "，组织培训2期。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "COUNT AT_LEAST 560" + form[3] + " ← " + (first + second) + form[3]);
        });
  }

  /** Places, their classifier, things set up in them, and the things' classifier. */
  private static final String[][] PLACES_AND_THINGS = {{"乡镇", "个", "建成", "便民服务站", "个"},
      {"银行机构", "家", "设立", "便民服务点", "个"}, {"中小学校", "所", "建成", "心理辅导室", "间"}};

  @Test
  void aCountOfThePlacesThingsAreSetUpInIsNotTheirCount() {
    qt().withExamples(60).forAll(integers().between(0, PLACES_AND_THINGS.length - 1), integers().between(8, 19),
        integers().between(20, 45)).checkAssert((i, places, things) -> {
          String[] form = PLACES_AND_THINGS[i];
          Task read = FormsOfWritingTest.extracted(form[2] + form[3] + "不少于30" + form[4] + "。",
              "已在全县" + places + form[1] + form[0] + form[2] + form[3] + things + form[4] + "，服务群众1.2万人次。");
          assertThat(FormsOfWritingTest.pairs(read)).as(read.text()).containsExactly(
              "COUNT AT_LEAST 30" + form[4] + " ← " + things + form[4]);
        });
  }

  /** A guard: a target counting the places themselves still takes their count. */
  @Test
  void aTargetCountingThePlacesTakesTheirCount() {
    Task read = FormsOfWritingTest.extracted("便民服务覆盖乡镇不少于10个。", "已在全县12个乡镇建成便民服务站36个。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT AT_LEAST 10个 ← 12个");
  }

  /** A guard: a target in the same form keeps the places' count as its own (在30个老旧小区配建充电桩). */
  @Test
  void aTargetInTheSameFormTakesThePlacesCount() {
    Task read = FormsOfWritingTest.extracted("在30个老旧小区配建居民自用充电桩不少于1500个。", "在34个老旧小区改造中同步配建充电桩1620个。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT EXACTLY 30个 ← 34个", "COUNT AT_LEAST 1500个 ← 1620个");
  }

  private static final String[] DASHES = {"—", "-", "－", "至", "～"};

  @Test
  void aTitleGivesTheYearReportedNotTheEndOfThePlansSpan() {
    qt().withExamples(60).forAll(integers().between(2018, 2030), integers().between(0, 2),
        integers().between(0, DASHES.length - 1)).checkAssert((first, offset, dash) -> {
          int reported = first + offset;
          String span = first + DASHES[dash] + (first + 2) + "年";
          assertThat(ReportTitle.parse("鹤汀市中医药振兴发展三年行动计划（" + span + "）" + reported + "年度主要指标完成情况").year())
              .hasValue(reported);
          assertThat(ReportTitle.parse("鹤汀市中医药振兴发展三年行动计划（" + span + "）实施情况").year()).hasValue(first + 2);
        });
  }
}
