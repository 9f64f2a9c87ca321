package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.workreport.Assessment;
import io.github.workreport.Basis;
import io.github.workreport.Bound;
import io.github.workreport.Deadline;
import io.github.workreport.DeclaredTotals;
import io.github.workreport.Finding;
import io.github.workreport.FindingKind;
import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Outcome;
import io.github.workreport.Period;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.Section;
import io.github.workreport.Span;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a document can be wrong, each with the JSON path, the line and column and the reason the
 * exception must give. Each case changes one spot of a valid document; the expected line and column
 * are where that spot lies, so the table states only the path and the reason.
 */
class ReadErrorTest {

  /** A small report with every field present once. */
  static Report small() {
    return Report.builder()
        .title("灞桥区 2020 年工作任务分解表").jurisdiction("灞桥区").year(2020).period(Period.fullYear(2020))
        .declaredTotals(DeclaredTotals.builder().total(1).putBySection("已完成", 1).build())
        .addSection(Section.builder().name("已完成").declaredStatus(Status.MET).declaredCount(1).build())
        .addTask(Lines.resolve(Task.builder()
            .section("已完成").number(1).text("新建公厕15座。")
            .addResponsibleUnits("区城市管理局", "各街道")
            .deadline(Deadline.of(YearMonth.of(2020, 12)))
            .addTarget(Target.builder().metric("新建公厕").kind(Kind.COUNT).bound(Bound.AT_LEAST)
                .quantity(Quantity.parse("15座")).text("新建公厕15座").span(Span.of(0, 7)).build())
            .outcome(Outcome.builder().narrative("新建公厕完成 16 座。").declaredStatus(Status.MET)
                .addMeasure(Measure.builder().metric("新建公厕").kind(Kind.COUNT)
                    .quantity(Quantity.parse("16座")).text("新建公厕完成 16 座").build())
                .build())
            .assessment(Assessment.builder().status(Status.EXCEEDED).basis(Basis.NUMERIC).explanation("超额完成")
                .addTarget(Lines.line(0, 0, -1).ratio(new BigDecimal("1.0667"))
                    .status(Status.EXCEEDED).build())
                .addFinding(Finding.of(FindingKind.PROVISIONAL, "依据预计数评估"))
                .build())
            .build()))
        .build();
  }

  static final String VALID = ReportJson.toJson(small());

  /**
   * One case: replace {@code original} by {@code replacement} in the valid document; the error
   * lies at the first occurrence of {@code marker} in the changed document plus {@code shift}
   * characters.
   */
  static Arguments broken(String what, String original, String replacement, String marker, int shift,
      String path, String reason) {
    if (!VALID.contains(original)) {
      throw new IllegalArgumentException(original + " is not in the document");
    }
    return Arguments.of(what, VALID.replaceFirst(java.util.regex.Pattern.quote(original),
        java.util.regex.Matcher.quoteReplacement(replacement)), marker, shift, path, reason);
  }

  static Stream<Arguments> brokenDocuments() {
    return Stream.of(
        broken("a string where a number belongs", "\"value\": 15,", "\"value\": \"15\",", "\"15\"", 0,
            "$.tasks[0].targets[0].value", "expected a number, found a string (\"15\")"),
        broken("a number where a string belongs", "\"text\": \"新建公厕15座。\"", "\"text\": 15", "15,", 0,
            "$.tasks[0].text", "expected a string, found a number (15)"),
        broken("an object where an array belongs", "\"targets\": [", "\"targets\": {}, \"x\": [", "{}", 0,
            "$.tasks[0].targets", "expected an array of targets, found an object"),
        broken("null for an absent value", "\"deadline\": \"2020-12\"", "\"deadline\": null", "null", 0,
            "$.tasks[0].deadline",
            "expected a month as \"YYYY-MM\", found null (leave out a field that has no value)"),
        broken("an unknown field", "\"firm\": true", "\"colour\": \"red\",\n          \"firm\": true",
            "\"colour\"", 0, "$.tasks[0].targets[0].colour",
            "unknown field \"colour\" in a target; expected one of text, metric, kind, comparator, value, unit,"
                + " firm, span, upper, shareOf, housing"),
        broken("a share of the task on a count", "\"value\": 15,", "\"value\": 15,\n          \"shareOf\": \"TASK\",",
            "\"TASK\"", 0, "$.tasks[0].targets[0].shareOf",
            "expected shareOf only on a LEVEL target in %: a share of TASK is a LEVEL in %, not a COUNT in 15座"),
        broken("a share of no known whole", "\"value\": 15,", "\"value\": 15,\n          \"shareOf\": \"PLAN\",",
            "\"PLAN\"", 0, "$.tasks[0].targets[0].shareOf", "expected one of TASK, found \"PLAN\""),
        broken("a string where housing's true or false belongs", "\"value\": 15,",
            "\"value\": 15,\n          \"housing\": \"yes\",", "\"yes\"", 0, "$.tasks[0].targets[0].housing",
            "expected true or false, found a string (\"yes\")"),
        broken("a string where the upper end of a range belongs", "\"value\": 15,", "\"value\": 15,\n          \"upper\": \"20\",",
            "\"20\"", 0, "$.tasks[0].targets[0].upper", "expected a number, found a string (\"20\")"),
        broken("an upper end equal to the value", "\"value\": 15,", "\"value\": 15,\n          \"upper\": 15,",
            "15,\n          \"unit\"", 0, "$.tasks[0].targets[0].upper",
            "expected the upper end of a range, greater than value 15, found 15"),
        broken("an upper end below the value, before it", "\"value\": 15,", "\"upper\": 7.5,\n          \"value\": 15,",
            "7.5", 0, "$.tasks[0].targets[0].upper",
            "expected the upper end of a range, greater than value 15, found 7.5"),
        broken("null for an absent upper end", "\"value\": 15,", "\"value\": 15,\n          \"upper\": null,",
            "null", 0, "$.tasks[0].targets[0].upper",
            "expected a number, found null (leave out a field that has no value)"),
        broken("a duplicate upper end", "\"value\": 15,", "\"value\": 15,\n          \"upper\": 20,\n          \"upper\": 25,",
            "\"upper\": 25", 0, "$.tasks[0].targets[0].upper", "duplicate field \"upper\": each field may appear once"),
        broken("an unknown top-level field", "\"title\"", "\"author\": \"x\",\n  \"title\"", "\"author\"", 0,
            "$.author", "unknown field \"author\" in a report; expected one of format, title, jurisdiction,"
                + " year, period, declaredTotals, sections, tasks"),
        broken("a missing required field", "      \"number\": 1,\n", "", "\n    }\n  ]\n}", 5,
            "$.tasks[0].number", "missing required field \"number\" of a task"),
        broken("a missing required field of a measure", "            \"estimated\": false,\n", "",
            "}\n        ]\n      },\n      \"assessment\"", 0,
            "$.tasks[0].outcome.measures[0].estimated", "missing required field \"estimated\" of a measure"),
        broken("another format", "\"workreport/1\"", "\"workreport/2\"", "\"workreport/2\"", 0,
            "$.format", "expected \"workreport/1\", found \"workreport/2\": this reader knows only workreport/1"),
        broken("not our format at all", "\"workreport/1\"", "\"geojson\"", "\"geojson\"", 0,
            "$.format", "expected \"workreport/1\", found \"geojson\""),
        broken("a number too large to write plainly", "\"value\": 15,", "\"value\": 1e999999,", "1e999999", 0,
            "$.tasks[0].targets[0].value",
            "expected a number of at most 1000 characters in plain notation, found 1e999999"),
        broken("a number too small to write plainly", "\"ratio\": 1.0667,", "\"ratio\": 1e-999999,", "1e-999999", 0,
            "$.tasks[0].assessment.targets[0].ratio",
            "expected a number of at most 1000 characters in plain notation, found 1e-999999"),
        broken("an exponent beyond any number", "\"value\": 15,", "\"value\": 1e99999999999,", "1e9", 0,
            "$.tasks[0].targets[0].value",
            "expected a number of at most 1000 characters in plain notation, found 1e99999999999"),
        broken("NaN", "\"value\": 15,", "\"value\": NaN,", "NaN,", 3,
            "$.tasks[0].targets[0].value", "expected a number, found NaN, which is not a JSON value"),
        broken("-Infinity", "\"ratio\": 1.0667,", "\"ratio\": -Infinity,", "-Infinity,", 9,
            "$.tasks[0].assessment.targets[0].ratio",
            "expected a number, found -Infinity, which is not a JSON value"),
        broken("a number with a thousand and one digits", "\"value\": 15,", "\"value\": " + "9".repeat(1001) + ",",
            "9999", 1001, "$.tasks[0].targets[0].value",
            "the document exceeds a reading limit: Number value length (1001) exceeds the maximum allowed (1000)"),
        broken("a fraction where an integer belongs", "\"number\": 1,", "\"number\": 1.5,", "1.5", 0,
            "$.tasks[0].number", "expected an integer, found a number (1.5)"),
        broken("an integer beyond int", "\"year\": 2020,", "\"year\": 20200000000,", "20200000000", 0,
            "$.year", "expected an integer from -2147483648 to 2147483647, found 20200000000"),
        broken("a duplicate field", "\"number\": 1,", "\"number\": 1,\n      \"number\": 2,", "\"number\": 2", 0,
            "$.tasks[0].number", "duplicate field \"number\": each field may appear once"),
        broken("a duplicate declared count", "\"已完成\": 1\n", "\"已完成\": 1,\n    \"已完成\": 2\n", "\"已完成\": 2", 0,
            "$.declaredTotals['已完成']", "duplicate field \"已完成\": each field may appear once"),
        broken("a declared count that is not a number", "\"total\": 1,", "\"total\": \"一\",", "\"一\"", 0,
            "$.declaredTotals.total", "expected an integer, found a string (\"一\")"),
        broken("an enum in the wrong case", "\"kind\": \"COUNT\"", "\"kind\": \"count\"", "\"count\"", 0,
            "$.tasks[0].targets[0].kind", "expected one of GROWTH, DECLINE, LEVEL, COUNT, AMOUNT, found \"count\""),
        broken("a status that does not exist", "\"declaredStatus\": \"MET\",\n      \"declaredCount\"",
            "\"declaredStatus\": \"DONE\",\n      \"declaredCount\"", "\"DONE\"", 0,
            "$.sections[0].declaredStatus",
            "expected one of EXCEEDED, MET, BASICALLY_MET, ONGOING, NOT_MET, UNDETERMINED, found \"DONE\""),
        broken("a month that does not exist", "\"period\": \"2020-12\"", "\"period\": \"2020-13\"", "\"2020-13\"", 0,
            "$.period", "expected a month as \"YYYY-MM\", found \"2020-13\""),
        broken("a date where a month belongs", "\"deadline\": \"2020-12\"", "\"deadline\": \"2020年12月底前\"",
            "\"2020年", 0, "$.tasks[0].deadline", "expected a month as \"YYYY-MM\", found \"2020年12月底前\""),
        broken("a unit with a digit", "\"unit\": \"座\"", "\"unit\": \"3座\"", "\"3座\"", 0,
            "$.tasks[0].targets[0].unit", "expected a unit as written, such as \"万元\" or \"%\", found \"3座\""),
        broken("a span that is not a range", "\"span\": [\n            0,\n            7\n          ]",
            "\"span\": [7, 0]", "[7, 0]", 5, "$.tasks[0].targets[0].span",
            "expected a span [start, end] with 0 ≤ start ≤ end, found [7, 0]"),
        broken("a span with three numbers", "\"span\": [\n            0,\n            7\n          ]",
            "\"span\": [0, 7, 9]", "9]", 0, "$.tasks[0].targets[0].span[2]",
            "expected the end of the span [start, end], found a number (9)"),
        broken("an index past the measures", "\"measure\": 0,", "\"measure\": 5,", "\"measure\": 5", 11,
            "$.tasks[0].assessment.targets[0].measure",
            "expected the index of a measure of this task (0 to 0), found 5"),
        broken("a negative index", "\"target\": 0,", "\"target\": -1,", "-1,", 0,
            "$.tasks[0].assessment.targets[0].target",
            "expected the index of a target of this task (0 to 0), found -1"),
        broken("an array nested where a string belongs", "\"区城市管理局\"", "[[[[[[[[[[\"区城市管理局\"]]]]]]]]]]",
            "[[[[", 0, "$.tasks[0].responsibleUnits[0]", "expected a string, found an array"),
        broken("a trailing comma", "\"firm\": true,", "\"firm\": true,,", ",,", 1,
            "$.tasks[0].targets[0].firm",
            "expected a field name or the end of the object: Unexpected character (',' (code 44)):"
                + " was expecting double-quote to start property name"),
        broken("a comment", "\"year\": 2020,", "\"year\": 2020, // the year", "//", 0,
            "$.year", "expected a field name or the end of the object: Unexpected character ('/' (code 47)):"
                + " maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not"
                + " enabled for parser)"),
        broken("a control character in a string", "\"新建公厕15座。\"", "\"新建公厕\t15座。\"", "\t", 0,
            "$.tasks[0].text", "expected a string: Illegal unquoted character ((CTRL-CHAR, code 9)): has to be"
                + " escaped using backslash to be included in string value"),
        broken("content after the document", VALID.strip(), VALID.strip() + " {}", " {}", 1,
            "$", "expected the end of the document, found an object"),
        broken("a second document", VALID.strip(), VALID.strip() + "\nnull", "\nnull", 1,
            "$", "expected the end of the document, found null (leave out a field that has no value)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void readingABrokenDocumentNamesThePlaceAndTheReason(String what, String json, String marker, int shift,
      String path, String reason) {
    int at = json.indexOf(marker) + shift;
    int line = (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    int column = at - json.lastIndexOf('\n', at - 1);

    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> ReportJson.read(json));

    assertThat(e).as(what).isNotNull();
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.source()).isEqualTo("<string>");
    assertThat(e.getMessage())
        .isEqualTo("<string>: " + path + " (line " + line + ", column " + column + "): " + reason);
    assertThat(e).isInstanceOf(ReportReadException.class);
  }

  @Test
  void theValidDocumentReads() {
    assertThat(ReportJson.read(VALID)).isEqualTo(small());
  }

  @Test
  void everyCutOfTheDocumentFailsAndNoneReadsAsAShorterReport() {
    // A partial read never passes for a full one: cut anywhere but in the final whitespace.
    String json = VALID.strip();
    for (int end = 0; end < json.length(); end++) {
      String cut = json.substring(0, end);
      assertThatThrownBy(() -> ReportJson.read(cut)).as("cut at %d", end).isInstanceOf(JsonReadException.class);
    }
  }

  @Test
  void aDocumentThatBreaksOffSaysWhatWasExpected() {
    String cut = VALID.substring(0, VALID.indexOf("\"outcome\""));
    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> ReportJson.read(cut));
    assertThat(e.path()).isEqualTo("$.tasks[0].targets");
    assertThat(e.reason()).isEqualTo("expected a field name or the end of the object:"
        + " Unexpected end-of-input within/between Object entries");
  }

  @Test
  void anEmptyInputIsNotAnEmptyReport() {
    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> ReportJson.read(""));
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason()).isEqualTo("expected a JSON object with \"format\": \"workreport/1\", found the end of the input");
  }

  @Test
  void anArrayIsNotAReport() {
    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> ReportJson.read("[]"));
    assertThat(e.getMessage()).isEqualTo("<string>: $ (line 1, column 1): "
        + "expected a JSON object with \"format\": \"workreport/1\", found an array");
  }

  @Test
  void aDocumentWithoutFormatIsRefusedAtItsEnd() {
    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> ReportJson.read("{\"sections\": [], \"tasks\": []}"));
    assertThat(e.getMessage()).isEqualTo("<string>: $.format (line 1, column 29): "
        + "missing required field \"format\" of a report");
  }

  @Test
  void deepNestingInAnUnknownFieldIsRefusedEvenWhenUnknownFieldsAreAllowed() {
    String deep = "[".repeat(200) + "]".repeat(200);
    String json = VALID.replace("\"firm\": true", "\"extra\": " + deep + ",\n          \"firm\": true");

    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> ReportJson.read(json, ReportJsonFeature.ALLOW_UNKNOWN_FIELDS));

    assertThat(e.path()).isEqualTo("$.tasks[0].targets[0].extra");
    assertThat(e.reason()).isEqualTo("the value of unknown field \"extra\" exceeds a reading limit:"
        + " Document nesting depth (65) exceeds the maximum allowed (64)");
    assertThat(e.line()).isEqualTo(lineOf(json, "\"extra\""));
  }

  @Test
  void aStringOfMoreThanAMillionCharactersIsRefused() {
    String json = VALID.replace("\"新建公厕15座。\"", "\"" + "长".repeat(1_000_001) + "\"");
    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> ReportJson.read(json));
    assertThat(e.path()).isEqualTo("$.tasks[0].text");
    assertThat(e.reason()).startsWith("the document exceeds a reading limit: String value length")
        .contains("exceeds the maximum allowed (1000000)");
  }

  @Test
  void errorsInAFileNameTheFileAndCountColumnsInBytes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.json");
    String json = VALID.replace("\"period\": \"2020-12\"", "\"period\": \"二〇二〇年\"");
    Files.writeString(file, json);

    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> ReportJson.read(file));

    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.getMessage()).isEqualTo(file + ": $.period (line " + lineOf(json, "\"二〇")
        + ", column 13): expected a month as \"YYYY-MM\", found \"二〇二〇年\"");
  }

  @Test
  void aMissingFileIsAReadError(@TempDir Path dir) {
    Path file = dir.resolve("missing.json");
    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> ReportJson.read(file));
    assertThat(e.getMessage()).isEqualTo(file + ": no such file");
  }

  @Test
  void bytesThatAreNotUtf8AreAReadErrorWithAPlace() {
    byte[] good = VALID.getBytes(StandardCharsets.UTF_8);
    byte[] bad = VALID.replace("新建公厕15座。", "XX").getBytes(StandardCharsets.UTF_8);
    int at = indexOf(bad, "XX".getBytes(StandardCharsets.UTF_8));
    bad[at] = (byte) 0xC3;
    bad[at + 1] = (byte) 0x28;

    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> ReportJson.read(new ByteArrayInputStream(bad)));

    assertThat(good).isNotEqualTo(bad);
    assertThat(e.source()).isEqualTo("<stream>");
    assertThat(e.path()).isEqualTo("$.tasks[0].text");
    assertThat(e.reason()).startsWith("expected a string: Invalid UTF-8 middle byte 0x28");
    assertThat(e.line()).isEqualTo(lineOf(VALID, "新建公厕15座。\""));
  }

  @Test
  void indexesAreCheckedWhenTheAssessmentComesBeforeTheTargets() {
    // Another writer may order fields differently; the index is then checked at the end of the task.
    String json = "{\"format\": \"workreport/1\", \"sections\": [], \"tasks\": [{"
        + "\"assessment\": {\"status\": \"MET\", \"basis\": \"NUMERIC\", \"explanation\": \"完成\","
        + " \"targets\": [{\"target\": 0, \"measure\": 3, \"status\": \"MET\"}], \"findings\": []},"
        + " \"number\": 1, \"text\": \"t\", \"responsibleUnits\": [], \"targets\": [],"
        + " \"outcome\": {\"declaredStatus\": \"MET\", \"measures\": []}}]}";

    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> ReportJson.read(json));

    assertThat(e.path()).isEqualTo("$.tasks[0].assessment.targets[0].target");
    assertThat(e.reason()).isEqualTo("expected the index of a target of this task, found 0: the task has none");
    assertThat(e.column()).isEqualTo(json.lastIndexOf('}', json.length() - 3) + 1);
  }

  @Test
  void unknownFieldsPassWhenAllowedAndTheRestIsStillChecked() {
    String extra = VALID.replace("\"firm\": true",
        "\"colour\": {\"r\": [1, 2, {\"deep\": null}]},\n          \"firm\": true");
    assertThat(ReportJson.read(extra, ReportJsonFeature.ALLOW_UNKNOWN_FIELDS)).isEqualTo(small());

    String wrong = extra.replace("\"value\": 15,", "\"value\": \"15\",");
    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> ReportJson.read(wrong, ReportJsonFeature.ALLOW_UNKNOWN_FIELDS));
    assertThat(e.path()).isEqualTo("$.tasks[0].targets[0].value");
  }

  private static int lineOf(String json, String marker) {
    return (int) json.substring(0, json.indexOf(marker)).chars().filter(c -> c == '\n').count() + 1;
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i <= bytes.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
