package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.workreport.Comparison;
import io.github.workreport.Report;
import io.github.workreport.Reports;
import io.github.workreport.rules.Classifier;
import io.github.workreport.text.TableText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The workreport-comparison/1 document: what it holds, and that its schema accepts it. */
class ComparisonJsonTest {
  static final Schema SCHEMA = load();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final String HALF_YEAR = String.join("\n",
      "《灞桥区 2020 年政府工作报告》工作任务分解表上半年落实情况",
      "主要任务\t责任单位\t完成情况",
      "1. 新建公厕15座。\t区城市管理局\t已新建公厕 9 座。",
      "2. 地区生产总值增长 7.5%以上。\t区发改委\t生产总值增长 5.1%。",
      "3. 完成略钢小区等16个老旧小区改造。\t区住建局\t已完成 6 个老旧小区改造。",
      "");
  private static final String YEAR_END = String.join("\n",
      "《灞桥区 2020 年政府工作报告》工作任务分解表",
      "主要任务\t责任单位\t完成情况",
      "1. 新建公厕15座。\t区城市管理局\t全年新建公厕 15 座，已完成。",
      "2. 地区生产总值增长 7%以上。\t区发改委\t生产总值增长 8.5%。",
      "3. 新建幼儿园4所。\t区教育局\t新建幼儿园 4 所。",
      "");

  static Schema load() {
    try (InputStream in = ComparisonJson.class.getResourceAsStream("/" + ComparisonJson.SCHEMA_RESOURCE)) {
      assertThat(in).as(ComparisonJson.SCHEMA_RESOURCE).isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
  }

  private static Report read(String text, String name) {
    return Classifier.standard().classify(TableText.read(text.getBytes(StandardCharsets.UTF_8), name));
  }

  @Test
  void theDocumentTellsWhatMovedTaskByTask() {
    Comparison c = Reports.compare(read(HALF_YEAR, "h1.txt"), read(YEAR_END, "year.txt"));
    String json = ComparisonJson.toJson(c);
    assertThat(errors(json)).isEmpty();
    JsonNode doc = MAPPER.readTree(json);
    assertThat(doc.get("format").asString()).isEqualTo("workreport-comparison/1");
    assertThat(doc.get("earlier").get("period").asString()).isEqualTo("2020-06");
    assertThat(doc.get("later").get("period").asString()).isEqualTo("2020-12");
    assertThat(doc.get("counts").toString()).isEqualTo("{\"paired\":2,\"moved\":2,\"leftOut\":1,\"added\":1}");
    assertThat(doc.get("transitions").toString())
        .isEqualTo("[{\"from\":\"ONGOING\",\"to\":\"EXCEEDED\",\"tasks\":1},{\"from\":\"ONGOING\",\"to\":\"MET\",\"tasks\":1}]");

    JsonNode toilets = doc.get("pairs").get(0);
    assertThat(toilets.get("status").toString()).isEqualTo("{\"from\":\"ONGOING\",\"to\":\"MET\"}");
    assertThat(toilets.get("renumbered").asBoolean()).isFalse();
    assertThat(toilets.get("reworded").asBoolean()).isFalse();
    JsonNode line = toilets.get("targets").get(0);
    assertThat(line.get("earlier").get("achieved").get("value").decimalValue()).isEqualByComparingTo("9");
    assertThat(line.get("later").get("achieved").get("value").decimalValue()).isEqualByComparingTo("15");
    assertThat(line.get("change").toString()).isEqualTo("{\"value\":6,\"unit\":\"座\"}");
    assertThat(line.get("revised").asBoolean()).isFalse();

    JsonNode gdp = doc.get("pairs").get(1);
    assertThat(gdp.get("reworded").asBoolean()).isTrue();
    assertThat(gdp.get("similarity").decimalValue()).isBetween(new java.math.BigDecimal("0.5"), java.math.BigDecimal.ONE);
    assertThat(gdp.get("targets").get(0).get("revised").asBoolean()).isTrue();
    assertThat(gdp.get("targets").get(0).get("change").toString()).isEqualTo("{\"value\":3.4,\"unit\":\"个百分点\"}");

    assertThat(doc.get("leftOut").get(0).get("text").asString()).contains("老旧小区");
    assertThat(doc.get("added").get(0).get("text").asString()).contains("幼儿园");
    assertThat(doc.get("added").get(0).get("leadUnit").asString()).isEqualTo("区教育局");
  }

  @Test
  void aFileIsTheSameDocument(@TempDir Path dir) throws IOException {
    Comparison c = Reports.compare(read(HALF_YEAR, "h1.txt"), read(YEAR_END, "year.txt"));
    Path file = dir.resolve("moved.json");
    ComparisonJson.write(c, file);
    assertThat(Files.readString(file)).isEqualTo(ComparisonJson.toJson(c)).endsWith("}\n");
  }

  @Test
  void everyComparisonOfGeneratedReportsIsValid() {
    qt().withExamples(60).forAll(ReportGen.reports(), ReportGen.reports())
        .checkAssert((a, b) -> {
          assertThat(errors(ComparisonJson.toJson(Reports.compare(a, b)))).isEmpty();
          assertThat(errors(ComparisonJson.toJson(Reports.compare(a, a)))).isEmpty();
        });
  }

  @Test
  void theSchemaRefusesAnUnknownFieldAndAMissingOne() {
    String valid = ComparisonJson.toJson(Reports.compare(read(HALF_YEAR, "h1.txt"), read(YEAR_END, "year.txt")));
    assertThat(errors(valid.replaceFirst("\"counts\":", "\"colour\": 1, \"counts\":"))).isNotEmpty();
    assertThat(errors(valid.replaceFirst("\"claim\": \"UNCHANGED\",", ""))).isNotEmpty();
    assertThat(errors(valid.replaceFirst("\"to\": \"MET\"", "\"to\": \"met\""))).isNotEmpty();
  }
}
