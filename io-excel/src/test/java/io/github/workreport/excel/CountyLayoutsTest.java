package io.github.workreport.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.workreport.Measure;
import io.github.workreport.Period;
import io.github.workreport.Report;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.Task;
import io.github.workreport.rules.Classifier;
import io.github.workreport.text.TableText;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Four task tables as counties lay them out, each read from a workbook and from the same table
 * written as text: the two readers share one header vocabulary, so both read the same targets,
 * measures, period and declared status.
 */
class CountyLayoutsTest {
  private static final String TITLE = "某县2021年政府工作报告重点工作任务分解表";

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("xlsx", (Function<Book, byte[]>) Book::xlsx),
        Arguments.of("xls", (Function<Book, byte[]>) Book::xls));
  }

  private static Report workbook(Book book, Function<Book, byte[]> format) {
    byte[] bytes = format.apply(book);
    Report read = ExcelReader.of(ExcelLayout.DEFAULT).read(new ByteArrayInputStream(bytes), "t");
    return Classifier.standard().classify(read);
  }

  private static Report text(List<Object[]> rows) {
    String table = rows.stream()
        .map(row -> Stream.of(row).map(c -> c == null ? "" : c instanceof Double ? number((Double) c) : c.toString())
            .collect(Collectors.joining("\t")))
        .collect(Collectors.joining("\n", "", "\n"));
    return Classifier.standard().classify(TableText.read(table, "t.txt"));
  }

  private static String number(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static Book book(List<Object[]> rows) {
    Book book = new Book().sheet("Sheet1");
    rows.forEach(book::row);
    return book;
  }

  /** What a reader made of a task that the other must make too. */
  private static List<String> reading(Task task) {
    List<String> out = new ArrayList<>();
    for (Target t : task.targets()) {
      out.add("target " + t.metric() + " " + t.kind() + " " + t.bound() + " " + t.value().stripTrailingZeros().toPlainString()
          + t.unit().symbol());
    }
    for (Measure m : task.outcome().measures()) {
      out.add("measure " + m.kind() + " " + m.quantity().value().stripTrailingZeros().toPlainString() + m.quantity().unit().symbol());
    }
    out.add("declared " + task.outcome().declaredStatus());
    out.add("status " + task.assessment().map(a -> a.status().toString()).orElse("-"));
    return out;
  }

  private static void assertReadAlike(Report workbook, Report text) {
    assertThat(workbook.period()).isEqualTo(text.period());
    assertThat(workbook.tasks()).hasSameSizeAs(text.tasks());
    for (int i = 0; i < text.tasks().size(); i++) {
      assertThat(reading(workbook.tasks().get(i))).as("task %d", i + 1).isEqualTo(reading(text.tasks().get(i)));
    }
  }

  private static Status status(Report report, int task) {
    return report.tasks().get(task - 1).assessment().orElseThrow().status();
  }

  private static Optional<Period> asOf(int month) {
    return Optional.of(Period.of(YearMonth.of(2021, month)));
  }

  // ------------------------------------------------------------ 重点工作 · 目标任务 · 牵头单位 · 进展情况

  static final List<Object[]> TARGET_COLUMN = List.of(
      new Object[] {TITLE},
      new Object[] {"序号", "重点工作", "目标任务", "牵头单位", "进展情况"},
      new Object[] {1.0, "城镇新增就业", "8600人", "县人社局", "1-9月城镇新增就业9120人。"},
      new Object[] {2.0, "新建公厕", "15座", "县城管局", "已建成12座，其余3座正在施工。"});

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aTargetColumnBesideTheTaskIsReadWithTheTaskAsItsSubject(String name, Function<Book, byte[]> format) {
    Report report = workbook(book(TARGET_COLUMN), format);

    Task employment = report.tasks().get(0);
    assertThat(employment.targets()).singleElement().satisfies(t -> {
      assertThat(t.metric()).isEqualTo("城镇新增就业");
      assertThat(t.value()).isEqualByComparingTo("8600");
      assertThat(t.unit().symbol()).isEqualTo("人");
    });
    assertThat(employment.outcome().measures()).extracting(m -> m.quantity().value().intValue()).containsExactly(9120);
    assertThat(status(report, 1)).isEqualTo(Status.EXCEEDED);
    assertThat(status(report, 2)).isEqualTo(Status.NOT_MET); // a year-end report: its title names no month
    assertReadAlike(report, text(TARGET_COLUMN));
  }

  // ------------------------------------------------------------ 截至9月底进展情况

  static final List<Object[]> DATED_NARRATIVE = List.of(
      new Object[] {TITLE},
      new Object[] {"序号", "工作任务", "责任领导", "牵头单位", "配合单位", "截至9月底进展情况"},
      new Object[] {1.0, "城镇新增就业8600人", "张三", "县人社局", "县财政局", "城镇新增就业9120人。"},
      new Object[] {2.0, "新建公厕15座", "李四", "县城管局", "各乡镇", "已建成12座，其余3座正在施工。"});

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aNarrativeHeaderThatNamesAMonthDatesTheReport(String name, Function<Book, byte[]> format) {
    Report report = workbook(book(DATED_NARRATIVE), format);

    assertThat(report.period()).isEqualTo(asOf(9));
    assertThat(status(report, 2)).isEqualTo(Status.ONGOING); // 12 of 15 by September is under way, not missed
    assertThat(report.tasks().get(0).responsibleUnits()).containsExactly("县人社局", "县财政局");
    assertReadAlike(report, text(DATED_NARRATIVE));
  }

  // ------------------------------------------------------------ 完成情况（截至6月底） · 备注

  static final List<Object[]> REMARK_OF_STATUS = List.of(
      new Object[] {TITLE},
      new Object[] {"序号", "工作任务", "牵头单位", "完成情况（截至6月底）", "备注"},
      new Object[] {1.0, "城镇新增就业8600人", "县人社局", "城镇新增就业5120人。", null},
      new Object[] {2.0, "新建公厕15座", "县城管局", "已建成15座。", "已完成"});

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aRemarkOfStatusIsTheTasksDeclaredStatusAndABracketedDateDatesTheReport(String name,
      Function<Book, byte[]> format) {
    Report report = workbook(book(REMARK_OF_STATUS), format);

    assertThat(report.period()).isEqualTo(asOf(6));
    assertThat(report.tasks().get(1).outcome().declaredStatus()).isEqualTo(Status.MET);
    assertThat(report.tasks().get(1).outcome().narrative()).endsWith("备注：已完成");
    assertThat(report.tasks().get(0).outcome().declaredStatus()).isEqualTo(Status.UNDETERMINED);
    assertThat(status(report, 1)).isEqualTo(Status.ONGOING);
    assertReadAlike(report, text(REMARK_OF_STATUS));
  }

  // ------------------------------------------------------------ 项目名称 · 建设内容 · 年度计划投资（万元） · 1-9月完成投资（万元）

  static final List<Object[]> PROJECTS = List.of(
      new Object[] {"某县2021年重点项目推进情况表"},
      new Object[] {"序号", "项目名称", "建设内容", "年度计划投资（万元）", "1-9月完成投资（万元）", "形象进度"},
      new Object[] {1.0, "县医院迁建", "新建门诊楼2万平方米", 12000.0, 9800.0, "主体封顶"},
      new Object[] {2.0, "污水处理厂", "日处理2万吨", 5000.0, 5200.0, "已投入试运行"});

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aProjectTableTakesItsUnitsAndPeriodFromTheHeaders(String name, Function<Book, byte[]> format) {
    Report report = workbook(book(PROJECTS), format);

    assertThat(report.period()).isEqualTo(asOf(9));
    Task hospital = report.tasks().get(0);
    assertThat(hospital.text()).isEqualTo("县医院迁建：新建门诊楼2万平方米，年度计划投资12000万元");
    assertThat(hospital.targets()).extracting(t -> t.value().intValue() + t.unit().symbol())
        .containsExactly("2万平方米", "12000万元");
    assertThat(hospital.outcome().measures()).extracting(m -> m.quantity().value().intValue() + m.quantity().unit().symbol())
        .containsExactly("9800万元");
    assertThat(status(report, 1)).isEqualTo(Status.ONGOING);
    assertThat(status(report, 2)).isEqualTo(Status.EXCEEDED);
    assertReadAlike(report, text(PROJECTS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aColumnTheFormatDoesNotKnowIsKeptInTheNarrativeUnderItsHeaderAsInTheTextTwin(String name,
      Function<Book, byte[]> format) {
    // 责任领导 and 形象进度 name no column of the format; their cells are the task's all the same
    for (List<Object[]> rows : List.of(DATED_NARRATIVE, PROJECTS)) {
      Report workbook = workbook(book(rows), format);
      Report text = text(rows);
      for (int i = 0; i < text.tasks().size(); i++) {
        assertThat(workbook.tasks().get(i).outcome().narrative()).as("task %d", i + 1)
            .isEqualTo(text.tasks().get(i).outcome().narrative());
      }
    }
    assertThat(workbook(book(DATED_NARRATIVE), format).tasks().get(1).outcome().narrative()).contains("责任领导：李四");
    assertThat(workbook(book(PROJECTS), format).tasks().get(0).outcome().narrative()).contains("形象进度：主体封顶");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aFirstTaskNamingAProjectIsATaskNotMoreOfTheHeader(String name, Function<Book, byte[]> format) {
    // 项目 names a column, so 推进重点项目建设。 alone could pass for a second header row; its number and
    // its full stop say it is a task
    Book book = new Book().sheet("任务")
        .row("序号", "主要任务", "责任单位", "完成情况")
        .row("1", "推进重点项目建设。", "区发改委", "已完成。")
        .row("2", "新建学校2所。", "区教育局", "已建成3所。");
    Report report = workbook(book, format);

    assertThat(report.tasks()).extracting(Task::text).containsExactly("推进重点项目建设。", "新建学校2所。");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aGoalForThePlansYearsIsDueAtThePlansEndAsInText(String name, Function<Book, byte[]> format) {
    // 三年行动（2023—2025年）2024年度: a goal for the plan's three years is not due in its second year
    Book book = new Book().sheet("指标")
        .row("桐源县城镇燃气和供热安全三年行动（2023—2025年）2024年度主要指标完成情况")
        .row("序号", "主要任务", "责任单位", "完成情况")
        .row("1", "城镇燃气老旧管网更新改造（公里）：三年目标320", "县住建局", "三年累计完成221.7公里。");
    Report report = workbook(book, format);

    Task task = report.tasks().get(0);
    assertThat(task.deadline()).hasValueSatisfying(d -> assertThat(d.month().getYear()).isEqualTo(2025));
    assertThat(task.assessment().orElseThrow().status()).isEqualTo(io.github.workreport.Status.ONGOING);
  }

  // ------------------------------------------------------------ the law

  private static final List<String> UNITS = List.of("万元", "亿元", "万平方米", "公里", "吨", "个", "人");

  @Test
  void aHeadersUnitEndsUpOnEveryNumberOfItsColumn() {
    Gen<String> units = SourceDSL.integers().between(0, UNITS.size() - 1).map(UNITS::get);
    Gen<List<Integer>> planned = SourceDSL.lists().of(SourceDSL.integers().between(1, 99_999)).ofSizeBetween(1, 6);
    qt().withExamples(40).forAll(units, planned, SourceDSL.integers().between(2, 12)).checkAssert((unit, values, month) -> {
      List<Object[]> rows = new ArrayList<>();
      rows.add(new Object[] {"某县2021年重点项目推进情况表"});
      rows.add(new Object[] {"序号", "项目名称", "年度计划投资（" + unit + "）", "1-" + month + "月完成投资（" + unit + "）"});
      addProjects(rows, values);
      Report report = workbook(book(rows), Book::xlsx);
      assertEveryProjectIn(report, values, unit);
      assertThat(report.period()).isEqualTo(asOf(month));
    });
  }

  /**
   * A unit the rows above the table declare once (单位：万元) is the unit of every bare figure below, in the workbook as
   * in the same table written as text: the two readers ask {@code TableHeaders.declaredUnit} alike.
   */
  @Test
  void aUnitDeclaredAboveTheTableIsEveryBareFiguresUnitInBothReaders() {
    Gen<String> units = SourceDSL.integers().between(0, UNITS.size() - 1).map(UNITS::get);
    Gen<List<Integer>> planned = SourceDSL.lists().of(SourceDSL.integers().between(1, 99_999)).ofSizeBetween(1, 6);
    qt().withExamples(30).forAll(units, planned).checkAssert((unit, values) -> {
      List<Object[]> rows = new ArrayList<>();
      rows.add(new Object[] {"某县2021年重点项目推进情况表"});
      rows.add(new Object[] {"单位：" + unit});
      rows.add(new Object[] {"序号", "项目名称", "年度计划投资", "1-9月完成投资"});
      addProjects(rows, values);
      assertEveryProjectIn(workbook(book(rows), Book::xlsx), values, unit);
      assertEveryProjectIn(text(rows), values, unit);
    });
  }

  /** A project's row for each planned value, half of it and one more done. */
  private static void addProjects(List<Object[]> rows, List<Integer> values) {
    for (int i = 0; i < values.size(); i++) {
      rows.add(new Object[] {(double) (i + 1), "第" + "一二三四五六".charAt(i) + "项工程", (double) values.get(i),
          (double) (values.get(i) / 2 + 1)});
    }
  }

  /** Every project of {@link #addProjects} read with its planned value as its one target and its done one, in unit. */
  private static void assertEveryProjectIn(Report report, List<Integer> values, String unit) {
    assertThat(report.tasks()).hasSameSizeAs(values);
    for (int i = 0; i < values.size(); i++) {
      Task task = report.tasks().get(i);
      assertThat(task.targets()).singleElement().satisfies(t -> {
        assertThat(t.unit().symbol()).isEqualTo(unit);
      });
      assertThat(task.targets().get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(values.get(i)));
      BigDecimal done = BigDecimal.valueOf(values.get(i) / 2 + 1);
      assertThat(task.outcome().measures()).singleElement().satisfies(m -> {
        assertThat(m.quantity().unit().symbol()).isEqualTo(unit);
        assertThat(m.quantity().value()).isEqualByComparingTo(done);
      });
    }
  }
}
