package io.github.workreport.examples.cli;

import io.github.workreport.DisplayWidth;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Report;
import io.github.workreport.Status;
import io.github.workreport.Task;
import io.github.workreport.examples.WorkReports;
import io.github.workreport.json.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line run in-process, its streams captured: every command and every failure path. */
class MainTest {
  private static final String ESC = "\u001B[";
  private static Report bundled;

  @TempDir
  static Path shared;
  private static Path seedText;
  private static Path seedXlsx;
  private static Path seedJson;

  /** The outcome of one run. */
  static final class Run {
    final int status;
    final String out;
    final String err;
    final byte[] outBytes;

    Run(int status, byte[] out, byte[] err) {
      this.status = status;
      this.outBytes = out;
      this.out = new String(out, StandardCharsets.UTF_8);
      this.err = new String(err, StandardCharsets.UTF_8);
    }

    List<String> errLines() {
      return err.lines().collect(Collectors.toList());
    }
  }

  static Run run(String... args) {
    return run(Map.of(), false, "", args);
  }

  static Run run(Map<String, String> variables, boolean terminal, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Env env = new Env(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, variables,
        terminal, terminal);
    int status = Main.run(env, args);
    return new Run(status, out.toByteArray(), err.toByteArray());
  }

  @BeforeAll
  static void seedFiles() throws IOException {
    bundled = WorkReports.bundled();
    seedText = shared.resolve("baqiao-2020.txt");
    try (InputStream in = WorkReports.class.getResourceAsStream("baqiao-2020.txt")) {
      Files.write(seedText, in.readAllBytes());
    }
    seedXlsx = shared.resolve("baqiao-2020.xlsx");
    WorkReports.write(WorkReports.bundledUnclassified(), seedXlsx);
    seedJson = shared.resolve("baqiao-2020.json");
    WorkReports.write(WorkReports.bundledUnclassified(), seedJson);
  }

  // --- classify, text --------------------------------------------------------------------------

  @Test
  void classifyWithNoInputPrintsTheBundledReportInOrder() {
    Run run = run("classify");
    assertThat(run.status).isZero();
    assertThat(run.err).isEmpty();
    List<String> lines = run.out.lines().collect(Collectors.toList());
    assertThat(lines.get(0)).isEqualTo("《灞桥区 2020 年政府工作报告》工作任务分解表");
    assertThat(lines.get(1)).isEqualTo("灞桥区 2020 · as of 2020-12 (全年) · 107 tasks listed, 107 declared");
    int table = lines.indexOf(lines.stream().filter(l -> l.startsWith("task ")).findFirst().orElseThrow());
    int totals = lines.indexOf("Tasks by status");
    int units = indexStartingWith(lines, "Lead units with the largest shortfall");
    int findings = indexStartingWith(lines, "Findings");
    assertThat(table).isLessThan(totals);
    assertThat(totals).isLessThan(units);
    assertThat(units).isLessThan(findings);
    assertThat(lines.subList(table + 1, totals - 1)).hasSize(107);
    assertThat(lines.get(table)).contains("lead unit", "target → achieved", "ratio", "status", "declared", "explanation");
  }

  @Test
  void theTotalsAreTheLibrarys() {
    Run run = run("classify");
    for (Status status : Status.values()) {
      long n = bundled.tasks().stream().filter(t -> t.status() == status).count();
      assertThat(run.out).containsPattern("(?m)^  " + status.label() + " " + status + " +" + n + " ");
    }
  }

  @Test
  void findingsListClaimsNotSupportedFirstThenTheReportsCountMismatch() {
    List<String> lines = run("classify").out.lines().collect(Collectors.toList());
    List<String> findings = lines.subList(indexStartingWith(lines, "Findings") + 1, lines.size());
    List<String> kinds = findings.stream().map(l -> l.strip().split(" ")[0]).collect(Collectors.toList());
    long unsupported = bundled.tasks().stream()
        .filter(t -> t.assessment().orElseThrow().has(io.github.workreport.FindingKind.CLAIM_NOT_SUPPORTED)).count();
    assertThat(unsupported).isPositive();
    assertThat(kinds.subList(0, (int) unsupported)).containsOnly("CLAIM_NOT_SUPPORTED");
    assertThat(kinds.get((int) unsupported)).isEqualTo("COUNT_MISMATCH");
    assertThat(findings.get((int) unsupported)).contains("已完成：标题申报98项，汇总申报96项，实列96项");
  }

  @Test
  void taskTableColumnsLineUpWithChineseText() {
    List<String> lines = run("classify").out.lines().collect(Collectors.toList());
    String header = lines.stream().filter(l -> l.startsWith("task ")).findFirst().orElseThrow();
    int column = DisplayWidth.of(header.substring(0, header.indexOf("explanation")));
    int statusColumn = DisplayWidth.of(header.substring(0, header.indexOf("status")));
    for (Task task : bundled.tasks()) {
      String explanation = DisplayWidth.fit(task.assessment().orElseThrow().explanation(), 56);
      String row = lines.stream().filter(l -> l.startsWith(task.ref() + " ")).findFirst().orElseThrow();
      assertThat(DisplayWidth.of(row.substring(0, row.indexOf(explanation))))
          .as("explanation column of %s", task.ref()).isEqualTo(column);
      assertThat(DisplayWidth.of(row.substring(0, row.indexOf(task.status().label(), statusColumn / 2))))
          .as("status column of %s", task.ref()).isEqualTo(statusColumn);
      assertThat(DisplayWidth.of(row)).isLessThanOrEqualTo(column + 56);
    }
  }

  @Test
  void aLongSectionHeadingIsCutBeforeTheTaskNumber() {
    String table = "某县2021年政府工作报告重点任务落实情况\n"
        + "一、正在推进的工作（2项）\n"
        + "序号\t工作任务\t牵头单位\t完成情况\n"
        + "1\t新建幼儿园3所\t县教体局\t已建成2所，1所正在进行主体施工。\n"
        + "12\t完成老旧小区改造20个\t县住建局\t已完成改造15个，其余5个正在施工。\n";
    List<String> cells = run(Map.of(), false, table, "classify", "-").out.lines()
        .filter(l -> l.startsWith("正在"))
        .map(l -> l.substring(0, l.indexOf("县")).strip())
        .collect(Collectors.toList());
    assertThat(cells).containsExactly("正在推进… 1", "正在推进… 12");
  }

  // --- colour ----------------------------------------------------------------------------------

  @Test
  void colourOnATerminal() {
    Run run = run(Map.of(), true, "", "classify");
    assertThat(run.out).contains(ESC + "1;31m").contains(Style.RESET);
  }

  @Test
  void noColourWhenPiped() {
    assertThat(run(Map.of(), false, "", "classify").out).doesNotContain("\u001B");
    assertThat(run(Map.of(), false, "", "classify", "--help").out).doesNotContain("\u001B");
  }

  @Test
  void noColourWhenNoColorIsSetEvenOnATerminal() {
    assertThat(run(Map.of("NO_COLOR", "1"), true, "", "classify").out).doesNotContain("\u001B");
    assertThat(run(Map.of("NO_COLOR", "1"), true, "", "summary").out).doesNotContain("\u001B");
  }

  @Test
  void anEmptyNoColorDoesNotCount() {
    // no-color.org: "when present and not an empty string".
    assertThat(run(Map.of("NO_COLOR", ""), true, "", "classify").out).contains(ESC);
  }

  // --- classify, json and xlsx -----------------------------------------------------------------

  @Test
  void jsonIsTheLibrarysDocument() {
    Run run = run("classify", "--format", "json");
    assertThat(run.status).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).isEqualTo(ReportJson.toJson(bundled));
  }

  @Test
  void jsonOfTheSeedFileScoresAsTheLibraryAgainstTheGold() throws IOException {
    Run run = run("classify", seedText.toString(), "--format", "json");
    assertThat(run.status).isZero();
    JsonNode json = JsonMapper.shared().readTree(run.out);
    Map<String, String> fromCli = new HashMap<>();
    for (JsonNode task : json.path("tasks")) {
      fromCli.put(key(task.path("section").asString(), task.path("number").asInt()),
          task.path("assessment").path("status").asString());
    }
    Map<String, String> fromLibrary = new HashMap<>();
    for (Task task : WorkReports.read(seedText).tasks()) {
      fromLibrary.put(key(task.section().orElse(""), task.number()), task.status().name());
    }
    List<JsonNode> gold = gold();
    double cli = statusFigure(gold, fromCli);
    double library = statusFigure(gold, fromLibrary);
    System.out.printf("status figure of the command line's JSON: %.3f (library %.3f, %d gold tasks)%n",
        cli, library, gold.size());
    assertThat(gold).hasSize(107);
    assertThat(cli).isEqualTo(library);
    assertThat(cli).isGreaterThanOrEqualTo(0.95);
  }

  /** tools/score-gold's status figure: the share of gold tasks whose status is in the gold's accept list. */
  private static double statusFigure(List<JsonNode> gold, Map<String, String> statuses) {
    int ok = 0;
    for (JsonNode g : gold) {
      String status = statuses.get(key(g.path("section").asString(), g.path("number").asInt()));
      for (JsonNode accepted : g.path("accept")) {
        if (accepted.asString().equals(status)) {
          ok++;
          break;
        }
      }
    }
    return (double) ok / gold.size();
  }

  private static String key(String section, int number) {
    return section.replaceAll("[\\s:：]+$", "").replaceAll("\\s*\\d+\\s*项.*$", "").strip() + "#" + number;
  }

  private static List<JsonNode> gold() throws IOException {
    try (InputStream in = MainTest.class.getResourceAsStream("/baqiao-2020.gold.jsonl")) {
      List<JsonNode> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          lines.add(JsonMapper.shared().readTree(line));
        }
      }
      return lines;
    }
  }

  @Test
  void aReportOfOneTaskSaysOneTask(@TempDir Path dir) throws IOException {
    Path one = dir.resolve("one.txt");
    Files.writeString(one, "某县2023年重点任务完成情况\n序号\t重点任务\t责任单位\t完成情况\n1\t新建幼儿园3所\t县教育局\t已建成3所。\n");
    Run run = run("classify", one.toString());
    assertThat(run.status).isZero();
    assertThat(run.out.lines().skip(1).findFirst()).contains("某县 2023 · as of 2023-12 (全年) · 1 task listed, no total declared");
  }

  @Test
  void jsonToAFileAndTheFormatFromTheOutputName(@TempDir Path dir) {
    Path out = dir.resolve("r.json");
    Run run = run("classify", seedXlsx.toString(), "--output", out.toString());
    assertThat(run.status).isZero();
    assertThat(run.out).isEmpty();
    assertThat(ReportJson.toJson(ReportJson.read(out))).isEqualTo(ReportJson.toJson(WorkReports.read(seedXlsx)));
  }

  @Test
  void xlsxNeedsAnOutputAndReadsBack(@TempDir Path dir) {
    Path out = dir.resolve("评估.xlsx");
    assertThat(run("classify", "--format", "xlsx", "--output", out.toString()).status).isZero();
    assertThat(WorkReports.readUnclassified(out)).isEqualTo(bundled);
  }

  @Test
  void anOutputDirectoryGetsAFileNamedAfterTheInput(@TempDir Path dir) throws IOException {
    assertThat(run("classify", seedJson.toString(), "--output", dir.toString()).status).isZero();
    String text = Files.readString(dir.resolve("baqiao-2020.txt"));
    assertThat(text).startsWith("《灞桥区 2020 年政府工作报告》工作任务分解表\n").doesNotContain("\u001B");
  }

  @Test
  void anOutputNeverReplacesItsInput() throws IOException {
    byte[] before = Files.readAllBytes(seedJson);
    Run run = run("classify", seedJson.toString(), "--output", seedJson.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().contains("it is an input");
    assertThat(Files.readAllBytes(seedJson)).isEqualTo(before);
  }

  @Test
  void inputsAreToldByContentNotByName(@TempDir Path dir) throws IOException {
    Path workbookNamedTxt = Files.copy(seedXlsx, dir.resolve("report.txt"));
    Path jsonNamedXlsx = Files.copy(seedJson, dir.resolve("report.xlsx"));
    Path textNamedJson = Files.copy(seedText, dir.resolve("report.json"));
    String expected = ReportJson.toJson(bundled);
    for (Path file : List.of(workbookNamedTxt, jsonNamedXlsx, textNamedJson)) {
      Run run = run("classify", file.toString(), "--format", "json");
      assertThat(run.status).as(file.toString()).isZero();
      assertThat(JsonMapper.shared().readTree(run.out).path("tasks").size()).isEqualTo(107);
    }
    assertThat(run("classify", jsonNamedXlsx.toString(), "--format", "json").out).isEqualTo(expected);
  }

  @Test
  void standardInputIsADash() throws IOException {
    Run run = run(Map.of(), false, Files.readString(seedText), "classify", "-", "--format", "json");
    assertThat(run.status).isZero();
    assertThat(JsonMapper.shared().readTree(run.out).path("tasks").size()).isEqualTo(107);
  }

  @Test
  void aPolicyChangesTheStatuses() {
    String strict = run("classify", "--policy", "ratio=1,points=0", "--format", "json").out;
    Report report = ReportJson.read(strict);
    assertThat(report.tasks().stream().filter(t -> t.status() == Status.BASICALLY_MET)).isEmpty();
    assertThat(report).isEqualTo(WorkReports.classify(WorkReports.bundledUnclassified(),
        io.github.workreport.rules.ClassificationPolicy.parse("ratio=1,points=0")));
  }

  // --- several reports -------------------------------------------------------------------------

  @Test
  void severalReportsGiveOneRowEachAndATotal() {
    Run run = run("classify", seedText.toString(), seedXlsx.toString(), seedJson.toString());
    assertThat(run.status).isZero();
    List<String> lines = run.out.lines().collect(Collectors.toList());
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).contains("report", "place", "year", "period", "tasks", "超额完成", "未完成",
        "claims not supported");
    long notMet = bundled.tasks().stream().filter(t -> t.status() == Status.NOT_MET).count();
    for (String row : lines.subList(1, 4)) {
      assertThat(row).contains("灞桥区", "2020", "全年", " 107 ");
      assertThat(row.split(" +")).contains(String.valueOf(notMet));
    }
    assertThat(lines.get(1).split(" ")[0]).endsWith("/baqiao-2020.txt");
    assertThat(lines.get(2).split(" ")[0]).endsWith("/baqiao-2020.xlsx");
    assertThat(lines.get(4)).startsWith("total (3 of 3 reports)").contains(" 321 ");
  }

  @Test
  void aDirectoryIsSeveralReportsInNameOrderWhateverTheThreads(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 6; i++) {
      Files.copy(i % 2 == 0 ? seedText : seedXlsx, dir.resolve("r" + i + (i % 2 == 0 ? ".txt" : ".xlsx")));
    }
    Files.writeString(dir.resolve("notes.md"), "not a report");
    Files.writeString(dir.resolve(".hidden.txt"), "not a report");
    Run one = run("classify", dir.toString(), "--threads", "1");
    Run many = run("classify", dir.toString(), "--threads", "4");
    assertThat(one.status).isZero();
    assertThat(many.out).isEqualTo(one.out);
    List<String> names = one.out.lines().skip(1).limit(6).map(l -> l.split(" ")[0].replaceAll(".*/", ""))
        .collect(Collectors.toList());
    assertThat(names).containsExactly("r0.txt", "r1.xlsx", "r2.txt", "r3.xlsx", "r4.txt", "r5.xlsx");
  }

  @Test
  void severalReportsWriteOneOutputEachIntoADirectory(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Run run = run("classify", seedText.toString(), seedXlsx.toString(), "--format", "json", "--output", out.toString());
    assertThat(run.status).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
          .isEqualTo(Set.of("baqiao-2020.txt.json", "baqiao-2020.xlsx.json"));
    }
    assertThat(ReportJson.toJson(ReportJson.read(out.resolve("baqiao-2020.txt.json")))).isEqualTo(ReportJson.toJson(bundled));
  }

  @Test
  void aBadReportAmongSeveralIsOneLineAndTheOthersAreStillSummed(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"workreport/1\", \"title\": 3}");
    Run run = run("classify", seedText.toString(), bad.toString(), dir.resolve("gone.txt").toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(
        bad + ": $.title (line 1, column 37): expected a string, found a number (3)",
        dir.resolve("gone.txt") + ": no such file");
    assertThat(run.out).contains("total (1 of 3 reports)").contains("unreadable");
  }

  // --- summary and convert ---------------------------------------------------------------------

  @Test
  void summaryPrintsTheTotalsWithoutTheTaskTable() {
    Run run = run("summary");
    assertThat(run.status).isZero();
    assertThat(run.out).contains("Tasks by status", "Lead units with the largest shortfall", "Findings  CLAIM_NOT_SUPPORTED")
        .doesNotContain("target → achieved");
  }

  @Test
  void summaryOfSeveralIsTheCombinedTable() {
    Run run = run("summary", seedText.toString(), seedJson.toString());
    assertThat(run.status).isZero();
    assertThat(run.out.lines().count()).isEqualTo(4);
    assertThat(run.out).contains("total (2 of 2 reports)");
  }

  @Test
  void convertWritesByExtensionWithoutClassifying(@TempDir Path dir) {
    Path json = dir.resolve("a.json");
    Path xlsx = dir.resolve("a.xlsx");
    assertThat(run("convert", seedText.toString(), json.toString()).status).isZero();
    assertThat(run("convert", json.toString(), xlsx.toString()).status).isZero();
    assertThat(ReportJson.toJson(ReportJson.read(json))).isEqualTo(ReportJson.toJson(WorkReports.bundledUnclassified()));
    assertThat(WorkReports.readUnclassified(xlsx).isClassified()).isFalse();
    assertThat(WorkReports.readUnclassified(xlsx).tasks()).hasSize(107);
  }

  @ParameterizedTest
  @ValueSource(strings = {"out.txt", "out.xls", "out.pdf", "out"})
  void convertRefusesAnOutputItCannotWrite(String name, @TempDir Path dir) {
    Run run = run("convert", seedText.toString(), dir.resolve(name).toString());
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("OUTPUT must end in .json or .xlsx");
    assertThat(dir.resolve(name)).doesNotExist();
  }

  // --- failures: one line, exit 1 --------------------------------------------------------------

  @Test
  void aMissingFileIsOneLine() {
    Run run = run("classify", "no/such/report.txt");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(Path.of("no/such/report.txt") + ": no such file");
    assertThat(run.out).isEmpty();
  }

  @Test
  void badJsonNamesThePlace(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("r.json"), "{\"format\": \"workreport/1\",\n \"tasks\": [{\"number\": \"x\"}]}");
    Run run = run("classify", bad.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().startsWith(bad + ": $.tasks[0]");
  }

  @Test
  void aWorkbookThatIsNotOneNamesTheFile(@TempDir Path dir) throws IOException {
    Path broken = Files.write(dir.resolve("r.xlsx"), java.util.Arrays.copyOf(Files.readAllBytes(seedXlsx), 2000));
    Run run = run("classify", broken.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().startsWith(broken + ": ");
    assertThat(run.err).doesNotContain("\tat ");
  }

  @Test
  void binaryNamedLikeAWorkbookSaysSo(@TempDir Path dir) throws IOException {
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    noise[0] = (byte) 0xB2;
    Path file = Files.write(dir.resolve("r.xlsx"), noise);
    Run run = run("classify", file.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith(file + ": ").contains("named like a workbook but not one");
  }

  @ParameterizedTest
  @ValueSource(strings = {"13_xiaoxian-2025-sep.pdf", "13_xiaoxian-2025-sep.docx", "13_xiaoxian-2025-sep.html"})
  void documentsAreClassifiedWhateverTheirName(String document, @TempDir Path dir) throws IOException {
    // told by content: a PDF named .txt is a PDF
    Path file = dir.resolve("附件.txt");
    try (InputStream in = MainTest.class.getResourceAsStream("/documents/" + document)) {
      Files.copy(in, file);
    }
    Run run = run("classify", file.toString(), "--format", "json");
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).contains("\"jurisdiction\": \"萧县\"").contains("\"period\": \"2025-09\"").contains("\"number\": 9");
    Path json = dir.resolve("out.json");
    assertThat(run("convert", file.toString(), json.toString()).status).isZero();
    assertThat(Files.readString(json)).contains("\"year\": 2025");
  }

  @Test
  void aScannedPdfIsRefusedWithAWayOut(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("scan.pdf");
    try (InputStream in = MainTest.class.getResourceAsStream("/documents/scanned.pdf")) {
      Files.copy(in, pdf);
    }
    Run run = run("classify", pdf.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(pdf + ": page 1: no text in the PDF (a scanned image?); run OCR first");
  }

  @Test
  void aCutPdfIsRefusedNotReadInPart(@TempDir Path dir) throws IOException {
    Path pdf = Files.writeString(dir.resolve("r.pdf"), "%PDF-1.7\n");
    Run run = run("classify", pdf.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().startsWith(pdf + ": byte 9: the PDF is truncated");
  }

  @Test
  void textWithoutATableIsOneLine(@TempDir Path dir) throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "会议纪要\n\n今天开会。\n");
    Run run = run("classify", notes.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().startsWith(notes + ": ").contains("no task row");
  }

  @Test
  void aNameThatCannotBeAFileIsOneLine() {
    Run run = run("classify", "a\u0000b.txt");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().startsWith("a\u0000b.txt: not a file name");
    assertThat(run("convert", "a\u0000b.txt", "out.json").status).isEqualTo(1);
  }

  @Test
  void anEmptyDirectoryIsOneLine(@TempDir Path dir) {
    Run run = run("classify", dir.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(dir + ": no .txt, .csv, .xlsx, .xls, .json, .pdf, .docx, .doc or .html file in the directory");
  }

  @Test
  void anOutputThatCannotBeWrittenIsOneLine(@TempDir Path dir) {
    Path out = dir.resolve("missing/dir/r.json");
    Run run = run("classify", "--output", out.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().startsWith(out + ": cannot write: ");
  }

  @Test
  void debugAddsTheStackTrace() {
    Run run = run("classify", "--debug", "no/such/report.txt");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.errLines().get(0)).isEqualTo(Path.of("no/such/report.txt") + ": no such file");
    assertThat(run.err).contains("io.github.workreport.ReportReadException").contains("\tat ");
    assertThat(run("--debug", "classify", "no/such/report.txt").err).contains("\tat ");
  }

  @Test
  void aBugIsSaidToBeOneWithoutATrace() {
    assertThat(Main.message(new IllegalStateException("boom\nsecond line")))
        .isEqualTo("workreport: internal error: java.lang.IllegalStateException: boom second line"
            + " (run again with --debug to see where)");
  }

  // --- usage errors: exit 2 --------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "", "frob", "classify --bogus", "classify --format xml", "classify --policy ratio=2",
      "classify --policy speed=1", "classify --threads 0",
      "convert only-one.txt", "summary --format json"})
  void usageErrorsExitTwoWithAHint(String line) {
    Run run = run(line.isEmpty() ? new String[0] : line.split(" "));
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("--help' for more information.").doesNotContain("\tat ");
    assertThat(run.out).isEmpty();
  }

  @Test
  void aWorkbookGoesToAFileOrAPipeNeverToTheTerminal() {
    Run terminal = run(Map.of(), true, "", "classify", "--format", "xlsx");
    assertThat(terminal.status).isEqualTo(2);
    assertThat(terminal.err).contains("a workbook is not written to the terminal");
    assertThat(terminal.out).isEmpty();
    Run piped = run("classify", "--format", "xlsx");
    assertThat(piped.status).as(piped.err).isZero();
    assertThat(io.github.workreport.excel.ExcelReader.of(io.github.workreport.excel.ExcelLayout.DEFAULT)
        .read(new ByteArrayInputStream(piped.outBytes), "<stdout>").tasks()).hasSize(107);
  }

  @Test
  void severalReportsAsJsonNeedADirectory() {
    Run run = run("classify", seedText.toString(), seedJson.toString(), "--format", "json");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).startsWith("with several reports, --format json needs --output DIRECTORY");
  }

  @Test
  void aFormatThatContradictsTheOutputNameIsAUsageError(@TempDir Path dir) {
    Run run = run("classify", "--format", "json", "--output", dir.resolve("r.xlsx").toString());
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).startsWith("--format json does not match --output");
  }

  // --- help and version ------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"--help", "classify --help", "convert --help", "summary --help", "help classify"})
  void everyCommandHasHelp(String line) {
    Run run = run(line.split(" "));
    assertThat(run.status).isZero();
    assertThat(run.out).startsWith("Usage: workreport");
  }

  @Test
  void versionIsTheProjects() throws IOException {
    java.util.Properties properties = new java.util.Properties();
    try (InputStream in = Main.class.getResourceAsStream("/io/github/workreport/examples/version.properties")) {
      properties.load(in);
    }
    assertThat(properties.getProperty("version")).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(run("--version").out).startsWith("workreport " + properties.getProperty("version") + "\n");
    assertThat(run("classify", "--version").out).startsWith("workreport " + properties.getProperty("version"));
  }

  private static int indexStartingWith(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + prefix);
  }
}
