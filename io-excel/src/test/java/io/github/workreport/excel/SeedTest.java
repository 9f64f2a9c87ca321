package io.github.workreport.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.FindingKind;
import io.github.workreport.Report;
import io.github.workreport.Status;
import io.github.workreport.Task;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Baqiao 2020 task table (107 tasks, extracted from a PDF) laid out as offices keep it in Excel:
 * title rows, a section heading row per section, the header repeated at the second section, and
 * the rows a page break split left as unnumbered rows. Read, then written and read back.
 */
class SeedTest {
  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s*(.*)$", Pattern.DOTALL);

  static Book seedAsWorkbook() throws Exception {
    String text;
    try (InputStream in = SeedTest.class.getResourceAsStream("baqiao-2020.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Book book = new Book().sheet("分解表");
    int row = 0;
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("--")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      row++;
      if (cells.length == 1) {
        book.row(line.strip()).merge("A" + row + ":D" + row); // title, summary, section heading
        continue;
      }
      Matcher m = NUMBERED.matcher(cells[0]);
      if (cells[0].equals("主要任务")) {
        book.row("序号", cells[0], cells[1], cells[2]);
      } else if (m.matches()) {
        book.row(Double.valueOf(m.group(1)), m.group(2), cells[1], cells[2]);
      } else {
        book.row(null, cells[0], cells[1], cells[2]); // the rest of a row split by a page break
      }
    }
    return book;
  }

  @Test
  void theSeedReadsFromExcel() throws Exception {
    Report r = ExcelReader.of(ExcelLayout.DEFAULT).read(new ByteArrayInputStream(seedAsWorkbook().xlsx()), "baqiao.xlsx");
    assertThat(r.title()).isEqualTo("《灞桥区 2020 年政府工作报告》工作任务分解表");
    assertThat(r.jurisdiction()).contains("灞桥区");
    assertThat(r.year()).hasValue(2020);
    assertThat(r.tasks()).hasSize(107);
    List<String> refs = new ArrayList<>();
    r.tasks().forEach(t -> refs.add(t.ref()));
    assertThat(refs).startsWith("已完成 1", "已完成 2").endsWith("持续推进 10", "持续推进 11");
    assertThat(r.tasks().stream().filter(t -> t.section().orElse("").equals("已完成"))).hasSize(96);
    assertThat(r.section("已完成").orElseThrow().declaredCount()).contains(98);
    assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.COUNT_MISMATCH));
    assertThat(r.tasks().stream().filter(t -> t.section().orElse("").equals("持续推进")))
        .allSatisfy(t -> assertThat(t.outcome().declaredStatus()).isEqualTo(Status.ONGOING));

    Task first = r.tasks().get(0);
    assertThat(first.text()).isEqualTo("一般公共预算收入增长 6%。");
    assertThat(first.responsibleUnits()).containsExactly("区财政局");
    assertThat(first.outcome().declaredStatus()).isEqualTo(Status.EXCEEDED);
    for (Task t : r.tasks()) {
      assertThat(t.text()).as(t.ref()).isNotBlank();
      assertThat(t.responsibleUnits()).as(t.ref()).isNotEmpty();
    }
  }

  @Test
  void theSeedRoundTrips() throws Exception {
    Report seed = ExcelReader.of(ExcelLayout.DEFAULT).read(new ByteArrayInputStream(seedAsWorkbook().xls()), "baqiao.xls");
    assertThat(ExcelWriterTest.readBack(ExcelWriterTest.written(seed))).isEqualTo(seed);
  }
}
