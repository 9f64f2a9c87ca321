package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Bound;
import io.github.workreport.Deadline;
import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Outcome;
import io.github.workreport.Quantity;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.Task;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TaskExtractorTest {
  private static final TaskExtractor EXTRACTOR = TaskExtractor.standard();

  private static Task raw(String text, String narrative) {
    return Task.builder().number(1).text(text).outcome(Outcome.builder().narrative(narrative).build()).build();
  }

  @Test
  void fillsTargetsDeadlineMeasuresAndDeclaredStatus() {
    Task task = EXTRACTOR.extract(raw("到 2022 年 9 月，完成 25 所中小学、幼儿园新建改扩建工程，新增学位 16320 个。",
        "2019 年至 2020 年已完成 12 所新建、改扩建学校，增加学位 6210 个。2021 年至 2022 年计划完成 6 所。"),
        Optional.of(Status.MET), OptionalInt.of(2020));
    assertThat(task.targets()).extracting(t -> t.quantity().format()).containsExactly("25所", "16320个");
    assertThat(task.deadline()).contains(Deadline.of(YearMonth.of(2022, 9)));
    assertThat(task.outcome().measures()).extracting(m -> m.quantity().format()).containsExactly("12所", "6210个");
    assertThat(task.outcome().declaredStatus()).isEqualTo(Status.MET);
  }

  @Test
  void aFigureDatedBeforeTheYearsEndKnowsItsMonth() {
    assertThat(asOf("新建停车位1000个", "上半年新建停车位600个")).containsExactly(Optional.of(YearMonth.of(2020, 6)));
    assertThat(asOf("新建停车位1000个", "1—6月新建停车位600个，完成全年任务的60%"))
        .first().isEqualTo(Optional.of(YearMonth.of(2020, 6)));
    assertThat(asOf("新建停车位1000个", "截至9月底，全区新建停车位800个")).containsExactly(Optional.of(YearMonth.of(2020, 9)));
    assertThat(asOf("新建停车位1000个", "全年新建停车位800个")).containsExactly(Optional.empty());
    assertThat(asOf("新建停车位1000个", "新建停车位800个")).containsExactly(Optional.empty());
    // a quarter of its own ends the reach of the cumulative date before it
    assertThat(asOf("地区生产总值增长8%", "一季度增速0.6%，二季度增速3.0%，四季度预计增速6%"))
        .containsExactly(Optional.of(YearMonth.of(2020, 3)), Optional.empty(), Optional.empty());
  }

  private static java.util.List<Optional<YearMonth>> asOf(String text, String narrative) {
    Task task = EXTRACTOR.extract(raw(text, narrative), Optional.empty(), OptionalInt.of(2020));
    return task.outcome().measures().stream().map(Measure::asOf).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void keepsWhatTheTaskAlreadyHas() {
    Target given = Target.of("新增就业", Kind.COUNT, Bound.AT_LEAST, Quantity.parse("8000人"));
    Measure measured = Measure.of("新增就业", Kind.COUNT, Quantity.parse("9351人"));
    Task task = Task.builder().number(1).text("全年城镇新增就业不少于9000人，完成12个项目。")
        .addTarget(given)
        .deadline(Deadline.of(YearMonth.of(2020, 6)))
        .outcome(Outcome.builder().narrative("新增就业1万人，超额完成").declaredStatus(Status.MET).addMeasure(measured).build())
        .build();
    Task out = EXTRACTOR.extract(task, Optional.of(Status.ONGOING), OptionalInt.of(2020));
    assertThat(out.targets()).containsExactly(given);
    assertThat(out.outcome().measures()).containsExactly(measured);
    assertThat(out.deadline()).contains(Deadline.of(YearMonth.of(2020, 6)));
    assertThat(out.outcome().declaredStatus()).isEqualTo(Status.MET);
  }

  @Test
  void measuresAreReadForTargetsGivenInColumns() {
    Target given = Target.of("新建公厕", Kind.COUNT, Bound.EXACTLY, Quantity.parse("15座"));
    Task task = Task.builder().number(1).text("公厕建设").addTarget(given)
        .outcome(Outcome.builder().narrative("城镇新建公厕完成11座、农村完成9座。").build()).build();
    Task out = EXTRACTOR.extract(task, Optional.empty(), OptionalInt.empty());
    assertThat(out.outcome().measures()).extracting(m -> m.quantity().format()).containsExactly("11座", "9座", "20座");
    assertThat(out.outcome().measures().get(2).text()).isEqualTo("城镇新建公厕完成11座＋农村完成9座");
    assertThat(out.outcome().declaredStatus()).isEqualTo(Status.UNDETERMINED);
  }

  @Test
  void aSectionOfItsOwnDecidesTheDeclaredStatus() {
    assertThat(EXTRACTOR.extract(raw("推进项目建设。", "土地确权登记基本完成。"), Optional.of(Status.ONGOING), OptionalInt.empty())
        .outcome().declaredStatus()).isEqualTo(Status.ONGOING);
    assertThat(EXTRACTOR.extract(raw("推进项目建设。", "超额完成任务。"), Optional.of(Status.MET), OptionalInt.empty())
        .outcome().declaredStatus()).isEqualTo(Status.EXCEEDED);
    assertThat(EXTRACTOR.extract(raw("推进项目建设。", "已完成1个(50%)"), Optional.empty(), OptionalInt.empty())
        .outcome().declaredStatus()).isEqualTo(Status.UNDETERMINED);
  }

  @Test
  void aQualitativeTaskHasNoTargets() {
    Task task = EXTRACTOR.extract(raw("不断推进法治政府建设。", "制定下发实施方案。"), Optional.of(Status.MET), OptionalInt.of(2020));
    assertThat(task.targets()).isEmpty();
    assertThat(task.outcome().measures()).isEmpty();
    assertThat(task.deadline()).isEmpty();
  }
}
