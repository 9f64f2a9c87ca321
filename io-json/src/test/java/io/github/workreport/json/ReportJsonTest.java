package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.Bound;
import io.github.workreport.DeclaredTotals;
import io.github.workreport.Deadline;
import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Outcome;
import io.github.workreport.Period;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import io.github.workreport.Whole;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {

  static Report withMeasure(String value) {
    return Report.builder()
        .addTask(Task.builder().number(1).text("t")
            .outcome(Outcome.builder().addMeasure(Measure.of("m", Kind.AMOUNT, Quantity.of(new BigDecimal(value), Unit.YI_YUAN))).build())
            .build())
        .build();
  }

  static String valueIn(String json) {
    Matcher m = Pattern.compile("\"value\": ([^,\\n]*)").matcher(json);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Nested
  class Numbers {
    @Test
    void decimalsAreWrittenExactlyInPlainNotation() {
      assertThat(valueIn(ReportJson.toJson(withMeasure("258.77")))).isEqualTo("258.77");
      assertThat(valueIn(ReportJson.toJson(withMeasure("1E+2")))).isEqualTo("100");
      assertThat(valueIn(ReportJson.toJson(withMeasure("0.30")))).isEqualTo("0.3");
      assertThat(valueIn(ReportJson.toJson(withMeasure("1E-7")))).isEqualTo("0.0000001");
      assertThat(valueIn(ReportJson.toJson(withMeasure("123456789012345678901234567890.123456789"))))
          .isEqualTo("123456789012345678901234567890.123456789");
    }

    @Test
    void decimalsReadBackExactlyNeverThroughADouble() {
      Report read = ReportJson.read(ReportJson.toJson(withMeasure("0.1")));
      BigDecimal value = read.tasks().get(0).outcome().measures().get(0).value();
      assertThat(value).isEqualTo(new BigDecimal("0.1"));
      assertThat(value.add(new BigDecimal("0.2"))).isEqualTo(new BigDecimal("0.3"));
      assertThat(ReportJson.read(ReportJson.toJson(withMeasure("9007199254740993"))))
          .isEqualTo(withMeasure("9007199254740993"));
    }

    @Test
    void numbersOfExactlyAThousandCharactersRoundTrip() {
      for (String value : List.of("1E-998", "-1E-997", "-9E+998", "1E+999")) {
        Report report = withMeasure(value);
        assertThat(valueIn(ReportJson.toJson(report))).hasSize(1000);
        assertThat(ReportJson.read(ReportJson.toJson(report))).isEqualTo(report);
      }
    }

    @Test
    void aNumberTooLongToReadBackIsNotWritten() {
      assertThatThrownBy(() -> ReportJson.toJson(withMeasure("1E-999")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cannot write 1E-999: workreport/1 numbers have at most 1000 characters in plain notation");
    }

    @Test
    void aRatioWithANegativeScaleReadsBackAsTheSameValueWithScaleZero() {
      // The one value that does not survive BigDecimal.equals: 1E+2 has no plain form with scale -2.
      Report report = ReportJson.read(ReportJson.toJson(Fixtures.richReport()));
      Task first = report.tasks().get(0);
      TargetAssessment line = first.assessment().get().targets().get(0).withRatio(new BigDecimal("1E+2"));
      Report changed = report.withTasks(first.withAssessment(first.assessment().get().withTargets(line)));

      BigDecimal ratio = ReportJson.read(ReportJson.toJson(changed)).tasks().get(0).assessment().get()
          .targets().get(0).ratio().get();

      assertThat(ratio).isEqualByComparingTo("100");
      assertThat(ratio.scale()).isZero();
    }
  }

  @Nested
  class Ranges {
    private Report withTarget(io.github.workreport.Target target) {
      return Report.builder().addTask(Task.builder().number(1).text("国内生产总值增长6%-6.5%").addTarget(target)
          .outcome(Outcome.builder().build()).build()).build();
    }

    private final io.github.workreport.Target range = io.github.workreport.Target.builder().metric("国内生产总值")
        .kind(Kind.GROWTH).bound(io.github.workreport.Bound.AT_LEAST).quantity(Quantity.parse("6%"))
        .upper(Quantity.parse("6.5%")).build();

    @Test
    void aRangeWritesItsUpperEndAfterItsValueAndReadsBack() {
      String json = ReportJson.toJson(withTarget(range));
      assertThat(json).containsSubsequence("\"value\": 6,", "\"upper\": 6.5,", "\"unit\": \"%\"");
      io.github.workreport.Target read = ReportJson.read(json).tasks().get(0).targets().get(0);
      assertThat(read).isEqualTo(range);
      assertThat(read.upper()).contains(Quantity.parse("6.5%"));
    }

    @Test
    void aSingleValueHasNoUpperField() {
      String json = ReportJson.toJson(withTarget(range.withUpper(java.util.Optional.empty())));
      assertThat(json).doesNotContain("\"upper\"");
      assertThat(ReportJson.read(json).tasks().get(0).targets().get(0).upper()).isEmpty();
    }

    @Test
    void anUpperEndTakesTheUnitOfTheValueWhereverItComes() {
      String json = ReportJson.toJson(withTarget(range)).replace("\"upper\": 6.5,", "")
          .replace("\"firm\": true", "\"firm\": true,\n\"upper\": 6.5");
      assertThat(ReportJson.read(json).tasks().get(0).targets().get(0)).isEqualTo(range);
    }
  }

  @Nested
  class Sides {
    private final Measure nearly = Measure.builder().metric("固定资产投资").kind(Kind.AMOUNT)
        .quantity(Quantity.parse("50亿元")).text("完成固定资产投资近50亿元")
        .approximation(io.github.workreport.Approximation.BELOW).build();

    private Report with(Measure measure) {
      return Report.builder().addTask(Task.builder().number(1).text("完成固定资产投资50亿元")
          .outcome(Outcome.builder().addMeasure(measure).build()).build()).build();
    }

    @Test
    void aKnownSideIsWrittenAfterTheApproximateFlagAndReadsBack() {
      String json = ReportJson.toJson(with(nearly));
      assertThat(json).containsSubsequence("\"approximate\": true,", "\"approximation\": \"BELOW\"");
      Measure read = ReportJson.read(json).tasks().get(0).outcome().measures().get(0);
      assertThat(read).isEqualTo(nearly);
      assertThat(read.approximation()).contains(io.github.workreport.Approximation.BELOW);
    }

    @Test
    void anExactOrEitherSideFigureHasNoApproximationField() {
      Measure about = nearly.withApproximation(java.util.Optional.empty()).withApproximate(true);
      String json = ReportJson.toJson(with(about));
      assertThat(json).doesNotContain("\"approximation\"");
      assertThat(ReportJson.read(json).tasks().get(0).outcome().measures().get(0)).isEqualTo(about);
    }

    @Test
    void aMonthCountedToIsWrittenAsAMonthAndReadsBack() {
      Measure midYear = nearly.withApproximation(java.util.Optional.empty()).withAsOf(YearMonth.of(2020, 6));
      String json = ReportJson.toJson(with(midYear));
      assertThat(json).contains("\"asOf\": \"2020-06\"");
      assertThat(ReportJson.read(json).tasks().get(0).outcome().measures().get(0)).isEqualTo(midYear);
      assertThat(ReportJson.toJson(with(nearly))).doesNotContain("\"asOf\"");
    }

    @Test
    void aSideThatIsNoneOfTheThreeIsAnError() {
      String json = ReportJson.toJson(with(nearly)).replace("\"BELOW\"", "\"NEAR\"");
      assertThatThrownBy(() -> ReportJson.read(json)).hasMessageContaining("approximation")
          .hasMessageContaining("BELOW, AT_LEAST, ABOVE");
    }
  }

  @Nested
  class ReaderDecisions {
    private final Target share = Target.builder().metric("城镇新增就业").kind(Kind.LEVEL).bound(Bound.EXACTLY)
        .quantity(Quantity.parse("100%")).text("完成全年目标任务的100%").shareOf(Whole.TASK).build();
    private final Target dwellings = Target.builder().metric("棚户区改造").kind(Kind.COUNT).bound(Bound.EXACTLY)
        .quantity(Quantity.parse("1000套")).text("完成棚户区改造1000套").housing(true).build();
    private final Measure households = Measure.builder().metric("棚户区改造").kind(Kind.COUNT)
        .quantity(Quantity.parse("1050户")).text("完成棚户区改造1050户").housing(true).build();

    private Report with(List<Target> targets, Measure measure) {
      return Report.builder().addTask(Task.builder().number(1).text("完成棚户区改造1000套").targets(targets)
          .outcome(Outcome.builder().addMeasure(measure).build()).build()).build();
    }

    @Test
    void aShareAndHousingAreWrittenAfterFirmnessAndReadBack() {
      Report report = with(List.of(share, dwellings), households);
      String json = ReportJson.toJson(report);
      assertThat(json).containsSubsequence("\"firm\": true,", "\"shareOf\": \"TASK\"",
          "\"firm\": true,", "\"housing\": true", "\"approximate\": false,", "\"housing\": true");
      Task read = ReportJson.read(json).tasks().get(0);
      assertThat(read.targets()).containsExactly(share, dwellings);
      assertThat(read.outcome().measures()).containsExactly(households);
      assertThat(read.targets().get(0).isShareOfTask()).isTrue();
      assertThat(read.targets().get(1).housing()).isTrue();
      assertThat(read.outcome().measures().get(0).housing()).isTrue();
    }

    @Test
    void neitherIsWrittenUnlessSet() {
      String json = ReportJson.toJson(with(List.of(share.withShareOf(Optional.empty()), dwellings.withHousing(false)),
          households.withHousing(false)));
      assertThat(json).doesNotContain("\"shareOf\"").doesNotContain("\"housing\"");
    }

    @Test
    void aDocumentWrittenBeforeThemReadsWithNeither() {
      String old = "{\"format\": \"workreport/1\", \"sections\": [], \"tasks\": [{\"number\": 1,"
          + " \"text\": \"完成棚户区改造1000套\", \"responsibleUnits\": [],"
          + " \"targets\": [{\"text\": \"完成棚户区改造1000套\", \"metric\": \"棚户区改造\", \"kind\": \"COUNT\","
          + " \"comparator\": \"EXACTLY\", \"value\": 1000, \"unit\": \"套\", \"firm\": true},"
          + " {\"text\": \"完成全年目标任务的100%\", \"kind\": \"LEVEL\", \"comparator\": \"EXACTLY\", \"value\": 100,"
          + " \"unit\": \"%\", \"firm\": true}],"
          + " \"outcome\": {\"declaredStatus\": \"UNDETERMINED\", \"measures\": [{\"text\": \"完成棚户区改造1050户\","
          + " \"metric\": \"棚户区改造\", \"kind\": \"COUNT\", \"value\": 1050, \"unit\": \"户\","
          + " \"estimated\": false, \"approximate\": false}]}}]}";
      Task read = ReportJson.read(old).tasks().get(0);
      assertThat(read.targets()).allSatisfy(t -> {
        assertThat(t.housing()).isFalse();
        assertThat(t.shareOf()).isEmpty();
      });
      assertThat(read.outcome().measures()).allSatisfy(m -> assertThat(m.housing()).isFalse());
      assertThat(ReportJson.toJson(ReportJson.read(old))).doesNotContain("\"shareOf\"").doesNotContain("\"housing\"");
    }

    @Test
    void housingWrittenFalseReadsAsFalse() {
      String json = ReportJson.toJson(with(List.of(dwellings), households))
          .replace("\"housing\": true", "\"housing\": false");
      Task read = ReportJson.read(json).tasks().get(0);
      assertThat(read.targets().get(0).housing()).isFalse();
      assertThat(read.outcome().measures().get(0).housing()).isFalse();
    }
  }

  @Nested
  class Layout {
    private final String json = ReportJson.toJson(Fixtures.richReport());

    @Test
    void absentValuesAreLeftOutNeverEmptyNeverNull() {
      assertThat(json).doesNotContain(": \"\"");
      assertThat(json.lines().filter(l -> l.endsWith("null,") || l.endsWith("null")))
          .allMatch(l -> l.strip().equals("\"measure\": null,"))
          .hasSize(1);
      String unclassified = json.substring(json.lastIndexOf("\"section\": \"持续推进\""));
      assertThat(unclassified).doesNotContain("\"deadline\"", "\"assessment\"", "\"narrative\"", "\"metric\"");
    }

    @Test
    void fieldsComeInTheOrderOfTheSpecification() {
      assertThat(json).containsSubsequence("\"format\"", "\"title\"", "\"jurisdiction\"", "\"year\"", "\"period\"",
          "\"declaredTotals\"", "\"sections\"", "\"tasks\"");
      assertThat(json).containsSubsequence("\"section\"", "\"number\"", "\"text\"", "\"responsibleUnits\"",
          "\"deadline\"", "\"targets\"", "\"outcome\"", "\"assessment\"");
      assertThat(json).containsSubsequence("\"text\"", "\"metric\"", "\"kind\"", "\"comparator\"", "\"value\"",
          "\"unit\"", "\"firm\"", "\"span\"");
      assertThat(json).containsSubsequence("\"status\"", "\"basis\"", "\"pace\"", "\"explanation\"",
          "\"targets\"", "\"target\"", "\"measure\"", "\"ratio\"", "\"status\"", "\"pace\"", "\"findings\"");
    }

    @Test
    void textIsWrittenAsReadableUtf8() {
      assertThat(json).contains("\"unit\": \"座\"", "/ 元/月/人 \\\"引号\\\" \\\\ 反斜杠 𠮷");
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      assertThat(new String(bytes, StandardCharsets.US_ASCII)).doesNotContain("\\u");
    }

    @Test
    void indentedOutputEndsWithANewlineAndCompactOutputIsOneLine() {
      assertThat(json).startsWith("{\n  \"format\": \"workreport/1\",\n").endsWith("  ]\n}\n");
      assertThat(json).contains("\"responsibleUnits\": [],", "\"span\": [\n            2,\n            16\n          ]");
      String compact = ReportJson.toJson(Fixtures.richReport(), ReportJsonFeature.COMPACT_OUTPUT);
      assertThat(compact).startsWith("{\"format\":\"workreport/1\",\"title\":").endsWith("]}").doesNotContain("\n");
    }

    @Test
    void aSectionNamedTotalCannotBeWrittenInTheDeclaredTotals() {
      Report report = Report.builder().declaredTotals(DeclaredTotals.builder().putBySection("total", 3).build()).build();
      assertThatThrownBy(() -> ReportJson.toJson(report)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("section named \"total\"");
    }

    @Test
    void unpairedSurrogatesAreEscapedInTextButRefusedInFieldNames() {
      // Found by the schema property: Jackson reads an escaped lone surrogate in a string, not in a name.
      Report text = Report.builder().title("断\uD800字").build();
      assertThat(ReportJson.toJson(text)).contains("\"title\": \"断\\uD800字\"");
      assertThat(ReportJson.read(ReportJson.toJson(text))).isEqualTo(text);

      Report name = Report.builder().declaredTotals(DeclaredTotals.builder().putBySection("断\uD800", 1).build()).build();
      assertThatThrownBy(() -> ReportJson.toJson(name)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unpaired surrogate");
    }

    @Test
    void yearsBeyondFourDigitsAreWrittenWithTheirIsoSign() {
      // Found by the round-trip property: YearMonth.toString() drops the sign that parse() requires.
      Report report = Report.builder().period(Period.of(YearMonth.of(10_000, 1)))
          .addTask(Task.builder().number(1).text("t").deadline(Deadline.of(YearMonth.of(Year.MAX_VALUE, 12))).build())
          .addTask(Task.builder().number(2).text("t").deadline(Deadline.of(YearMonth.of(Year.MIN_VALUE, 1))).build())
          .build();
      String json = ReportJson.toJson(report);
      assertThat(json).contains("\"period\": \"+10000-01\"", "\"deadline\": \"+999999999-12\"",
          "\"deadline\": \"-999999999-01\"");
      assertThat(ReportJson.read(json)).isEqualTo(report);
    }
  }

  @Nested
  class Streams {
    @Test
    void readingAndWritingDoNotCloseTheCallersStreams() {
      boolean[] closed = new boolean[2];
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      OutputStream out = new FilterOutputStream(bytes) {
        @Override
        public void close() {
          closed[0] = true;
        }
      };
      ReportJson.write(Fixtures.richReport(), out);
      InputStream in = new FilterInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
        @Override
        public void close() {
          closed[1] = true;
        }
      };
      assertThat(ReportJson.read(in)).isEqualTo(Fixtures.richReport());
      assertThat(closed).containsExactly(false, false);
    }

    @Test
    void aByteOrderMarkAndUtf16AreRecognised() {
      String json = ReportJson.toJson(Fixtures.richReport());
      byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
      byte[] withBom = new byte[utf8.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(utf8, 0, withBom, 3, utf8.length);
      assertThat(ReportJson.read(new ByteArrayInputStream(withBom))).isEqualTo(Fixtures.richReport());
      assertThat(ReportJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_16))))
          .isEqualTo(Fixtures.richReport());
    }

    @Test
    void aFileHoldsWhatToJsonReturns(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("report.json");
      ReportJson.write(Fixtures.richReport(), file);
      assertThat(Files.readString(file)).isEqualTo(ReportJson.toJson(Fixtures.richReport()));
      assertThat(ReportJson.read(file)).isEqualTo(Fixtures.richReport());
    }

    @Test
    void aWriteThatFailsHalfWayLeavesADocumentThatDoesNotRead() {
      Task bad = Fixtures.richTasks().get(2).withOutcome(Outcome.builder()
          .addMeasure(Measure.of("m", Kind.AMOUNT, Quantity.of(new BigDecimal("1E-1200"), Unit.PERCENT))).build());
      Report report = Fixtures.header().addAllTasks(Fixtures.richTasks()).addTask(bad).build();
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      assertThatThrownBy(() -> ReportJson.write(report, out)).isInstanceOf(IllegalArgumentException.class);

      assertThat(out.size()).isPositive();
      assertThatThrownBy(() -> ReportJson.read(new ByteArrayInputStream(out.toByteArray())))
          .isInstanceOf(JsonReadException.class);
    }

    @Test
    void aFailedWriteToAFileLeavesTheOldFileWhole(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("report.json");
      ReportJson.write(Fixtures.richReport(), file);
      byte[] before = Files.readAllBytes(file);
      Report unwritable = Fixtures.richReport().withTasks(Fixtures.richTasks().get(0).withOutcome(Outcome.builder()
          .addMeasure(Measure.of("m", Kind.AMOUNT, Quantity.of(new BigDecimal("1E-1200"), Unit.PERCENT))).build()));

      assertThatThrownBy(() -> ReportJson.write(unwritable, file)).isInstanceOf(IllegalArgumentException.class);

      assertThat(Files.readAllBytes(file)).isEqualTo(before);
      try (var files = Files.list(dir)) {
        assertThat(files).containsExactly(file);
      }
    }

    @Test
    void aFailingStreamIsAnUncheckedIoException() {
      OutputStream broken = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException("disk full");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          throw new IOException("disk full");
        }
      };
      assertThatThrownBy(() -> ReportJson.write(Fixtures.richReport(), broken))
          .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk full");

      InputStream failing = new InputStream() {
        @Override
        public int read() throws IOException {
          throw new IOException("network gone");
        }
      };
      assertThatThrownBy(() -> ReportJson.read(failing)).isInstanceOf(JsonReadException.class)
          .hasMessage("<stream>: cannot read: java.io.IOException: network gone");
    }
  }
}
