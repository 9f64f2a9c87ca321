package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Status;
import io.github.workreport.Task;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found in a seventh round of probing. A set said to be among, in a clause of its
 * own (10个项目中，已完工6个; 在15个小区当中，已完成改造12个; 5所学校中，3所已建成投用), was counted as
 * work done and added to its part (27 of 15, 超额完成), or, named only by its generic thing (项目中,
 * 项目已完工), taken for another subject, so that the narrative's 已完工 alone said 完成 for six
 * projects of ten. A task's work told by township (城关镇完成5个，新城街道完成4个; 城关镇新增1200人，河口镇
 * 新增900人…) was another subject per figure — 无法判定, or the first township's share for the whole
 * (1200 of 3000, 未完成) — where the townships' sum is the task's figure. A word ending in 约 or 近 right
 * before a number (签约1320户, 节约1200万元, 就近安置) made the number approximate and lost its last
 * character from the subject (征收签). A first step's count (已完成选址20座，开工12座，完工8座) lent its step
 * to the counts after it as their thing (开工选址, 完工选址), so none answered the task; and 设计 lost its 计
 * (a word of sums), so 已完成设计20座 was a count of no subject: 完成 for toilets only designed. A growth
 * target answered by two levels of money (人均可支配收入由40000元增加到42500元) had no growth: 无法判定.
 * A table's actual cell written bare against a target in a scaled unit (城镇新增就业5万人 ‖ 实绩：5.6) was
 * 5.6 people: 完成率0%, 未完成; and 执行情况 as a label was a subject of another kind. A count in a classifier
 * of its own that names what a target in 个 only qualifies (新增公办幼儿园学位3000个 ‖ 新建公办幼儿园12所，新增学位
 * 3240个) was taken for it by its many shared words: 12 of 3000, 未完成. Work accepted (已竣工验收785户,
 * 通过验收) named another subject, so a count of it answered nothing. A share done with nothing but 已完成
 * before it (已完成85%, 已完成近九成) was a level of no subject, no completion rate: 无法判定; and an
 * approximation before tenths (近九成) was not read. A half-year's pace (实现时间过半、任务过半, 双过半) and
 * work begun on site (均已进场施工) were no cue: 无法判定. A set said all begun (30个小区均已开工) was the
 * count of work done for a target of building or renovating: 完成 for works only started. A target broken
 * down by its work (新建改造农村公路100公里，其中新建30公里) named only the work, so its part matched nothing.
 * The task's work claimed as its 任务 (完成新建公厕任务) was no claim: 无法判定. A difference from a year
 * named by its number (较2021年增加300人) was a figure of work done, and added to the year's (3100 of
 * 3000, 超额完成, where 2800 were done). The year's part of a running total, in a clause of its own with
 * no verb (两年累计新建公厕27座，其中今年15座), was a stock like the total: 无法判定. A policy issued or a
 * rule adopted at a date (已于6月印发实施, 已经常务会议审议通过), a building opened (已于9月正式启用) and a plan
 * sent up for approval (已上报省政府待批) were no cue: 无法判定. Projects won by signing (已签约项目18个) were
 * another subject than projects to win (引进重大项目20个), though investment tables count them so. A part
 * after 其中 that narrows the thing (新增停车泊位2300个，其中公共停车位1500个) was taken for the target
 * (新增城区停车位2000个) over its whole, written with a synonym: 未完成 where 2300 were added.
 */
class SeventhRoundFormsTest {
  /** A target, the thing its narrative counts, and the classifier. */
  private static final String[][] THINGS = {
      {"实施城市更新项目%d个", "项目", "个"}, {"改造老旧小区%d个", "小区", "个"}, {"新建学校%d所", "学校", "所"},
      {"建设重点工程%d项", "工程", "项"}, {"新建公厕%d座", "公厕", "座"}};
  /** How a narrative says that {@code done} of the {@code all} things are done: %1$d all, %2$s thing, %3$d done, %4$s classifier. */
  private static final String[] AMONG = {"%1$d%4$s%2$s中，已完工%3$d%4$s。", "在%1$d%4$s%2$s中，已完成%3$d%4$s。",
      "%1$d%4$s%2$s当中，%3$d%4$s已建成。", "%1$d%4$s%2$s已完工%3$d%4$s。", "%1$d%4$s%2$s中，已全部开工，其中完工%3$d%4$s。"};

  @Test
  void aSetSaidToBeAmongIsNoWorkDoneAndItsPartIsTheTasks() {
    qt().withExamples(400).forAll(integers().between(0, THINGS.length - 1), integers().between(0, AMONG.length - 1),
        integers().between(2, 60), integers().between(0, 1000)).checkAssert((thing, form, all, any) -> {
          int done = 1 + any % (all - 1); // fewer than all
          String[] t = THINGS[thing];
          String task = String.format(t[0], all);
          String narrative = String.format(AMONG[form], all, t[1], done, t[2]);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + all + t[2] + " ← " + done + t[2]);
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative)
              .isIn(Status.NOT_MET, Status.BASICALLY_MET);
        });
  }

  private static final String[] TOWNSHIPS = {"城关镇", "新城街道", "河口镇", "石桥乡", "东城街道", "柳林镇", "白马乡", "西关街道办事处"};
  /** How a township's share is written: %1$s township, %2$d figure, %3$s classifier. */
  private static final String[] SHARE = {"%1$s完成%2$d%3$s", "%1$s新建%2$d%3$s", "%1$s%2$d%3$s", "%1$s已完成%2$d%3$s"};
  private static final String[] JOINERS = {"，", "；", "、"};

  @Test
  void aTasksWorkToldByTownshipIsTheirSumUnlessTheTotalIsGiven() {
    qt().withExamples(400).forAll(integers().between(2, 4), integers().between(0, SHARE.length - 1),
        integers().between(0, JOINERS.length - 1), integers().between(0, Integer.MAX_VALUE - 1)).checkAssert((n, share, joiner, seed) -> {
          List<String> parts = new ArrayList<>();
          int sum = 0;
          for (int i = 0; i < n; i++) {
            int figure = 1 + (seed >>> (4 * i)) % 9;
            sum += figure;
            parts.add(String.format(SHARE[share], TOWNSHIPS[(seed % 5 + i * 3) % TOWNSHIPS.length], figure, "座"));
          }
          String told = String.join(JOINERS[joiner], parts) + "。";
          String task = "新建公厕" + 20 + "座";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, told))).as(told)
              .containsExactly("COUNT EXACTLY 20座 ← " + sum + "座");
          // a total given first, with or without the thing, is the evidence; the townships break it down
          for (String total : new String[] {"完成25座，其中", "新建公厕25座。"}) {
            assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, total + told))).as(total + told)
                .containsExactly("COUNT EXACTLY 20座 ← 25座");
          }
        });
  }

  @Test
  void kindsOfTownsAndThingsEndingInAPlaceWordNameNoTownship() {
    for (String named : new String[] {"城关镇", "新城街道完成", "西关街道办事处", "白马乡已完成"}) {
      assertThat(Metrics.onlyPlace(named)).as(named).isTrue();
    }
    for (String named : new String[] {"示范镇", "特色小镇", "乡镇", "各乡镇", "老旧小区", "城镇", "建制镇", "河口镇、石桥镇", "镇"}) {
      assertThat(Metrics.onlyPlace(named)).as(named).isFalse();
    }
  }

  @Test
  void aWordEndingInAWordOfApproximationIsNoApproximation() {
    String[] words = {"签约", "节约", "集约", "履约", "预约", "就近", "附近"};
    qt().withExamples(200).forAll(integers().between(0, words.length - 1), integers().between(1, 99_999)).checkAssert((w, n) -> {
      String written = "完成征收" + words[w] + n + "户。";
      Mention m = NumberScanner.scan(written).get(0);
      assertThat(m.approximate).as(written).isFalse();
      assertThat(FormsOfWritingTest.extracted("完成棚户区改造" + n + "户", written).outcome().measures())
          .as(written).anyMatch(measure -> measure.metric().endsWith(words[w]));
      String about = "完成征收" + words[w] + "约" + n + "户。"; // the word, then an approximation of its own
      assertThat(NumberScanner.scan(about).get(0).approximate).as(about).isTrue();
    });
  }

  @Test
  void aFirstStepLendsNoThingToTheStagesAfterIt() {
    String[] steps = {"选址", "立项", "招标", "设计", "前期工作"};
    qt().withExamples(300).forAll(integers().between(0, steps.length - 1), integers().between(0, THINGS.length - 1),
        integers().between(3, 60), integers().between(0, 10_000)).checkAssert((step, thing, all, any) -> {
          int started = 2 + any % (all - 1);
          int done = 1 + any % (started - 1);
          String[] t = THINGS[thing];
          String narrative = String.format("已完成%s%d%s，开工%d%s，完工%d%s。", steps[step], all, t[2], started, t[2], done, t[2]);
          String task = String.format(t[0], all);
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + all + t[2] + " ← " + done + t[2]);
          String stepOnly = String.format("已完成%s%d%s。", steps[step], all, t[2]); // 设计 was cut to 设, a subject of one character
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, stepOnly))).as(task + " ‖ " + stepOnly)
              .containsExactly("COUNT EXACTLY " + all + t[2] + " ← -");
        });
  }

  @Test
  void twoLevelsGiveTheGrowthATargetSetsInPercent() {
    qt().withExamples(300).forAll(integers().between(1000, 99_999), integers().between(-30, 60), integers().between(1, 12),
        integers().between(0, 1)).checkAssert((old, percent, target, written) -> {
          int now = old + old * percent / 100 + (percent == 0 ? 1 : 0);
          BigDecimal growth = BigDecimal.valueOf(now - old).multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(old), 2, RoundingMode.HALF_UP).stripTrailingZeros();
          String verb = now > old ? "增加到" : "下降到";
          String narrative = "城镇居民人均可支配收入由" + old + "元" + verb + now + "元"
              + (written == 1 ? "，增长" + target + ".5%。" : "。");
          String task = "城镇居民人均可支配收入增长" + target + "%";
          // as if the growth were written: 由1000元下降到990元 is 下降1%
          String asWritten = written == 1 ? narrative
              : "城镇居民人均可支配收入" + (now > old ? "增长" : "下降") + growth.abs().toPlainString() + "%。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          Task direct = FormsOfWritingTest.extracted(task, asWritten);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).isEqualTo(FormsOfWritingTest.pairs(direct))
              .doesNotContain("GROWTH EXACTLY " + target + "% ← -");
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(narrative)
              .isEqualTo(FormsOfWritingTest.assessed(direct, 12).status());
        });
  }

  private static final String[] SCALED = {"城镇新增就业%s万人", "完成固定资产投资%s亿元", "粮食总产量%s万吨", "新增造林%s万亩"};
  private static final String[] ACTUAL_LABELS = {"实绩：", "执行情况：", "完成值：", "实际完成：", "执行数："};

  @Test
  void aBareFigureOfTheOrderOfAScaledTargetIsInItsUnit() {
    qt().withExamples(300).forAll(integers().between(0, SCALED.length - 1), integers().between(0, ACTUAL_LABELS.length - 1),
        integers().between(10, 999), integers().between(20, 300)).checkAssert((form, label, tenths, percent) -> {
          String target = BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
          String actual = BigDecimal.valueOf(tenths * percent, 3).stripTrailingZeros().toPlainString();
          String task = String.format(SCALED[form], target);
          String unit = task.substring(task.length() - 2);
          Task bare = FormsOfWritingTest.extracted(task, ACTUAL_LABELS[label] + actual);
          Task written = FormsOfWritingTest.extracted(task, ACTUAL_LABELS[label] + actual + unit);
          assertThat(FormsOfWritingTest.pairs(bare)).as(task + " ‖ " + actual).isEqualTo(FormsOfWritingTest.pairs(written))
              .doesNotContain(FormsOfWritingTest.pairs(bare).get(0).replaceAll("← .*", "← -"));
          assertThat(FormsOfWritingTest.assessed(bare, 12).status()).as(task + " ‖ " + actual)
              .isEqualTo(FormsOfWritingTest.assessed(written, 12).status());
        });
  }

  @Test
  void aBareFigureOfTheOrderOfItsOwnScaleStaysThere() {
    // 1.2万人 ‖ 已完成8600: 8600 people, 72 %, not 8600万人
    Task read = FormsOfWritingTest.extracted("城镇新增就业1.2万人", "已完成8600。");
    assertThat(FormsOfWritingTest.assessed(read, 12).status()).isEqualTo(Status.NOT_MET);
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT EXACTLY 1.2万人 ← 8600");
  }

  private static final String[] SCHOOLS = {"公办幼儿园", "中小学", "普惠性幼儿园", "义务教育学校"};

  @Test
  void aCountOfTheInstitutionsIsNoCountOfThePlacesInThem() {
    qt().withExamples(300).forAll(integers().between(0, SCHOOLS.length - 1), integers().between(1, 40),
        integers().between(500, 9000), integers().between(50, 150)).checkAssert((school, built, target, percent) -> {
          int places = target * percent / 100;
          String task = "新增" + SCHOOLS[school] + "学位" + target + "个";
          String both = "新建、改扩建" + SCHOOLS[school] + built + "所，新增学位" + places + "个。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, both))).as(both)
              .containsExactly("COUNT EXACTLY " + target + "个 ← " + places + "个");
          String onlyBuilt = "新建、改扩建" + SCHOOLS[school] + built + "所。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, onlyBuilt))).as(onlyBuilt)
              .containsExactly("COUNT EXACTLY " + target + "个 ← -");
        });
  }

  @Test
  void workAcceptedIsWorkDone() {
    String[] accepted = {"已竣工验收%d户", "已通过验收%d户", "已验收%d户", "竣工验收%d户"};
    qt().withExamples(200).forAll(integers().between(0, accepted.length - 1), integers().between(100, 2000),
        integers().between(50, 120)).checkAssert((form, target, percent) -> {
          int done = target * percent / 100;
          String task = "完成农村危房改造" + target + "户";
          String narrative = String.format(accepted[form], done) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(narrative)
              .isEqualTo(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, "已完成" + done + "户。")))
              .containsExactly("COUNT EXACTLY " + target + "户 ← " + done + "户");
        });
  }

  @Test
  void aShareSaidDoneIsTheTasksCompletionRate() {
    String[] tasks = {"改造老旧小区30个", "新增绿地面积30万平方米", "完成固定资产投资300亿元", "新增城镇就业8000人"};
    String[] done = {"已完成%s。", "目前已完成%s，其余正在推进。", "现已完成%s。", "截至目前已完成%s。"};
    qt().withExamples(300).forAll(integers().between(0, tasks.length - 1), integers().between(0, done.length - 1),
        integers().between(1, 120)).checkAssert((task, form, percent) -> {
          String said = String.format(done[form], percent + "%");
          String share = String.format(done[form], "年度任务的" + percent + "%");
          Task read = FormsOfWritingTest.extracted(tasks[task], said);
          Task asShare = FormsOfWritingTest.extracted(tasks[task], share);
          assertThat(read.outcome().measures()).as(said).singleElement()
              .satisfies(m -> assertThat(m.role()).isEqualTo(io.github.workreport.Role.COMPLETION_RATE));
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(said)
              .isEqualTo(FormsOfWritingTest.assessed(asShare, 12).status());
        });
    // a table's label before a growth stays the growth: 实际完成：7.1%
    Task labelled = FormsOfWritingTest.extracted("地区生产总值增长6.5%", "实际完成：7.1%");
    assertThat(FormsOfWritingTest.pairs(labelled)).containsExactly("GROWTH EXACTLY 6.5% ← 7.1%");
  }

  @Test
  void anApproximationBeforeTenthsIsRead() {
    Mention near = NumberScanner.scan("已完成近九成。").stream().filter(m -> "%".equals(m.unitSymbol)).findFirst().orElseThrow();
    assertThat(near.approximate).isTrue();
    assertThat(near.prefixStart).isEqualTo(3); // 近 is the number's
  }

  @Test
  void aHalfYearsPaceAndWorkBegunOnSiteAreRunning() {
    for (String said : new String[] {"实现时间过半、任务过半。", "上半年实现“双过半”。", "各项目均已进场施工。", "施工单位已进场。"}) {
      assertThat(FormsOfWritingTest.extracted("推进老旧小区改造", said).outcome().cue()).as(said).isEqualTo(Status.ONGOING);
    }
  }

  @Test
  void aSetAllBegunIsNoWorkDoneUnlessTheTargetIsProjectsUnderWay() {
    String[] begun = {"%d%s均已开工。", "%d%s已全部开工。", "%d%s均已进场施工。", "%d%s全部开工建设。"};
    String[][] built = {{"改造老旧小区%d个", "个小区"}, {"新建幼儿园%d所", "所幼儿园"}, {"新建公厕%d座", "座公厕"}};
    qt().withExamples(200).forAll(integers().between(0, begun.length - 1), integers().between(0, built.length - 1),
        integers().between(2, 400)).checkAssert((form, thing, n) -> {
          String task = String.format(built[thing][0], n);
          String narrative = String.format(begun[form], n, built[thing][1]);
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).allMatch(p -> p.endsWith("← -"));
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative).isEqualTo(Status.ONGOING);
          // 实施重点项目: projects under way in the year, met when all have begun
          String projects = "实施重点项目" + n + "个";
          String allBegun = String.format(begun[form], n, "个重点项目");
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(projects, allBegun))).as(projects + " ‖ " + allBegun)
              .containsExactly("COUNT EXACTLY " + n + "个 ← " + n + "个");
        });
  }

  @Test
  void aTargetsPartNamedByItsWorkIsOfTheSameThings() {
    String[][] forms = {{"新建改造农村公路", "新建", "公里"}, {"新建改扩建学校", "新建", "所"}, {"实施重点项目", "竣工", "个"},
        {"改造提升老旧小区", "提升", "个"}};
    qt().withExamples(200).forAll(integers().between(0, forms.length - 1), integers().between(20, 900), integers().between(1, 19),
        integers().between(80, 120)).checkAssert((form, whole, tenth, percent) -> {
          String[] f = forms[form];
          int part = whole * tenth / 20 + 1;
          int done = part * percent / 100;
          String task = f[0] + whole + f[2] + "，其中" + f[1] + part + f[2];
          Task read = FormsOfWritingTest.extracted(task, f[0] + whole + f[2] + "，其中" + f[1] + done + f[2] + "。");
          assertThat(read.targets()).as(task).hasSize(2);
          assertThat(read.targets().get(1).metric()).as(task).startsWith(f[1]).hasSizeGreaterThan(f[1].length());
          assertThat(FormsOfWritingTest.pairs(read)).as(task)
              .containsExactly(read.targets().get(0).kind().name() + " EXACTLY " + whole + f[2] + " ← " + whole + f[2],
                  read.targets().get(1).kind().name() + " EXACTLY " + part + f[2] + " ← " + done + f[2]);
        });
  }

  @Test
  void theTasksWorkClaimedAsItsTaskIsDoneButNotAPartOrAFigure() {
    String[] whole = {"完成新建公厕任务。", "已完成年度改造任务。", "全面完成老旧小区改造任务。", "完成了全年植树造林任务。"};
    for (String said : whole) {
      assertThat(StatusCues.claim(said)).as(said).contains(Status.MET);
    }
    String[] notWhole = {"完成部分改造任务。", "已完成第一阶段任务，第二阶段正在施工。", "完成一期建设任务。", "未完成新建公厕任务。",
        "力争完成新建公厕任务。"};
    for (String said : notWhole) {
      assertThat(StatusCues.claim(said)).as(said).isNotEqualTo(java.util.Optional.of(Status.MET));
    }
  }

  @Test
  void aDifferenceFromANamedYearIsNoWorkDone() {
    qt().withExamples(300).forAll(integers().between(2015, 2021), integers().between(1000, 9000), integers().between(1, 900),
        integers().between(0, 2)).checkAssert((year, done, difference, form) -> {
          String compared = new String[] {"较%d年增加%d人", "比%d年同期增加%d人", "较%d年减少%d人"}[form];
          String task = "新增城镇就业3000人";
          String plain = "新增城镇就业" + done + "人。";
          String narrative = "新增城镇就业" + done + "人，" + String.format(compared, year, difference) + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          Task alone = FormsOfWritingTest.extracted(task, plain);
          assertThat(FormsOfWritingTest.pairs(read)).as(narrative).isEqualTo(FormsOfWritingTest.pairs(alone));
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(narrative)
              .isEqualTo(FormsOfWritingTest.assessed(alone, 12).status());
        });
  }

  @Test
  void theYearsPartOfARunningTotalIsTheYearsWork() {
    String[] since = {"两年", "三年来", "近年来", "“十四五”以来", ""};
    String[] year = {"其中今年%d座", "其中当年%d座", "其中年内%d座", "其中本年度%d座"};
    qt().withExamples(200).forAll(integers().between(0, since.length - 1), integers().between(0, year.length - 1),
        integers().between(1, 40), integers().between(1, 60)).checkAssert((s1, y, part, earlier) -> {
          String narrative = since[s1] + "累计新建公厕" + (part + earlier) + "座，" + String.format(year[y], part) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("新建公厕20座", narrative))).as(narrative)
              .containsExactly("COUNT EXACTLY 20座 ← " + part + "座");
        });
  }

  @Test
  void policiesIssuedAndBuildingsOpenedAreDoneAndPlansAwaitingApprovalRun() {
    qt().withExamples(50).forAll(integers().between(1, 12)).checkAssert(month -> {
      for (String done : new String[] {"《若干措施》已于%d月印发实施。", "市民服务中心已于%d月正式启用。", "考核办法已于%d月经市政府常务会议审议通过。"}) {
        String said = String.format(done, month);
        assertThat(FormsOfWritingTest.extracted("出台促进民营经济发展政策措施", said).outcome().cue()).as(said).isEqualTo(Status.MET);
      }
    });
    for (String running : new String[] {"规划成果已上报省政府待批。", "方案已报送市政府待审批。"}) {
      assertThat(FormsOfWritingTest.extracted("完成国土空间总体规划编制", running).outcome().cue()).as(running)
          .isEqualTo(Status.ONGOING);
    }
  }

  @Test
  void projectsSignedAreProjectsWon() {
    String[] targets = {"引进重大项目%d个", "招引亿元以上项目%d个", "签约项目%d个", "新引进项目%d个"};
    String[] won = {"已签约项目%d个。", "引进项目%d个。", "落地项目%d个。", "签约落地项目%d个。"};
    qt().withExamples(200).forAll(integers().between(0, targets.length - 1), integers().between(0, won.length - 1),
        integers().between(5, 60), integers().between(1, 80)).checkAssert((t, w, goal, done) -> {
          String task = String.format(targets[t], goal);
          String narrative = String.format(won[w], done);
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + goal + "个 ← " + done + "个");
        });
    // projects still to be won are none
    assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("签约项目10个", "策划包装招商项目50个。")))
        .containsExactly("COUNT EXACTLY 10个 ← -");
  }

  @Test
  void aNarrowedPartIsNoEvidenceInItsWholesStead() {
    String[] qualifiers = {"公共", "路内", "社会", "机关"};
    String[] wholes = {"新增停车泊位", "新增停车位", "新建停车泊位"};
    qt().withExamples(300).forAll(integers().between(0, qualifiers.length - 1), integers().between(0, wholes.length - 1),
        integers().between(500, 5000), integers().between(10, 90)).checkAssert((q, w, whole, percent) -> {
          int part = whole * percent / 100;
          String narrative = wholes[w] + whole + "个，其中" + qualifiers[q] + "停车位" + part + "个。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted("新增城区停车位2000个", narrative))).as(narrative)
              .containsExactly("COUNT EXACTLY 2000个 ← " + whole + "个");
        });
    // a target of the part keeps the part: 其中贫困人口 ‖ 其中建档立卡贫困人口
    Task parts = FormsOfWritingTest.extracted("实施易地扶贫搬迁18695人，其中贫困人口14861人",
        "已完成搬迁入住18695人(其中:建档立卡贫困人口16449人)。");
    assertThat(FormsOfWritingTest.pairs(parts)).containsExactly("COUNT EXACTLY 18695人 ← 18695人", "COUNT EXACTLY 14861人 ← 16449人");
  }
}
