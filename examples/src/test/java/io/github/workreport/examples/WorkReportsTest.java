package io.github.workreport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.Status;
import io.github.workreport.Task;
import io.github.workreport.json.ReportJson;
import io.github.workreport.rules.ClassificationPolicy;
import io.github.workreport.rules.Classifier;
import io.github.workreport.text.TableText;
import io.github.workreport.text.TableTextFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkReportsTest {

  private static byte[] seedBytes() throws IOException {
    try (InputStream in = WorkReports.class.getResourceAsStream("baqiao-2020.txt")) {
      return in.readAllBytes();
    }
  }

  // --- bundled ---------------------------------------------------------------------------------

  @Test
  void bundledIsTheSeedReadAndClassified() throws IOException {
    Report bundled = WorkReports.bundled();
    assertThat(bundled.tasks()).hasSize(107);
    assertThat(bundled.isClassified()).isTrue();
    assertThat(bundled).isEqualTo(Classifier.standard().classify(TableText.read(seedBytes(), WorkReports.BUNDLED_NAME)));
    assertThat(bundled).hasToString("Report[《灞桥区 2020 年政府工作报告》工作任务分解表, 2020-12 (全年), 107 tasks, classified]");
  }

  @Test
  void theBundledResourceIsTheSharedSeedByteForByte() throws IOException {
    // The same bytes as core's test copy of the seed (the tests run in the module's directory).
    assertThat(seedBytes()).isEqualTo(Files.readAllBytes(Path.of("../core/src/test/resources/baqiao-2020.txt")));
    assertThat(new String(seedBytes(), StandardCharsets.UTF_8).strip()).startsWith("《灞桥区 2020 年政府工作报告》工作任务分解表");
  }

  @Test
  void bundledUnclassifiedHasNoAssessments() {
    assertThat(WorkReports.bundledUnclassified().tasks()).allSatisfy(t -> assertThat(t.assessment()).isEmpty());
  }

  // --- read: every format, told by content ------------------------------------------------------

  @Test
  void readsTextInUtf8AndGb18030(@TempDir Path dir) throws IOException {
    Path utf8 = Files.write(dir.resolve("a.txt"), seedBytes());
    Path gbk = Files.write(dir.resolve("b.txt"),
        new String(seedBytes(), StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030")));
    assertThat(WorkReports.read(gbk).tasks()).isEqualTo(WorkReports.read(utf8).tasks());
  }

  @Test
  void readsATableSavedAsCsvAtItsCommasInUtf8AndGb18030(@TempDir Path dir) throws IOException {
    String csv = "某县2021年政府工作报告重点工作任务落实情况\r\n序号,工作任务,牵头单位,截至9月底进展情况\r\n"
        + "1,新建公厕15座,\"县城管局,各乡镇\",\"已建成12座，\n其余3座正在施工。\"\r\n"
        + "2,城镇新增就业8600人,县人社局,城镇新增就业9120人。\r\n";
    Path utf8 = Files.writeString(dir.resolve("a.csv"), csv);
    Path gbk = Files.write(dir.resolve("b.CSV"), csv.getBytes(Charset.forName("GB18030")));
    Report report = WorkReports.read(utf8);
    assertThat(report.tasks()).extracting(Task::text).containsExactly("新建公厕15座", "城镇新增就业8600人");
    assertThat(report.tasks().get(0).responsibleUnits()).containsExactly("县城管局", "各乡镇");
    assertThat(report.tasks().get(0).outcome().narrative()).isEqualTo("已建成12座，\n其余3座正在施工。");
    assertThat(report.tasks()).extracting(Task::status).containsExactly(Status.ONGOING, Status.EXCEEDED);
    assertThat(WorkReports.read(gbk).tasks()).isEqualTo(report.tasks());
    // The same bytes named .txt are a text table of tabs, which has no rows here.
    Path txt = Files.writeString(dir.resolve("c.txt"), csv);
    assertThatThrownBy(() -> WorkReports.read(txt)).isInstanceOf(ReportReadException.class).hasMessageContaining("no task rows");
  }

  @Test
  void readsWorkbooksAndJsonWhateverTheirNames(@TempDir Path dir) {
    Report bundled = WorkReports.bundled();
    Path xlsx = dir.resolve("report.xlsx");
    Path json = dir.resolve("report.json");
    WorkReports.write(WorkReports.bundledUnclassified(), xlsx);
    WorkReports.write(WorkReports.bundledUnclassified(), json);
    Path xlsxAsJson = dir.resolve("looks-like.json");
    Path jsonAsTxt = dir.resolve("looks-like.txt");
    try {
      Files.copy(xlsx, xlsxAsJson);
      Files.copy(json, jsonAsTxt);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    for (Path file : new Path[] {xlsx, json, xlsxAsJson, jsonAsTxt}) {
      assertThat(ReportJson.toJson(WorkReports.read(file))).as(file.toString()).isEqualTo(ReportJson.toJson(bundled));
    }
  }

  @Test
  void readUnclassifiedKeepsTheAssessmentsOfAJsonDocument(@TempDir Path dir) {
    Path json = dir.resolve("classified.json");
    WorkReports.write(WorkReports.bundled(), json);
    assertThat(WorkReports.readUnclassified(json).isClassified()).isTrue();
  }

  @Test
  void readWithAPolicy(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("a.txt"), seedBytes());
    ClassificationPolicy lenient = ClassificationPolicy.parse("ratio=0.5,points=5");
    Report report = WorkReports.read(file, lenient);
    assertThat(report.summary().count(Status.NOT_MET)).isLessThan(WorkReports.read(file).summary().count(Status.NOT_MET));
  }

  @Test
  void readsAStream() throws IOException {
    Report fromStream = WorkReports.readUnclassified(new ByteArrayInputStream(seedBytes()), "<stdin>");
    assertThat(fromStream.tasks()).hasSize(107);
  }

  @Test
  void aJsonStreamErrorNamesTheCallersSource() {
    byte[] bad = "{\"format\": \"workreport/1\", \"year\": \"x\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> WorkReports.readUnclassified(new ByteArrayInputStream(bad), "<stdin>"))
        .isInstanceOf(ReportReadException.class)
        .hasMessageStartingWith("<stdin>: $.year");
  }

  // --- read: failures --------------------------------------------------------------------------

  @Test
  void aMissingFileIsAReadException(@TempDir Path dir) {
    Path missing = dir.resolve("nope.xlsx");
    assertThatThrownBy(() -> WorkReports.read(missing))
        .isInstanceOfSatisfying(ReportReadException.class, e -> {
          assertThat(e.source()).isEqualTo(missing.toString());
          assertThat(e.place()).isEmpty();
          assertThat(e.reason()).isEqualTo("no such file");
        });
  }

  @Test
  void aDirectoryIsAReadException(@TempDir Path dir) {
    assertThatThrownBy(() -> WorkReports.read(dir)).isInstanceOf(ReportReadException.class)
        .hasMessage(dir + ": is a directory");
  }

  @Test
  void anEmptyFileIsAReadException(@TempDir Path dir) throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertThatThrownBy(() -> WorkReports.read(empty)).isInstanceOf(ReportReadException.class)
        .hasMessageStartingWith(empty + ": ");
  }

  @Test
  void aTextTooLargeIsRefusedAfterReadingNoMoreThanTheLimit(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.txt");
    try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), TableTextFormat.DEFAULT.maxInputBytes() * 4); // sparse
    }
    assertThatThrownBy(() -> WorkReports.read(big)).isInstanceOf(ReportReadException.class)
        .hasMessageContaining("too large for a task table")
        .hasMessageContaining("limit of 16 MB");
  }

  @Test
  void readsDocumentsByContentFromAFileAndAStream(@TempDir Path dir) throws IOException {
    for (String document : List.of("13_xiaoxian-2025-sep.pdf", "13_xiaoxian-2025-sep.docx", "13_xiaoxian-2025-sep.html")) {
      byte[] bytes;
      try (InputStream in = WorkReportsTest.class.getResourceAsStream("/documents/" + document)) {
        bytes = in.readAllBytes();
      }
      Path file = Files.write(dir.resolve("附件-" + document.substring(document.lastIndexOf('.') + 1) + ".bin"), bytes);
      Report fromFile = WorkReports.read(file);
      Report fromStream = WorkReports.classify(WorkReports.readUnclassified(new java.io.ByteArrayInputStream(bytes), "<stdin>"));
      assertThat(fromFile.tasks()).as(document).hasSize(9);
      // a PDF sets a space between Chinese and digits
      assertThat(fromFile.title().replace(" ", "")).as(document).isEqualTo("萧县2025年9月份民生工程进展情况");
      assertThat(fromStream.tasks()).as(document).isEqualTo(fromFile.tasks());
    }
  }

  // --- sniffing --------------------------------------------------------------------------------

  @Test
  void sniffsByTheFirstBytes() {
    assertThat(sniff(new byte[] {'P', 'K', 3, 4, 0})).isEqualTo(Formats.Kind.WORKBOOK);
    assertThat(sniff(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}))
        .isEqualTo(Formats.Kind.WORKBOOK);
    assertThat(sniff("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Formats.Kind.DOCUMENT);
    assertThat(sniff("<!DOCTYPE html><html>".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Formats.Kind.DOCUMENT);
    assertThat(sniff("﻿ <table><tr>".getBytes(StandardCharsets.UTF_8))).isEqualTo(Formats.Kind.DOCUMENT);
    assertThat(sniff(" \n {\"format\"".getBytes(StandardCharsets.UTF_8))).isEqualTo(Formats.Kind.JSON);
    assertThat(sniff("\uFEFF{}".getBytes(StandardCharsets.UTF_8))).isEqualTo(Formats.Kind.JSON);
    assertThat(sniff("\uFEFF{}".getBytes(StandardCharsets.UTF_16LE))).isEqualTo(Formats.Kind.JSON);
    assertThat(sniff("1.\t任务\t单位\t情况".getBytes(StandardCharsets.UTF_8))).isEqualTo(Formats.Kind.TEXT);
    assertThat(sniff(new byte[0])).isEqualTo(Formats.Kind.TEXT);
    assertThat(sniff("PK".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Formats.Kind.TEXT);
  }

  private static Formats.Kind sniff(byte[] bytes) {
    return Formats.sniff(bytes, bytes.length);
  }

  // --- write -----------------------------------------------------------------------------------

  @Test
  void writesByExtension(@TempDir Path dir) {
    Report bundled = WorkReports.bundled();
    Path json = dir.resolve("r.JSON");
    Path xlsx = dir.resolve("r.xlsx");
    WorkReports.write(bundled, json);
    WorkReports.write(bundled, xlsx);
    assertThat(ReportJson.toJson(ReportJson.read(json))).isEqualTo(ReportJson.toJson(bundled));
    assertThat(WorkReports.readUnclassified(xlsx)).isEqualTo(bundled);
    assertThat(WorkReports.isWritable(json)).isTrue();
    assertThat(WorkReports.isWritable(dir.resolve("r.xls"))).isFalse();
  }

  @Test
  void anotherExtensionIsRefused(@TempDir Path dir) {
    Path csv = dir.resolve("r.csv");
    assertThatThrownBy(() -> WorkReports.write(WorkReports.bundled(), csv))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".json or .xlsx");
    assertThat(csv).doesNotExist();
  }

  // --- convert, task by task -------------------------------------------------------------------

  @Test
  void convertingTaskByTaskWritesWhatWritingTheReportWrites(@TempDir Path dir) throws IOException {
    Path seed = dir.resolve("seed.txt");
    Files.write(seed, seedBytes());
    Report classified = WorkReports.read(seed);
    Path json = dir.resolve("out.json");
    assertThat(WorkReports.convert(seed, json, ClassificationPolicy.defaults())).isEqualTo(107);
    assertThat(Files.readString(json)).isEqualTo(ReportJson.toJson(classified));
    Path xlsx = dir.resolve("out.xlsx");
    assertThat(WorkReports.convert(seed, xlsx, ClassificationPolicy.defaults())).isEqualTo(107);
    assertThat(WorkReports.readUnclassified(xlsx)).isEqualTo(classified);
    Path again = dir.resolve("again.json");
    assertThat(WorkReports.convert(json, again, null)).isEqualTo(107);
    assertThat(Files.readString(again)).isEqualTo(Files.readString(json));
    Path asRead = dir.resolve("as-read.json");
    WorkReports.convert(seed, asRead, null);
    assertThat(ReportJson.read(asRead)).isEqualTo(WorkReports.readUnclassified(seed));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
    }
  }

  @Test
  void aTableThatBreaksOffInTheMiddleLeavesNoOutput(@TempDir Path dir) throws IOException {
    byte[] seed = seedBytes();
    byte[] bad = java.util.Arrays.copyOf(seed, seed.length * 2 + 1);
    System.arraycopy(seed, 0, bad, seed.length, seed.length);
    bad[bad.length - 1] = (byte) 0xFF;
    Path input = dir.resolve("bad.txt");
    Files.write(input, bad);
    for (String name : new String[] {"out.json", "out.xlsx"}) {
      Path out = dir.resolve(name);
      assertThatThrownBy(() -> WorkReports.convert(input, out, ClassificationPolicy.defaults()))
          .isInstanceOf(ReportReadException.class).hasMessageContaining("bad.txt").hasMessageContaining("0xFF");
      assertThat(out).doesNotExist();
    }
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(1);
    }
  }
}
