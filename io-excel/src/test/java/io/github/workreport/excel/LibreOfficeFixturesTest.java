package io.github.workreport.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.workreport.Bound;
import io.github.workreport.Deadline;
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
import java.io.InputStream;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Workbooks written by LibreOffice, not by us or POI; see fixtures/README.md. */
class LibreOfficeFixturesTest {

  private static Report fixture(String name) throws Exception {
    try (InputStream in = LibreOfficeFixturesTest.class.getResourceAsStream("fixtures/" + name)) {
      assertThat(in).as(name).isNotNull();
      return ExcelReader.of(ExcelLayout.DEFAULT).read(in, name);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"prose-tasks.xlsx", "prose-tasks.xls"})
  void proseTasks(String name) throws Exception {
    Report r = fixture(name);
    assertThat(r.title()).isEqualTo("《临潼区 2021 年政府工作报告》重点任务落实情况表");
    assertThat(r.jurisdiction()).contains("临潼区");
    assertThat(r.period()).contains(Period.fullYear(2021));
    assertThat(r.sections()).containsExactly(
        Section.builder().name("已完成").declaredStatus(Status.MET).declaredCount(3).build(),
        Section.builder().name("持续推进").declaredStatus(Status.ONGOING).declaredCount(1).build());
    assertThat(r.tasks()).extracting(Task::ref).containsExactly("已完成 1", "已完成 2", "已完成 3", "持续推进 1");
    assertThat(r.findings()).isEmpty();

    Task gdp = r.tasks().get(0);
    assertThat(gdp.text()).isEqualTo("全年地区生产总值增长7%左右。");
    assertThat(gdp.responsibleUnits()).containsExactly("区发改委", "区统计局");
    assertThat(gdp.deadline()).contains(Deadline.of(YearMonth.of(2021, 12)));
    assertThat(gdp.outcome().declaredStatus()).isEqualTo(Status.EXCEEDED);

    Task toilets = r.tasks().get(1);
    assertThat(toilets.responsibleUnits()).as("lead unit merged over two tasks")
        .containsExactly("区发改委", "区城管局", "各街道");
    assertThat(toilets.deadline()).contains(Deadline.of(YearMonth.of(2021, 12)));
    assertThat(toilets.outcome().declaredStatus()).isEqualTo(Status.MET);

    Task housing = r.tasks().get(2);
    assertThat(housing.text()).isEqualTo("完成老旧小区改造35个，\n惠及居民4200户。");
    assertThat(housing.outcome().narrative()).as("split by a page break").isEqualTo("改造老旧小区35个，惠及居民4300户，全面完成。");
    assertThat(housing.responsibleUnits()).containsExactly("区住建局");

    Task metro = r.tasks().get(3);
    assertThat(metro.deadline()).contains(Deadline.of(YearMonth.of(2022, 6)));
    assertThat(metro.outcome().declaredStatus()).isEqualTo(Status.ONGOING);
    assertThat(metro.responsibleUnits()).containsExactly("区交通局", "区自然资源局");
  }

  @ParameterizedTest
  @ValueSource(strings = {"indicators.xlsx", "indicators.xls"})
  void indicators(String name) throws Exception {
    Report r = fixture(name);
    assertThat(r.title()).isEqualTo("2020年1-8月某县主要经济指标完成情况");
    assertThat(r.year()).hasValue(2020);
    assertThat(r.period()).contains(Period.of(YearMonth.of(2020, 8)));
    assertThat(r.tasks()).extracting(Task::number).containsExactly(1, 2, 3, 4);

    Task gdp = r.tasks().get(0);
    assertThat(gdp.targets()).extracting(Target::metric, Target::kind, Target::bound, Target::quantity)
        .containsExactly(tuple("地区生产总值增速", Kind.GROWTH, Bound.EXACTLY, Quantity.parse("7.5%")));
    assertThat(gdp.outcome().measures()).extracting(Measure::quantity).containsExactly(Quantity.parse("4.2%"));
    assertThat(gdp.responsibleUnits()).containsExactly("县发改委");

    Task investment = r.tasks().get(1);
    assertThat(investment.text()).as("merged 序号 over two indicators").isEqualTo("固定资产投资\n招商引资到位资金");
    assertThat(investment.targets()).extracting(Target::metric, Target::bound, Target::quantity).containsExactly(
        tuple("固定资产投资", Bound.EXACTLY, Quantity.parse("258.77亿元")),
        tuple("招商引资到位资金", Bound.AT_LEAST, Quantity.parse("120亿元")));
    assertThat(investment.outcome().measures()).extracting(Measure::metric, Measure::quantity, Measure::role)
        .containsExactly(
            tuple("固定资产投资", Quantity.parse("160.5亿元"), Role.ACHIEVED),
            tuple("固定资产投资", Quantity.parse("62.03%"), Role.COMPLETION_RATE),
            tuple("招商引资到位资金", Quantity.parse("81.3亿元"), Role.ACHIEVED),
            tuple("招商引资到位资金", Quantity.parse("67.8%"), Role.COMPLETION_RATE));
    assertThat(investment.responsibleUnits()).containsExactly("县发改委", "县招商局");

    Task jobs = r.tasks().get(2);
    assertThat(jobs.targets()).extracting(Target::kind, Target::bound, Target::quantity)
        .containsExactly(tuple(Kind.COUNT, Bound.AT_LEAST, Quantity.parse("5000人")));
    assertThat(jobs.outcome().measures()).extracting(Measure::quantity)
        .as("a plain 0.784 in a ratio column agrees with 3920/5000 as a fraction")
        .containsExactly(Quantity.parse("3920人"), Quantity.parse("78.4%"));

    Task energy = r.tasks().get(3);
    assertThat(energy.targets()).extracting(Target::kind, Target::bound, Target::quantity)
        .containsExactly(tuple(Kind.DECLINE, Bound.AT_MOST, Quantity.parse("3%")));
    assertThat(energy.outcome().measures()).extracting(Measure::quantity, Measure::estimated)
        .containsExactly(tuple(Quantity.parse("2.6%"), true));
    assertThat(energy.deadline()).isEqualTo(Optional.empty());
  }
}
