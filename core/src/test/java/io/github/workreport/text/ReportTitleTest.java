package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportTitleTest {

  static Stream<Arguments> titles() {
    return Stream.of(
        Arguments.of("《灞桥区 2020 年政府工作报告》工作任务分解表", "灞桥区", "2020-12"),
        Arguments.of("西安市灞桥区2020年1-11月政府工作报告重点任务落实情况", "灞桥区", "2020-11"),
        Arguments.of("灞桥区2020年1月-11月工作", "灞桥区", "2020-11"),
        Arguments.of("2020年一至十一月份任务进展", null, "2020-11"),
        Arguments.of("灞桥区2021年上半年政府工作报告任务落实情况", "灞桥区", "2021-06"),
        Arguments.of("灞桥区2020年下半年工作", "灞桥区", "2020-12"),
        Arguments.of("截至2021年9月底灞桥区政府工作报告任务进展", "灞桥区", "2021-09"),
        Arguments.of("灞桥区2021年前三季度重点工作", "灞桥区", "2021-09"),
        Arguments.of("灞桥区2020年政府工作报告任务完成情况（截至11月底）", "灞桥区", "2020-11"),
        Arguments.of("2021年第一季度", null, "2021-03"),
        Arguments.of("某区2021年1-3季度重点工作完成情况", "某区", "2021-09"),
        Arguments.of("某区2021年前3季度重点工作推进情况", "某区", "2021-09"),
        Arguments.of("某市2024年政府工作报告重点任务第2季度进展", "某市", "2024-06"),
        Arguments.of("某区2018年政府工作报告重点工作任务年中推进情况", "某区", "2018-06"),
        Arguments.of("某市2024年前两个季度进展", "某市", "2024-06"),
        Arguments.of("某市2024年前三个季度进展", "某市", "2024-09"),
        Arguments.of("某市2024年前一个季度进展", "某市", "2024-03"),
        Arguments.of("某区2024年前10个月重点任务进展情况", "某区", "2024-10"),
        Arguments.of("某区2024年前十一个月重点任务进展情况", "某区", "2024-11"),
        Arguments.of("某市2020年中央预算内投资项目进展情况", "某市", "2020-12"),
        Arguments.of("某县2021年4季度重点工作", "某县", "2021-12"),
        Arguments.of("关于印发灞桥区2020年政府工作报告重点工作任务分解的通知", "灞桥区", "2020-12"),
        Arguments.of("二〇二〇年灞桥区政府工作报告任务分解", "灞桥区", "2020-12"),
        Arguments.of("灞桥区２０２０年政府工作报告", "灞桥区", "2020-12"),
        Arguments.of("陕西省西安市灞桥区人民政府办公室关于2020年政府工作报告落实情况的报告", "灞桥区", "2020-12"),
        Arguments.of("某县人民政府2020年工作报告", "某县", "2020-12"),
        // reposted in traditional characters: the place as written, found by its simplified suffix
        Arguments.of("岳陽樓區2020年1-7月省市級重點民生實事項目完成情況", "岳陽樓區", "2020-07"),
        Arguments.of("蕭縣2024年6月份民生工程進展情況", "蕭縣", "2024-06"),
        Arguments.of("2024年1-6月蕭縣重點工作進展", "蕭縣", "2024-06"),
        Arguments.of("政府工作报告任务分解表", null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void readsJurisdictionAndPeriod(String title, String jurisdiction, String period) {
    ReportTitle parsed = ReportTitle.parse(title);
    assertThat(parsed.jurisdiction()).isEqualTo(Optional.ofNullable(jurisdiction));
    assertThat(parsed.period().map(p -> p.asOf())).isEqualTo(Optional.ofNullable(period).map(YearMonth::parse));
    assertThat(parsed.year().isPresent()).isEqualTo(period != null);
  }
}
