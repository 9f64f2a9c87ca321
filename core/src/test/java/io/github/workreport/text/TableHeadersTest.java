package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.text.TableTextFormat.Column;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableHeadersTest {
  private static final TableHeaders DEFAULT = TableHeaders.of(TableTextFormat.DEFAULT);

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "重点工作, TASK", "目标任务, TASK", "牵头单位, UNITS", "配合单位, SUPPORTING_UNITS", "进展情况, NARRATIVE",
      "截至9月底进展情况, NARRATIVE", "完成情况（截至6月底）, NARRATIVE", "落实进展情况, NARRATIVE",
      "年度计划投资（万元）, TARGET", "目标增速(%), TARGET", "1-9月完成投资（万元）, ACTUAL", "1-6月完成, ACTUAL",
      "前三季度实际完成, ACTUAL", "单位, MEASURE_UNIT", "完成时限, DEADLINE",
      // reposted in traditional characters
      "主要任務, TASK", "責任單位, UNITS", "牽頭單位, UNITS", "進展情況, NARRATIVE", "1-9月完成投資（萬元）, ACTUAL"})
  void aHeaderNamesItsColumn(String header, Column column) {
    assertThat(DEFAULT.column(header)).contains(column);
  }

  @Test
  void aHeaderOfNoKnownWordsNamesNoColumn() {
    assertThat(DEFAULT.column("形象进度")).isEmpty();
    assertThat(DEFAULT.column("备注")).isEmpty();
    assertThat(DEFAULT.column("")).isEmpty();
  }

  @Test
  void theAchievementHeadersIncludeThoseThatNameWhatIsMeasured() {
    assertThat(TableHeaders.isAchieved("1-9月完成投资（万元）")).isTrue();
    assertThat(TableHeaders.isAchieved("上半年")).isTrue();
    assertThat(TableHeaders.isAchieved("完成情况")).isFalse();
    assertThat(TableHeaders.isAchieved("年度计划投资（万元）")).isFalse();
  }

  @Test
  void aHeaderGivesItsNumbersAUnitAndALabel() {
    assertThat(TableHeaders.unit("年度计划投资（万元）")).isEqualTo("万元");
    assertThat(TableHeaders.label("年度计划投资（万元）")).isEqualTo("年度计划投资");
    assertThat(TableHeaders.unit("增长%")).isEqualTo("%");
    assertThat(TableHeaders.label("增长%")).isEqualTo("增长");
    assertThat(TableHeaders.unit("（万元）")).isEmpty(); // nothing but a unit: no label to give it
    assertThat(TableHeaders.unit("完成情况（截至6月底）")).isEmpty();
    assertThat(TableHeaders.label("进展情况")).isEqualTo("进展情况");
  }

  @Test
  void aTargetCellTakesItsHeadersUnitAndItsWordsWhenTheyNameMoreThanTheTarget() {
    assertThat(DEFAULT.targetText("年度计划投资（万元）", "5000")).isEqualTo("，年度计划投资5000万元");
    assertThat(DEFAULT.targetText("年度目标（万元）", "5000")).isEqualTo("5000万元");
    assertThat(DEFAULT.targetText("目标任务", "8600人")).isEqualTo("8600人");
    assertThat(TableHeaders.achievedText("1-9月完成投资（万元）", "9800")).isEqualTo("1-9月完成投资9800万元");
    assertThat(TableHeaders.achievedText("1-6月完成", "1250亿元")).isEqualTo("1-6月完成1250亿元");
  }

  @Test
  void aFormatsOwnTargetNamesAreBareWordsOfAim() {
    TableTextFormat own = TableTextFormat.DEFAULT.builder().headerAlias(Column.TARGET, "考核目标值").build();
    assertThat(TableHeaders.of(own).isTargetWord("考核目标值")).isTrue();
    assertThat(DEFAULT.isTargetWord("考核目标值")).isFalse();
    assertThat(TableHeaders.of(own).targetText("考核目标值（万元）", "300")).isEqualTo("300万元");
    assertThat(TableHeaders.of(own).column("考核目标值")).isEqualTo(Optional.of(Column.TARGET));
  }

  @Test
  void headersThatDateTheTable() {
    assertThat(TableHeaders.namesDate("截至9月底进展情况")).isTrue();
    assertThat(TableHeaders.namesDate("完成情况（截至6月底）")).isTrue();
    assertThat(TableHeaders.namesDate("1-9月完成投资（万元）")).isTrue();
    assertThat(TableHeaders.namesDate("进展情况")).isFalse();
  }
}
