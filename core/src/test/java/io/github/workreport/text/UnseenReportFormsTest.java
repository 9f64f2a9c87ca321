package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Period;
import io.github.workreport.Status;
import io.github.workreport.Task;
import io.github.workreport.rules.Classifier;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms met in progress tables of other places (county 民生实事 tables with a 当前进度 column,
 * provincial mid-year round-ups, monthly 进展情况 sheets): the month a title names right after its
 * year or before a word of progress; a share of the year's task, or a progress column's bare
 * percentage, that says the task is still running; a whole-task word with a count after it, which
 * counts parts and claims nothing; a target that is itself a completion rate; and a percent an
 * item names in parentheses (城镇登记失业率低于（%）4.3), the unit of its bare value; pairs counted in
 * 对 (组建教共体70对以上); the pace words of supervision tables (欠进度, 超进度, 达进度).
 */
class UnseenReportFormsTest {
  private static final String[] PLACES = {"泰顺县", "乐清市", "苍南县", "宣城市", "蓬江区"};
  private static final String[] AFTER_MONTH = {"省政府民生实事项目进展情况汇总表", "重点工作推进情况", "民生工程进展情况",
      "政府工作报告目标任务落实情况"};
  private static final String[] PROGRESS_WORDS = {"进展情况", "进度表", "落实情况", "推进情况", "完成情况"};

  @Test
  void aMonthRightAfterTheYearOrBeforeAWordOfProgressIsTheMonthTheReportIsAsOf() {
    qt().withExamples(300).forAll(integers().between(0, PLACES.length - 1), integers().between(2015, 2025),
        integers().between(1, 12), integers().between(0, AFTER_MONTH.length * PROGRESS_WORDS.length - 1))
        .checkAssert((place, year, month, words) -> {
          String afterYear = PLACES[place] + year + "年" + month + "月" + AFTER_MONTH[words % AFTER_MONTH.length];
          String beforeProgress = PLACES[place] + year + "年民生实事项目" + month + "月" + PROGRESS_WORDS[words % PROGRESS_WORDS.length];
          YearMonth expected = YearMonth.of(year, month);
          assertThat(ReportTitle.parse(afterYear).period().map(Period::asOf)).as(afterYear).contains(expected);
          assertThat(ReportTitle.parse(beforeProgress).period().map(Period::asOf)).as(beforeProgress).contains(expected);
        });
  }

  @Test
  void aDayOrAMonthOfAnotherYearIsNoPeriod() {
    qt().withExamples(200).forAll(integers().between(0, PLACES.length - 1), integers().between(2015, 2025),
        integers().between(1, 12), integers().between(1, 28))
        .checkAssert((place, year, month, day) -> {
          // the month a year-end report was published in, and a day of adoption, are not what it is as of
          String published = PLACES[place] + year + "年重点工作完成情况（" + (year + 1) + "年" + month + "月）";
          String dated = PLACES[place] + year + "年" + month + "月" + day + "日政府工作报告任务分解";
          assertThat(ReportTitle.parse(published).period().map(Period::asOf)).as(published).contains(YearMonth.of(year, 12));
          assertThat(ReportTitle.parse(dated).period().map(Period::asOf)).as(dated).contains(YearMonth.of(year, 12));
        });
  }

  private static final String[] DONE_PARTS = {"截至5月底已消除", "已消除", "提前完成", "已全部完成", "全面完成"};
  private static final String[] THINGS = {"个", "处", "所", "公里"};
  /** Names with digits in them, which are no count of parts: the claim stands. */
  private static final String[] NAMES = {"年度目标", "第五届进博会保障", "5G基站建设", "“4+7”城市试点", "G20峰会保障",
      "110KV变电站建设", "“十三五”规划"};

  @Test
  void aWholeTaskWordWithACountAfterItCountsPartsAndClaimsNothing() {
    qt().withExamples(300).forAll(integers().between(0, DONE_PARTS.length - 1), integers().between(1, 500),
        integers().between(0, THINGS.length - 1), integers().between(1, 99))
        .checkAssert((word, count, thing, share) -> {
          String counted = "全市" + DONE_PARTS[word] + count + THINGS[thing] + "，完成年度目标任务的" + share + "%。";
          String whole = "全市" + DONE_PARTS[word].replace("截至5月底", "") + NAMES[share % NAMES.length] + "任务。";
          assertThat(StatusCues.claim(counted)).as(counted).isEmpty();
          assertThat(StatusCues.claim(whole)).as(whole).contains(Status.MET);
        });
  }

  private static final String[] SHARES = {"完成年度目标任务的%s%%", "分别完成年度目标任务的%s%%和%s%%", "完成全年任务的%s%%",
      "为年度计划的%s%%", "完成率%s%%", "%s%%", "%s%%（部分项目进度滞后）"};
  private static final String[] DONE_BEFORE = {"", "16个县已完成系统建设并通过考核，", "已完成招标，"};

  @Test
  void aShareOfTheTaskBelowTheWholeIsStillRunningWhateverIsDoneOfItsParts() {
    qt().withExamples(400).forAll(integers().between(0, SHARES.length - 1), integers().between(1, 999),
        integers().between(0, DONE_BEFORE.length - 1))
        .checkAssert((form, tenths, before) -> {
          String share = tenths / 10 + "." + tenths % 10;
          String narrative = (form >= 5 ? "" : DONE_BEFORE[before]) + String.format(SHARES[form], share, share) + "。";
          assertThat(StatusCues.textual(narrative)).as(narrative).isEqualTo(Status.ONGOING);
        });
  }

  private static final String[] QUALIFIED = {"的行政村实现通公交", "以上的农户用上自来水", "左右的学校完成改造"};

  @Test
  void aPercentageQualifyingANounIsALevelNotAShare() {
    qt().withExamples(100).forAll(integers().between(0, QUALIFIED.length - 1), integers().between(1, 99))
        .checkAssert((form, percent) -> {
          String narrative = percent + "%" + QUALIFIED[form] + "。";
          assertThat(StatusCues.textual(narrative)).as(narrative).isEqualTo(Status.UNDETERMINED);
        });
  }

  @Test
  void aShareAtTheWholeIsDoneAndAboveItIsExceeded() {
    qt().withExamples(200).forAll(integers().between(0, SHARES.length - 2), integers().between(100, 300))
        .checkAssert((form, percent) -> {
          String narrative = String.format(SHARES[form], percent, percent) + "。";
          assertThat(StatusCues.textual(narrative)).as(narrative).isEqualTo(percent == 100 ? Status.MET : Status.EXCEEDED);
        });
  }

  @Test
  void aProgressCellJudgesACountTargetItGivesNoFigureFor() {
    Optional<Period> october = Optional.of(Period.of(YearMonth.of(2022, 10)));
    qt().withExamples(200).forAll(integers().between(1, 99), integers().between(2, 200), integers().between(0, THINGS.length - 1))
        .checkAssert((percent, count, thing) -> {
          String text = "建设四好农村路" + count + THINGS[thing] + "。";
          Task task = MatchingPropertiesTest.extracted(text, percent + "%");
          assertThat(Classifier.standard().assess(task, october).status()).as(text + " / " + percent + "%")
              .isEqualTo(Status.ONGOING);
        });
  }

  private static final String[] RATE_SUBJECTS = {"投资完成率", "项目投资完成率", "计划投资完成率"};

  @Test
  void aTargetThatIsACompletionRateIsJudgedByTheNarrativesRate() {
    qt().withExamples(300).forAll(integers().between(0, RATE_SUBJECTS.length - 1), integers().between(20, 100),
        integers().between(1, 99))
        .checkAssert((subject, target, whole) -> {
          String text = "开工改造小区1500个，" + RATE_SUBJECTS[subject] + "达到" + target + "%及以上。";
          String rate = whole + ".5";
          String narrative = "已开工小区1500个，" + RATE_SUBJECTS[subject] + rate + "%。";
          Task task = MatchingPropertiesTest.extracted(text, narrative);
          assertThat(MatchingPropertiesTest.paired(task)).as(text + " / " + narrative).containsExactly("1500个", rate + "%");
        });
  }

  private static final String[] RATES = {"城镇登记失业率", "森林覆盖率", "贫困发生率", "污水处理率", "规上工业增加值增速"};
  private static final String[] BOUNDS = {"低于", "不超过", "控制在", "不低于", "达到", ""};
  private static final String[] PARENTHESES = {"（%）", "(%)", "（％）", " (%) "};

  @Test
  void aPercentTheItemNamesInParenthesesIsTheUnitOfItsBareValueAndKeepsItsComparator() {
    qt().withExamples(300).forAll(integers().between(0, RATES.length * BOUNDS.length - 1), integers().between(1, 999),
        integers().between(0, PARENTHESES.length - 1))
        .checkAssert((item, tenths, parenthesis) -> {
          String rate = RATES[item % RATES.length];
          String bound = BOUNDS[item % BOUNDS.length];
          String value = tenths / 10 + "." + (tenths % 9 + 1);
          String named = rate + bound + PARENTHESES[parenthesis] + value;
          String written = rate + bound + value + "%";
          var byName = MatchingPropertiesTest.extracted(named, "").targets();
          var byUnit = MatchingPropertiesTest.extracted(written, "").targets();
          assertThat(byName).as(named).hasSize(1);
          assertThat(byName.get(0).quantity()).as(named).isEqualTo(byUnit.get(0).quantity());
          assertThat(byName.get(0).kind()).as(named).isEqualTo(byUnit.get(0).kind());
          assertThat(byName.get(0).bound()).as(named).isEqualTo(byUnit.get(0).bound());
        });
  }

  private static final String[] PAIRED = {"组建教共体", "结对帮扶困难家庭", "建立山海协作结对", "开展师徒结对"};

  @Test
  void pairsAreCountedInDuiButOneToOneIsNoCount() {
    qt().withExamples(200).forAll(integers().between(0, PAIRED.length - 1), integers().between(2, 500), integers().between(0, 1))
        .checkAssert((subject, count, oneToOne) -> {
          String text = (oneToOne == 1 ? "开展一对一帮扶，" : "") + PAIRED[subject] + count + "对以上";
          var targets = MatchingPropertiesTest.extracted(text, "").targets();
          assertThat(targets).as(text).hasSize(1);
          assertThat(targets.get(0).quantity().format()).as(text).isEqualTo(count + "对");
          assertThat(targets.get(0).bound()).as(text).isEqualTo(io.github.workreport.Bound.AT_LEAST);
        });
  }

  private static final String[] PACE = {"欠进度", "超进度", "达进度", "未达进度"};
  private static final String[] DONE_SO_FAR = {"已完成建设任务的一半", "已完成主体工程", "已开展培训", "已落实资金"};

  @Test
  void aPaceWordOfASupervisionTableSaysTheTaskIsRunning() {
    qt().withExamples(100).forAll(integers().between(0, PACE.length - 1), integers().between(0, DONE_SO_FAR.length - 1))
        .checkAssert((pace, done) -> {
          String narrative = DONE_SO_FAR[done] + "，" + PACE[pace] + "。";
          assertThat(StatusCues.textual(narrative)).as(narrative).isEqualTo(Status.ONGOING);
        });
  }
}
