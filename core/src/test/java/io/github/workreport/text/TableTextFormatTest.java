package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.text.TableTextFormat.Column;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTextFormatTest {

  @Test
  void theDefaultIsTheSeedsFormat() {
    TableTextFormat f = TableTextFormat.DEFAULT;
    assertThat(f.cellSeparator()).isEqualTo('\t');
    assertThat(f.defaultColumns()).containsExactly(Column.TASK, Column.UNITS, Column.NARRATIVE);
    assertThat(f.headerAliases().get(Column.NARRATIVE)).contains("完成情况", "落实情况及下一步工作");
    assertThat(f.unitSeparators()).isEqualTo("、，,；;");
    assertThat(f.mergeContinuationRows()).isTrue();
    assertThat(f.strict()).isFalse();
    assertThat(f.charset()).isEmpty();
    assertThat(f).hasToString("TableTextFormat[separator=\\t, columns=[TASK, UNITS, NARRATIVE], merge, lenient]");
  }

  @Test
  void aBuilderStartsFromTheFormatAndLeavesItAlone() {
    TableTextFormat changed = TableTextFormat.DEFAULT.builder().strict(true).cellSeparator('|')
        .charset(StandardCharsets.UTF_8).headerAlias(Column.UNITS, "责 任 人").build();
    assertThat(changed.strict()).isTrue();
    assertThat(changed.headerAliases().get(Column.UNITS)).endsWith("责任人");
    assertThat(TableTextFormat.DEFAULT.strict()).isFalse();
    assertThat(TableTextFormat.DEFAULT.headerAliases().get(Column.UNITS)).doesNotContain("责任人");
    assertThat(changed.builder().build()).isEqualTo(changed).hasSameHashCodeAs(changed);
    assertThat(changed).isNotEqualTo(TableTextFormat.DEFAULT);
    assertThat(TableTextFormat.DEFAULT.builder().build()).isEqualTo(TableTextFormat.DEFAULT);
  }

  @Test
  void replacingAliasesRemovesTheOldOnes() {
    TableTextFormat f = TableTextFormat.DEFAULT.builder().headerAliases(Column.TASK, List.of("事项")).build();
    assertThat(f.headerAliases().get(Column.TASK)).containsExactly("事项");
    assertThatThrownBy(() -> f.headerAliases().put(Column.TASK, List.of())).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void impossibleSettingsAreRefused() {
    assertThatThrownBy(() -> TableTextFormat.DEFAULT.builder().cellSeparator('\n')).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TableTextFormat.DEFAULT.builder().defaultColumns(Column.UNITS, Column.NARRATIVE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TASK");
    assertThatThrownBy(() -> TableTextFormat.DEFAULT.builder().defaultColumns(Column.TASK, Column.TASK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeats");
  }

  @Test
  void defaultColumnsApplyUntilAHeader() {
    TableTextFormat numberFirst = TableTextFormat.DEFAULT.builder()
        .defaultColumns(Column.NUMBER, Column.UNITS, Column.TASK, Column.NARRATIVE).build();
    var report = TableText.read("7\t区发改委\t任务。\t完成。\n", "t.txt", numberFirst);
    assertThat(report.tasks().get(0).number()).isEqualTo(7);
    assertThat(report.tasks().get(0).text()).isEqualTo("任务。");
    assertThat(report.tasks().get(0).responsibleUnits()).containsExactly("区发改委");
  }
}
