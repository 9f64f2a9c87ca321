package io.github.workreport.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.Report;
import io.github.workreport.Task;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook read as a stream gives what it gives read whole: the same tasks in the same order,
 * the same header and sections, the same refusals. {@link ExcelReaderTest} checks every workbook it
 * reads through {@link #assertStreamsAsRead}; this class adds large sheets, a closed stream and the
 * row limit that streaming lifts.
 */
class ExcelTaskStreamTest {

  /** Reads {@code bytes} whole and as a stream; they must agree, failures included. */
  static Report assertStreamsAsRead(byte[] bytes, String name) {
    Path file;
    try {
      file = Files.createTempFile("stream-", "-" + name);
      Files.write(file, bytes);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return assertStreamsAsRead(ExcelReader.of(ExcelLayout.DEFAULT), file);
    } finally {
      file.toFile().delete();
    }
  }

  static Report assertStreamsAsRead(ExcelReader reader, Path file) {
    Report whole;
    try {
      whole = reader.read(file);
    } catch (ExcelReadException refused) {
      assertThatThrownBy(() -> drain(reader, file)).isInstanceOf(ExcelReadException.class)
          .hasMessage(refused.getMessage());
      throw refused;
    }
    Streamed streamed = drain(reader, file);
    assertThat(streamed.tasks).as("tasks").containsExactlyElementsOf(whole.tasks());
    assertThat(streamed.end).as("end").isEqualTo(whole.withTasks(List.of()));
    assertThat(streamed.header.title()).isEqualTo(whole.title());
    assertThat(streamed.header.period()).isEqualTo(whole.period());
    assertThat(streamed.findings).isEqualTo(whole.findings());
    return whole;
  }

  private static final class Streamed {
    Report header;
    final List<Task> tasks = new ArrayList<>();
    Report end;
    List<io.github.workreport.Finding> findings;
  }

  private static Streamed drain(ExcelReader reader, Path file) {
    Streamed out = new Streamed();
    try (ExcelTaskStream in = reader.stream(file)) {
      out.header = in.header();
      assertThat(in.isComplete()).isFalse();
      for (Task task : in) {
        out.tasks.add(task);
      }
      assertThat(in.isComplete()).isTrue();
      out.end = in.end();
      out.findings = in.findings();
    }
    return out;
  }

  @Test
  void aWrittenReportStreamsAsItReads(@TempDir Path dir) {
    Path file = dir.resolve("rich.xlsx");
    ExcelWriter.standard().write(Reports.rich(), file);
    Report read = assertStreamsAsRead(ExcelReader.of(ExcelLayout.DEFAULT), file);
    assertThat(read.sections()).isNotEmpty();
  }

  @Test
  void largeSheetsStreamAsTheyRead(@TempDir Path dir) {
    Path written = dir.resolve("large.xlsx");
    ExcelWriter.standard().write(Reports.large(3_000), written);
    assertThat(assertStreamsAsRead(ExcelReader.of(ExcelLayout.DEFAULT), written).tasks()).hasSize(3_000);
    Path office = dir.resolve("office.xlsx");
    Tables.officeTable(office, 3_000);
    assertThat(assertStreamsAsRead(ExcelReader.of(ExcelLayout.DEFAULT), office).tasks()).hasSize(3_000);
  }

  @Test
  void theRowLimitBindsAWholeReadOnly(@TempDir Path dir) {
    Path office = dir.resolve("office.xlsx");
    Tables.officeTable(office, 500);
    ExcelReader small = ExcelReader.of(ExcelLayout.DEFAULT.toBuilder().maxRows(100).build());
    assertThatThrownBy(() -> small.read(office)).isInstanceOf(ExcelReadException.class)
        .hasMessageContaining("raise ExcelLayout.maxRows");
    long n = 0;
    try (ExcelTaskStream in = small.stream(office)) {
      for (Task ignored : in) {
        n++;
      }
    }
    assertThat(n).isEqualTo(500);
  }

  @Test
  void closingPartWayStopsTheReader(@TempDir Path dir) throws Exception {
    Path office = dir.resolve("office.xlsx");
    Tables.officeTable(office, 5_000);
    ExcelTaskStream in = ExcelReader.of(ExcelLayout.DEFAULT).stream(office);
    Iterator<Task> tasks = in.iterator();
    assertThat(tasks.next().number()).isEqualTo(1);
    in.close();
    assertThat(in.isComplete()).isFalse();
    assertThatThrownBy(in::end).isInstanceOf(IllegalStateException.class);
    // The reading thread has ended and let the file go.
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("workreport-xlsx-reader"));
    Files.delete(office);
  }

  @Test
  void aSheetWithoutATableIsRefusedAsAWholeReadRefusesIt() {
    byte[] book = new Book().sheet("数据").row("姓名", "年龄", "电话").row("张三", 30, "123").xlsx();
    assertThatThrownBy(() -> assertStreamsAsRead(book, "people.xlsx")).isInstanceOf(ExcelReadException.class)
        .hasMessageContaining("no sheet holds a task table");
    byte[] severalSheets = new Book()
        .sheet("说明").row("本表填报说明：请按要求填写。")
        .sheet("隐藏").hidden().row("序号", "主要任务").row(1, "不读")
        .sheet("未央区").row("序号", "主要任务", "责任单位", "完成情况").row(1, "乙", "区财政局", "已完成。").xlsx();
    assertThat(assertStreamsAsRead(severalSheets, "multi.xlsx").tasks()).extracting(Task::text).containsExactly("乙");
  }

  @Test
  void aDamagedFileIsRefusedAtOpen(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("damaged.xlsx");
    Files.write(file, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    assertThatThrownBy(() -> ExcelReader.of(ExcelLayout.DEFAULT).stream(file)).isInstanceOf(ExcelReadException.class)
        .hasMessageContaining("damaged.xlsx");
  }
}
