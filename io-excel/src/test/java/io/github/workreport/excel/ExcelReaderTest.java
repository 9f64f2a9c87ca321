package io.github.workreport.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.Bound;
import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Period;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.Role;
import io.github.workreport.Section;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.Task;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading the layouts offices use; every case runs as .xlsx and as .xls. */
class ExcelReaderTest {

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("xlsx", (Function<Book, byte[]>) Book::xlsx),
        Arguments.of("xls", (Function<Book, byte[]>) Book::xls));
  }

  /** Reads a workbook whole, having checked that it streams as it reads (ExcelTaskStreamTest). */
  private static Report read(byte[] bytes, String name) {
    Report whole = ExcelReader.of(ExcelLayout.DEFAULT).read(new ByteArrayInputStream(bytes), name);
    ExcelTaskStreamTest.assertStreamsAsRead(bytes, name);
    return whole;
  }

  // ------------------------------------------------------------ prose layouts

  static Book proseWithSections() {
    return new Book().sheet("Sheet1")
        .row("《灞桥区 2020 年政府工作报告》工作任务分解表").merge("A1:D1")
        .row("（截至2020年12月底）").merge("A2:D2")
        .row("序 号", "主要任务", "责任\n单位", "落实进展情况")
        .row("一、已完成 2 项").merge("A4:D4")
        .row(1.0, "地区生产总值增长7.5%以上。", "区发改委、区统计局", "全年地区生产总值增长8.1%，超额完成。")
        .row("2.", "深化“放管服”改革。", "区行政审批服务局", "已完成。")
        .row("二、持续推进 1 项").merge("A7:D7")
        .row("1", "推进地铁建设。", "区住建局", "正在推进。")
        .row("注：本表由区政府办汇总。");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void proseTableWithTitleRowsAndSectionHeadings(String format, Function<Book, byte[]> bytes) {
    Report r = read(bytes.apply(proseWithSections()), "seed." + format);
    assertThat(r.title()).isEqualTo("《灞桥区 2020 年政府工作报告》工作任务分解表");
    assertThat(r.jurisdiction()).contains("灞桥区");
    assertThat(r.year()).hasValue(2020);
    assertThat(r.period()).contains(Period.fullYear(2020));
    assertThat(r.sections()).containsExactly(
        Section.builder().name("已完成").declaredStatus(Status.MET).declaredCount(2).build(),
        Section.builder().name("持续推进").declaredStatus(Status.ONGOING).declaredCount(1).build());
    assertThat(r.tasks()).extracting(Task::ref).containsExactly("已完成 1", "已完成 2", "持续推进 1");
    Task gdp = r.tasks().get(0);
    assertThat(gdp.responsibleUnits()).containsExactly("区发改委", "区统计局");
    assertThat(gdp.text()).isEqualTo("地区生产总值增长7.5%以上。");
    assertThat(gdp.outcome().declaredStatus()).isEqualTo(Status.EXCEEDED);
    assertThat(r.tasks().get(1).outcome().declaredStatus()).isEqualTo(Status.MET);
    assertThat(r.tasks().get(2).outcome().declaredStatus()).isEqualTo(Status.ONGOING);
    assertThat(r.findings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void leadUnitMergedOverFiveTasksGoesToEach(String format, Function<Book, byte[]> bytes) {
    Book book = new Book().sheet("任务").row("编号", "工作任务", "牵头单位", "完成情况");
    for (int i = 1; i <= 6; i++) {
      book.row(i, "任务" + i, i <= 5 ? "区发改委" : "区财政局", "已完成。");
    }
    book.merge("C2:C6");
    Report r = read(bytes.apply(book), "units." + format);
    assertThat(r.tasks()).hasSize(6);
    assertThat(r.tasks()).extracting(t -> t.leadUnit().orElse(""))
        .containsExactly("区发改委", "区发改委", "区发改委", "区发改委", "区发改委", "区财政局");
    assertThat(r.tasks()).extracting(Task::number).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void sectionMergedDownTheFirstColumn(String format, Function<Book, byte[]> bytes) {
    Book book = new Book().sheet("Sheet1")
        .row("类别", "序号", "重点工作", "责任部门", "落实情况及下一步工作")
        .row("已完成", 1, "甲", "区教育局", "已完成。")
        .row(null, 2, "乙", "区卫健委", "全面完成。")
        .row(null, 3, "丙", "区民政局", "基本完成。")
        .row("持续推进", 1, "丁", "区水务局", "下一步继续推进。")
        .row(null, 2, "戊", "区水务局", "")
        .merge("A2:A4").merge("A5:A6");
    Report r = read(bytes.apply(book), "sections." + format);
    assertThat(r.tasks()).extracting(Task::ref)
        .containsExactly("已完成 1", "已完成 2", "已完成 3", "持续推进 1", "持续推进 2");
    assertThat(r.sections()).extracting(Section::name, Section::declaredStatus)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("已完成", Status.MET),
            org.assertj.core.groups.Tuple.tuple("持续推进", Status.ONGOING));
    assertThat(r.tasks().get(2).outcome().declaredStatus()).isEqualTo(Status.BASICALLY_MET);
    assertThat(r.tasks().get(4).outcome().declaredStatus()).isEqualTo(Status.ONGOING);
  }

  // ------------------------------------------------------------ numeric layouts

  static Book indicators() {
    return new Book().sheet("指标")
        .row("2020年1-8月主要经济指标完成情况").merge("A1:G1")
        .row("序号", "考核指标", "单位", "工作目标", "已完成数", "占年任务之比", "备注")
        .row(1, "地区生产总值增速", "%", 7.5, 6.8, null, "区发改委")
        .row(2, "新建公厕", "座", "15", "11", "73.3%", "区城管局")
        .row(3, "固定资产投资", "亿元", "258.77", 5.2, Book.pct(0.0201), "")
        .row(4, "城镇新增就业", null, "≥ 5000", "约4200", 0.84, "人")
        .row(5, "单位GDP能耗下降", "%", "3%以内", "预计2.1", null, null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void targetActualRatioColumnsBecomeTargetsAndMeasures(String format, Function<Book, byte[]> bytes) {
    Report r = read(bytes.apply(indicators()), "indicators." + format);
    assertThat(r.period()).contains(Period.of(YearMonth.of(2020, 8)));
    assertThat(r.tasks()).hasSize(5);

    Task gdp = r.tasks().get(0);
    assertThat(gdp.text()).isEqualTo("地区生产总值增速");
    assertThat(gdp.responsibleUnits()).containsExactly("区发改委");
    assertThat(gdp.targets()).containsExactly(
        Target.of("地区生产总值增速", Kind.GROWTH, Bound.EXACTLY, Quantity.parse("7.5%")).withText("7.5"));
    assertThat(gdp.outcome().measures()).containsExactly(
        Measure.of("地区生产总值增速", Kind.GROWTH, Quantity.parse("6.8%")).withText("6.8"));

    Task toilets = r.tasks().get(1);
    assertThat(toilets.targets().get(0).quantity()).isEqualTo(Quantity.parse("15座"));
    assertThat(toilets.targets().get(0).kind()).isEqualTo(Kind.COUNT);
    assertThat(toilets.outcome().measures()).extracting(Measure::quantity, Measure::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Quantity.parse("11座"), Role.ACHIEVED),
            org.assertj.core.groups.Tuple.tuple(Quantity.parse("73.3%"), Role.COMPLETION_RATE));
    assertThat(toilets.responsibleUnits()).containsExactly("区城管局");

    Task investment = r.tasks().get(2);
    assertThat(investment.targets().get(0).quantity()).isEqualTo(Quantity.parse("258.77亿元"));
    assertThat(investment.outcome().measures().get(0).value()).isEqualByComparingTo("5.2");
    assertThat(investment.outcome().measures().get(0).value().toPlainString()).isEqualTo("5.2");
    assertThat(investment.outcome().measures().get(1).quantity()).isEqualTo(Quantity.parse("2.01%"));

    Task jobs = r.tasks().get(3);
    assertThat(jobs.targets().get(0).bound()).isEqualTo(Bound.AT_LEAST);
    assertThat(jobs.targets().get(0).quantity()).isEqualTo(Quantity.parse("5000人"));
    Measure approx = jobs.outcome().measures().get(0);
    assertThat(approx.quantity()).isEqualTo(Quantity.parse("4200人"));
    assertThat(approx.approximate()).isTrue();
    assertThat(jobs.outcome().measures().get(1).quantity()).isEqualTo(Quantity.parse("84%"));

    Task energy = r.tasks().get(4);
    assertThat(energy.targets().get(0).bound()).isEqualTo(Bound.AT_MOST);
    assertThat(energy.targets().get(0).kind()).isEqualTo(Kind.DECLINE);
    assertThat(energy.outcome().measures().get(0).estimated()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void mergedNumberSpanningSubRowsMakesOneTaskWithSeveralTargets(String format, Function<Book, byte[]> bytes) {
    Book book = new Book().sheet("Sheet1")
        .row("序号", "主要任务", "指标名称", "单位", "目标任务", "实际完成", "完成率", "责任单位")
        .row(1, "城市更新", "新建公厕", "座", 15, 11, null, "区城管局")
        .row(null, null, "改造公厕", "座", 22, 22, null, null)
        .row(null, null, "开放公厕", "座", 3, 4, null, null)
        .row(2, "稳增长", "地区生产总值增长", "%", 7.5, 6.8, null, "区发改委")
        .merge("A2:A4").merge("B2:B4").merge("H2:H4");
    Report r = read(bytes.apply(book), "merged." + format);
    assertThat(r.tasks()).hasSize(2);
    Task first = r.tasks().get(0);
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.text()).isEqualTo("城市更新");
    assertThat(first.responsibleUnits()).containsExactly("区城管局");
    assertThat(first.targets()).extracting(Target::metric, t -> t.quantity().format())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("新建公厕", "15座"),
            org.assertj.core.groups.Tuple.tuple("改造公厕", "22座"),
            org.assertj.core.groups.Tuple.tuple("开放公厕", "3座"));
    assertThat(first.outcome().measures()).extracting(m -> m.quantity().format()).containsExactly("11座", "22座", "4座");
    assertThat(r.tasks().get(1).targets()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void twoLevelHeaderWithTargetActualRate(String format, Function<Book, byte[]> bytes) {
    Book book = new Book().sheet("Sheet1")
        .row("某县2020年重点项目推进情况").merge("A1:F1")
        .row("序号", "项目名称", "责任单位", "2020年", null, null).merge("D2:F2").merge("A2:A3").merge("B2:B3").merge("C2:C3")
        .row(null, null, null, "目标任务", "实际完成", "完成率")
        .row(1, "污水处理厂", "县水务局", "3亿元", "2.4亿元", "80%");
    Report r = read(bytes.apply(book), "twolevel." + format);
    assertThat(r.jurisdiction()).contains("某县");
    Task t = r.tasks().get(0);
    assertThat(t.text()).isEqualTo("污水处理厂");
    assertThat(t.targets()).extracting(x -> x.quantity().format()).containsExactly("3亿元");
    assertThat(t.outcome().measures()).extracting(x -> x.quantity().format()).containsExactly("2.4亿元", "80%");
  }

  // ------------------------------------------------------------ sheets

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void severalSheets(String format, Function<Book, byte[]> bytes) {
    Book book = new Book()
        .sheet("说明").row("本表填报说明：请按要求填写。")
        .sheet("灞桥区").row("序号", "主要任务", "责任单位", "完成情况").row(1, "甲", "区发改委", "已完成。")
        .sheet("隐藏").hidden().row("序号", "主要任务").row(1, "不读")
        .sheet("未央区").row("序号", "主要任务", "责任单位", "完成情况").row(1, "乙", "区财政局", "已完成。").row(2, "丙", "", "");
    byte[] b = bytes.apply(book);
    assertThat(read(b, "multi." + format).tasks()).extracting(Task::text).containsExactly("甲");
    assertThatThrownBy(() -> ExcelReader.of(ExcelLayout.DEFAULT).readAll(new ByteArrayInputStream(b), "multi." + format))
        .isInstanceOf(ExcelReadException.class)
        .hasMessageContaining("说明")
        .hasMessageContaining("本表填报说明");
    Map<String, Report> all = ExcelReader.of(ExcelLayout.DEFAULT.toBuilder().skipUnrecognizedSheets(true).build())
        .readAll(new ByteArrayInputStream(b), "multi." + format);
    assertThat(all.keySet()).containsExactly("灞桥区", "未央区");
    assertThat(all.get("未央区").tasks()).hasSize(2);
    Report named = ExcelReader.of(ExcelLayout.DEFAULT.toBuilder().sheet("未央区").build())
        .read(new ByteArrayInputStream(b), "multi." + format);
    assertThat(named.tasks()).extracting(Task::text).containsExactly("乙", "丙");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aSheetWithoutATableListsTheHeadersSeen(String format, Function<Book, byte[]> bytes) {
    Book book = new Book().sheet("数据").row("姓名", "年龄", "电话").row("张三", 30, "123");
    ExcelReadException e = org.junit.jupiter.api.Assertions.assertThrows(ExcelReadException.class,
        () -> read(bytes.apply(book), "people." + format));
    assertThat(e.source()).isEqualTo("people." + format);
    assertThat(e.reason()).contains("no sheet holds a task table").contains("姓名 年龄 电话");
    ExcelReadException named = org.junit.jupiter.api.Assertions.assertThrows(ExcelReadException.class,
        () -> ExcelReader.of(ExcelLayout.builder().sheet("数据").build())
            .read(new ByteArrayInputStream(bytes.apply(book)), "people." + format));
    assertThat(named.place()).isEqualTo("数据");
    assertThat(named.reason()).contains("row 1: 姓名 年龄 电话");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void customAliasesNameColumns(String format, Function<Book, byte[]> bytes) {
    Book book = new Book().sheet("S").row("No.", "事由", "经办", "结果").row(1, "甲", "区发改委", "已完成。");
    ExcelLayout layout = ExcelLayout.builder().alias(ExcelColumn.TASK, "事由").alias(ExcelColumn.UNITS, "经办")
        .alias(ExcelColumn.NARRATIVE, "结 果").build();
    Report r = ExcelReader.of(layout).read(new ByteArrayInputStream(bytes.apply(book)), "alias." + format);
    assertThat(r.tasks().get(0).responsibleUnits()).containsExactly("区发改委");
    assertThat(r.tasks().get(0).outcome().narrative()).isEqualTo("已完成。");
    assertThat(r.tasks().get(0).outcome().declaredStatus()).isEqualTo(Status.MET);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void computedNumbersReadAtExcelsPrecision(String format, Function<Book, byte[]> bytes) {
    Book book = new Book().sheet("S").row("序号", "指标", "目标值", "实际值")
        .row(1, "甲", 0.1 + 0.2, 5.2000000000000002).row(2, "乙", 1e-7, 123456789012.5);
    Report r = read(bytes.apply(book), "precision." + format);
    assertThat(r.tasks().get(0).targets().get(0).value()).isEqualTo(new BigDecimal("0.3"));
    assertThat(r.tasks().get(0).outcome().measures().get(0).value()).isEqualTo(new BigDecimal("5.2"));
    assertThat(r.tasks().get(1).targets().get(0).value()).isEqualTo(new BigDecimal("1E-7"));
    assertThat(r.tasks().get(1).outcome().measures().get(0).value()).isEqualTo(new BigDecimal("123456789012.5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void rowsSplitAcrossPagesAndRepeatedHeadersJoinTheTaskAbove(String format, Function<Book, byte[]> bytes) {
    Book book = new Book().sheet("S")
        .row("序号", "主要任务", "责任单位", "完成情况")
        .row(1, "甲任务", "区发改委", "前半段")
        .row("序号", "主要任务", "责任单位", "完成情况")
        .row(null, null, null, "后半段")
        .row(2, "乙任务", "区财政局", "已完成。");
    Report r = read(bytes.apply(book), "split." + format);
    assertThat(r.tasks()).hasSize(2);
    assertThat(r.tasks().get(0).outcome().narrative()).isEqualTo("前半段后半段");
    assertThat(r.tasks().get(0).deadline()).isEqualTo(Optional.empty());
    assertThat(List.of(r.tasks().get(1).number())).containsExactly(2);
  }
}
