package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.workreport.Match;
import io.github.workreport.Measure;
import io.github.workreport.Outcome;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import io.github.workreport.rules.Classifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of the text parsers: every parser is total (any string, control characters and 1 MB
 * lines included, gives a result, never an exception), and re-expressing a quantity in another
 * scale never changes a match.
 */
class TextParsersPropertiesTest {

  /** Words of reports, cut so that random joins make the parsers take every path. */
  private static final String[] FRAGMENTS = {
      "增长", "下降", "达到", "提高到", "控制在", "不少于", "不超过", "以上", "以内", "左右", "力争", "确保", "预计",
      "新建", "新增", "提升改造", "累计", "截至目前", "其中", "城镇", "农村", "完成", "由", "调整为", "超额完成", "占年任务",
      "完成率", "第", "“", "”", "《", "》", "（", "）", "、", "，", "。", "；", "\t", "\n", " ", "　", "+", "-", "/", ".",
      "0", "7", "7.5", "１２", "2020年", "2022年9月", "4月底前", "年内", "十三", "两", "一千二百", "三万五千", "零",
      "百分之", "%", "％", "个百分点", "万", "亿", "元", "万元", "亿元", "千米", "公里", "平方米", "万平方米", "亩", "吨",
      "个", "家", "座", "所", "条", "处", "人", "名", "户", "人次", "批次", "个工作日", "元/月/人", "微克/立方米", "余", "多",
      "近", "约", "超过", "到", "至", "公厕", "企业", "项目", "学校", "道路", "号线", "届", "KV", "PM2.5", "5G",
      "\u0000", "\u0007", "\uFEFF", "\uD83D\uDE00", "\uD800"};

  static Gen<String> reportish() {
    return lists().of(arbitrary().pick(FRAGMENTS)).ofSizeBetween(0, 40).map(parts -> String.join("", parts));
  }

  static Gen<String> anything() {
    return strings().allPossible().ofLengthBetween(0, 80)
        .mix(strings().betweenCodePoints(0, 0x7F).ofLengthBetween(0, 80))
        .mix(strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(0, 40))
        .mix(reportish(), 60);
  }

  private static void everything(String text, String narrative) {
    assertThat(TargetParser.standard().parse(text)).isNotNull();
    assertThat(TargetParser.standard().deadline(text, OptionalInt.of(2020))).isNotNull();
    assertThat(MeasureParser.standard().parse(narrative, OptionalInt.of(2020))).isNotNull();
    assertThat(StatusCues.textual(narrative)).isNotNull();
    assertThat(StatusCues.ofHeading(text)).isNotNull();
    Task task = Task.builder().number(1).text(text).addResponsibleUnit(text.length() > 8 ? text.substring(0, 8) : text)
        .outcome(Outcome.builder().narrative(narrative).build()).build();
    Task extracted = TaskExtractor.standard().extract(task, Optional.of(Status.MET), OptionalInt.of(2020));
    assertThat(AssignmentMatcher.standard().match(extracted)).hasSize(extracted.targets().size());
    for (Target t : extracted.targets()) {
      t.span().ifPresent(span -> assertThat(span.end()).isLessThanOrEqualTo(text.length()));
    }
    for (Measure m : extracted.outcome().measures()) {
      m.span().ifPresent(span -> assertThat(span.end()).isLessThanOrEqualTo(narrative.length()));
    }
    Classifier.standard().assess(extracted);
  }

  @Test
  void everyParserIsTotal() {
    qt().withExamples(3_000).forAll(anything(), anything()).checkAssert(TextParsersPropertiesTest::everything);
  }

  @Test
  void everyParserIsTotalOnReportLikeText() {
    qt().withExamples(3_000).forAll(reportish(), reportish()).checkAssert(TextParsersPropertiesTest::everything);
  }

  private static String repeat(String s, int length) {
    StringBuilder b = new StringBuilder(length + s.length());
    while (b.length() < length) {
      b.append(s);
    }
    return b.toString();
  }

  @Test
  void oneMegabyteLinesAreReadInSeconds() {
    int mb = 1 << 20;
    List<String> inputs = List.of(
        repeat("全面落实增长6%以上，", mb),
        repeat("完成 5.5 万元。", mb),
        repeat("新建公厕15座、", mb),
        repeat("5个", mb),
        repeat("、", mb) + "新建5个",
        repeat("1", mb),
        repeat("一二三四五六七八九十百千万亿", mb),
        repeat("6%以上全", mb),
        repeat("）", mb) + "5个",
        repeat("“5个", mb),
        repeat("由5%调整为", mb),
        repeat("\u0000\t\n", mb / 3),
        repeat("力争", mb) + "增长5%");
    for (String input : inputs) {
      long start = System.nanoTime();
      everythingOnce(input, input.substring(0, Math.min(input.length(), 4096)));
      everythingOnce("新增公厕15座", input);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(millis).as("reading %s…", input.substring(0, 12)).isLessThan(30_000);
    }
  }

  /** A task of full coverage looks for 覆盖率 before each of two megabytes of rates: close before each, no further. */
  @Test
  void twoMegabytesOfRatesBesideATaskOfFullCoverageAreJudgedInSeconds() {
    String narrative = repeat("检测100%", 2 << 20);
    long start = System.nanoTime();
    Task task = Task.builder().number(1).text("城市桥梁安全检测：年度目标全覆盖")
        .outcome(Outcome.builder().narrative(narrative).build()).build();
    Task read = TaskExtractor.standard().extract(task, Optional.empty(), OptionalInt.of(2020));
    io.github.workreport.rules.Classifier.standard().assess(read, Optional.empty());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).as("two megabytes of rates").isLessThan(30_000);
  }

  private static void everythingOnce(String text, String narrative) {
    TargetParser.standard().parse(text);
    TargetParser.standard().deadline(text, OptionalInt.of(2020));
    MeasureParser.standard().parse(narrative, OptionalInt.of(2020));
    StatusCues.declared(Optional.empty(), narrative);
    Task task = Task.builder().number(1).text(text).outcome(Outcome.builder().narrative(narrative).build()).build();
    TaskExtractor.standard().extract(task, Optional.of(Status.MET), OptionalInt.of(2020));
  }

  // ------------------------------------------------------------------ scale never changes a match

  /** The same amount in another unit of its dimension: 258.77亿元 as 2587700万元, 15座 as 0.0015万座. */
  static Quantity rescaled(Quantity q, int choice) {
    Unit unit = q.unit();
    List<Unit> same = new ArrayList<>();
    switch (unit.dimension()) {
      case CURRENCY -> same.addAll(List.of(Unit.YUAN, Unit.QIAN_YUAN, Unit.WAN_YUAN, Unit.YI_YUAN));
      case LENGTH -> same.addAll(List.of(Unit.METRE, Unit.KILOMETRE, Unit.GONGLI));
      case AREA -> same.addAll(List.of(Unit.SQUARE_METRE, Unit.WAN_SQUARE_METRE, Unit.HECTARE, Unit.SQUARE_KILOMETRE));
      case MASS -> same.addAll(List.of(Unit.TON, Unit.WAN_TON, Unit.KILOGRAM));
      case COUNT -> {
        String base = unit.symbol().startsWith("万") || unit.symbol().startsWith("亿") ? unit.symbol().substring(1) : unit.symbol();
        same.addAll(List.of(Unit.parse(base), Unit.parse("万" + base), Unit.parse("亿" + base)));
      }
      default -> same.add(unit);
    }
    Unit to = same.get(Math.floorMod(choice, same.size()));
    return unit.isCommensurableWith(to) ? q.to(to) : q;
  }

  @Test
  void reExpressingATargetOrAMeasureInAnotherScaleNeverChangesAMatch() {
    Report seed = TableText.read(Seed.bytes(), Seed.NAME);
    List<Task> tasks = seed.tasks().stream().filter(t -> !t.targets().isEmpty()).toList();
    qt().withExamples(2_000).forAll(integers().between(0, tasks.size() - 1), integers().all(), integers().all())
        .checkAssert((index, targetChoice, measureChoice) -> {
          Task task = tasks.get(index);
          List<Match> before = AssignmentMatcher.standard().match(task);
          List<Target> targets = new ArrayList<>();
          int k = 0;
          for (Target t : task.targets()) {
            targets.add(t.withQuantity(rescaled(t.quantity(), targetChoice + k++)));
          }
          List<Measure> measures = new ArrayList<>();
          for (Measure m : task.outcome().measures()) {
            measures.add(m.withQuantity(rescaled(m.quantity(), measureChoice + k++)));
          }
          Task rescaled = task.withTargets(targets).withOutcome(task.outcome().withMeasures(measures));
          assertThat(AssignmentMatcher.standard().match(rescaled)).isEqualTo(before);
        });
  }

  @Test
  void rescaledQuantitiesAreTheSameAmount() {
    Quantity q = Quantity.of(new BigDecimal("258.77"), Unit.YI_YUAN);
    for (int choice = 0; choice < 4; choice++) {
      assertThat(rescaled(q, choice).isEquivalentTo(q)).isTrue();
    }
  }
}
