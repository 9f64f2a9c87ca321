package io.github.workreport.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.workreport.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large files in a JVM limited to 256 MB (the {@code low-memory} surefire execution): the default
 * row limit is refused cleanly long before memory runs out, and what the limit lets through fits.
 */
@Tag("lowmem")
class LowMemoryTest {
  @TempDir
  Path dir;

  @Test
  void runsInASmallHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L << 20);
  }

  @Test
  void aMillionRowsAreRefusedAtTheLimitWithoutRunningOutOfMemory() {
    Path file = dir.resolve("million.xlsx");
    RawXlsx.write(file, w -> {
      RawXlsx.raw(w, "<row r=\"1\">");
      RawXlsx.text(w, "A1", "序号");
      RawXlsx.text(w, "B1", "主要任务");
      RawXlsx.text(w, "C1", "责任单位");
      RawXlsx.text(w, "D1", "完成情况");
      RawXlsx.raw(w, "</row>");
      for (int r = 2; r <= 1_000_001; r++) {
        RawXlsx.raw(w, "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + (r - 1) + "</v></c>");
        RawXlsx.text(w, "B" + r, "第" + r + "项任务，推进重点项目建设");
        RawXlsx.text(w, "C" + r, "区单位" + (r % 97));
        RawXlsx.text(w, "D" + r, "已完成第" + r + "项工作。");
        RawXlsx.raw(w, "</row>");
      }
    });
    ExcelReadException e = assertThrows(ExcelReadException.class, () -> ExcelReader.of(ExcelLayout.DEFAULT).read(file));
    assertThat(e.place()).isEqualTo("Sheet1!A200001");
    assertThat(e.reason()).contains("more than 200000 rows");
  }

  @Test
  void theDefaultRowLimitFitsIn256Megabytes() throws Exception {
    Path file = dir.resolve("limit.xlsx");
    int rows = ExcelLayout.DEFAULT.maxRows() - 2;
    Tables.officeTable(file, rows);
    Report report = ExcelReader.of(ExcelLayout.DEFAULT).read(file);
    assertThat(report.tasks()).hasSize(rows);
    assertThat(report.tasks().get(rows - 1).targets()).hasSize(1);
    Path out = dir.resolve("written.xlsx");
    ExcelWriter.standard().write(report, out);
    assertThat(Files.size(out)).isGreaterThan(1_000_000);
  }
}
