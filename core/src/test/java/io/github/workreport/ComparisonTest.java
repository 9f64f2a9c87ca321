package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.rules.Classifier;
import io.github.workreport.text.TableText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Reports#compare} on real reports: the bundled Baqiao 2020 year end against a half-year
 * version of it written here (lower numbers, one task reworded with a lower target, one left out
 * of the year end, one new in it, the section renumbered), and the development set's reports
 * against each other.
 */
class ComparisonTest {
  private static final Classifier CLASSIFIER = Classifier.standard();
  /** A number with a unit in a narrative: what the half year had less of. */
  private static final Pattern AMOUNT = Pattern.compile(
      "(\\d+(?:\\.\\d+)?)(\\s*)(%|万元|亿元|元|座|个|家|辆|公里|千米|万平方米|平方米|万亩|亩|户|所|条|处|吨|套|栋|场|名|人次|人)");
  private static final String LEFT_OUT_OF_YEAR_END = "96. 试点建设智慧停车场5处。\t区城市管理局\t已完成选址2处。";

  private static Report yearEnd;
  private static Report halfYear;

  @BeforeAll
  static void read() {
    yearEnd = CLASSIFIER.classify(TableText.read(resource("/baqiao-2020.txt"), "baqiao-2020.txt"));
    halfYear = CLASSIFIER.classify(TableText.read(halfYearText().getBytes(StandardCharsets.UTF_8), "baqiao-2020-h1.txt"));
  }

  /**
   * The bundled report as its half-year version might read: the title says 上半年; every amount in
   * the narratives is 60% of the year end's; task 已完成 2 still has its first target (增长 7% where
   * the year end says 8%); task 已完成 3 is not yet listed, so the rest of its section is numbered
   * one lower; and a task the year end leaves out closes the section.
   */
  static String halfYearText() {
    String seed = new String(resource("/baqiao-2020.txt"), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(seed.lines().collect(Collectors.toList()));
    boolean completedSection = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.contains("工作任务分解表")) {
        lines.set(i, line.replace("工作任务分解表", "工作任务分解表上半年落实情况"));
        continue;
      }
      if (line.startsWith("已完成")) {
        completedSection = true;
      } else if (line.startsWith("持续推进")) {
        completedSection = false;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 3) {
        continue;
      }
      cells[2] = lower(cells[2]);
      Matcher number = Pattern.compile("^(\\d+)\\.").matcher(cells[0]);
      if (completedSection && number.find()) {
        int n = Integer.parseInt(number.group(1));
        if (n == 2) {
          cells[0] = cells[0].replace("增长 8%以上", "增长 7%以上");
        } else if (n == 3) {
          lines.set(i, null);
          continue;
        } else if (n > 3) {
          cells[0] = (n - 1) + cells[0].substring(number.end(1));
        }
      }
      lines.set(i, String.join("\t", cells));
    }
    int end = lines.indexOf(lines.stream().filter(l -> l != null && l.startsWith("持续推进")).findFirst().orElseThrow());
    lines.add(end, LEFT_OUT_OF_YEAR_END);
    return lines.stream().filter(l -> l != null).collect(Collectors.joining("\n"));
  }

  /** Every amount at 60%, to as many decimals as it had. */
  private static String lower(String narrative) {
    Matcher m = AMOUNT.matcher(narrative);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      BigDecimal value = new BigDecimal(m.group(1));
      BigDecimal lowered = value.multiply(new BigDecimal("0.6")).setScale(value.scale(), RoundingMode.HALF_UP);
      m.appendReplacement(out, Matcher.quoteReplacement(lowered.toPlainString() + m.group(2) + m.group(3)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static byte[] resource(String name) {
    try (InputStream in = ComparisonTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Report dev(String name) {
    return CLASSIFIER.classify(TableText.read(resource("/dev/" + name), name));
  }

  // --- the bundled report against its half year ----------------------------------------------

  @Test
  void theHalfYearVersionReadsAsAProgressReport() {
    assertThat(halfYear.period()).map(Period::asOf).contains(YearMonth.of(2020, 6));
    assertThat(halfYear.tasks()).hasSize(107);
  }

  @Test
  void everyTaskPairsWithTheOneItContinuesDespiteRenumberingAndRewording() {
    Comparison c = Reports.compare(halfYear, yearEnd);
    assertThat(c.pairs()).hasSize(106);
    for (Comparison.Pair pair : c.pairs()) {
      Task later = pair.later();
      int expected = later.section().equals(Optional.of("已完成")) && later.number() > 3 ? later.number() - 1 : later.number();
      assertThat(pair.earlier().ref()).as("the half-year task paired with %s", later.ref())
          .isEqualTo(later.section().orElse("") + " " + expected);
    }
    assertThat(c.leftOut()).extracting(Task::number).containsExactly(96);
    assertThat(c.added()).extracting(Task::ref).containsExactly("已完成 3");
    Comparison.Pair renumbered = pairOf(c, "已完成 4");
    assertThat(renumbered.renumbered()).isTrue();
    assertThat(renumbered.reworded()).isFalse();
    assertThat(renumbered.similarity()).isEqualTo(1.0);
    Comparison.Pair reworded = pairOf(c, "已完成 2");
    assertThat(reworded.renumbered()).isFalse();
    assertThat(reworded.reworded()).isTrue();
    assertThat(reworded.similarity()).isBetween(0.5, 1.0);
  }

  @Test
  void aRevisedTargetAndTheValuesWithTheirChange() {
    Comparison c = Reports.compare(halfYear, yearEnd);
    Comparison.TargetChange investment = pairOf(c, "已完成 2").targets().get(0);
    assertThat(investment.isRevised()).isTrue();
    assertThat(investment.earlier().orElseThrow().target().quantity()).isEqualTo(Quantity.parse("7%"));
    assertThat(investment.later().orElseThrow().target().quantity()).isEqualTo(Quantity.parse("8%"));
    // 固定资产投资同比增长 9.2% at the year end, 5.5% (60%, one decimal) at the half year.
    assertThat(investment.achievedBefore()).map(Measure::quantity).contains(Quantity.parse("5.5%"));
    assertThat(investment.achievedAfter()).map(Measure::quantity).contains(Quantity.parse("9.2%"));
    assertThat(investment.change()).contains(Quantity.parse("3.7个百分点"));

    Comparison.TargetChange gdp = pairOf(c, "已完成 4").targets().get(0);
    assertThat(gdp.isRevised()).isFalse();
    assertThat(gdp.change()).contains(Quantity.parse("3.4个百分点")); // 5.1% → 8.5%
    assertThat(gdp.toString()).isEqualTo("地区生产总值 增长 ≥ 7.5%: 5.1% → 8.5% (+3.4个百分点)");
  }

  @Test
  void statusesMoveFromOngoingToDoneAndClaimsBecomeSupported() {
    Comparison c = Reports.compare(halfYear, yearEnd);
    // Half-way through the year a shortfall is 持续推进; at the year end the same task is done.
    Comparison.Pair gdp = pairOf(c, "已完成 4");
    assertThat(gdp.earlier().status()).isEqualTo(Status.ONGOING);
    assertThat(gdp.later().status()).isEqualTo(Status.EXCEEDED);
    assertThat(gdp.improved()).isTrue();
    assertThat(gdp.claim()).isEqualTo(Comparison.ClaimChange.BECAME_SUPPORTED);
    assertThat(c.count(Status.ONGOING, Status.MET) + c.count(Status.ONGOING, Status.EXCEEDED)).isGreaterThan(10);
    // A qualitative task with no number moves nowhere.
    Comparison.Pair qualitative = pairOf(c, "已完成 9");
    assertThat(qualitative.later().targets()).isEmpty();
    assertThat(qualitative.hasMoved()).isFalse();
    assertThat(c.moved()).contains(gdp).doesNotContain(qualitative);
    // Counted both ways, the transitions add up to the pairs.
    int total = 0;
    for (Status from : Status.values()) {
      for (Status to : Status.values()) {
        total += c.count(from, to);
      }
    }
    assertThat(total).isEqualTo(c.pairs().size());
  }

  @Test
  void aTaskWhoseClaimTheNumbersStopSupportingIsSaidSo() {
    // The other way round: the year end first, then the half year, as if the numbers had fallen.
    Comparison c = Reports.compare(yearEnd, halfYear);
    Comparison.Pair gdp = c.pairs().stream().filter(p -> p.later().ref().equals("已完成 3")).findFirst().orElseThrow();
    assertThat(gdp.earlier().ref()).isEqualTo("已完成 4");
    assertThat(gdp.worsened()).isTrue();
    assertThat(gdp.claim()).isEqualTo(Comparison.ClaimChange.STOPPED_BEING_SUPPORTED);
    assertThat(gdp.targets().get(0).change()).contains(Quantity.parse("-3.4个百分点"));
    assertThat(c.added()).extracting(Task::number).containsExactly(96);
  }

  @Test
  void theMovementsSayTheClaimFirstThenEachTargetThatMoved() {
    Comparison.Pair gdp = pairOf(Reports.compare(halfYear, yearEnd), "已完成 4");
    List<String> movements = gdp.movements();
    assertThat(movements.get(0)).isEqualTo("申报得到数值支持");
    assertThat(movements.subList(1, movements.size())).containsAll(
        gdp.targets().stream().filter(Comparison.TargetChange::hasMoved).map(Object::toString).toList());
    Comparison.Pair back = Reports.compare(yearEnd, halfYear).pairs().stream()
        .filter(p -> p.later().ref().equals("已完成 3")).findFirst().orElseThrow();
    assertThat(back.movements().get(0)).isEqualTo("申报不再得到数值支持");
    assertThat(pairOf(Reports.compare(halfYear, yearEnd), "已完成 9").movements()).isEmpty();
  }

  @Test
  void aTargetThatBecomesARangeIsRevisedAndSaysBothEnds() {
    String later = new String(resource("/dev/21_national-2019-targets.txt"), StandardCharsets.UTF_8);
    assertThat(later).contains("增长6%-6.5%");
    Report single = CLASSIFIER.classify(TableText.read(
        later.replace("增长6%-6.5%", "增长6%").getBytes(StandardCharsets.UTF_8), "earlier.txt"));
    Report range = dev("21_national-2019-targets.txt");
    Comparison.TargetChange gdp = Reports.compare(single, range).pairs().get(0).targets().get(0);
    assertThat(gdp.isRevised()).isTrue();
    assertThat(gdp.toString()).contains(" 增长 6%-6.5%: 目标 6% → 6%-6.5%; 6.1% → 6.1%");
    assertThat(Reports.compare(range, range).pairs().get(0).targets().get(0).isRevised()).isFalse();
  }

  @Test
  void theDecidingTargetIsAVerifiedLineOfTheTasksStatus() {
    for (Task task : yearEnd.tasks()) {
      Assessment a = task.assessment().orElseThrow();
      if (a.targets().isEmpty()) {
        assertThat(a.decidingTarget()).isEmpty();
      } else if (a.targets().stream().anyMatch(l -> l.isVerified() && l.status() == a.status())) {
        assertThat(a.decidingTarget()).get().matches(l -> l.isVerified() && l.status() == a.status());
      } else {
        assertThat(a.decidingTarget()).isPresent();
      }
    }
  }

  @Test
  void theToStringsTellWhatMoved() {
    Comparison c = Reports.compare(halfYear, yearEnd);
    assertThat(c.toString()).startsWith("Comparison[灞桥区 2020-06 (上半年) → 灞桥区 2020-12 (全年): 106 paired, ")
        .endsWith(" 1 left out, 1 new]");
    assertThat(pairOf(c, "已完成 4").toString())
        .isEqualTo("已完成 3 → 已完成 4: 持续推进 → 超额完成; BECAME_SUPPORTED; 地区生产总值 增长 ≥ 7.5%: 5.1% → 8.5% (+3.4个百分点)");
  }

  private static Comparison.Pair pairOf(Comparison c, String laterRef) {
    return c.pairs().stream().filter(p -> p.later().ref().equals(laterRef)).findFirst().orElseThrow();
  }

  // --- the development set ---------------------------------------------------------------------

  @Test
  void reportsOfOtherPlacesShareOnlyTheIndicatorBothNameThoughTheirNumbersMatch() {
    // Xianning's half year (12 tasks) and Wenzhou's year end (11), numbered 1 to 11 on both sides:
    // the one pair is task 3 of both, 固定资产投资 in either; 地区生产总值 (task 1 of both) is worded
    // too differently (全市地区生产总值增长 and 全市生产总值4620亿元) to pair.
    Report xianning = dev("02_xianning-2020-h1.txt");
    Report wenzhou = dev("16_wenzhou-2015-annual.txt");
    Comparison c = Reports.compare(xianning, wenzhou);
    assertThat(c.pairs()).singleElement().satisfies(p -> {
      assertThat(p.earlier().text()).contains("固定资产投资");
      assertThat(p.later().text()).contains("固定资产投资");
      assertThat(p.renumbered()).isFalse();
      assertThat(p.similarity()).isBetween(0.25, 0.5);
    });
    assertThat(c.leftOut()).hasSize(xianning.tasks().size() - 1);
    assertThat(c.added()).hasSize(wenzhou.tasks().size() - 1);
  }

  @Test
  void aDevelopmentReportAgainstItsYearEndWrittenHere() {
    // Xianning's half year, and its year end as the test writes it: the growth rates reached by
    // December, the CPI over its ceiling, one task dropped. What moved is what was changed.
    Report h1 = dev("02_xianning-2020-h1.txt");
    String text = new String(resource("/dev/02_xianning-2020-h1.txt"), StandardCharsets.UTF_8)
        .replace("上半年完成情况", "全年完成情况")
        .replace("上半年,全市地区生产总值增长-17.5%", "全年,全市地区生产总值增长-4.9%")
        .replace("进出口总额增长5.1%", "进出口总额增长6.5%")
        .replace("居民消费价格涨幅3.7%", "居民消费价格涨幅3.1%")
        .lines().filter(l -> !l.startsWith("10. ")).collect(Collectors.joining("\n"));
    Report year = CLASSIFIER.classify(TableText.read(text.getBytes(StandardCharsets.UTF_8), "xianning-2020.txt"));
    assertThat(year.period()).map(Period::isYearEnd).contains(true);
    Comparison c = Reports.compare(h1, year);
    assertThat(c.pairs()).hasSize(11);
    assertThat(c.leftOut()).extracting(Task::number).containsExactly(10);
    assertThat(c.added()).isEmpty();
    Map<Integer, Comparison.Pair> byNumber = c.pairs().stream().collect(Collectors.toMap(p -> p.later().number(), Function.identity()));
    assertThat(byNumber.get(1).targets().get(0).change()).contains(Quantity.parse("12.6个百分点"));
    assertThat(byNumber.get(6).earlier().status()).isEqualTo(Status.BASICALLY_MET); // 5.1% of 6%
    assertThat(byNumber.get(6).later().status()).isEqualTo(Status.EXCEEDED);
    assertThat(byNumber.get(7).later().status()).isEqualTo(Status.MET);
    // Values the year end repeats from the half year did not move, whatever the statuses did.
    assertThat(byNumber.get(12).targets()).noneMatch(Comparison.TargetChange::achievedMoved);
    assertThat(byNumber.get(2).targets()).noneMatch(Comparison.TargetChange::achievedMoved);
  }

  // --- laws ------------------------------------------------------------------------------------

  @Test
  void aReportComparedWithItselfPairsEveryTaskWithItselfAndNothingMoves() {
    for (Report report : List.of(yearEnd, halfYear, dev("05_yueyanglou-2017-jan-aug.txt"), dev("21_national-2019-targets.txt"))) {
      Comparison c = Reports.compare(report, report);
      assertThat(c.pairs()).hasSize(report.tasks().size());
      assertThat(c.pairs()).allMatch(p -> p.earlier() == p.later() && !p.hasMoved() && p.similarity() == 1.0);
      assertThat(c.leftOut()).isEmpty();
      assertThat(c.added()).isEmpty();
    }
  }

  @Test
  void pairingIsOneToOneAndAccountsForEveryTask() {
    // Any two slices of the two versions: each task is paired once, left out, or new.
    List<Task> a = halfYear.tasks();
    List<Task> b = yearEnd.tasks();
    qt().withExamples(40).forAll(integers().between(0, a.size()), integers().between(0, a.size()),
            integers().between(0, b.size()), integers().between(0, b.size()))
        .check((a1, a2, b1, b2) -> {
          Report earlier = halfYear.withTasks(a.subList(Math.min(a1, a2), Math.max(a1, a2)));
          Report later = yearEnd.withTasks(b.subList(Math.min(b1, b2), Math.max(b1, b2)));
          Comparison c = Reports.compare(earlier, later);
          long distinctEarlier = c.pairs().stream().map(p -> System.identityHashCode(p.earlier())).distinct().count();
          return distinctEarlier == c.pairs().size()
              && c.pairs().size() + c.leftOut().size() == earlier.tasks().size()
              && c.pairs().size() + c.added().size() == later.tasks().size();
        });
  }

  @Test
  void tenThousandTasksPairInWellUnderASecondPerThousand() {
    // The bundled tasks repeated 94 times (10 058 tasks) on each side: many near-identical texts,
    // the worst case for the index of rare bigrams.
    List<Task> many = new ArrayList<>();
    for (int copy = 0; copy < 94; copy++) {
      for (Task t : yearEnd.tasks()) {
        many.add(t.withNumber(many.size() + 1).withSection(Optional.empty()));
      }
    }
    Report big = yearEnd.withTasks(many);
    long start = System.nanoTime();
    Comparison c = Reports.compare(big, big);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(c.pairs()).hasSize(many.size());
    assertThat(c.pairs()).allMatch(p -> p.earlier() == p.later());
    assertThat(millis).as("milliseconds to pair %s tasks", many.size()).isLessThan(20_000);
  }
}
