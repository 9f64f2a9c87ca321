package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Status;
import io.github.workreport.Task;
import io.github.workreport.UnverifiedReason;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found in an eighth round of probing. A stage said with how much or how it went
 * (新开工保障性租赁住房850套，基本建成620套; 全部建成, 陆续建成) named no things of its own, so it did not
 * take the started figure's things and the 850 begun answered 新建保障性租赁住房800套: 超额完成 where 620
 * were built. Things said to be past a first step of the work (15个小区已全部完成招标，开工12个，其中完工4个)
 * were the count of the work done: 完成 for 改造城区老旧小区15个, where four were renovated. A total
 * after its parts (新建公厕22座，改造公厕31座，合计53座; 城镇新建公厕22座，农村新建公厕31座，共计53座) took
 * the last part's name, so the first part answered the whole: 22 of 50, 未完成, where 53 were built.
 * And parts naming only their work (新建改造农贸市场10个 ‖ 已完成新建2个、改造5个) were no parts: 2 of 10.
 * A building's shell said done (三所学校主体工程均已封顶) and work done said by an estimate (预计8月底竣工)
 * were no cue: 无法判定 for work that runs; an aim alone (力争年底前投入运营) stays none. A narrative that
 * restates the target under its label (全年目标：新建公厕15座。完成情况：已建成16座) had the 15 for done: 完成.
 * The points of a list told in order (一是新建公厕16座；二是…) kept 一是 in the subject. A set said first
 * with its work in hand after its thing (6个老旧小区改造正在施工中) was six renovated: 完成. A ratio of counts
 * (千人口托位数达到3.88个) was added to the count before it (540 + 3.88 托位). A pace kept at mid-year named
 * as a goal (实现“双过半”目标) was a claim of the goal reached: 完成. An indicator row naming percent as
 * its unit (研发经费支出占GDP比重（%）2.5 ‖ 实绩：2.31) left its bare actual figure no unit: 无法判定. Work
 * told by parts of the ground that are no townships (城区建成22座、乡镇建成25座; 东片区完成1600户) was another
 * subject per figure: 无法判定. A programme brought to its close (圆满收官) was no cue. The target beaten,
 * restated after the excess (超额完成2018年580万套的目标任务), was a figure done beside the figure done. A
 * figure in a cause (完成2800亩，因200亩地块涉及基本农田调整，延至明年实施) answered the target: 200 of 3000.
 * 新改建 was work on what exists only, so 建成95公里 was other work for 新改建农村公路120公里. A total after
 * words of no subject (全年合计182.4万亩) or of parts sharing no name (早稻18.6万吨，中晚稻33.1万吨，全年合计
 * 51.7万吨) took the last part's name: the first part, or nothing, answered the target. A ceiling on a
 * count answered by none happening (安全生产事故死亡人数控制在2人以内 ‖ 全年未发生安全生产死亡事故) had no figure.
 * Things listed by name before their count (东湖村、西岭村、上湾村3个村已完工) made the names the subject.
 */
class EighthRoundFormsTest {
  /** A thing a target builds and its classifier. */
  private static final String[][] THINGS = {
      {"保障性租赁住房", "套"}, {"公厕", "座"}, {"学校", "所"}, {"安置房", "套"}, {"农村公路", "公里"}, {"养老服务中心", "个"}};
  private static final String[] MANNERS = {"", "基本", "全部", "陆续", "相继", "已基本", "已全部"};
  private static final String[] DONE = {"建成", "完工", "竣工"};

  @Test
  void aStageSaidWithHowMuchOfItWasDoneCountsTheSameThings() {
    qt().withExamples(400).forAll(integers().between(0, THINGS.length - 1), integers().between(0, MANNERS.length - 1),
        integers().between(0, DONE.length - 1), integers().between(0, 100_000)).checkAssert((thing, manner, done, any) -> {
          String[] t = THINGS[thing];
          int target = 10 + any % 900;
          int started = target + 1 + any % 50; // more begun than the target asks
          int built = target / 2 + any % (target / 2); // fewer built
          String task = "新建" + t[0] + target + t[1];
          String narrative = "新开工" + t[0] + started + t[1] + "，" + MANNERS[manner] + DONE[done] + built + t[1] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly(kind(t[1]) + " EXACTLY " + target + t[1] + " ← " + built + t[1]);
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative)
              .isIn(Status.NOT_MET, Status.BASICALLY_MET);
        });
  }

  @Test
  void mannerWithoutWorkIsNoWork() {
    for (String words : new String[] {"基本", "全部", "已", "基本建成率", "全部小区"}) {
      assertThat(Metrics.onlyWork(words)).as(words).isFalse();
    }
    for (String words : new String[] {"基本建成", "全部完工", "已建成", "开工改造", "陆续投入使用"}) {
      assertThat(Metrics.onlyWork(words)).as(words).isTrue();
    }
  }

  private static final String[] STEPS = {"招标", "选址", "立项", "方案设计", "前期工作"};
  /** How a narrative says a set passed a first step: %1$d all, %2$s thing, %3$s classifier, %4$s step. */
  private static final String[] PAST_A_STEP = {"%1$d%3$s%2$s已全部完成%4$s", "%1$d%3$s%2$s均已完成%4$s", "%1$d%3$s%2$s完成%4$s"};

  @Test
  void thingsPastAFirstStepAreNoWorkDone() {
    String[][] things = {{"老旧小区", "个"}, {"公厕", "座"}, {"村卫生室", "个"}, {"学校", "所"}};
    String[] works = {"改造", "新建", "建成"};
    qt().withExamples(400).forAll(integers().between(0, things.length - 1), integers().between(0, STEPS.length - 1),
        integers().between(0, PAST_A_STEP.length - 1), integers().between(0, 100_000)).checkAssert((thing, step, form, any) -> {
          String[] t = things[thing];
          int all = 3 + any % 40;
          int started = 2 + any % (all - 1);
          int done = 1 + any % (started - 1);
          String task = works[any % works.length] + t[0] + all + t[1];
          String set = String.format(PAST_A_STEP[form], all, t[0], t[1], STEPS[step]);
          String narrative = set + "，开工" + started + t[1] + "，其中完工" + done + t[1] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + all + t[1] + " ← " + done + t[1]);
          Task stepOnly = FormsOfWritingTest.extracted(task, set + "。");
          assertThat(FormsOfWritingTest.pairs(stepOnly)).as(task + " ‖ " + set)
              .containsExactly("COUNT EXACTLY " + all + t[1] + " ← -");
          assertThat(stepOnly.matches().get(0).reason()).as(task + " ‖ " + set).contains(UnverifiedReason.STARTED_NOT_DONE);
        });
  }

  @Test
  void aTargetOfTheFirstStepIsAnsweredByIt() {
    Task read = FormsOfWritingTest.extracted("完成项目招标12个", "12个项目已全部完成招标。");
    assertThat(FormsOfWritingTest.pairs(read)).containsExactly("COUNT EXACTLY 12个 ← 12个");
  }

  private static String kind(String classifier) {
    return classifier.equals("公里") ? "AMOUNT" : "COUNT";
  }

  /** Parts of one thing by their work or their place: %1$s thing; the parts' words, then the whole's name. */
  private static final String[][] PARTS = {
      {"新建%s", "改造%s", "新建改造%s"}, {"城镇新建%s", "农村新建%s", "新建%s"}, {"新建%s", "提升改造%s", "新建提升改造%s"},
      {"中心城区新建%s", "乡镇新建%s", "新建%s"}};
  private static final String[] TOTALS = {"合计", "共计", "总计", "共", "合计完成", "共计完成"};

  @Test
  void aTotalAfterItsPartsIsTheirWholesFigure() {
    String[][] things = {{"公厕", "座"}, {"农贸市场", "个"}, {"停车场", "个"}, {"学校", "所"}};
    qt().withExamples(400).forAll(integers().between(0, things.length - 1), integers().between(0, PARTS.length - 1),
        integers().between(0, TOTALS.length - 1), integers().between(0, 100_000)).checkAssert((thing, parts, total, any) -> {
          String[] t = things[thing];
          String[] p = PARTS[parts];
          int a = 5 + any % 40;
          int b = 5 + any / 40 % 40;
          int whole = a + b;
          int target = whole - 1 - any % 3; // fewer than done, more than either part
          String task = String.format(p[2], t[0]) + target + t[1];
          String narrative = String.format(p[0], t[0]) + a + t[1] + "，" + String.format(p[1], t[0]) + b + t[1] + "，"
              + TOTALS[total] + whole + t[1] + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + t[1] + " ← " + whole + t[1]);
          assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task + " ‖ " + narrative).isEqualTo(Status.EXCEEDED);
        });
  }

  @Test
  void partsNamingOnlyTheTargetsWorksAreSummed() {
    String[] verbs = {"已完成", "完成", ""};
    String[] joiners = {"、", "，"};
    qt().withExamples(300).forAll(integers().between(0, verbs.length - 1), integers().between(0, joiners.length - 1),
        integers().between(1, 40), integers().between(1, 40)).checkAssert((verb, joiner, a, b) -> {
          int target = a + b + 3;
          String task = "新建改造农贸市场" + target + "个";
          String narrative = verbs[verb] + "新建" + a + "个" + joiners[joiner] + "改造" + b + "个。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + "个 ← " + (a + b) + "个");
          // a target of one of the works is answered by its own figure alone
          String one = "新建农贸市场" + target + "个";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(one, narrative))).as(one + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + target + "个 ← " + a + "个");
        });
  }

  private static final String[] SHELLS = {"主体已封顶", "主体工程均已封顶", "主体结构全部封顶", "主体已完工", "已完成主体工程", "主体封顶"};
  private static final String[] TO_COME = {"预计%d月底竣工", "预计%d月建成投用", "预计%d月底前完工", "预计%d月投入使用"};
  private static final String[] AIMS = {"力争%d月底竣工", "计划%d月建成", "争取%d月底前完工"};

  @Test
  void aShellDoneAndWorkDoneByAnEstimateAreWorkRunning() {
    qt().withExamples(200).forAll(integers().between(0, SHELLS.length - 1), integers().between(0, TO_COME.length - 1),
        integers().between(0, AIMS.length - 1), integers().between(1, 12)).checkAssert((shell, toCome, aim, month) -> {
          String building = "3所学校" + SHELLS[shell] + "。";
          assertThat(StatusCues.textual(building)).as(building).isEqualTo(Status.ONGOING);
          String estimate = "学校" + String.format(TO_COME[toCome], month) + "。";
          assertThat(StatusCues.textual(estimate)).as(estimate).isEqualTo(Status.ONGOING);
          String aimed = "学校" + String.format(AIMS[aim], month) + "。";
          assertThat(StatusCues.textual(aimed)).as(aimed).isEqualTo(Status.UNDETERMINED);
          String done = "学校已建成投用，" + String.format(TO_COME[toCome], month) + "。"; // done, then the rest to come
          assertThat(StatusCues.textual("学校已于" + month + "月建成投用。")).isEqualTo(Status.MET);
          assertThat(StatusCues.textual(done)).as(done).isEqualTo(Status.MET); // work said done outweighs an estimate after it
        });
  }

  private static final String[] TARGET_LABELS = {"全年目标：", "年度目标：", "目标任务：", "工作目标：", "年度计划："};
  private static final String[] DONE_LABELS = {"完成情况：", "实际完成：", "进展情况：", "", "截至目前，"};
  private static final String[] BETWEEN = {"。", "；", "，"};

  @Test
  void aTargetRestatedUnderItsLabelIsNoFigureDone() {
    qt().withExamples(300).forAll(integers().between(0, TARGET_LABELS.length - 1), integers().between(0, DONE_LABELS.length - 1),
        integers().between(0, BETWEEN.length - 1), integers().between(2, 500)).checkAssert((label, done, between, n) -> {
          int built = n + 1 + n % 7;
          String task = "新建公厕" + n + "座";
          String narrative = TARGET_LABELS[label] + "新建公厕" + n + "座" + BETWEEN[between] + DONE_LABELS[done] + "已建成" + built + "座。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + n + "座 ← " + built + "座");
          assertThat(read.outcome().measures()).as(narrative).hasSize(1);
        });
  }

  @Test
  void thePointsOfAListNameNoThing() {
    String[] points = {"一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"};
    qt().withExamples(100).forAll(integers().between(0, points.length - 1), integers().between(1, 500)).checkAssert((point, n) -> {
      String narrative = points[point] + "新建公厕" + n + "座；" + points[(point + 1) % points.length] + "改造公厕" + (n + 1) + "座。";
      Task read = FormsOfWritingTest.extracted("新建公厕" + n + "座，改造公厕" + (n + 1) + "座", narrative);
      assertThat(read.outcome().measures()).as(narrative).extracting(m -> m.metric()).containsExactly("新建公厕", "改造公厕");
    });
  }

  private static final String[] IN_HAND = {"正在施工中", "正在施工", "正在建设", "建设中", "施工中", "正在推进", "推进中"};

  @Test
  void aSetSaidFirstWithItsWorkInHandIsNoWorkDone() {
    String[][] things = {{"老旧小区改造", "个"}, {"公厕", "座"}, {"农村公路", "公里"}, {"学校建设", "所"}};
    qt().withExamples(200).forAll(integers().between(0, things.length - 1), integers().between(0, IN_HAND.length - 1),
        integers().between(1, 300), integers().between(1, 99)).checkAssert((thing, hand, n, share) -> {
          String[] t = things[thing];
          String task = n + t[1] + t[0];
          String narrative = n + t[1] + t[0] + IN_HAND[hand] + "（" + share + "%）。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).allMatch(p -> p.endsWith("← -"));
          assertThat(FormsOfWritingTest.assessed(read, 9).status()).as(task + " ‖ " + narrative).isEqualTo(Status.ONGOING);
          String begun = n + t[1] + t[0].replace("建设", "") + "均已开工。"; // a state each reached is still counted
          assertThat(FormsOfWritingTest.extracted(task, begun).outcome().measures()).as(begun).hasSize(1);
        });
  }

  @Test
  void aRatioOfCountsIsNoPartOfACount() {
    qt().withExamples(200).forAll(integers().between(10, 2000), integers().between(101, 999)).checkAssert((added, hundredths) -> {
      String task = "新增托位" + (added - 5) + "个";
      int ratio = hundredths % 10 == 0 ? hundredths + 1 : hundredths; // a fraction to its last digit
      String narrative = "新增托位" + added + "个，千人口托位数达到" + String.format("%d.%02d", ratio / 100, ratio % 100) + "个。";
      assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
          .containsExactly("COUNT EXACTLY " + (added - 5) + "个 ← " + added + "个");
    });
  }

  @Test
  void aPaceNamedAsAGoalIsNoGoalReached() {
    String[] paces = {"实现“双过半”目标。", "上半年重点项目建设实现“双过半”目标。", "实现时间过半、任务过半的目标。", "实现双过半目标任务。"};
    for (String pace : paces) {
      assertThat(StatusCues.declared(java.util.Optional.empty(), pace)).as(pace).isEqualTo(Status.UNDETERMINED);
      assertThat(StatusCues.textual(pace)).as(pace).isEqualTo(Status.ONGOING);
    }
    for (String reached : new String[] {"实现年度目标。", "实现全年目标任务。", "实现脱贫攻坚目标。"}) {
      assertThat(StatusCues.declared(java.util.Optional.empty(), reached)).as(reached).isEqualTo(Status.MET);
    }
  }

  private static final String[][] PERCENT_ROWS = {
      {"研发经费支出占GDP比重（%）{v}", "LEVEL"}, {"常住人口城镇化率（%）{v}", "LEVEL"}, {"万元GDP能耗下降（%）{v}", "DECLINE"},
      {"居民消费价格涨幅（%）{v}左右", "GROWTH"}, {"城乡居民基本养老保险参保率(%){v}以上", "LEVEL"}};
  private static final String[] ACTUAL_LABELS = {"实绩：", "实际完成：", "完成", "执行情况：", ""};

  @Test
  void aBareFigureInARowNamingPercentIsInPercent() {
    qt().withExamples(300).forAll(integers().between(0, PERCENT_ROWS.length - 1), integers().between(0, ACTUAL_LABELS.length - 1),
        integers().between(10, 990), integers().between(-50, 50)).checkAssert((row, label, tenths, off) -> {
          String target = (tenths / 10) + "." + (tenths % 10);
          int actualTenths = Math.min(1000, Math.max(1, tenths + off)); // a share: no more than the whole
          String actual = (actualTenths / 10) + "." + (actualTenths % 10);
          String task = PERCENT_ROWS[row][0].replace("{v}", target);
          String narrative = ACTUAL_LABELS[label] + actual;
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative).hasSize(1)
              .first().asString().startsWith(PERCENT_ROWS[row][1]).endsWith("← " + new java.math.BigDecimal(actual).stripTrailingZeros().toPlainString() + "%");
          // a row that names no unit keeps a bare figure from a percentage
          String unnamed = task.replace("（%）", "").replace("(%)", "") + "%";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(unnamed.replace("左右%", "%左右").replace("以上%", "%以上"), narrative)))
              .as(unnamed + " ‖ " + narrative).allMatch(p -> p.endsWith("← -"));
        });
  }

  private static final String[][] GROUND = {{"城区", "乡镇"}, {"城区", "农村"}, {"县城", "乡镇"}, {"东片区", "西片区"},
      {"主城区", "各乡镇"}, {"城镇", "乡村"}};
  private static final String[] WORK_THERE = {"建成", "新建", "完成", ""};

  @Test
  void workToldByPartsOfTheGroundIsTheirSum() {
    qt().withExamples(300).forAll(integers().between(0, GROUND.length - 1), integers().between(0, WORK_THERE.length - 1),
        integers().between(1, 500), integers().between(1, 500)).checkAssert((ground, work, a, b) -> {
          String task = "新建公厕" + (a + b + 2) + "座";
          String narrative = GROUND[ground][0] + WORK_THERE[work] + a + "座、" + GROUND[ground][1] + WORK_THERE[work] + b + "座。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + (a + b + 2) + "座 ← " + (a + b) + "座");
          // a target of one part is answered by that part alone
          String part = "新建" + GROUND[ground][0] + "公厕" + (a + 2) + "座";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(part, narrative))).as(part + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + (a + 2) + "座 ← " + a + "座");
        });
  }

  @Test
  void aProgrammeBroughtToItsCloseIsDone() {
    for (String closed : new String[] {"新一轮农村电网改造升级圆满收官。", "创建工作顺利收官。", "三年行动全面收官，各项任务全部完成。"}) {
      assertThat(StatusCues.textual(closed)).as(closed).isEqualTo(Status.MET);
    }
    String lastYear = "今年是“十四五”规划收官之年，各项工作有序推进。"; // the plan's last year: nothing closed
    assertThat(StatusCues.textual(lastYear)).as(lastYear).isEqualTo(Status.ONGOING);
  }

  private static final String[] BEATEN = {"超额完成全年%d万人以上的目标任务", "超额完成%d万人的年度目标", "超额完成年初确定的%d万人的目标任务"};

  @Test
  void theTargetBeatenRestatedIsNoFigureDone() {
    qt().withExamples(200).forAll(integers().between(0, BEATEN.length - 1), integers().between(10, 2000), integers().between(1, 300))
        .checkAssert((form, target, more) -> {
          String narrative = "城镇新增就业" + (target + more) + "万人，" + String.format(BEATEN[form], target) + "。";
          Task read = FormsOfWritingTest.extracted("城镇新增就业" + target + "万人以上", narrative);
          assertThat(read.outcome().measures()).as(narrative).extracting(m -> m.value().intValue()).containsExactly(target + more);
        });
    // without the excess, the goal named is the figure reached
    Task reached = FormsOfWritingTest.extracted("全社会固定资产投资增长10%", "完成全社会固定资产投资增长12%的目标。");
    assertThat(FormsOfWritingTest.pairs(reached)).containsExactly("GROWTH EXACTLY 10% ← 12%");
  }

  private static final String[] CAUSES = {"因%d亩地块涉及永久基本农田调整", "由于%d亩用地指标未落实", "因为%d亩土地流转未完成"};

  @Test
  void aFigureInACauseIsNoFigureDone() {
    qt().withExamples(200).forAll(integers().between(0, CAUSES.length - 1), integers().between(100, 5000), integers().between(1, 99))
        .checkAssert((cause, done, left) -> {
          String task = "新建高标准农田" + (done + left) + "亩";
          String narrative = "完成" + done + "亩，" + String.format(CAUSES[cause], left) + "，延至明年实施。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("AMOUNT EXACTLY " + (done + left) + "亩 ← " + done + "亩");
        });
    // work named in the cause's clause is work done: 因地制宜建成污水处理设施12处
    Task adapted = FormsOfWritingTest.extracted("建设污水处理设施10处", "因地制宜建成污水处理设施12处。");
    assertThat(FormsOfWritingTest.pairs(adapted)).containsExactly("COUNT EXACTLY 10处 ← 12处");
  }

  @Test
  void newOrRebuiltIsBothKindsOfWork() {
    for (String done : new String[] {"建成", "新建", "改建", "完成新改建"}) {
      Task read = FormsOfWritingTest.extracted("新改建农村公路120公里", done + "95公里。");
      assertThat(FormsOfWritingTest.pairs(read)).as(done).containsExactly("AMOUNT EXACTLY 120公里 ← 95公里");
    }
  }

  private static final String[][] HARVESTS = {
      {"粮食播种面积", "夏粮播种面积", "秋粮播种面积", "万亩"}, {"粮食总产量", "早稻", "中晚稻", "万吨"},
      {"粮食总产量", "夏粮产量", "秋粮产量", "万吨"}};
  private static final String[] TOTALS_SAID = {"全年合计", "合计", "全年共计", "总计", "全县合计"};

  @Test
  void aTotalOfPartsNamedApartIsTheTasks() {
    qt().withExamples(300).forAll(integers().between(0, HARVESTS.length - 1), integers().between(0, TOTALS_SAID.length - 1),
        integers().between(10, 900), integers().between(10, 900)).checkAssert((harvest, said, a, b) -> {
          String[] h = HARVESTS[harvest];
          int target = a + b - 5;
          String task = h[0] + "稳定在" + target + h[3] + "以上";
          String narrative = h[1] + a + h[3] + "，" + h[2] + b + h[3] + "，" + TOTALS_SAID[said] + (a + b) + h[3] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("AMOUNT AT_LEAST " + target + h[3] + " ← " + (a + b) + h[3]);
        });
  }

  private static final String[][] CEILINGS = {
      {"全年安全生产事故死亡人数控制在%d人以内", "全年未发生安全生产死亡事故", "人"},
      {"较大以上生产安全事故控制在%d起以内", "全年未发生较大以上生产安全事故", "起"},
      {"重大火灾事故不超过%d起", "重大火灾事故零发生", "起"},
      {"群体性事件控制在%d起以内", "全年没有发生群体性事件", "起"}};

  @Test
  void noneHappeningIsACountOfZeroUnderACeiling() {
    qt().withExamples(100).forAll(integers().between(0, CEILINGS.length - 1), integers().between(1, 20)).checkAssert((row, n) -> {
      String[] c = CEILINGS[row];
      String task = String.format(c[0], n);
      Task read = FormsOfWritingTest.extracted(task, c[1] + "。");
      assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + c[1]).containsExactly("COUNT AT_MOST " + n + c[2] + " ← 0" + c[2]);
      assertThat(FormsOfWritingTest.assessed(read, 12).status()).as(task).isEqualTo(Status.MET);
      // a clause with a figure of its own is no zero, nor is a target with no ceiling
      assertThat(FormsOfWritingTest.extracted(task, c[1] + "3起，一般事故" + (n + 1) + c[2] + "。").outcome().measures())
          .noneMatch(m -> m.value().signum() == 0);
      assertThat(FormsOfWritingTest.extracted("新建公厕" + n + "座", c[1] + "。").outcome().measures()).isEmpty();
    });
  }

  @Test
  void aGradeOfTheThingIsNoComparison() {
    assertThat(FormsOfWritingTest.extracted("较大以上生产安全事故控制在1起以内", "").targets())
        .extracting(t -> t.metric()).containsExactly("较大以上生产安全事故");
    assertThat(FormsOfWritingTest.extracted("新增就业3000人", "较上年新增就业3200人。").outcome().measures())
        .extracting(m -> m.metric()).containsExactly("新增就业");
  }

  private static final String[] VILLAGES = {"东湖村", "西岭村", "南塘村", "北山村", "中坪村", "上湾村", "下湾村", "石门村"};

  @Test
  void thingsListedByNameBeforeTheirCountAreWhatItCounts() {
    qt().withExamples(100).forAll(integers().between(2, VILLAGES.length - 1), integers().between(1, 5)).checkAssert((named, more) -> {
      String list = String.join("、", java.util.Arrays.asList(VILLAGES).subList(0, named));
      String task = "完成" + (named + more) + "个行政村生活污水治理";
      String narrative = list + named + "个村已完工，其余正在施工。";
      assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
          .containsExactly("COUNT EXACTLY " + (named + more) + "个 ← " + named + "个");
    });
    assertThat(Grammar.namesTheCountedOneByOne("东湖村、西岭村", "村")).isTrue();
    assertThat(Grammar.namesTheCountedOneByOne("城关镇、河口镇", "村")).isFalse(); // townships, counting villages
    assertThat(Grammar.namesTheCountedOneByOne("新建公厕", "座")).isFalse();
  }
}
