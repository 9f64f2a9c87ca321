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
    assertThat(f.unitSeparators()).isEqualTo("、，,；;/／");
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

  // --- bounds ----------------------------------------------------------------------------------

  private static final String TABLE = "主要任务\t责任单位\t完成情况\n1.甲\t区发改委\t已完成。\n2.乙\t区财政局\t已完成。\n"
      + "3.丙\t区教育局\t已完成。\n";

  @Test
  void aTextPastTheByteLimitIsRefusedAtTheLineTheLimitFallsIn() {
    byte[] bytes = TABLE.getBytes(StandardCharsets.UTF_8);
    int limit = TABLE.indexOf("3.") * 3; // inside line 3 or 4, whichever the UTF-8 bytes put it in
    TableTextFormat small = TableTextFormat.DEFAULT.builder().maxInputBytes(limit).build();
    int line = 1 + (int) new String(java.util.Arrays.copyOf(bytes, limit), StandardCharsets.UTF_8).chars()
        .filter(c -> c == '\n').count();
    assertThatThrownBy(() -> TableText.read(bytes, "big.txt", small))
        .isInstanceOf(io.github.workreport.ReportReadException.class)
        .hasMessage("big.txt: line " + line + " (byte " + limit + "): too large for a task table: the text passes the"
            + " limit of " + limit + " bytes here (TableTextFormat.maxInputBytes); a real table is some hundred kilobytes");
    assertThat(TableText.read(bytes, "fits.txt", TableTextFormat.DEFAULT.builder().maxInputBytes(bytes.length).build())
        .tasks()).hasSize(3);
  }

  @Test
  void aStreamIsReadNoFurtherThanTheLimitAndAByte() {
    java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(new byte[1000]);
    TableTextFormat small = TableTextFormat.DEFAULT.builder().maxInputBytes(100).build();
    assertThatThrownBy(() -> TableText.read(in, "<stdin>", small)).hasMessageStartingWith("<stdin>: byte 100: too large");
    assertThat(in.available()).isEqualTo(1000 - 101);
  }

  @Test
  void rowsPastTheRowLimitAreRefusedAtTheFirstOne() {
    TableTextFormat two = TableTextFormat.DEFAULT.builder().maxRows(2).build();
    assertThatThrownBy(() -> TableText.read(TABLE, "rows.txt", two))
        .hasMessage("rows.txt: line 4: more than 2 task rows; raise TableTextFormat.maxRows to read it");
    assertThat(TableText.read(TABLE, "rows.txt", TableTextFormat.DEFAULT.builder().maxRows(3).build()).tasks()).hasSize(3);
    assertThat(TableTextFormat.DEFAULT.maxRows()).isEqualTo(200_000);
    assertThat(TableTextFormat.DEFAULT.maxInputBytes()).isEqualTo(16L << 20);
    assertThat(two).isNotEqualTo(TableTextFormat.DEFAULT).hasToString(
        "TableTextFormat[separator=\\t, columns=[TASK, UNITS, NARRATIVE], merge, lenient, at most 2 rows]");
    assertThatThrownBy(() -> TableTextFormat.DEFAULT.builder().maxRows(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TableTextFormat.DEFAULT.builder().maxInputBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TableTextFormat.DEFAULT.builder().maxInputBytes(1L << 31))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
