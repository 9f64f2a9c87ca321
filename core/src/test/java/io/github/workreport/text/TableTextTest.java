package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.FindingKind;
import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.Section;
import io.github.workreport.Status;
import io.github.workreport.Task;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TableTextTest {
  private static final Report SEED = TableText.read(Seed.bytes(), Seed.NAME);

  private static Task task(Report report, String section, int number) {
    return report.task(section, number).orElseThrow(() -> new AssertionError("no task " + section + " " + number));
  }

  private static List<String> refs(Report report) {
    return report.tasks().stream().map(Task::ref).collect(Collectors.toList());
  }

  // ------------------------------------------------------------------ the seed

  @Nested
  class TheSeed {

    @Test
    void readsIntoNinetySixCompletedAndElevenOngoingTasksNumberedPerSection() {
      List<String> expected = new ArrayList<>();
      for (int i = 1; i <= 96; i++) {
        expected.add("已完成 " + i);
      }
      for (int i = 1; i <= 11; i++) {
        expected.add("持续推进 " + i);
      }
      assertThat(refs(SEED)).isEqualTo(expected);
    }

    @Test
    void titleJurisdictionYearAndPeriod() {
      assertThat(SEED.title()).isEqualTo("《灞桥区 2020 年政府工作报告》工作任务分解表");
      assertThat(SEED.jurisdiction()).contains("灞桥区");
      assertThat(SEED.year()).hasValue(2020);
      assertThat(SEED.period().map(p -> p.asOf())).contains(YearMonth.of(2020, 12));
    }

    @Test
    void declaredTotalsFromTheSummaryLine() {
      assertThat(SEED.declaredTotals().total()).contains(107);
      assertThat(SEED.declaredTotals().bySection()).containsExactly(Map.entry("已完成", 96), Map.entry("持续推进", 11));
    }

    @Test
    void sectionsWithTheirDeclaredStatusAndCount() {
      assertThat(SEED.sections()).containsExactly(
          Section.builder().name("已完成").declaredStatus(Status.MET).declaredCount(98).build(),
          Section.builder().name("持续推进").declaredStatus(Status.ONGOING).declaredCount(11).build());
    }

    @Test
    void headingCountOfNinetyEightAgainstNinetySixRowsIsACountMismatch() {
      assertThat(SEED.findings()).hasSize(1);
      assertThat(SEED.findings().get(0).kind()).isEqualTo(FindingKind.COUNT_MISMATCH);
      assertThat(SEED.findings().get(0).message()).contains("已完成", "98", "96");
    }

    @Test
    void numberPrefixIsRemovedFromTheText() {
      assertThat(task(SEED, "已完成", 1).text()).isEqualTo("一般公共预算收入增长 6%。");
      assertThat(task(SEED, "已完成", 13).text()).startsWith("加快白鹿原水生态中心建设");
      assertThat(task(SEED, "持续推进", 11).text()).isEqualTo("规模以上工业增加值增长 6% 以上。");
      // 32.2021年…: the number 32 was expected next, so 2021 is text, not a decimal 32.2021.
      assertThat(task(SEED, "已完成", 32).text()).startsWith("2021年4月底前，完成55条道路");
    }

    @Test
    void responsibleUnitsSplitOnSpaces() {
      assertThat(task(SEED, "已完成", 1).responsibleUnits()).containsExactly("区财政局");
      assertThat(task(SEED, "已完成", 9).responsibleUnits())
          .containsExactly("区文旅体育局", "纺织城开发公司", "区秦岭保护执法局");
      assertThat(task(SEED, "已完成", 34).responsibleUnits()).hasSize(6).startsWith("区行政审批局");
      assertThat(task(SEED, "持续推进", 2).responsibleUnits())
          .containsExactly("区城建开发公司", "洪庆新城管理办", "纺织城开发公司");
    }

    @Test
    void task89SplitByAPageBreakMergesCellByCell() {
      Task t = task(SEED, "已完成", 89);
      assertThat(t.text()).isEqualTo("全面落实应急管理责任，加强道路交通、特种设备安全管理和重点行业安全生产执法监察，"
          + "做好全国灾害综合风险普查试点和全国综合减灾示范区创建工作。");
      assertThat(t.responsibleUnits()).containsExactly("区交通局", "区市场监管局", "区应急管理局", "交警灞桥大队");
      assertThat(t.outcome().narrative())
          .startsWith("印发了《灞桥区第一次全国自然灾害综合风险普查试点方案》")
          .contains("查处各类安全隐患 337处，行政处罚 11 万元")
          .endsWith("继续开展示范社区创建工作。");
    }

    @Test
    void task96ContinuesOnlyTheNarrative() {
      Task t = task(SEED, "已完成", 96);
      assertThat(t.text()).isEqualTo("深入推进政府系统党风廉政建设，继续强化审计监督，让廉政勤政之风相沿成习。");
      assertThat(t.responsibleUnits()).containsExactly("区纪委监委", "区审计局");
      assertThat(t.outcome().narrative())
          .contains("“三重一大”事项决策会议；区审计局依法履行审计监督职责")
          .endsWith("推进党风廉政建设发挥了积极作用。");
    }

    @Test
    void ongoingTask7ContinuesTextAndNarrativeButNotUnits() {
      Task t = task(SEED, "持续推进", 7);
      assertThat(t.text()).isEqualTo("积极借助华侨城优势，围绕半坡遗址，推动文产聚集，力争西安国际文创城项目早日落地。");
      assertThat(t.responsibleUnits()).containsExactly("区投资商务局");
      assertThat(t.outcome().narrative())
          .contains("形成西安国际化大都市文化创意产业“创新引擎”")
          .endsWith("待方案成熟后报市委市政府审定。");
    }

    @Test
    void theRuleLineBeforeTheSecondSectionIsNotText() {
      assertThat(task(SEED, "已完成", 96).outcome().narrative()).doesNotContain("--");
    }

    @Test
    void everyCharacterOfTheRowsEndsUpInExactlyOneTask() {
      // The cells of the seed's row lines, without row numbers, header rows and rules, against the
      // tasks' cells: the same characters, none lost and none doubled.
      StringBuilder rows = new StringBuilder();
      for (String line : Seed.text().split("\n")) {
        if (line.contains("\t") && !line.startsWith("主要任务") && !line.startsWith("--")) {
          rows.append(line.replaceFirst("^\\d+\\.\\s*", ""));
        }
      }
      StringBuilder tasks = new StringBuilder();
      for (Task t : SEED.tasks()) {
        tasks.append(t.text()).append(String.join("", t.responsibleUnits())).append(t.outcome().narrative());
      }
      assertThat(sortedNonBlank(tasks)).isEqualTo(sortedNonBlank(rows));
    }

    @Test
    void everyTaskHasTextUnitsAndANarrative() {
      assertThat(SEED.tasks()).allSatisfy(t -> {
        assertThat(t.text()).isNotBlank().doesNotStartWith(t.number() + ".");
        assertThat(t.responsibleUnits()).isNotEmpty().allSatisfy(u -> assertThat(u).isNotBlank().doesNotContain(" "));
        assertThat(t.outcome().narrative()).isNotBlank();
      });
    }

    @Test
    void tasksOfTheOngoingSectionAreDeclaredOngoing() {
      assertThat(SEED.tasks().stream().filter(t -> t.section().equals(Optional.of("持续推进"))))
          .allSatisfy(t -> assertThat(t.outcome().declaredStatus()).isEqualTo(Status.ONGOING));
    }

    @Test
    void readsAlsoInStrictMode() {
      Report strict = TableText.read(Seed.text(), Seed.NAME, TableTextFormat.DEFAULT.builder().strict(true).build());
      assertThat(strict).isEqualTo(SEED);
    }

    @Test
    void stringBytesAndStreamGiveTheSameReport() {
      assertThat(TableText.read(Seed.text(), Seed.NAME)).isEqualTo(SEED);
      assertThat(TableText.read(new ByteArrayInputStream(Seed.bytes()), Seed.NAME)).isEqualTo(SEED);
    }
  }

  private static String sortedNonBlank(CharSequence s) {
    int[] cps = s.codePoints().filter(c -> !TableTextReader.isBlank((char) c) && !Character.isWhitespace(c)).sorted().toArray();
    return new String(cps, 0, cps.length);
  }

  // ------------------------------------------------------------------ variants of the seed

  static Stream<Arguments> encodings() {
    byte[] utf8 = Seed.bytes();
    String text = Seed.text();
    return Stream.of(
        Arguments.of("UTF-8 with BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)),
        Arguments.of("GB18030", text.getBytes(TextDecoding.GB18030)),
        Arguments.of("UTF-16LE with BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))),
        Arguments.of("UTF-16BE with BOM", text.getBytes(StandardCharsets.UTF_16)),
        Arguments.of("UTF-32LE with BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, text.getBytes(Charset.forName("UTF-32LE")))),
        Arguments.of("UTF-16LE without BOM", text.getBytes(StandardCharsets.UTF_16LE)),
        Arguments.of("UTF-16BE without BOM", text.getBytes(StandardCharsets.UTF_16BE)),
        Arguments.of("CRLF", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
        Arguments.of("CR", text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)),
        Arguments.of("GB18030 with CRLF", text.replace("\n", "\r\n").getBytes(TextDecoding.GB18030)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void everyEncodingReadsToTheSameReport(String name, byte[] bytes) {
    assertThat(TableText.read(bytes, Seed.NAME)).isEqualTo(SEED);
  }

  @Test
  void gbkTextIsReadAsGb18030() {
    // GBK has no ² (the seed's "万m ²"): a GBK file would say m2.
    String text = Seed.text().replace('²', '2');
    assertThat(TableText.read(text.getBytes(Charset.forName("GBK")), "gbk.txt")).isEqualTo(TableText.read(text, "gbk.txt"));
  }

  static Stream<Arguments> numberings() {
    return Stream.of(
        Arguments.of("13、", Seed.renumbered(n -> n + "、")),
        Arguments.of("13．", Seed.renumbered(n -> n + "．")),
        Arguments.of("（十三）", Seed.renumbered(n -> "（" + Seed.chinese(n) + "）")),
        Arguments.of("(13)", Seed.renumbered(n -> "(" + n + ")")),
        Arguments.of("十三、", Seed.renumbered(n -> Seed.chinese(n) + "、")),
        Arguments.of("１３．", Seed.renumbered(n -> fullWidth(n) + "．")),
        Arguments.of("13 in a 序号 column", Seed.renumbered(n -> n + "\t")
            .replace("主要任务\t", "序号\t主要任务\t").replace("\n\t\t区审计局", "\n\t\t\t区审计局")
            .replace("\n安国际文创城", "\n\t安国际文创城").replace("\n产执法监察", "\n\t产执法监察")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numberings")
  void everyNumberingReadsToTheSameTasks(String name, String text) {
    Report report = TableText.read(text, Seed.NAME);
    assertThat(report.tasks()).isEqualTo(SEED.tasks());
  }

  @Test
  void withoutSectionHeadingsAllTasksAreReadWithoutSection() {
    String text = Seed.text().replace("已完成 98 项:\n", "").replace("持续推进 11 项：\n", "");
    Report report = TableText.read(text, Seed.NAME);
    assertThat(report.sections()).isEmpty();
    assertThat(report.tasks()).hasSize(107).allSatisfy(t -> assertThat(t.section()).isEmpty());
    assertThat(report.tasks().get(95).number()).isEqualTo(96);
    assertThat(report.tasks().get(96).number()).isEqualTo(1);
    assertThat(report.tasks().get(88).responsibleUnits()).hasSize(4);
    assertThat(report.tasks().stream().map(Task::text)).isEqualTo(SEED.tasks().stream().map(Task::text).collect(Collectors.toList()));
  }

  @Test
  void aProgressReportTitleGivesItsMonth() {
    String text = Seed.text().replace("《灞桥区 2020 年政府工作报告》工作任务分解表", "灞桥区2020年1-11月政府工作报告重点任务落实情况");
    Report report = TableText.read(text, Seed.NAME);
    assertThat(report.period().map(p -> p.asOf())).contains(YearMonth.of(2020, 11));
    assertThat(report.jurisdiction()).contains("灞桥区");
  }

  @Test
  void aSummaryLineCanGiveThePeriod() {
    String text = Seed.text().replace("(共计 107 项，", "(截至9月底，共计 107 项，");
    Report report = TableText.read(text, Seed.NAME);
    assertThat(report.period().map(p -> p.asOf())).contains(YearMonth.of(2020, 9));
    assertThat(report.declaredTotals()).isEqualTo(SEED.declaredTotals());
  }

  @Test
  void formFeedsAsPageBreaksMergeLikeBlankLines() {
    String text = Seed.text().replace("\n\n", "\n\f");
    assertThat(TableText.read(text, Seed.NAME).tasks()).isEqualTo(SEED.tasks());
  }

  @Test
  void pageNumbersAndContinuedTableLabelsAreAPageBreak() {
    String text = Seed.text().replace("\n\n\t\t区审计局", "\n\n- 23 -\n\n续表\n\t\t区审计局")
        .replace("\n\n产执法监察", "\n第 22 页 共 30 页\n产执法监察")
        .replace("\n\n安国际文创城", "\n\n— 24 —\n（续）\n安国际文创城");
    assertThat(TableText.read(text, Seed.NAME).tasks()).isEqualTo(SEED.tasks());
  }

  @Test
  void pageFurnitureIsRecognisedOnlyInItsOwnForms() {
    for (String furniture : List.of("- 12 -", "—12—", "－ 3 －", "第 12 页", "第12页共30页", "第12页/30页", "续表", "续表2", "（续）")) {
      assertThat(TableTextLines.isPageFurniture(furniture)).as(furniture).isTrue();
    }
    for (String text : List.of("12", "-12", "第12项", "第二页", "续表格填写", "- 2020年 -", "—12万元—", "第 12 页的内容")) {
      assertThat(TableTextLines.isPageFurniture(text)).as(text).isFalse();
    }
  }

  @Test
  void aHeaderRepeatedAtAPageBreakIsSkippedAndTheRowStillMerges() {
    String text = Seed.text().replace("\n\n\t\t区审计局", "\n主要任务\t责任单位\t完成情况\n\t\t区审计局")
        .replace("\n\n产执法监察", "\n\n主要任务\t责任单位\t完成情况\n产执法监察");
    assertThat(TableText.read(text, Seed.NAME).tasks()).isEqualTo(SEED.tasks());
  }

  @Test
  void aTableWithoutTitleSummaryOrHeader() {
    Report report = TableText.read("1.新建公厕15座。\t区城市管理局\t完成11座。\n2.植树。\t区林业局、区园林局\t已完成。\n", "t.txt");
    assertThat(report.title()).isEmpty();
    assertThat(report.year()).isEmpty();
    assertThat(report.tasks()).hasSize(2);
    assertThat(report.tasks().get(1).responsibleUnits()).containsExactly("区林业局", "区园林局");
  }

  // ------------------------------------------------------------------ structure

  @Nested
  class Structure {

    @Test
    void headingsWithOrdinalsCountsInBracketsAndContinuations() {
      String text = "某县2021年上半年政府工作报告任务落实情况\n"
          + "一、已完成事项（2项）\n主要任务\t责任单位\t完成情况\n"
          + "1.任务甲。\t县发改局\t已完成。\n2.任务乙。\t县财政局\t已完成。\n"
          + "二、正在推进（1项）：\n"
          + "1.任务丙。\t县住建局\t正在推进。\n"
          + "一、已完成事项（续）\n"
          + "3.任务丁。\t县发改局\t已完成。\n";
      Report report = TableText.read(text, "t.txt");
      assertThat(report.sections()).extracting(Section::name).containsExactly("已完成事项", "正在推进");
      assertThat(report.sections()).extracting(Section::declaredStatus).containsExactly(Status.MET, Status.ONGOING);
      assertThat(report.sections()).extracting(Section::declaredCount).containsExactly(Optional.of(2), Optional.of(1));
      assertThat(refs(report)).containsExactly("已完成事项 1", "已完成事项 2", "正在推进 1", "已完成事项 3");
      assertThat(report.period().map(p -> p.asOf())).contains(YearMonth.of(2021, 6));
      assertThat(report.jurisdiction()).contains("某县");
    }

    @Test
    void aSummaryNamingSectionsDifferentlyIsMatchedToTheHeadings() {
      String text = "标题\n（共3项，其中已完成2项，正在推进1项）\n已完成事项（2项）\n"
          + "1.甲\t单位\t情况\n2.乙\t单位\t情况\n正在推进的任务\n1.丙\t单位\t情况\n";
      Report report = TableText.read(text, "t.txt");
      assertThat(report.declaredTotals().bySection()).containsExactly(Map.entry("已完成事项", 2), Map.entry("正在推进的任务", 1));
      assertThat(report.findings()).isEmpty();
    }

    @Test
    void aSummaryCountingTheTasksBeforeSplittingThemDeclaresTheirTotal() {
      String rows = "\n已完成（2项）\n1.甲\t单位\t情况\n2.乙\t单位\t情况\n正在推进（1项）\n1.丙\t单位\t情况\n";
      Report report = TableText.read("某县2021年政府工作报告重点任务落实情况\n"
          + "2021年县政府工作报告确定重点任务3项，已完成2项，正在推进1项。" + rows, "t.txt");
      assertThat(report.declaredTotals().total()).contains(3);
      assertThat(report.declaredTotals().bySection()).containsExactly(Map.entry("已完成", 2), Map.entry("正在推进", 1));
      assertThat(report.findings()).isEmpty();

      // Categories side by side are not a total, even where the first one names tasks.
      Report categories = TableText.read("某县2021年重点工作落实情况\n"
          + "重点任务3项，民生实事5项。" + rows, "t.txt");
      assertThat(categories.declaredTotals().total()).isEmpty();
    }

    @Test
    void headerColumnsInAnotherOrderWithNumberAndUnknownColumns() {
      String text = "序号\t责任单位\t主要任务\t完成时限\t落实进展情况\n"
          + "1\t县发改局 县统计局\t地区生产总值增长7%。\t12月底\t增长7.2%。\n"
          + "2\t县财政局\t收入增长5%。\t\t增长3%。\n";
      Report report = TableText.read(text, "t.txt");
      Task first = report.tasks().get(0);
      assertThat(first.number()).isEqualTo(1);
      assertThat(first.text()).isEqualTo("地区生产总值增长7%。");
      assertThat(first.responsibleUnits()).containsExactly("县发改局", "县统计局");
      assertThat(first.outcome().narrative()).isEqualTo("增长7.2%。\n完成时限：12月底");
      assertThat(report.tasks().get(1).outcome().narrative()).isEqualTo("增长3%。");
    }

    /** Headers as other offices write them, the same columns. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"重点事项\t主责单位\t推进情况", "工作要点\t责任处室\t执行情况", "主要工作\t实施单位\t实施情况",
        "序号\t督办事项\t主办单位\t办理情况"})
    void headersOfOtherOfficesNameTheSameColumns(String header) {
      String numbered = header.startsWith("序号") ? "1\t" : "1. ";
      Report report = TableText.read(header + "\n" + numbered + "新建公厕15座。\t区城管局\t新建公厕16座。\n", "t.txt");
      Task task = report.tasks().get(0);
      assertThat(task.text()).isEqualTo("新建公厕15座。");
      assertThat(task.responsibleUnits()).containsExactly("区城管局");
      assertThat(task.outcome().narrative()).isEqualTo("新建公厕16座。");
    }

    @Test
    void blanksAreUnicodeSpacesPlusZeroWidthSpaceByteOrderMarkAndNextLine() {
      for (int c = 0x20; c < 0x10000; c++) {
        char ch = (char) c;
        boolean expected = c == ' ' || c > 0x7F && (Character.isWhitespace(ch) || Character.isSpaceChar(ch))
            || c == 0x200B || c == 0xFEFF || c == 0x85;
        assertThat(TableTextReader.isBlank(ch)).as("U+%04X", c).isEqualTo(expected);
      }
      assertThat(TableTextReader.isBlank('\t')).isTrue();
    }

    @Test
    void numbersOfFourOrMoreDigitsOpenARowOnlyWhereTheyComeNext() {
      StringBuilder text = new StringBuilder();
      for (int i = 1; i <= 1001; i++) {
        text.append(i).append(".任务。\t区\t完成。\n");
      }
      text.append("\n2020、2021年续写的文字\t\t续\n");
      Report report = TableText.read(text.toString(), "t.txt");
      assertThat(report.tasks()).hasSize(1001);
      assertThat(report.tasks().get(1000).text()).isEqualTo("任务。2020、2021年续写的文字");
    }

    @Test
    void unitsSplitOnPunctuationButNotInsideBrackets() {
      assertThat(TableTextReader.splitUnits("区住建局（区人防办、区城改办）、区财政局，区税务局；区发改委 区统计局", "、，,；;"))
          .containsExactly("区住建局（区人防办、区城改办）", "区财政局", "区税务局", "区发改委", "区统计局");
      assertThat(TableTextReader.splitUnits("区财政局、区税务局", "")).containsExactly("区财政局、区税务局");
      assertThat(TableText.read("某县2022年重点任务\n1.任务\t县发改局/县统计局／县财政局\t完成。\n", "t.txt")
          .tasks().get(0).responsibleUnits()).containsExactly("县发改局", "县统计局", "县财政局");
    }

    @Test
    void aCellBrokenAcrossLinesWithoutABlankLineContinuesWhereItBroke() {
      String text = "1.任务甲，\t区发改委\n区财政局\t完成了。\n"   // the units cell broke
          + "2.任务乙，第一部分\n第二部分。\t区统计局\t已完成。\n"    // the task cell broke
          + "3.任务丙。\t区教育局\t完成情况第一行\n第二行。\n";      // the narrative broke
      Report report = TableText.read(text, "t.txt");
      assertThat(report.tasks()).hasSize(3);
      assertThat(report.tasks().get(0).responsibleUnits()).containsExactly("区发改委", "区财政局");
      assertThat(report.tasks().get(0).outcome().narrative()).isEqualTo("完成了。");
      assertThat(report.tasks().get(1).text()).isEqualTo("任务乙，第一部分第二部分。");
      assertThat(report.tasks().get(1).responsibleUnits()).containsExactly("区统计局");
      assertThat(report.tasks().get(2).outcome().narrative()).isEqualTo("完成情况第一行第二行。");
    }

    @Test
    void aNumberCutByABreakIsOneNumberAndLatinWordsStaySeparate() {
      String text = "1.任务。\t区发改委\t查处隐患 337\n\n\t\t12 处，完成投资1.\n\n\t\t08亿元，引进PM\n\n\t\tIoT企业。\n";
      assertThat(TableText.read(text, "t.txt").tasks().get(0).outcome().narrative())
          .isEqualTo("查处隐患 33712 处，完成投资1.08亿元，引进PM IoT企业。");
    }

    @Test
    void aLineLikeADecimalAfterABlankLineIsContinuationText() {
      String text = "1.新建给排水管网\t区市政局\t完成\n\n5.5千米。\t\t2.89公里。\n2.下一个任务。\t区交通局\t完成。\n";
      Report report = TableText.read(text, "t.txt");
      assertThat(report.tasks()).hasSize(2);
      assertThat(report.tasks().get(0).text()).isEqualTo("新建给排水管网5.5千米。");
      assertThat(report.tasks().get(0).outcome().narrative()).isEqualTo("完成2.89公里。");
    }

    @Test
    void rowsWithMoreCellsThanTheHeaderKeepTheExtraTextInTheLastCell() {
      Report report = TableText.read("1.任务。\t区发改委\t完成情况\t多出的一格\n", "t.txt");
      assertThat(report.tasks().get(0).outcome().narrative()).isEqualTo("完成情况 多出的一格");
    }

    @Test
    void rowsWithFewerCellsHaveTheRestEmpty() {
      Report report = TableText.read("1.任务甲。\t区发改委\n2.任务乙。\n", "t.txt");
      assertThat(report.tasks()).hasSize(2);
      assertThat(report.tasks().get(0).outcome().narrative()).isEmpty();
      assertThat(report.tasks().get(1).responsibleUnits()).isEmpty();
    }

    @Test
    void aTableWithoutNumbersNumbersItsRowsInOrder() {
      Report report = TableText.read("主要任务\t责任单位\t完成情况\n任务甲。\t区发改委\t完成。\n任务乙。\t区财政局\t完成。\n", "t.txt");
      assertThat(report.tasks()).extracting(Task::number).containsExactly(1, 2);
      assertThat(report.tasks()).extracting(Task::text).containsExactly("任务甲。", "任务乙。");
    }

    @Test
    void withoutMergingAContinuationLineIsARowOfItsOwn() {
      TableTextFormat noMerge = TableTextFormat.DEFAULT.builder().mergeContinuationRows(false).build();
      Report report = TableText.read(Seed.text(), Seed.NAME, noMerge);
      assertThat(report.tasks()).hasSize(110);
    }

    @Test
    void blanksOfEveryKindAroundNumbersAndCellsAreTrimmed() {
      Report report = TableText.read("\u30001.\u00A0任务。\u3000\t\u00A0区发改委\u200B\t完成。\uFEFF\n", "t.txt");
      assertThat(report.tasks().get(0).text()).isEqualTo("任务。");
      assertThat(report.tasks().get(0).responsibleUnits()).containsExactly("区发改委");
      assertThat(report.tasks().get(0).outcome().narrative()).isEqualTo("完成。");
    }

    @Test
    void controlCharactersBecomeSpaces() {
      Report report = TableText.read("1.任务\u0007甲。\t区发改委\u0000\t完成。\n", "t.txt");
      assertThat(report.tasks().get(0).text()).isEqualTo("任务 甲。");
      assertThat(report.tasks().get(0).responsibleUnits()).containsExactly("区发改委");
    }

    @Test
    void aCustomSeparatorAndAlias() {
      TableTextFormat format = TableTextFormat.DEFAULT.builder().cellSeparator('|')
          .headerAlias(TableTextFormat.Column.NARRATIVE, "执行结果").build();
      Report report = TableText.read("工作任务|责任单位|执行结果\n1. 任务。|区发改委|完成。\n", "t.txt", format);
      assertThat(report.tasks().get(0).outcome().narrative()).isEqualTo("完成。");
    }

    @Test
    void anAttachmentLabelIsNotPartOfTheTitle() {
      Report report = TableText.read("附件2\n灞桥区2020年政府工作报告\n任务分解表\n1.任务。\t区发改委\t完成。\n", "t.txt");
      assertThat(report.title()).isEqualTo("灞桥区2020年政府工作报告 任务分解表");
    }
  }

  // ------------------------------------------------------------------ errors

  /** Rows copied from a spreadsheet as text: a cell holding a line break, a tab or a quote is quoted. */
  @Nested
  class QuotedCells {
    @Test
    void aQuotedCellKeepsItsLinesAndANumberedLineInsideOpensNoRow() {
      Report report = TableText.read("某县2023年重点任务完成情况\n序号\t重点任务\t责任单位\t完成情况\n"
          + "1\t\"新建幼儿园3所，新增学位900个\"\t县教育局\t\"1.已建成幼儿园3所。\n2.新增学位960个。\"\n"
          + "2\t\"推进\"\"放管服\"\"改革\"\t县政务中心\t持续推进。\n", "t.txt");
      assertThat(report.tasks()).extracting(Task::number).containsExactly(1, 2);
      assertThat(report.tasks()).extracting(Task::text).containsExactly("新建幼儿园3所，新增学位900个", "推进\"放管服\"改革");
      assertThat(report.tasks().get(0).outcome().narrative()).isEqualTo("1.已建成幼儿园3所。\n2.新增学位960个。");
    }

    @Test
    void aQuoteMarkThatClosesInsideACellOrNeverIsText() {
      Report report = TableText.read("某县2023年重点任务完成情况\n序号\t重点任务\t责任单位\t完成情况\n"
          + "1\t\"十四五\"规划编制\t县发改局\t已完成。\n"
          + "2\t\"推进改革\t县政务中心\t持续推进。\n"
          + "3\t城镇新增就业5000人\t县人社局\t新增就业5200人。\n", "t.txt");
      assertThat(report.tasks()).extracting(Task::text)
          .containsExactly("\"十四五\"规划编制", "\"推进改革", "城镇新增就业5000人");
      assertThat(report.tasks()).extracting(t -> t.outcome().narrative())
          .containsExactly("已完成。", "持续推进。", "新增就业5200人。");
    }

    @Test
    void aQuoteLeftOpenSwallowsNoRowEvenWhenALaterCellHoldsQuoteMarks() {
      Report report = TableText.read("某县2023年重点任务完成情况\n序号\t重点任务\t责任单位\t完成情况\n"
          + "1\t\"推进改革\t县政务中心\t持续推进。\n"
          + "2\t\"十四五\"规划编制\t县发改局\t已完成。\n"
          + "3\t城镇新增就业5000人\t县人社局\t\"新增就业5200人。\"\n", "t.txt");
      assertThat(report.tasks()).extracting(Task::number).containsExactly(1, 2, 3);
      assertThat(report.tasks()).extracting(Task::text)
          .containsExactly("\"推进改革", "\"十四五\"规划编制", "城镇新增就业5000人");
      assertThat(report.tasks().get(2).outcome().narrative()).isEqualTo("新增就业5200人。");
    }
  }

  /** Columns of due dates and of supporting units, as task tables often have beside the lead unit. */
  @Nested
  class DeadlinesAndSupportingUnits {
    private final String table = "某区2021年政府工作报告重点任务前三季度落实情况\n"
        + "序号\t重点任务\t牵头单位\t配合单位\t完成时限\t进展情况\n"
        + "1\t新建公办幼儿园5所\t区教育局\t区住建局、区财政局\t2021年12月底\t已建成3所。\n"
        + "2\t城镇新增就业8000人以上\t区人社局\t\t9月底前\t新增就业8200人。\n"
        + "3\t推进智慧城市建设\t区大数据局\t区教育局\t长期坚持\t持续推进。\n"
        + "4\t完成河道治理3条\t区水务局\t\t2021年-2022年\t已完成1条。\n";

    @Test
    void theDeadlineCellGivesTheDueMonthAndSupportingUnitsFollowTheLead() {
      Report report = TableText.read(table, "t.txt");
      assertThat(report.tasks()).extracting(t -> t.deadline().map(d -> d.month().toString()).orElse("-"))
          .containsExactly("2021-12", "2021-09", "-", "2022-12");
      assertThat(report.tasks().get(0).responsibleUnits()).containsExactly("区教育局", "区住建局", "区财政局");
      // a unit named twice is listed once
      assertThat(report.tasks().get(2).responsibleUnits()).containsExactly("区大数据局", "区教育局");
      // a due date read is the deadline, not narrative; one that names no date is kept there
      assertThat(report.tasks()).extracting(t -> t.outcome().narrative())
          .containsExactly("已建成3所。", "新增就业8200人。", "持续推进。\n完成时限：长期坚持", "已完成1条。");
    }

    @Test
    void aTaskDueWithinTheReportsPeriodIsJudgedAndOneDueLaterIsStillRunning() {
      Report report = io.github.workreport.rules.Classifier.standard().classify(TableText.read(table, "t.txt"));
      assertThat(report.tasks().get(0).status()).isEqualTo(Status.ONGOING); // due in December, report of September
      assertThat(report.tasks().get(1).status()).isEqualTo(Status.EXCEEDED);
    }

    @Test
    void aContentHeaderNamesTheTask() {
      Report report = TableText.read("某市2023年民生实事完成情况\n序号\t责任单位\t项目内容\t完成情况\n"
          + "1\t市教育局\t新增学位3000个\t新增学位3150个。\n", "t.txt");
      assertThat(report.tasks()).extracting(Task::text).containsExactly("新增学位3000个");
      assertThat(report.tasks().get(0).responsibleUnits()).containsExactly("市教育局");
    }
  }

  /** Tables of indicators: 指标 · 单位 · 目标 · 实绩 · 增速, the layout of a plan's execution report. */
  @Nested
  class IndicatorTables {
    private final String halfYear = "XX市2024年1-6月主要经济指标完成情况\n"
        + "序号\t指标\t单位\t年度目标\t1-6月完成\t增长%\t责任单位\n"
        + "1\t地区生产总值\t亿元\t增长6%\t1250.3\t5.2\t市统计局\n"
        + "2\t一般公共预算收入\t亿元\t105\t56.8\t3.1\t市财政局\n"
        + "3\t城镇登记失业率\t%\t4.5以内\t3.9\t\t市人社局\n";

    @Test
    void theTargetFollowsTheIndicatorAndTheAchievementIsTheNarrativeEachWithItsUnit() {
      Report report = TableText.read(halfYear, "t.txt");
      assertThat(report.tasks()).extracting(Task::text)
          .containsExactly("地区生产总值增长6%", "一般公共预算收入105亿元", "城镇登记失业率4.5%以内");
      assertThat(report.tasks()).extracting(t -> t.outcome().narrative())
          .containsExactly("1-6月完成1250.3亿元\n增长5.2%", "1-6月完成56.8亿元\n增长3.1%", "1-6月完成3.9%");
      // 单位 beside a target is the unit of measure, not the unit responsible.
      assertThat(report.tasks()).extracting(Task::responsibleUnits)
          .containsExactly(List.of("市统计局"), List.of("市财政局"), List.of("市人社局"));
    }

    @Test
    void theyAreClassifiedAsTheWrittenOutFormIs() {
      Report report = io.github.workreport.rules.Classifier.standard().classify(TableText.read(halfYear, "t.txt"));
      // June: 0.8 point short of a growth target is within the band; half the amount is still running.
      assertThat(report.tasks()).extracting(Task::status)
          .containsExactly(Status.BASICALLY_MET, Status.ONGOING, Status.MET);
    }

    @Test
    void aSecondTargetColumnFollowsTheFirstUnderItsOwnName() {
      Report report = TableText.read("2015年某市计划主要指标完成情况\n"
          + "序号\t指标名称\t单位\t年度目标\t目标增速(%)\t实绩\t增速(%)\n"
          + "1\t全市生产总值\t亿元\t4620\t7以上\t4619.8\t8.3\n"
          + "2\t进出口总额\t亿美元\t218\t4.9\t194.8\t-6.3\n", "t.txt");
      assertThat(report.tasks()).extracting(Task::text)
          .containsExactly("全市生产总值4620亿元，增速7%以上", "进出口总额218亿美元，增速4.9%");
      assertThat(report.tasks()).extracting(t -> t.outcome().narrative())
          .containsExactly("实绩4619.8亿元\n增速8.3%", "实绩194.8亿美元\n增速-6.3%");
      Report classified = io.github.workreport.rules.Classifier.standard().classify(report);
      assertThat(classified.tasks()).extracting(Task::status).containsExactly(Status.BASICALLY_MET, Status.NOT_MET);
    }

    @Test
    void withoutATargetColumn单位IsTheUnitResponsibleAndATargetColumnMayHoldTheTask() {
      Report units = TableText.read("某县重点工作完成情况\n序号\t工作任务\t单位\t完成情况\n"
          + "1\t新建幼儿园3所\t县教体局\t已建成3所。\n", "t.txt");
      assertThat(units.tasks().get(0).responsibleUnits()).containsExactly("县教体局");
      assertThat(units.tasks().get(0).outcome().narrative()).isEqualTo("已建成3所。");

      Report goals = TableText.read("某县重点工作完成情况\n序号\t年度目标\t责任单位\t完成情况\n"
          + "1\t新建幼儿园3所\t县教体局\t已建成3所。\n", "t.txt");
      assertThat(goals.tasks().get(0).text()).isEqualTo("新建幼儿园3所");
      assertThat(goals.tasks().get(0).responsibleUnits()).containsExactly("县教体局");
    }

    @Test
    void theAchievedColumnComesBeforeLastYearsAndTheRates() {
      Report report = io.github.workreport.rules.Classifier.standard().classify(TableText.read("某市2024年1-9月主要经济指标\n"
          + "序号\t指标\t单位\t2023年\t2024年目标\t1-9月\t增长(%)\t完成率(%)\n"
          + "1\t固定资产投资\t亿元\t1500\t1620\t1180\t4.2\t72.8\n", "t.txt"));
      Task task = report.tasks().get(0);
      assertThat(task.text()).isEqualTo("固定资产投资1620亿元");
      assertThat(task.outcome().narrative()).isEqualTo("1-9月1180亿元\n2023年：1500\n增长4.2%\n完成率72.8%");
      assertThat(task.assessment().orElseThrow().targets().get(0).measure().map(m -> m.value().intValue()))
          .contains(1180);
    }

    @Test
    void aUnitNoNumberTookIsKept() {
      Report report = TableText.read("某市指标完成情况\n序号\t指标\t单位\t年度目标\t实绩\n"
          + "1\t粮食产量\t万吨\t稳定\t持平\n", "t.txt");
      assertThat(report.tasks().get(0).text()).isEqualTo("粮食产量稳定");
      assertThat(report.tasks().get(0).outcome().narrative()).isEqualTo("实绩持平\n单位：万吨");
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "105|亿元|105亿元", "4.5以内|%|4.5%以内", "1.5万|人|1.5万人", "2.5|万人|2.5万人", "增长6%|亿元|增长6%",
        "105亿元|亿元|105亿元", "-6.3|%|-6.3%", "稳定|万吨|稳定", "1,250.3|亿元|1,250.3亿元", "3.9|个百分点|3.9个百分点"})
    void aBareNumberTakesTheUnitOfMeasure(String cell, String unit, String expected) {
      assertThat(TableHeaders.withUnit(cell, unit)).isEqualTo(expected);
    }
  }

  /** Work and project tables as counties lay them out: the target, the date and the unit in the headers. */
  @Nested
  class WorkAndProjectTables {

    @Test
    void aSecondTaskColumnNamingTheTargetIsTheTarget() {
      Report report = io.github.workreport.rules.Classifier.standard().classify(TableText.read(
          "某县2021年政府工作报告重点工作任务分解表\n序号\t重点工作\t目标任务\t牵头单位\t进展情况\n"
              + "1\t城镇新增就业\t8600人\t县人社局\t城镇新增就业9120人。\n", "t.txt"));
      Task task = report.tasks().get(0);
      assertThat(task.text()).isEqualTo("城镇新增就业8600人");
      assertThat(task.outcome().narrative()).isEqualTo("城镇新增就业9120人。");
      assertThat(task.status()).isEqualTo(Status.EXCEEDED);
    }

    @Test
    void aProjectTableKeepsWhatIsBuiltAndTheHeadersUnitsAndDate() {
      Report report = io.github.workreport.rules.Classifier.standard().classify(TableText.read(
          "某县2021年重点项目推进情况表\n序号\t项目名称\t建设内容\t年度计划投资（万元）\t1-9月完成投资（万元）\t形象进度\n"
              + "1\t县医院迁建\t新建门诊楼2万平方米\t12000\t9800\t主体封顶\n"
              + "2\t污水处理厂\t日处理2万吨\t5000\t5200\t已投入试运行\n", "t.txt"));
      assertThat(report.tasks()).extracting(Task::text).containsExactly(
          "县医院迁建：新建门诊楼2万平方米，年度计划投资12000万元", "污水处理厂：日处理2万吨，年度计划投资5000万元");
      assertThat(report.tasks()).extracting(t -> t.outcome().narrative())
          .containsExactly("1-9月完成投资9800万元\n形象进度：主体封顶", "1-9月完成投资5200万元\n形象进度：已投入试运行");
      assertThat(report.period()).contains(io.github.workreport.Period.of(YearMonth.of(2021, 9)));
      // Investment against investment, in the same unit: 81.7% by September is on pace, 104% is more
      // than the year's plan. Before, 5000 without a unit took 2万吨 and read 400%.
      assertThat(report.tasks()).extracting(Task::status).containsExactly(Status.ONGOING, Status.EXCEEDED);
      assertThat(report.tasks().get(1).assessment().orElseThrow().targets())
          .anySatisfy(line -> assertThat(line.measure().map(m -> m.quantity().format())).contains("5200万元"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"截至9月底进展情况", "完成情况（截至9月底）", "1-9月完成情况", "截至九月底进展情况", "前三季度完成情况"})
    void aNarrativeHeaderNamingADateIsTheReportsDateWhenTheTitleNamesNone(String header) {
      Report report = io.github.workreport.rules.Classifier.standard().classify(TableText.read(
          "某县2021年政府工作报告重点工作任务分解表\n序号\t工作任务\t牵头单位\t" + header + "\n"
              + "1\t新建公厕15座\t县城管局\t已建成12座，其余3座正在施工。\n", "t.txt"));
      assertThat(report.period()).contains(io.github.workreport.Period.of(YearMonth.of(2021, 9)));
      assertThat(report.tasks().get(0).status()).isEqualTo(Status.ONGOING);
    }

    @Test
    void aSecondUnitsColumnSharesTheWorkAndIsNoNarrative() {
      Report report = TableText.read("某县2021年重点工作任务落实情况\n序号\t工作任务\t牵头单位\t责任单位\t工作进展\n"
          + "1\t新建幼儿园3所\t县教体局\t各镇政府\t已建成3所并投入使用。\n", "t.txt");
      assertThat(report.tasks().get(0).responsibleUnits()).containsExactly("县教体局", "各镇政府");
      assertThat(report.tasks().get(0).outcome().narrative()).isEqualTo("已建成3所并投入使用。");
    }

    @Test
    void aPlain项目HeaderNamesTheThingTheTargetColumnCounts() {
      Report report = io.github.workreport.rules.Classifier.standard().classify(TableText.read(
          "某市2021年民生实事项目进展情况\n序号\t项目\t年度目标\t单位\t1-9月完成\t完成进度（%）\t责任单位\n"
              + "1\t城镇新增就业\t8600\t人\t7120\t82.8\t市人社局\n", "t.txt"));
      Task task = report.tasks().get(0);
      assertThat(task.text()).isEqualTo("城镇新增就业8600人");
      assertThat(task.outcome().narrative()).isEqualTo("1-9月完成7120人\n完成进度82.8%");
      assertThat(task.status()).isEqualTo(Status.ONGOING);
    }

    @Test
    void aTitleThatNamesItsMonthKeepsIt() {
      Report report = TableText.read("某县2021年1-6月重点工作任务推进情况\n序号\t工作任务\t牵头单位\t截至9月底进展情况\n"
          + "1\t新建公厕15座\t县城管局\t已建成12座。\n", "t.txt");
      assertThat(report.period()).contains(io.github.workreport.Period.of(YearMonth.of(2021, 6)));
    }
  }

  @Nested
  class Errors {

    @Test
    void noRowsIsAnError() {
      assertThatThrownBy(() -> TableText.read("《标题》\n\n(共计 3 项)\n", "empty.txt"))
          .isInstanceOf(ReportReadException.class)
          .hasMessageStartingWith("empty.txt: no task rows");
      assertThatThrownBy(() -> TableText.read(new byte[0], "zero.txt"))
          .isInstanceOf(ReportReadException.class).hasMessageStartingWith("zero.txt: ");
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreRefusedWithTheirLineAndOffset() {
      byte[] seed = Seed.bytes();
      byte[] bad = Arrays.copyOf(seed, seed.length);
      int offset = Seed.text().indexOf("2.全社会");
      offset = new String(seed, StandardCharsets.UTF_8).substring(0, offset).getBytes(StandardCharsets.UTF_8).length;
      bad[offset + 3] = (byte) 0xFF;
      assertThatThrownBy(() -> TableText.read(bad, "bad.txt"))
          .isInstanceOfSatisfying(ReportReadException.class, e -> {
            assertThat(e.source()).isEqualTo("bad.txt");
            assertThat(e.place()).startsWith("line 11 (byte ");
            assertThat(e.reason()).contains("neither UTF-8", "GB18030", "0xE5 0xFF");
          });
    }

    @Test
    void anInvalidByteInGb18030TextIsReportedWhereTheGb18030ReadingStopped() {
      String text = Seed.text();
      byte[] gb = text.getBytes(TextDecoding.GB18030);
      // 0x80 can follow a lead byte, but never lead: put it where an ASCII space stood.
      int offset = text.substring(0, text.lastIndexOf("第 6。") + 1).getBytes(TextDecoding.GB18030).length;
      assertThat(gb[offset]).isEqualTo((byte) ' ');
      gb[offset] = (byte) 0x80;
      assertThatThrownBy(() -> TableText.read(gb, "gb.txt"))
          .isInstanceOfSatisfying(ReportReadException.class,
              e -> assertThat(e.place()).isEqualTo("line 137 (byte " + offset + ")"));
    }

    @Test
    void aForcedCharsetIsUsedStrictly() {
      TableTextFormat gbk = TableTextFormat.DEFAULT.builder().charset(Charset.forName("GBK")).build();
      String text = Seed.text().replace('²', '2');
      assertThat(TableText.read(text.getBytes(Charset.forName("GBK")), "gbk.txt", gbk))
          .isEqualTo(TableText.read(text, "gbk.txt"));
      assertThatThrownBy(() -> TableText.read(Seed.bytes(), "utf8.txt", gbk))
          .isInstanceOf(ReportReadException.class).hasMessageStartingWith("utf8.txt: line 3 (byte ")
          .hasMessageContaining("not valid GBK text");
      assertThatThrownBy(() -> TableText.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'}, "bom.txt", gbk))
          .isInstanceOf(ReportReadException.class).hasMessageContaining("byte-order mark");
    }

    @Test
    void aFailingStreamIsAReportReadException() {
      InputStream failing = new InputStream() {
        @Override
        public int read() throws IOException {
          throw new IOException("disk on fire");
        }
      };
      assertThatThrownBy(() -> TableText.read(failing, "<stdin>"))
          .isInstanceOf(ReportReadException.class).hasMessage("<stdin>: cannot read: disk on fire");
    }

    private final TableTextFormat strict = TableTextFormat.DEFAULT.builder().strict(true).build();

    @Test
    void strictRefusesARowWithTooFewCells() {
      assertThatThrownBy(() -> TableText.read("1.任务。\t区发改委\t完成。\n2.任务。\t区发改委\n", "s.txt", strict))
          .isInstanceOf(ReportReadException.class).hasMessage("s.txt: line 2: the row has 2 cells, the header 3");
    }

    @Test
    void strictRefusesARowWithTooManyCells() {
      assertThatThrownBy(() -> TableText.read("1.任务。\t区发改委\t完成。\t另一格\n", "s.txt", strict))
          .isInstanceOf(ReportReadException.class).hasMessageStartingWith("s.txt: line 1: more cells than the header's 3");
    }

    @Test
    void strictRefusesNumbersThatSkip() {
      assertThatThrownBy(() -> TableText.read("1.任务。\t区发改委\t完成。\n3.任务。\t区发改委\t完成。\n", "s.txt", strict))
          .isInstanceOf(ReportReadException.class).hasMessage("s.txt: line 2: task number 3 follows 1");
    }

    @Test
    void strictRefusesARowWithoutANumber() {
      assertThatThrownBy(() -> TableText.read("主要任务\t责任单位\t完成情况\n任务。\t区发改委\t完成。\n", "s.txt", strict))
          .isInstanceOf(ReportReadException.class).hasMessageStartingWith("s.txt: line 2: a row that does not start with a number");
    }

    @Test
    void strictRefusesControlCharacters() {
      assertThatThrownBy(() -> TableText.read("1.任务\u0007。\t区发改委\t完成。\n", "s.txt", strict))
          .isInstanceOf(ReportReadException.class).hasMessage("s.txt: line 1: control character U+0007 in cell 1");
    }
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static String fullWidth(int n) {
    StringBuilder b = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      b.append((char) (c - '0' + '０'));
    }
    return b.toString();
  }
}
