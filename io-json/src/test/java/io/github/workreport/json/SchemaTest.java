package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published JSON Schema accepts what the writer writes and refuses what the reader refuses. */
class SchemaTest {
  static final Schema SCHEMA = load();

  static Schema load() {
    try (InputStream in = ReportJson.class.getResourceAsStream("/" + ReportJson.SCHEMA_RESOURCE)) {
      assertThat(in).as(ReportJson.SCHEMA_RESOURCE).isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
  }

  @Test
  void theSchemaIsDraft2020_12() {
    assertThat(SCHEMA.getSchemaNode().get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void theGoldenDocumentIsValid() {
    assertThat(errors(new String(GoldenFileTest.golden(GoldenFileTest.GOLDEN), StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void everyGeneratedDocumentIsValid() {
    qt().withExamples(300).forAll(ReportGen.reports())
        .checkAssert(report -> assertThat(errors(ReportJson.toJson(report))).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "an unknown field        | \"title\":               | \"colour\": 1, \"title\":",
      "another format          | \"workreport/1\"         | \"workreport/2\"",
      "a string for a number   | \"value\": 6,            | \"value\": \"6\",",
      "a string for an upper end| \"value\": 6,           | \"value\": 6, \"upper\": \"6.5\",",
      "a lower-case enum       | \"kind\": \"GROWTH\"     | \"kind\": \"growth\"",
      "a missing required field| \"number\": 1,           | ''",
      "a month with a day      | \"period\": \"2020-12\"  | \"period\": \"2020-12-31\"",
      "a negative index        | \"measure\": 2,          | \"measure\": -2,",
      "null for an absent value| \"year\": 2020,          | \"year\": null,",
  })
  void theSchemaRefusesWhatTheReaderRefuses(String what, String original, String replacement) {
    String valid = new String(GoldenFileTest.golden(GoldenFileTest.GOLDEN), StandardCharsets.UTF_8);
    assertThat(valid).contains(original);
    String invalid = valid.replaceFirst(java.util.regex.Pattern.quote(original), replacement);
    assertThat(errors(invalid)).as(what).isNotEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportJson.read(invalid)).as(what)
        .isInstanceOf(JsonReadException.class);
  }
}
