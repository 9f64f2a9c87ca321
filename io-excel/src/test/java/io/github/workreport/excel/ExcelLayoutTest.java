package io.github.workreport.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExcelLayoutTest {

  @Test
  void defaults() {
    ExcelLayout d = ExcelLayout.DEFAULT;
    assertThat(d.sheet()).isEmpty();
    assertThat(d.headerSearchRows()).isEqualTo(30);
    assertThat(d.maxRows()).isEqualTo(200_000);
    assertThat(d.skipUnrecognizedSheets()).isFalse();
    assertThat(d.aliases()).isEmpty();
  }

  @Test
  void builderCopiesAndChanges() {
    ExcelLayout custom = ExcelLayout.DEFAULT.toBuilder().sheet("2020年").maxRows(10).headerSearchRows(5)
        .skipUnrecognizedSheets(true).alias(ExcelColumn.TASK, " 事 项\n名称 ").build();
    assertThat(custom.sheet()).contains("2020年");
    assertThat(custom.maxRows()).isEqualTo(10);
    assertThat(custom.aliases()).containsEntry(ExcelColumn.TASK, List.of("事项名称"));
    assertThat(custom.toBuilder().build()).isEqualTo(custom).hasSameHashCodeAs(custom);
    assertThat(custom.toBuilder().firstMatchingSheet().build().sheet()).isEmpty();
    assertThat(custom).isNotEqualTo(ExcelLayout.DEFAULT);
    assertThat(custom.toString()).contains("2020年").contains("maxRows=10");
    assertThat(ExcelLayout.DEFAULT.aliases()).isEmpty();
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> ExcelLayout.builder().maxRows(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExcelLayout.builder().headerSearchRows(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExcelLayout.builder().alias(ExcelColumn.TASK, " （） ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExcelLayout.builder().sheet(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void headersAreMatchedIgnoringSpacesPunctuationAndWidth() {
    assertThat(Headers.classify("序 号", java.util.Map.of())).isEqualTo(ExcelColumn.NUMBER);
    assertThat(Headers.classify("落实进展情况", java.util.Map.of())).isEqualTo(ExcelColumn.NARRATIVE);
    assertThat(Headers.classify("责任\n单位", java.util.Map.of())).isEqualTo(ExcelColumn.UNITS);
    assertThat(Headers.classify("牵头单位（部门）", java.util.Map.of())).isEqualTo(ExcelColumn.UNITS);
    assertThat(Headers.classify("配合单位", java.util.Map.of())).isEqualTo(ExcelColumn.SUPPORTING_UNITS);
    assertThat(Headers.classify("1-8月实际完成", java.util.Map.of())).isEqualTo(ExcelColumn.ACTUAL);
    assertThat(Headers.classify("占年任务之比(%)", java.util.Map.of())).isEqualTo(ExcelColumn.RATIO);
    assertThat(Headers.classify("完成时限", java.util.Map.of())).isEqualTo(ExcelColumn.DEADLINE);
    assertThat(Headers.classify("完成状态", java.util.Map.of())).isEqualTo(ExcelColumn.SECTION);
    assertThat(Headers.classify("单位", java.util.Map.of())).isEqualTo(ExcelColumn.UNIT);
    assertThat(Headers.classify("考核指标", java.util.Map.of())).isEqualTo(ExcelColumn.ITEM);
    assertThat(Headers.classify("重点工作", java.util.Map.of())).isEqualTo(ExcelColumn.TASK);
    assertThat(Headers.classify("ｎｏ．", java.util.Map.of())).isEqualTo(ExcelColumn.NUMBER);
    assertThat(Headers.classify("《灞桥区 2020 年政府工作报告》工作任务分解表", java.util.Map.of())).isNull();
  }
}
