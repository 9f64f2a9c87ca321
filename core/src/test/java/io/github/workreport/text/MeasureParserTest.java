package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Role;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MeasureParserTest {
  private static final MeasureParser PARSER = MeasureParser.standard();

  /** {@code ROLE KIND value unit} with (预计) and (约) marks. */
  private static String brief(Measure m) {
    return m.role() + " " + m.kind() + " " + m.value().toPlainString() + " " + m.unit().symbol()
        + (m.estimated() ? " (预计)" : "") + (m.approximate() ? " (约)" : "");
  }

  private static List<String> briefs(String narrative) {
    return PARSER.parse(narrative, OptionalInt.of(2020)).stream().map(MeasureParserTest::brief).collect(Collectors.toList());
  }

  static Stream<Arguments> measures() {
    return Stream.of(
        Arguments.of("生产总值（GDP）完成 542.06 亿元，增长 8.5%，速度高于全市 3.3 个百分点，在全市 13 个区县中位列第 2。",
            List.of("ACHIEVED AMOUNT 542.06 亿元", "ACHIEVED GROWTH 8.5 %", "ACHIEVED COUNT 13 个")),
        Arguments.of("由年初预算数 193812 万元调减为 183000 万元，增速由 6% 调整为 0.08%。当前已完成 186308 万元，增速为 1.8%。",
            List.of("REVISED_TARGET AMOUNT 183000 万元", "REVISED_TARGET GROWTH 0.08 %", "ACHIEVED AMOUNT 186308 万元",
                "ACHIEVED GROWTH 1.8 %")),
        Arguments.of("受疫情影响，预计农村居民人均可支配收入 19586 元，增速达到 7.9%，基本完成指标任务。",
            List.of("ACHIEVED AMOUNT 19586 元 (预计)", "ACHIEVED GROWTH 7.9 % (预计)")),
        Arguments.of("全年预计完成投资300亿元，目前已完成投资260亿元。",
            List.of("ACHIEVED AMOUNT 300 亿元 (预计)", "ACHIEVED AMOUNT 260 亿元")),
        Arguments.of("全年城镇新增就业9351人，完成目标任务116.89%。城镇登记失业率3.42%，低于目标任务0.58个百分点。",
            List.of("ACHIEVED COUNT 9351 人", "COMPLETION_RATE LEVEL 116.89 %", "ACHIEVED LEVEL 3.42 %")),
        // a share of the task whatever verb leads to it
        Arguments.of("投入资金800万元，为年度任务的95%", List.of("ACHIEVED AMOUNT 800 万元", "COMPLETION_RATE LEVEL 95 %")),
        Arguments.of("新增城镇就业8100人，年度计划的101.3%", List.of("ACHIEVED COUNT 8100 人", "COMPLETION_RATE LEVEL 101.3 %")),
        Arguments.of("城镇新建公厕完成11座（超额完成1座）、农村完成9座（超额完成4座）",
            List.of("ACHIEVED COUNT 11 座", "ACHIEVED COUNT 9 座")),
        Arguments.of("截至目前，全区通过认定的高新技术企业近42余家", List.of("ACHIEVED COUNT 42 家 (约)")),
        Arguments.of("累计培训教师 12000 余人次", List.of("ACHIEVED COUNT 12000 人次 (约)")),
        Arguments.of("开展巡查1200余次，发现问题600多个", List.of("ACHIEVED COUNT 1200 次 (约)", "ACHIEVED COUNT 600 个 (约)")),
        Arguments.of("参与活动志愿者超过 400 人", List.of("ACHIEVED COUNT 400 人 (约)")),
        Arguments.of("农作物秸秆综合利用率提高到95%以上", List.of("ACHIEVED LEVEL 95 % (约)")),
        Arguments.of("2019 年至 2020 年已完成 12 所新建、改扩建学校，增加学位 6210 个。2020 年至 2021 年完成 7 所新建、改扩建学校。"
            + "2021 年至 2022 年计划完成 6 所新建、改扩建学校，增加学位 6000 个。",
            List.of("ACHIEVED COUNT 12 所", "ACHIEVED COUNT 6210 个")),
        Arguments.of("2020年市级下达任务为3000座，我区实际完成3020座。", List.of("ACHIEVED COUNT 3020 座")),
        Arguments.of("签订投资11亿元的项目，计划总投资543.9亿元。", List.of("ACHIEVED AMOUNT 11 亿元")),
        Arguments.of("截至11月底，累计完成投资85.6亿元，占年度目标的85.6%",
            List.of("ACHIEVED AMOUNT 85.6 亿元", "COMPLETION_RATE LEVEL 85.6 %")),
        Arguments.of("土建总体进度累计完成80%", List.of("ACHIEVED LEVEL 80 %")),
        Arguments.of("“4+7”中选药品平均降幅 52%", List.of("ACHIEVED DECLINE 52 %")),
        Arguments.of("两项指标较2015年分别下降39.1%和25%", List.of("ACHIEVED DECLINE 39.1 %", "ACHIEVED DECLINE 25 %")),
        Arguments.of("施工许可审批由15个工作日缩短至1个工作日", List.of("ACHIEVED LEVEL 1 个工作日")),
        // a count of nothing is read (the households without work are none); the 100 of a slogan is no figure
        Arguments.of("全区零就业家庭户数为0，落实“三个 100%”要求，第五届丝博会已取消", List.of("ACHIEVED COUNT 0 ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("measures")
  void findsTheMeasures(String narrative, List<String> expected) {
    assertThat(briefs(narrative)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "完成固定资产投资近50亿元|BELOW", "完成固定资产投资接近50亿元|BELOW", "新增城镇就业将近5000人|BELOW",
      "新增城镇就业不到5000人|BELOW", "完成投资不足50亿元|BELOW",
      "培训新型职业农民1000余人|AT_LEAST", "新建村级活动场所一百二十多个|AT_LEAST", "完成投资4800余万元|AT_LEAST",
      "参与活动志愿者超过 400 人|ABOVE", "完成投资逾21亿元|ABOVE", "高新技术企业数量翻了一番多|ABOVE",
      "新增城镇就业约5000人|EITHER", "全区通过认定的高新技术企业近42余家|EITHER", "新增城镇就业5000人|EXACT"})
  void anApproximateFigureKnowsItsSide(String narrative, String side) {
    List<Measure> measures = PARSER.parse(narrative, OptionalInt.of(2020));
    assertThat(measures).as(narrative).hasSize(1);
    Measure m = measures.get(0);
    assertThat(m.approximate()).as(narrative).isEqualTo(!side.equals("EXACT"));
    assertThat(m.approximation().map(Enum::name).orElse(m.approximate() ? "EITHER" : "EXACT")).as(narrative).isEqualTo(side);
  }

  @Test
  void aSubjectLeftOutIsCarriedOverFromTheSentence() {
    List<Measure> m = PARSER.parse("服务业增加值完成 365.22 亿元，增长 6.8%。");
    assertThat(m).extracting(Measure::metric).containsExactly("服务业增加值", "服务业增加值");
    List<Measure> q = PARSER.parse("一季度增速 0.6%，二季度增速 3.0%，四季度预计增速 6%");
    assertThat(q).extracting(Measure::metric).containsOnly("");
    assertThat(q).extracting(Measure::kind).containsOnly(Kind.GROWTH);
  }

  @Test
  void aClauseAfterASemicolonGoesOnWithTheSubjectOnlyForTheSameWork() {
    assertThat(PARSER.parse("1-11月地区生产总值增长5.6%；全年增长6.2%")).extracting(Measure::metric)
        .containsExactly("地区生产总值", "地区生产总值");
    assertThat(PARSER.parse("截至11月底新建公厕36座；全年新建41座")).extracting(Measure::metric)
        .containsExactly("新建公厕", "新建公厕");
    // other work after ； is the list's next item, not more of the same things
    assertThat(PARSER.parse("农村新建公厕9座；提升改造22座")).extracting(Measure::metric)
        .containsExactly("农村新建公厕", "提升改造");
    // after 。 a subject is not carried over
    assertThat(PARSER.parse("地区生产总值增长5.6%。全年增长6.2%")).extracting(Measure::metric)
        .containsExactly("地区生产总值", "");
  }

  @Test
  void aQuarterDateIsNoPartOfTheSubject() {
    for (String date : List.of("1-2季度", "1—3季度", "前3季度", "前一季度", "前两个季度")) {
      assertThat(PARSER.parse(date + "完成改造老旧小区12个")).as(date).extracting(Measure::metric)
          .containsExactly("改造老旧小区");
    }
  }

  @Test
  void aPartNamedByPlaceTakesTheWholesSubject() {
    List<Measure> m = PARSER.parse("城镇新建公厕完成11座、农村完成9座");
    assertThat(m).extracting(Measure::metric).containsExactly("城镇新建公厕", "农村新建公厕");
  }

  @Test
  void aBareNounInAListTakesTheListsVerb() {
    List<Measure> m = PARSER.parse("其中新建4所幼儿园、3所小学，扩建3所小学、2所中学。");
    assertThat(m).extracting(Measure::metric).containsExactly("新建幼儿园", "新建小学", "扩建小学", "扩建中学");
  }

  @Test
  void laterWorkIsKeptWhenTheYearIsUnknown() {
    assertThat(PARSER.parse("2021 年至 2022 年完成 6 所学校")).hasSize(1);
    assertThat(PARSER.parse("2021 年至 2022 年完成 6 所学校", OptionalInt.of(2022))).hasSize(1);
    assertThat(PARSER.parse("2021 年至 2022 年完成 6 所学校", OptionalInt.of(2020))).isEmpty();
    assertThat(PARSER.parse("截至2021年3月，完成6所学校", OptionalInt.of(2020))).hasSize(1);
  }

  @Test
  void textAndSpanCiteTheNarrative() {
    String narrative = "全年淘汰国Ⅲ及以下老旧车辆801辆。";
    Measure m = PARSER.parse(narrative).get(0);
    assertThat(m.text()).isEqualTo("全年淘汰国Ⅲ及以下老旧车辆801辆");
    assertThat(m.span()).hasValueSatisfying(span -> assertThat(span.of(narrative)).isEqualTo(m.text()));
    assertThat(m.role()).isEqualTo(Role.ACHIEVED);
  }
}
