package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.Task;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of the reader: it is total, deterministic, and gives back the rows of a well-formed table. */
class TableTextPropertiesTest {
  private static final TableTextFormat STRICT = TableTextFormat.DEFAULT.builder().strict(true).build();

  /** The report, or the message of the one exception a reader may throw; anything else fails. */
  private static String outcome(Supplier<Report> read) {
    try {
      Report report = read.get();
      assertThat(report.tasks()).isNotEmpty();
      return "ok " + report + " " + report.tasks().hashCode();
    } catch (ReportReadException e) {
      assertThat(e.source()).isNotNull();
      assertThat(e.reason()).isNotBlank();
      return "error " + e.getMessage();
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("the reader threw " + e, e);
    }
  }

  /** Pieces of table text, so that generated strings reach every state of the reader. */
  private static final List<String> TOKENS = List.of(
      "1.", "2.", "13、", "（十三）", "(3)", "十三、", "一、", "32.2021年", "5.5千米", "13", "１３．",
      "\t", "\t", "\t", "\n", "\n", "\n", "\r\n", "\r", "\f", " ", "\u3000", "\uFEFF", "\u0000", "\u0007",
      "已完成 98 项:", "持续推进 11 项：", "（共 3 项）", "已完成（续）", "主要任务\t责任单位\t完成情况",
      "序号\t主要任务\t责任单位\t完成时限\t落实进展情况", "--\t--\t--", "————",
      "(共计 107 项，其中，已完成 96 项，持续推进 11 项)", "《灞桥区 2020 年政府工作报告》工作任务分解表",
      "1-11月", "附件2", "区财政局", "区发改委 区统计局", "区住建局（区人防办、区城改办）", "增长 6%。",
      "完成 542.06 亿元", "已完成。", "正在推进", "（", "）", "项", "共计", "、", "，", "。", "337", "处",
      "序号\t指标名称\t单位\t年度目标\t目标增速(%)\t实绩\t增速(%)\t责任单位", "亿元", "%", "7以上", "4620",
      "\"", "\"", "\"\"", "\t\"", "\"\t", "序号\t重点任务\t牵头单位\t配合单位\t完成时限\t进展情况", "2021年12月底", "长期");

  private static Gen<String> tableLike(int maxTokens) {
    return lists().of(arbitrary().pick(TOKENS)).ofSizeBetween(0, maxTokens).map(l -> String.join("", l));
  }

  @Test
  void readingArbitraryStringsReturnsOrThrowsOnlyReportReadException() {
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 400))
        .checkAssert(s -> outcome(() -> TableText.read(s, "gen.txt")));
    qt().withExamples(2000).forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 400))
        .checkAssert(s -> outcome(() -> TableText.read(s, "gen.txt", STRICT)));
  }

  @Test
  void readingTableLikeStringsReturnsOrThrowsOnlyReportReadException() {
    qt().withExamples(5000).forAll(tableLike(80))
        .checkAssert(s -> {
          outcome(() -> TableText.read(s, "gen.txt"));
          outcome(() -> TableText.read(s, "gen.txt", STRICT));
        });
  }

  @Test
  void readingArbitraryBytesReturnsOrThrowsOnlyReportReadException() {
    qt().withExamples(2000)
        .forAll(Generate.byteArrays(integers().between(0, 600), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
        .checkAssert(b -> outcome(() -> TableText.read(b, "gen.bin")));
  }

  @Test
  void readingTheSeedWithBytesChangedReturnsOrThrowsOnlyReportReadException() {
    byte[] seed = Seed.bytes();
    Gen<int[]> changes = lists().of(integers().between(0, seed.length - 1)).ofSizeBetween(1, 8)
        .map(positions -> positions.stream().mapToInt(p -> p).toArray());
    qt().withExamples(300).forAll(changes, integers().between(0, 255))
        .checkAssert((positions, value) -> {
          byte[] b = Arrays.copyOf(seed, seed.length);
          for (int p : positions) {
            b[p] = (byte) (value + p);
          }
          outcome(() -> TableText.read(b, "mutated.txt"));
        });
  }

  @Test
  void readingTheSeedWithTableTextInsertedReturnsOrThrowsOnlyReportReadException() {
    String seed = Seed.text();
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, seed.length())).ofSizeBetween(1, 6), lists().of(arbitrary().pick(TOKENS)).ofSize(6))
        .checkAssert((positions, tokens) -> {
          StringBuilder b = new StringBuilder(seed);
          positions.stream().sorted(java.util.Comparator.reverseOrder())
              .forEach(p -> b.insert((int) p, tokens.get(p % tokens.size())));
          String text = b.toString();
          outcome(() -> TableText.read(text, "edited.txt"));
          outcome(() -> TableText.read(text, "edited.txt", STRICT));
        });
  }

  @Test
  void readingIsDeterministic() {
    qt().withExamples(1000).forAll(tableLike(60))
        .checkAssert(s -> assertThat(outcome(() -> TableText.read(s, "gen.txt")))
            .isEqualTo(outcome(() -> TableText.read(s, "gen.txt"))));
  }

  @Test
  void whatStrictModeAcceptsLenientModeReadsTheSame() {
    qt().withExamples(3000).forAll(tableLike(60))
        .checkAssert(s -> {
          String strict = outcome(() -> TableText.read(s, "gen.txt", STRICT));
          if (strict.startsWith("ok ")) {
            assertThat(outcome(() -> TableText.read(s, "gen.txt"))).isEqualTo(strict);
          }
        });
  }

  // ------------------------------------------------------------------ well-formed tables

  private static final String HAN = "推进建设完成任务区县新增公厕座项目年月增长以上全面落实加快实施改造提升城镇农村";
  private static final String TEXT = HAN + "，。、0123456789%（）“”";
  private static final String UNIT = "区县市局委办公司中心管理发改财政住建教育卫生";

  private static Gen<String> word(String first, String rest, int min, int max) {
    return integers().between(0, first.length() - 1)
        .zip(lists().of(integers().between(0, rest.length() - 1)).ofSizeBetween(min - 1, max - 1),
            (f, r) -> {
              StringBuilder b = new StringBuilder().append(first.charAt(f));
              r.forEach(i -> b.append(rest.charAt(i)));
              return b.toString();
            });
  }

  /** A row: text, units and narrative as they should read back. */
  private static final class Row {
    final String text;
    final List<String> units;
    final String narrative;

    Row(String text, List<String> units, String narrative) {
      this.text = text;
      this.units = units;
      this.narrative = narrative;
    }

    @Override
    public String toString() {
      return text + " | " + units + " | " + narrative;
    }
  }

  private static final Gen<Row> ROWS = word(HAN, TEXT, 1, 40)
      .zip(lists().of(word(UNIT, UNIT, 2, 8)).ofSizeBetween(1, 4), word(HAN, TEXT + " ", 1, 60),
          Row::new);

  private static final List<java.util.function.IntFunction<String>> NUMBERINGS = List.of(
      n -> n + ".", n -> n + ". ", n -> n + "、", n -> n + "．", n -> "（" + Seed.chinese(n) + "）",
      n -> "(" + n + ")", n -> Seed.chinese(n) + "、");

  @Test
  void aWellFormedTableOfNRowsReadsBackNTasksWithTheCellsGiven() {
    qt().withExamples(500)
        .forAll(lists().of(ROWS).ofSizeBetween(1, 60), integers().between(0, NUMBERINGS.size() - 1),
            arbitrary().pick("\n", "\r\n", "\n\n"), arbitrary().pick("、", " ", "，"))
        .checkAssert((rows, numbering, lineEnd, unitSeparator) -> {
          StringBuilder text = new StringBuilder("某区2021年政府工作报告任务分解表").append(lineEnd)
              .append("主要任务\t责任单位\t完成情况").append(lineEnd);
          for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            text.append(NUMBERINGS.get(numbering).apply(i + 1)).append(row.text).append('\t')
                .append(String.join(unitSeparator, row.units)).append('\t').append(row.narrative).append(lineEnd);
          }
          Report report = TableText.read(text.toString().getBytes(StandardCharsets.UTF_8), "gen.txt");
          assertThat(report.tasks()).hasSize(rows.size());
          for (int i = 0; i < rows.size(); i++) {
            Task task = report.tasks().get(i);
            Row row = rows.get(i);
            assertThat(task.number()).isEqualTo(i + 1);
            assertThat(task.text()).isEqualTo(row.text);
            assertThat(task.responsibleUnits()).isEqualTo(row.units);
            assertThat(task.outcome().narrative()).isEqualTo(row.narrative.strip());
          }
        });
  }

  /** 1 to 50 in circled digits, as some tables number their rows: ①…⑳, ㉑…㉟, ㊱…㊿. */
  static String circled(int n) {
    return String.valueOf((char) (n <= 20 ? '\u2460' + n - 1 : n <= 35 ? '\u3251' + n - 21 : '\u32B1' + n - 36));
  }

  /** Other marks of single characters: ⑴…⒇, ⒈…⒛, ㈠…㈩ (to twenty and to ten). */
  private static final List<java.util.function.IntFunction<String>> MARKED = List.of(
      n -> String.valueOf((char) ('\u2474' + n - 1)), n -> String.valueOf((char) ('\u2488' + n - 1)),
      n -> String.valueOf((char) ('\u3220' + n - 1)));

  /**
   * Rows numbered with circled digits (or ⑴, ⒈, ㈠) read back one task each, and a row a page break left with its
   * task and units empty goes on the narrative before it: round ba's tables numbered ①…⑰ made each such row a task
   * of its own, numbering every task after it one too high.
   */
  @Test
  void rowsNumberedWithCircledDigitsReadBackAndAPageBreaksRowGoesOnTheOneBefore() {
    qt().withExamples(300)
        .forAll(integers().between(1, 50), integers().between(0, 3), integers().between(0, 49))
        .checkAssert((n, form, broken) -> {
          int rows = form == 0 ? n : Math.min(n, form == 3 ? 10 : 20);
          int brokenRow = broken % rows;
          StringBuilder text = new StringBuilder("某县2023年重点工作1-9月进展情况\n\n项目名称\t责任单位\t截至9月底进展情况\n");
          for (int i = 1; i <= rows; i++) {
            String number = form == 0 ? circled(i) : MARKED.get(form - 1).apply(i);
            text.append(number).append("新建公厕").append(i).append("座\t县住建局\t已建成").append(i);
            if (i - 1 == brokenRow) {
              text.append("座，为年度计\n\n\t\t划的100%，超序时进度\n项目名称\t责任单位\t截至9月底进展情况\n");
            } else {
              text.append("座\n");
            }
          }
          Report report = TableText.read(text.toString(), "gen.txt");
          assertThat(report.tasks()).as(text.toString()).hasSize(rows);
          for (int i = 0; i < rows; i++) {
            Task task = report.tasks().get(i);
            assertThat(task.number()).isEqualTo(i + 1);
            assertThat(task.text()).isEqualTo("新建公厕" + (i + 1) + "座");
            if (i == brokenRow) {
              assertThat(task.outcome().narrative()).startsWith("已建成" + (i + 1) + "座，为年度计").contains("超序时进度");
            }
          }
        });
  }

  /** A cell a spreadsheet may hold: several lines (1.…⏎2.…), a tab, quote marks, a leading number. */
  private static final Gen<String> SPREADSHEET_CELL = lists()
      .of(arbitrary().pick("新增学位960个。", "2.", "1.已建成3所", "\n", "\n", "\t", "\"", "\"\"", "“放管服”", "区住建局",
          "推进", "10.", "（一）", " "))
      .ofSizeBetween(1, 8).map(l -> "新" + String.join("", l) + "。");

  /** A cell as a spreadsheet copies it as text: quoted when it holds a line break, a tab or a quote. */
  private static String copied(String cell) {
    return cell.indexOf('\n') >= 0 || cell.indexOf('\t') >= 0 || cell.indexOf('"') >= 0
        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  /**
   * A table saved as {@code .csv} reads back cell for cell with {@link TableTextFormat#CSV}: cells
   * holding commas, line breaks or quotes quoted as RFC 4180 has it, in UTF-8 or GB18030.
   */
  @Test
  void aTableSavedAsCsvReadsBackCellForCell() {
    qt().withExamples(300)
        .forAll(lists().of(SPREADSHEET_CELL.map(c -> c.replace('\t', ','))).ofSizeBetween(2, 30),
            arbitrary().pick(StandardCharsets.UTF_8, java.nio.charset.Charset.forName("GB18030")))
        .checkAssert((cells, charset) -> {
          StringBuilder text = new StringBuilder("某区2021年政府工作报告任务分解表\r\n序号,主要任务,责任单位,完成情况\r\n");
          int rows = cells.size() / 2;
          for (int i = 0; i < rows; i++) {
            text.append(i + 1).append(',').append(savedAsCsv(cells.get(2 * i))).append(",\"区发改委,区财政局\",")
                .append(savedAsCsv(cells.get(2 * i + 1))).append("\r\n");
          }
          Report report = TableText.read(text.toString().getBytes(charset), "gen.csv", TableTextFormat.CSV);
          assertThat(report.tasks()).hasSize(rows);
          for (int i = 0; i < rows; i++) {
            Task task = report.tasks().get(i);
            assertThat(task.number()).isEqualTo(i + 1);
            assertThat(task.text()).isEqualTo(cells.get(2 * i).strip());
            assertThat(task.responsibleUnits()).containsExactly("区发改委", "区财政局");
            assertThat(task.outcome().narrative()).isEqualTo(cells.get(2 * i + 1).strip());
          }
        });
  }

  private static String savedAsCsv(String cell) {
    return cell.indexOf('\n') >= 0 || cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0
        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  /**
   * Rows copied out of a spreadsheet read back with every cell as it was, however many lines a cell
   * holds and whatever they start with (2. inside a cell opens no row).
   */
  @Test
  void rowsCopiedFromASpreadsheetReadBackCellForCell() {
    qt().withExamples(500)
        .forAll(lists().of(SPREADSHEET_CELL).ofSizeBetween(2, 40), arbitrary().pick("\n", "\r\n"))
        .checkAssert((cells, lineEnd) -> {
          StringBuilder text = new StringBuilder("某区2021年政府工作报告任务分解表").append(lineEnd)
              .append("序号\t主要任务\t责任单位\t完成情况").append(lineEnd);
          int rows = cells.size() / 2;
          for (int i = 0; i < rows; i++) {
            text.append(i + 1).append('\t').append(copied(cells.get(2 * i))).append("\t区发改委\t")
                .append(copied(cells.get(2 * i + 1))).append(lineEnd);
          }
          Report report = TableText.read(text.toString(), "gen.txt");
          // the same read from a stream of lines as from a text held whole
          assertThat(TableText.read(text.toString().getBytes(StandardCharsets.UTF_8), "gen.txt").tasks())
              .isEqualTo(report.tasks());
          assertThat(report.tasks()).hasSize(rows);
          for (int i = 0; i < rows; i++) {
            Task task = report.tasks().get(i);
            assertThat(task.number()).isEqualTo(i + 1);
            assertThat(task.text()).isEqualTo(cells.get(2 * i).strip());
            assertThat(task.responsibleUnits()).containsExactly("区发改委");
            assertThat(task.outcome().narrative()).isEqualTo(cells.get(2 * i + 1).strip());
          }
        });
  }

  private static final Gen<String> INDICATOR_CELL = arbitrary().pick(
      "", "", "4620", "7以上", "3.5以内", "增长6%", "-6.3", "1,250.3", "１２", "105亿元", "持平", "1.5万", "0",
      "完成省下达任务", "约2");

  /**
   * An indicator table (指标 · 单位 · 目标 · 目标增速 · 实绩 · 增速 · 责任单位) loses no cell: every number written
   * in a row is in its task's text or narrative, with the row's unit of measure wherever a bare number took it.
   */
  @Test
  void anIndicatorTableKeepsEveryNumberOfItsRows() {
    qt().withExamples(500)
        .forAll(lists().of(lists().of(INDICATOR_CELL).ofSize(4)).ofSizeBetween(1, 8),
            arbitrary().pick("亿元", "%", "万人", "", "个"))
        .checkAssert((rows, unit) -> {
          StringBuilder text = new StringBuilder("某市2021年主要指标完成情况\n")
              .append("序号\t指标名称\t单位\t年度目标\t目标增速(%)\t实绩\t增速(%)\t责任单位\n");
          for (int i = 0; i < rows.size(); i++) {
            List<String> c = rows.get(i);
            text.append(i + 1).append("\t指标").append(i + 1).append('\t').append(unit);
            for (String cell : c) {
              text.append('\t').append(cell);
            }
            text.append("\t市统计局\n");
          }
          Report report = TableText.read(text.toString(), "gen.txt");
          assertThat(report.tasks()).hasSize(rows.size());
          for (int i = 0; i < rows.size(); i++) {
            Task task = report.tasks().get(i);
            String kept = task.text() + "\n" + task.outcome().narrative();
            assertThat(task.text()).startsWith("指标" + (i + 1));
            assertThat(task.responsibleUnits()).containsExactly("市统计局");
            for (String cell : rows.get(i)) {
              assertThat(kept).as("row %d", i + 1).contains(cell.replaceAll("[^0-9０-９.,]", ""));
            }
            boolean anyNumber = rows.get(i).stream().anyMatch(cell -> cell.matches(".*[0-9０-９].*"));
            if (!unit.isEmpty() && !anyNumber) {
              assertThat(kept).as("row %d keeps its unit", i + 1).contains(unit);
            }
          }
        });
  }

  private static final Gen<String> PROJECT_WORDS = arbitrary().pick(
      "", "新建门诊楼2万平方米", "日处理2万吨", "主体封顶", "已投入试运行", "改造管网12.5公里", "完成招标", "（一期）");

  /**
   * A project table (项目名称 · 建设内容 · 年度计划投资（万元） · 1-9月完成投资（万元） · 形象进度 · 牵头单位 ·
   * 责任单位) loses no cell and puts none where it does not belong: the project and what it builds open the
   * task, every number written is in the task's text or narrative, and both unit columns are its units.
   */
  @Test
  void aProjectTableKeepsEveryCellInItsPlace() {
    qt().withExamples(300)
        .forAll(lists().of(lists().of(PROJECT_WORDS).ofSize(2)).ofSizeBetween(1, 6),
            lists().of(lists().of(INDICATOR_CELL).ofSize(2)).ofSize(6))
        .checkAssert((words, numbers) -> {
          StringBuilder text = new StringBuilder("某县2021年重点项目推进情况表\n")
              .append("序号\t项目名称\t建设内容\t年度计划投资（万元）\t1-9月完成投资（万元）\t形象进度\t牵头单位\t责任单位\n");
          for (int i = 0; i < words.size(); i++) {
            text.append(i + 1).append("\t项目").append(i + 1).append('\t').append(words.get(i).get(0))
                .append('\t').append(numbers.get(i).get(0)).append('\t').append(numbers.get(i).get(1))
                .append('\t').append(words.get(i).get(1)).append("\t县发改局\t县住建局\n");
          }
          Report report = TableText.read(text.toString(), "gen.txt");
          assertThat(report.tasks()).hasSize(words.size());
          for (int i = 0; i < words.size(); i++) {
            Task task = report.tasks().get(i);
            String kept = task.text() + "\n" + task.outcome().narrative();
            assertThat(task.text()).startsWith("项目" + (i + 1) + (words.get(i).get(0).isEmpty() ? "" : "：" + words.get(i).get(0)));
            assertThat(task.responsibleUnits()).containsExactly("县发改局", "县住建局");
            assertThat(kept).contains(words.get(i).get(1));
            for (String cell : numbers.get(i)) {
              assertThat(kept).as("row %d", i + 1).contains(cell.replaceAll("[^0-9０-９.,]", ""));
            }
          }
        });
  }

  // ------------------------------------------------------------------ very long lines

  private static String repeat(String s, int length) {
    StringBuilder b = new StringBuilder(length + s.length());
    while (b.length() < length) {
      b.append(s);
    }
    return b.toString();
  }

  private static final int MB = 1 << 20;

  /** Lines of a megabyte, with few numbers in them. */
  private static List<String> longLines() {
    return List.of(
        "1." + repeat("全面落实加快推进，", MB) + "\t区财政局\t" + repeat("已完成各项工作。", MB),
        repeat("1.", MB),
        repeat("\t", MB),
        repeat("（", MB),
        repeat("9", MB) + "\t区\t完成",
        repeat("已完成 98 项:", MB),
        repeat("\n", MB),
        repeat("\n\t\t续", MB / 4),
        "1.任务\t区\t完成\n" + repeat("\u0007", MB),
        repeat("主要任务\t责任单位\t完成情况\t", MB / 12),
        "1.任务。\t" + repeat("区财政局、", MB) + "\t完成。");
  }

  /** Lines of a megabyte dense with numbers: a target or a measure every few characters. */
  private static List<String> longNumberDenseLines() {
    return List.of(
        "1." + repeat("全面落实增长6%以上，", MB) + "\t区财政局\t" + repeat("完成 5.5 万元。", MB),
        "1.任务。\t区财政局\t" + repeat("完成 5.5 万元。", MB));
  }

  @Test
  void theReaderReadsOrRefusesOneMegabyteLinesQuickly() {
    List<String> inputs = new ArrayList<>(longLines());
    inputs.addAll(longNumberDenseLines());
    for (String input : inputs) {
      long start = System.nanoTime();
      outcome(() -> TableText.read(input, "long.txt", TableTextFormat.DEFAULT, false));
      byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
      outcome(() -> TableText.read(TextDecoding.decode(bytes, "long.txt", null), "long.txt", TableTextFormat.DEFAULT, false));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(millis).as("reading %s…", input.substring(0, 20)).isLessThan(20_000);
    }
  }

  @Test
  void readingOneMegabyteLinesWithExtractionReturnsOrThrowsOnlyReportReadException() {
    for (String input : longLines()) {
      outcome(() -> TableText.read(input, "long.txt"));
      outcome(() -> TableText.read(input.getBytes(StandardCharsets.UTF_8), "long.txt"));
    }
  }

  @Test
  void readingOneMegabyteLinesDenseWithNumbersWithExtractionIsQuick() {
    for (String input : longNumberDenseLines()) {
      long start = System.nanoTime();
      outcome(() -> TableText.read(input, "long.txt"));
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
    }
  }

  @Test
  void aLongFirstRowReadsWhole() {
    String narrative = repeat("完成 5.5 万元。", MB);
    Report report = TableText.read("1.任务。\t区财政局\t" + narrative, "long.txt", TableTextFormat.DEFAULT, false);
    assertThat(report.tasks().get(0).outcome().narrative()).isEqualTo(narrative);
  }

  @Test
  void anEmptyOrBlankInputIsRefused() {
    for (String s : List.of("", " ", "\n\n", "\uFEFF", "\t\t\t")) {
      assertThatThrownBy(() -> TableText.read(s, "blank.txt")).isInstanceOf(ReportReadException.class);
    }
  }

  /**
   * A table whose header gives 序号 a column of its own reads the same whether each row gives its
   * number a cell of its own (1⇥新建公厕15座⇥…) or writes it before the task in one cell (1. 新建公厕15座⇥…),
   * as people copy such tables into text.
   */
  @Test
  void aNumberBeforeTheTaskInOneCellReadsAsANumberColumn() {
    List<String> tasks = List.of("新建公厕15座", "城镇新增就业8600人", "改造老旧小区12个", "推进重点项目建设", "2个乡镇完成改造");
    List<String> units = List.of("区城管局", "区人社局", "区住建局、区财政局", "");
    List<String> narratives = List.of("已建成公厕16座。", "新增就业9120人。", "已开工12个，完工9个。", "正在推进。", "");
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 99)).ofSizeBetween(1, 8))
        .checkAssert(picks -> {
          StringBuilder apart = new StringBuilder("某区2021年重点任务进展\n序号\t主要任务\t责任单位\t进展情况\n");
          StringBuilder joined = new StringBuilder(apart);
          for (int i = 0; i < picks.size(); i++) {
            int p = picks.get(i);
            String rest = tasks.get(p % tasks.size()) + "\t" + units.get(p / 5 % units.size()) + "\t"
                + narratives.get(p / 20 % narratives.size());
            apart.append(i + 1).append('\t').append(rest).append('\n');
            joined.append(i + 1).append(". ").append(rest).append('\n');
          }
          Report a = TableText.read(apart.toString(), "apart.txt");
          Report b = TableText.read(joined.toString(), "joined.txt");
          assertThat(b.tasks()).as(joined.toString()).hasSize(picks.size()).isEqualTo(a.tasks());
        });
  }
}
