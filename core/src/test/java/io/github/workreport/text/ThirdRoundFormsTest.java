package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Assessment;
import io.github.workreport.Status;
import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms met in a third round of unseen documents (a district's 重点民生实事 progress tables
 * of several years, 1-7月 to 1-10月): a piece of work that has entered a stage (警用车辆进入控购审批阶段)
 * is still running whatever part of it is done (已完成人员配置); and a count of projects (完成棚改项目5)
 * is not met by a count of households (目前已经完成350户签约), which read as 7000 % exceeded; a city's
 * 1-8月 民生工程 round-up whose items give only the share of the work finished (完工率92.83%, 竣工率100.5%);
 * cubic metres written as engineering reports write them (新增蓄水能力8万方, 土石方5.2万立方), which the
 * package documentation promised and the lexicon did not read; a county's 民生工程 report whose
 * task gives two floors for two things joined by 和 (新生儿遗传代谢病筛查率和新生儿听力障碍筛查率分别达到98%以上和95%以上:
 * the first floor was lost, read as qualifying the second) and whose narrative says one figure of
 * both (两项筛查率均为99.26%); a target that names what it raises before the level it reaches
 * (提高公办义务教育学位占比至95%以上), which read as a growth of 95 %; and, from the notes of earlier rounds,
 * a target on a whole whose narrative gives only its parts (城乡 ‖ 城镇, 农村; 主要污染物 ‖ a list of
 * pollutants), which was judged on whichever part shared most words with it instead of the weakest;
 * people screened or treated counted in 例 against a target in 人 or 名 (新生儿遗传性耳聋基因筛查1350人 ‖
 * 完成1444例), which never compared; a first step of the work done (目前已完成选址, 已完成项目立项和招标工作)
 * or the work waiting for the next (已挂网等待开标), which read as done or as nothing; and key-project
 * round-ups whose share of the year's plan follows the money invested (完成投资124.06亿元，占年度计划的64%),
 * which was taken for the share of the count of projects done; a statistics bulletin that gives a
 * month's growth under a date at the head of its sentence (6月份，…同比增长9.1%) before the half-year's
 * (上半年，…同比增长15.7%), whose month read as the whole period's.
 */
class ThirdRoundFormsTest {
  private static final String[] DONE_PARTS = {"已完成人员配置", "已经完成主体工程建设", "设计方案已完成", "已完成选址"};
  private static final String[] SUBJECTS = {"警用车辆", "项目", "二期工程", ""};
  private static final String[] ENTRIES = {"进入", "已进入", "处于", "转入", "目前处于"};
  private static final String[] STAGES = {"控购审批", "招标", "竣工验收", "前期", "施工", "收尾"};

  @Test
  void workThatHasEnteredAStageIsRunningWhateverPartIsDone() {
    qt().withExamples(300).forAll(integers().between(0, DONE_PARTS.length - 1), integers().between(0, SUBJECTS.length - 1),
        integers().between(0, ENTRIES.length - 1), integers().between(0, STAGES.length - 1))
        .checkAssert((done, subject, entry, stage) -> {
          String narrative = DONE_PARTS[done] + "，" + SUBJECTS[subject] + ENTRIES[entry] + STAGES[stage] + "阶段。";
          assertThat(StatusCues.textual(narrative)).as(narrative).isEqualTo(Status.ONGOING);
        });
  }

  @Test
  void aStageNamedWithoutBeingEnteredSaysNothingOfTheWholeWork() {
    // the stage words alone are no cue: a stage done, or entered in a later sentence's aim, is not running work
    assertThat(StatusCues.textual("第一阶段工作已完成。")).isEqualTo(Status.MET);
    assertThat(StatusCues.textual("项目已完成，进入运营。")).isEqualTo(Status.MET);
    assertThat(StatusCues.textual("已完成全部建设任务，各项指标均已达到阶段目标。")).isEqualTo(Status.MET);
  }

  private static final String[] PROJECT_TASKS = {"完成棚改项目%d", "完成棚改项目%d个", "实施安置项目%d个", "推进改造工程%d个"};

  @Test
  void aCountOfProjectsIsNotMetByACountOfHouseholds() {
    qt().withExamples(300).forAll(integers().between(0, PROJECT_TASKS.length - 1), integers().between(2, 20),
        integers().between(50, 900), integers().between(0, 1))
        .checkAssert((form, projects, households, people) -> {
          String text = String.format(PROJECT_TASKS[form], projects);
          String narrative = "因征收政策出台滞后，影响签约进度，目前已经完成" + households + (people == 0 ? "户签约。" : "人签约。");
          Task task = FormsOfWritingTest.extracted(text, narrative);
          Assessment a = FormsOfWritingTest.assessed(task, 8);
          assertThat(a.targets()).as(text + " / " + narrative).hasSize(1);
          assertThat(a.targets().get(0).measure()).as(text + " / " + narrative).isEmpty();
          assertThat(a.status()).as(text + " / " + narrative).isEqualTo(Status.ONGOING);
        });
  }

  @Test
  void unitsAndShopsCountedInHouseholdsStillMeetATargetInJia() {
    // 示范单位40家 ‖ 40户: units and shops are counted in 家 and in 户 alike
    qt().withExamples(200).forAll(integers().between(5, 400)).checkAssert(n -> {
      Task task = FormsOfWritingTest.extracted("创建餐饮示范单位" + n + "家", "已创建餐饮示范单位" + n + "户。");
      assertThat(FormsOfWritingTest.assessed(task, 12).status()).as(n + "家").isEqualTo(Status.MET);
    });
  }

  private static final String[] FINISHED_RATES = {"完工率", "竣工率", "完工率达", "竣工率为"};

  @Test
  void aShareOfTheWorkFinishedSaysRunningDoneOrExceededAsACompletionRateDoes() {
    qt().withExamples(400).forAll(integers().between(0, FINISHED_RATES.length - 1), integers().between(10, 1500),
        integers().between(100, 9999))
        .checkAssert((word, tenths, count) -> {
          String share = java.math.BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
          String narrative = "已完工" + count + "户，" + FINISHED_RATES[word] + share + "%。";
          Status expected = tenths < 1000 ? Status.ONGOING : tenths == 1000 ? Status.MET : Status.EXCEEDED;
          assertThat(StatusCues.textual(narrative)).as(narrative).isEqualTo(expected);
        });
  }

  @Test
  void aTargetOnTheShareFinishedIsAnsweredByTheShareFinished() {
    qt().withExamples(200).forAll(integers().between(0, 1), integers().between(50, 100), integers().between(30, 100))
        .checkAssert((word, target, achieved) -> {
          String rate = word == 0 ? "竣工率" : "完工率";
          String text = "重点项目" + rate + "达到" + target + "%";
          Task task = FormsOfWritingTest.extracted(text, "重点项目" + rate + "为" + achieved + "%。");
          Assessment a = FormsOfWritingTest.assessed(task, 12);
          assertThat(a.targets().get(0).measure()).as(text + " / " + achieved).isPresent();
          // a level in percent: the gap is counted in points, BASICALLY_MET within one (the design's rule 2)
          Status expected = achieved > target ? Status.EXCEEDED : achieved.equals(target) ? Status.MET
              : target - achieved <= 1 ? Status.BASICALLY_MET : Status.NOT_MET;
          assertThat(a.status()).as(text + " / " + achieved).isEqualTo(expected);
        });
  }

  @Test
  void allTheWorkStartedIsNotTheWorkDone() {
    assertThat(StatusCues.textual("86个改造项目已开工，开工率达到100%。")).isEqualTo(Status.ONGOING);
  }

  private static final String[] VOLUMES = {"方", "立方", "立方米"};

  @Test
  void cubicMetresWrittenAsFangOrLifangCompareWithEachOther() {
    int forms = VOLUMES.length * VOLUMES.length * 2;
    qt().withExamples(400).forAll(integers().between(0, forms - 1), integers().between(10, 9000), integers().between(10, 9000))
        .checkAssert((form, target, achieved) -> {
          String scale = form % 2 == 1 ? "万" : "";
          String text = "完成河道清淤" + target + scale + VOLUMES[form / 2 % VOLUMES.length];
          String narrative = "已完成清淤" + achieved + scale + VOLUMES[form / 2 / VOLUMES.length] + "。";
          Task task = FormsOfWritingTest.extracted(text, narrative);
          Assessment a = FormsOfWritingTest.assessed(task, 12);
          assertThat(a.targets()).as(text + " / " + narrative).hasSize(1);
          assertThat(a.targets().get(0).measure()).as(text + " / " + narrative).isPresent();
          assertThat(a.targets().get(0).measure().get().value()).isEqualByComparingTo(java.math.BigDecimal.valueOf(achieved));
        });
  }

  @Test
  void partiesAndQuartersAreNoCubicMetres() {
    for (String narrative : new String[] {"已引入第三方评估机构。", "签订三方协议。", "群众从四面八方赶来。", "推进三方面改革。"}) {
      assertThat(Lexer.lex(narrative).mentions).as(narrative).noneMatch(m -> m.isQuantity());
    }
  }

  private static final String[][] PAIRS = {{"新生儿遗传代谢病筛查率", "新生儿听力障碍筛查率", "%"},
      {"城镇新增就业", "农村劳动力转移就业", "人"}, {"城镇居民人均可支配收入", "农村居民人均可支配收入", "元"},
      {"农村适龄妇女宫颈癌筛查", "乳腺癌筛查", "人次"}};
  private static final String[] JOINERS = {"和", "及", "与"};

  @Test
  void twoThingsJoinedByAndGetTheirFloorsInOrder() {
    qt().withExamples(400).forAll(integers().between(0, PAIRS.length * JOINERS.length - 1), integers().between(1, 99),
        integers().between(1, 99), integers().between(0, 1))
        .checkAssert((form, first, second, bounded) -> {
          String[] pair = PAIRS[form % PAIRS.length];
          String bound = bounded == 1 ? "以上" : "";
          String text = pair[0] + JOINERS[form / PAIRS.length] + pair[1] + "分别达到" + first + pair[2] + bound + "和"
              + second + pair[2] + bound;
          Task task = FormsOfWritingTest.extracted(text, "正在推进。");
          assertThat(task.targets()).as(text).hasSize(2);
          assertThat(task.targets().get(0).value().intValue()).as(text).isEqualTo(first);
          assertThat(task.targets().get(1).value().intValue()).as(text).isEqualTo(second);
          assertThat(task.targets().get(0).metric()).as(text).isEqualTo(pair[0]);
          assertThat(task.targets().get(1).metric()).as(text).isEqualTo(pair[1]);
        });
  }

  @Test
  void oneFigureSaidOfBothAnswersEachTarget() {
    qt().withExamples(300).forAll(integers().between(80, 99), integers().between(80, 99), integers().between(800, 1000))
        .checkAssert((first, second, achievedTenths) -> {
          String text = "新生儿遗传代谢病筛查率和新生儿听力障碍筛查率分别达到" + first + "%以上和" + second + "%以上";
          String achieved = java.math.BigDecimal.valueOf(achievedTenths, 1).stripTrailingZeros().toPlainString();
          Task task = FormsOfWritingTest.extracted(text, "截至目前，两项筛查率均为" + achieved + "%。");
          Assessment a = FormsOfWritingTest.assessed(task, 12);
          assertThat(a.targets()).as(text).hasSize(2).allSatisfy(line -> assertThat(line.measure()).isPresent());
          int weakest = Math.max(first, second) * 10;
          assertThat(a.status()).as(text + " / " + achieved)
              .isEqualTo(achievedTenths > weakest ? Status.EXCEEDED : achievedTenths == weakest ? Status.MET
                  : achievedTenths >= weakest - 10 ? Status.BASICALLY_MET : Status.NOT_MET);
        });
  }

  @Test
  void aFigurePerHeadOrOnAverageIsNotSaidOfEach() {
    assertThat(AssignmentMatcher.saidOfEach("两项筛查率均为99.26%")).isTrue();
    assertThat(AssignmentMatcher.saidOfEach("三个指标均达到100%")).isTrue();
    assertThat(AssignmentMatcher.saidOfEach("农村居民人均可支配收入8000元")).isFalse();
    assertThat(AssignmentMatcher.saidOfEach("年均增长7%")).isFalse();
    assertThat(AssignmentMatcher.saidOfEach("城乡教育均衡发展指数95%")).isFalse();
    assertThat(AssignmentMatcher.saidOfEach("完成99%，均已验收")).isFalse();
  }

  private static final String[][] RAISED = {{"提高", "公办义务教育学位占比"}, {"提高", "森林覆盖率"}, {"提升", "城镇污水处理率"},
      {"降低", "企业综合成本占比"}};

  @Test
  void aVerbOfChangeWithItsObjectThenZhiReachesALevel() {
    qt().withExamples(400).forAll(integers().between(0, RAISED.length * 2 - 1), integers().between(20, 99), integers().between(-30, 30))
        .checkAssert((form, level, delta) -> {
          String[] r = RAISED[form / 2];
          String text = r[0] + r[1] + (form % 2 == 0 ? "至" : "到") + level + "%";
          int achieved = Math.max(1, level + delta);
          Task task = FormsOfWritingTest.extracted(text, r[1] + "达到" + achieved + "%。");
          assertThat(task.targets()).as(text).hasSize(1);
          assertThat(task.targets().get(0).kind()).as(text).isEqualTo(io.github.workreport.Kind.LEVEL);
          assertThat(FormsOfWritingTest.assessed(task, 12).targets().get(0).measure()).as(text).isPresent();
        });
  }

  /** The year-end status of {@code achieved} against a growth or decline target, both in tenths of a percent. */
  private static Status yearEnd(int target, int achieved) {
    if (achieved > target) {
      return Status.EXCEEDED;
    }
    if (achieved == target) {
      return Status.MET;
    }
    return target - achieved <= 10 ? Status.BASICALLY_MET : Status.NOT_MET;
  }

  private static String tenths(int n) {
    return java.math.BigDecimal.valueOf(n, 1).stripTrailingZeros().toPlainString();
  }

  @Test
  void aTargetOnTownAndCountryIsJudgedOnTheWeakerOfTheTwo() {
    qt().withExamples(400).forAll(integers().between(30, 120), integers().between(20, 130), integers().between(20, 130))
        .checkAssert((target, urban, rural) -> {
          String text = "城乡居民人均可支配收入增长" + tenths(target) + "%";
          String narrative = "城镇居民人均可支配收入增长" + tenths(urban) + "%，农村居民人均可支配收入增长" + tenths(rural) + "%。";
          Task task = FormsOfWritingTest.extracted(text, narrative);
          assertThat(FormsOfWritingTest.assessed(task, 12).status()).as(text + " / " + narrative)
              .isEqualTo(yearEnd(target, Math.min(urban, rural)));
        });
  }

  private static final String[] POLLUTANTS = {"化学需氧量", "氨氮", "二氧化硫", "氮氧化物"};

  @Test
  void aTargetOnTheMainPollutantsIsJudgedOnTheWeakestOfTheList() {
    qt().withExamples(400).forAll(integers().between(10, 60), integers().between(2, 4), integers().between(0, 9999),
        integers().between(0, 1))
        .checkAssert((target, count, seed, ending) -> {
          java.util.Random random = new java.util.Random(seed);
          StringBuilder values = new StringBuilder();
          int weakest = Integer.MAX_VALUE;
          for (int k = 0; k < count; k++) {
            int v = 5 + random.nextInt(70);
            weakest = Math.min(weakest, v);
            values.append(k == 0 ? "" : k == count - 1 && ending == 1 ? "和" : "、").append(tenths(v)).append('%');
          }
          String text = "主要污染物排放量下降" + tenths(target) + "%";
          String narrative = String.join("、", java.util.Arrays.copyOf(POLLUTANTS, count)) + "排放量分别下降" + values + "。";
          Task task = FormsOfWritingTest.extracted(text, narrative);
          assertThat(FormsOfWritingTest.assessed(task, 12).status()).as(text + " / " + narrative)
              .isEqualTo(yearEnd(target, weakest));
        });
  }

  @Test
  void aWholeWithAFigureOfItsOwnIsJudgedOnThatFigure() {
    qt().withExamples(300).forAll(integers().between(30, 120), integers().between(20, 130), integers().between(20, 130))
        .checkAssert((target, whole, part) -> {
          String text = "城乡居民人均可支配收入增长" + tenths(target) + "%";
          String narrative = "全市城乡居民人均可支配收入增长" + tenths(whole) + "%，其中城镇居民增长" + tenths(part)
              + "%，农村居民增长" + tenths(part + 5) + "%。";
          Task task = FormsOfWritingTest.extracted(text, narrative);
          assertThat(FormsOfWritingTest.assessed(task, 12).status()).as(text + " / " + narrative)
              .isEqualTo(yearEnd(target, whole));
        });
  }

  @Test
  void aTargetNamingOnePartKeepsThatPart() {
    Task task = FormsOfWritingTest.extracted("城镇居民人均可支配收入增长8%",
        "城镇居民人均可支配收入增长8.5%，农村居民人均可支配收入增长7.6%。");
    assertThat(FormsOfWritingTest.assessed(task, 12).status()).isEqualTo(Status.EXCEEDED);
    task = FormsOfWritingTest.extracted("氨氮排放量下降2%", "化学需氧量、氨氮排放量分别下降1.5%和2.5%。");
    assertThat(FormsOfWritingTest.assessed(task, 12).status()).isEqualTo(Status.EXCEEDED);
  }

  private static final String[][] CASES = {{"新生儿遗传性耳聋基因筛查", "完成筛查"}, {"为贫困白内障患者实施免费复明手术", "完成复明手术"},
      {"为老年人免费接种流感疫苗", "累计接种"}};

  @Test
  void peopleCountedInCasesCompareWithPeople() {
    qt().withExamples(300).forAll(integers().between(0, CASES.length * 2 - 1), integers().between(100, 9000), integers().between(50, 12000))
        .checkAssert((form, target, achieved) -> {
          String[] c = CASES[form / 2];
          String text = c[0] + target + (form % 2 == 0 ? "人" : "名");
          Task task = FormsOfWritingTest.extracted(text, c[1] + achieved + "例。");
          Assessment a = FormsOfWritingTest.assessed(task, 12);
          assertThat(a.targets().get(0).measure()).as(text + " / " + achieved + "例").isPresent();
          Status expected = achieved > target ? Status.EXCEEDED : achieved.equals(target) ? Status.MET
              : achieved * 10L >= target * 9L ? Status.BASICALLY_MET : Status.NOT_MET;
          assertThat(a.status()).as(text + " / " + achieved + "例").isEqualTo(expected);
        });
  }

  private static final String[] FIRST_STEPS = {"选址", "项目立项", "招标工作", "可行性研究", "初步设计", "前期工作", "征地"};
  private static final String[] WORKS = {"城乡公益性公墓建设管理项目", "建设社区食堂", "新建幼儿园2所"};

  @Test
  void aFirstStepDoneLeavesTheWorkRunningUnlessTheStepIsTheTask() {
    qt().withExamples(200).forAll(integers().between(0, FIRST_STEPS.length - 1), integers().between(0, WORKS.length - 1))
        .checkAssert((step, work) -> {
          String narrative = "目前已完成" + FIRST_STEPS[step] + "。";
          assertThat(FormsOfWritingTest.extracted(WORKS[work], narrative).outcome().cue()).as(WORKS[work] + " / " + narrative)
              .isEqualTo(Status.ONGOING);
          String task = "完成" + FIRST_STEPS[step];
          assertThat(FormsOfWritingTest.extracted(task, narrative).outcome().cue()).as(task + " / " + narrative)
              .isEqualTo(Status.MET);
        });
  }

  @Test
  void workWaitingForItsNextStepIsRunning() {
    assertThat(StatusCues.textual("已挂网等待开标。")).isEqualTo(Status.ONGOING);
    assertThat(StatusCues.textual("主体工程已完工，等待验收。")).isEqualTo(Status.ONGOING);
  }

  @Test
  void aShareOfTheMoneyPlannedSaysNothingOfACountOfProjects() {
    qt().withExamples(200).forAll(integers().between(20, 500), integers().between(100, 90000), integers().between(10, 99))
        .checkAssert((projects, money, share) -> {
          String text = "新建重点项目" + projects + "个";
          String narrative = "完成投资" + tenths(money) + "亿元，占年度计划的" + share + "%。";
          Assessment a = FormsOfWritingTest.assessed(FormsOfWritingTest.extracted(text, narrative), 8);
          assertThat(a.targets().get(0).measure()).as(text + " / " + narrative).isEmpty();
          String plan = "重点项目年度投资计划完成率" + share + "%以上";
          a = FormsOfWritingTest.assessed(FormsOfWritingTest.extracted(plan, narrative), 8);
          assertThat(a.targets().get(0).measure()).as(plan + " / " + narrative).isPresent();
        });
  }

  @Test
  void aMonthSetAtTheHeadOfItsSentenceIsThatMonthsFigureOnly() {
    qt().withExamples(300).forAll(integers().between(2, 11), integers().between(50, 120), integers().between(0, 1))
        .checkAssert((month, target, monthAbove) -> {
          int ofTheMonth = monthAbove == 1 ? target + 15 : target - 15;
          int soFar = monthAbove == 1 ? target - 15 : target + 15;
          String text = "规模以上工业增加值增长" + tenths(target) + "%";
          String narrative = month + "月份，全市规模以上工业增加值同比增长" + tenths(ofTheMonth) + "%。1-" + month
              + "月，全市规模以上工业增加值同比增长" + tenths(soFar) + "%。";
          Task task = FormsOfWritingTest.extracted(text, narrative);
          Assessment a = FormsOfWritingTest.assessed(task, month);
          assertThat(a.targets().get(0).measure().get().value()).as(narrative)
              .isEqualByComparingTo(java.math.BigDecimal.valueOf(soFar, 1));
        });
  }

  @Test
  void aCountSaidOfEachOrPerMonthIsNoTotal() {
    qt().withExamples(200).forAll(integers().between(5, 60), integers().between(1, 4)).checkAssert((total, each) -> {
      Task task = FormsOfWritingTest.extracted("新建文化广场" + total + "个", "各乡镇均建成文化广场" + each + "个。");
      assertThat(FormsOfWritingTest.assessed(task, 12).targets().get(0).measure()).as(total + " ‖ 均" + each).isEmpty();
      task = FormsOfWritingTest.extracted("开展送戏下乡" + total + "场", "每月开展送戏下乡" + each + "场。");
      assertThat(FormsOfWritingTest.assessed(task, 12).targets().get(0).measure()).as(total + " ‖ 每月" + each).isEmpty();
    });
  }
}
