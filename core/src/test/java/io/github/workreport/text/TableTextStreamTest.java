package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.Task;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming reader gives what {@link TableText#read} gives, task by task. */
class TableTextStreamTest {
  private static final List<String> TOKENS = List.of(
      "1.", "2.", "13、", "（十三）", "十三、", "一、", "5.5千米", "13", "\t", "\t", "\n", "\n", "\r\n", "\r",
      "\f", " ", "\uFEFF", "\u0007", "已完成 98 项:", "持续推进 11 项：", "已完成（续）",
      "主要任务\t责任单位\t完成情况", "序号\t主要任务\t责任单位\t完成时限\t落实进展情况", "--\t--\t--",
      "(共计 107 项，其中，已完成 96 项，持续推进 11 项)", "《灞桥区 2020 年政府工作报告》工作任务分解表",
      "区财政局", "增长 6%。", "完成 542.06 亿元", "已完成。", "正在推进", "（", "）", "共计", "、");

  /** A stream that hands out at most {@code step} bytes per read, to cut characters and lines anywhere. */
  private static InputStream trickle(byte[] bytes, int step) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws java.io.IOException {
        return super.read(b, off, Math.min(len, step));
      }
    };
  }

  private static Report collect(TableTextStream in) {
    List<Task> tasks = new ArrayList<>();
    in.forEach(tasks::add);
    assertThat(in.isComplete()).isTrue();
    return in.end().withTasks(tasks);
  }

  /** The report or the message of the ReportReadException, by the byte path. */
  private static String whole(byte[] bytes, TableTextFormat format) {
    try {
      Report r = TableText.read(bytes, "t.txt", format);
      return "ok " + r + r.tasks() + r.sections() + r.declaredTotals() + r.findings();
    } catch (ReportReadException e) {
      return "error " + e.getMessage();
    }
  }

  private static String streamed(InputStream in, TableTextFormat format) {
    try (TableTextStream s = TableText.stream(in, "t.txt", format)) {
      Report r = collect(s);
      assertThat(s.findings()).isEqualTo(r.findings());
      return "ok " + r + r.tasks() + r.sections() + r.declaredTotals() + r.findings();
    } catch (ReportReadException e) {
      return "error " + e.getMessage();
    }
  }

  @Test
  void streamingTableLikeTextGivesWhatReadingItWholeGives() {
    TableTextFormat strict = TableTextFormat.DEFAULT.builder().strict(true).build();
    qt().withExamples(1500)
        .forAll(lists().of(arbitrary().pick(TOKENS)).ofSizeBetween(0, 80), integers().between(1, 7),
            arbitrary().pick(List.of(TableTextFormat.DEFAULT, strict)))
        .checkAssert((tokens, step, format) -> {
          byte[] bytes = String.join("", tokens).getBytes(StandardCharsets.UTF_8);
          assertThat(streamed(trickle(bytes, step), format)).isEqualTo(whole(bytes, format));
        });
  }

  @Test
  void streamingTheSeedGivesTheReportReadingGivesAndTheHeaderFirst() throws Exception {
    byte[] seed = Seed.bytes();
    Report expected = TableText.read(seed, "seed.txt");
    try (TableTextStream in = TableText.stream(trickle(seed, 4093), "seed.txt")) {
      Report header = in.header();
      assertThat(header.tasks()).isEmpty();
      assertThat(header.title()).isEqualTo(expected.title());
      assertThat(header.year()).isEqualTo(expected.year());
      assertThat(header.period()).isEqualTo(expected.period());
      assertThat(header.declaredTotals().total()).isEqualTo(expected.declaredTotals().total());
      assertThatThrownBy(in::end).isInstanceOf(IllegalStateException.class);
      Report read = collect(in);
      assertThat(read).isEqualTo(expected);
      assertThat(in.findings()).isEqualTo(expected.findings()).isNotEmpty();
      assertThat(in.counts().total()).isEqualTo(expected.tasks().size());
    }
  }

  /** Beyond the first 64 KB the encoding is no longer decided on the whole text: the same reports still come out. */
  @Test
  void aTextLongerThanTheFirstChunkReadsTheSameInEveryEncoding() {
    String seed = Seed.text();
    String twice = seed + "\n" + seed.replace("1.一般公共预算收入增长 6%", "1.一般公共预算收入增长 7%");
    for (Charset charset : List.of(StandardCharsets.UTF_8, TextDecoding.GB18030, StandardCharsets.UTF_16LE)) {
      byte[] bytes = twice.getBytes(charset);
      assertThat(bytes.length).isGreaterThan(TextDecoding.FIRST_CHUNK);
      String expected = whole(bytes, TableTextFormat.DEFAULT);
      assertThat(expected).startsWith("ok ");
      assertThat(streamed(trickle(bytes, 1000), TableTextFormat.DEFAULT)).as(charset.name()).isEqualTo(expected);
    }
    byte[] bom = ("\uFEFF" + twice).getBytes(StandardCharsets.UTF_16BE);
    assertThat(streamed(new ByteArrayInputStream(bom), TableTextFormat.DEFAULT))
        .isEqualTo(whole(bom, TableTextFormat.DEFAULT));
  }

  @Test
  void aByteThatDoesNotDecodeAfterTheFirstChunkIsRefusedWithItsLine() {
    String seed = Seed.text();
    String text = seed + seed;
    byte[] good = text.getBytes(StandardCharsets.UTF_8);
    int lines = (int) seed.chars().filter(c -> c == '\n').count() * 2;
    byte[] bad = new byte[good.length + 3];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = 'x';
    bad[good.length + 1] = (byte) 0xFF;
    bad[good.length + 2] = '\n';
    Iterator<Task> tasks = TableText.stream(new ByteArrayInputStream(bad), "big.txt").iterator();
    assertThatThrownBy(() -> tasks.forEachRemaining(t -> { }))
        .isInstanceOfSatisfying(ReportReadException.class, e -> {
          assertThat(e.place()).isEqualTo("line " + (lines + 1) + " (byte " + (good.length + 1) + ")");
          assertThat(e.reason()).contains("UTF-8").contains("0xFF");
        });
    byte[] cut = java.util.Arrays.copyOf(good, good.length + 1);
    cut[good.length] = (byte) 0xE5;
    Iterator<Task> truncated = TableText.stream(new ByteArrayInputStream(cut), "big.txt").iterator();
    assertThatThrownBy(() -> truncated.forEachRemaining(t -> { }))
        .isInstanceOfSatisfying(ReportReadException.class, e -> assertThat(e.reason()).contains("truncated"));
  }

  @Test
  void aLineLongerThanTheLimitIsRefusedWithItsNumberAndTheLimit() {
    TableTextFormat format = TableTextFormat.DEFAULT.builder().maxLineLength(100).build();
    String text = "标题\n1.任务\t区财政局\t完成\n2." + "很长".repeat(60) + "\t区\t完成\n";
    for (InputStream in : List.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      Iterator<Task> tasks = TableText.stream(in, "long.txt", format).iterator();
      assertThatThrownBy(() -> tasks.forEachRemaining(t -> { }))
          .isInstanceOfSatisfying(ReportReadException.class, e -> {
            assertThat(e.place()).isEqualTo("line 3");
            assertThat(e.reason()).contains("100");
          });
    }
    assertThatThrownBy(() -> TableText.read(text, "long.txt", format))
        .isInstanceOf(ReportReadException.class).hasMessageContaining("line 3");
    assertThat(TableText.read(text, "long.txt").tasks()).hasSize(2);
  }

  @Test
  void aStreamIsIteratedOnce() {
    TableTextStream in = TableText.stream(new ByteArrayInputStream(Seed.bytes()), "seed.txt");
    in.iterator();
    assertThatThrownBy(in::iterator).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theOutlineIsTheReportWithoutItsTasks() {
    byte[] seed = Seed.bytes();
    Report outline = TableText.outline(new ByteArrayInputStream(seed), "seed.txt", TableTextFormat.DEFAULT);
    assertThat(outline).isEqualTo(TableText.read(seed, "seed.txt").withTasks(List.of()));
    assertThat(outline.sections()).hasSize(2);
  }

  @Test
  void classifyingTaskByTaskGivesWhatClassifyingTheReportGives() {
    io.github.workreport.rules.Classifier classifier = io.github.workreport.rules.Classifier.standard();
    Report whole = classifier.classify(TableText.read(Seed.bytes(), "seed.txt"));
    List<Task> tasks = new ArrayList<>();
    try (TableTextStream in = TableText.stream(new ByteArrayInputStream(Seed.bytes()), "seed.txt")) {
      in.forEach(t -> tasks.add(classifier.classify(t, in.header())));
    }
    assertThat(tasks).isEqualTo(whole.tasks());
  }

  /** A decade of reports in one table: counts of a million are counts, not title text. */
  @Test
  void aTableOfAMillionDeclaredTasksKeepsItsCountsAndHeading() {
    String text = "《某区 2020 年政府工作报告》工作任务分解表\n(共计 1000000 项，其中，已完成 1000000 项)\n"
        + "已完成 1000000 项:\n主要任务\t责任单位\t完成情况\n1.任务\t区财政局\t已完成。\n";
    try (TableTextStream in = TableText.stream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.txt")) {
      assertThat(in.header().title()).isEqualTo("《某区 2020 年政府工作报告》工作任务分解表");
      assertThat(in.header().declaredTotals().total()).contains(1_000_000);
      in.forEach(t -> assertThat(t.section()).contains("已完成"));
      assertThat(in.end().sections()).singleElement()
          .satisfies(s -> assertThat(s.declaredCount()).contains(1_000_000));
      assertThat(in.findings()).hasSize(2);
    }
  }
}
