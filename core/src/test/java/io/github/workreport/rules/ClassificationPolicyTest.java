package io.github.workreport.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.TextParseException;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassificationPolicyTest {

  // --- defaults ------------------------------------------------------------------------------

  @Test
  void defaultsAreNinetyPercentAndOnePoint() {
    ClassificationPolicy policy = ClassificationPolicy.defaults();
    assertThat(policy.ratio()).isEqualByComparingTo("0.90");
    assertThat(policy.points()).isEqualByComparingTo("1.0");
    assertThat(policy).isEqualTo(ClassificationPolicy.builder().build());
  }

  @Test
  void toStringIsTheParseableForm() {
    assertThat(ClassificationPolicy.defaults()).hasToString("ratio=0.90,points=1.0");
  }

  // --- ceilings ------------------------------------------------------------------------------

  static Stream<Arguments> ceilings() {
    return Stream.of(
        Arguments.of("居民消费价格涨幅", true),
        Arguments.of("城镇登记失业率", true),
        Arguments.of("万元GDP能耗", true),
        Arguments.of("主要污染物排放总量", true),
        Arguments.of("生产安全事故死亡人数", true),
        Arguments.of("CPI", true),
        Arguments.of("小微企业贷款不良率", true),
        Arguments.of("法定债务率", true),
        Arguments.of("药品不良反应报告", false),
        Arguments.of("地区生产总值", false),
        Arguments.of("城镇新增就业", false),
        Arguments.of("", false));
  }

  @ParameterizedTest
  @MethodSource("ceilings")
  void ceilingMetricsAreRecognisedByTheirWords(String metric, boolean ceiling) {
    assertThat(ClassificationPolicy.defaults().isCeiling(metric)).isEqualTo(ceiling);
  }

  @Test
  void ceilingWordsAreConfigurable() {
    ClassificationPolicy policy = ClassificationPolicy.builder().addCeilingMetric("负债率").build();
    assertThat(policy.isCeiling("政府负债率")).isTrue();
    assertThat(policy.isCeiling("城镇登记失业率")).isFalse();
  }

  // --- parse ---------------------------------------------------------------------------------

  static Stream<Arguments> parsed() {
    return Stream.of(
        Arguments.of("ratio=0.95,points=0.5", "0.95", "0.5"),
        Arguments.of("ratio=0.8", "0.8", "1.0"),
        Arguments.of("points=2", "0.90", "2"),
        Arguments.of(" ratio = 1 , points = 0 ", "1", "0"));
  }

  @ParameterizedTest
  @MethodSource("parsed")
  void parseReadsKeysAndKeepsDefaultsForTheRest(String text, String ratio, String points) {
    ClassificationPolicy policy = ClassificationPolicy.parse(text);
    assertThat(policy.ratio()).isEqualByComparingTo(ratio);
    assertThat(policy.points()).isEqualByComparingTo(points);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ratio=0.90,points=1.0", "ratio=0.5,points=3", "ratio=1,points=0"})
  void parseReadsToStringBack(String text) {
    ClassificationPolicy policy = ClassificationPolicy.parse(text);
    assertThat(ClassificationPolicy.parse(policy.toString())).isEqualTo(policy);
  }

  static Stream<Arguments> unreadable() {
    return Stream.of(
        Arguments.of("ratio=abc", 6),
        Arguments.of("ratio=0.9,points=x", 17),
        Arguments.of("speed=1", 0),
        Arguments.of("ratio=0.9,speed=1", 10),
        Arguments.of("ratio", 0),
        Arguments.of("=0.9", 0),
        Arguments.of("ratio=0.9,=1", 10));
  }

  @ParameterizedTest
  @MethodSource("unreadable")
  void parseErrorsCarryTheInputAndTheIndex(String text, int index) {
    assertThatThrownBy(() -> ClassificationPolicy.parse(text))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.input()).isEqualTo(text);
          assertThat(e.index()).isEqualTo(index);
          assertThat(e.getMessage()).contains("policy").contains(text);
        });
  }

  // --- checks --------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.5", "1.01", "2"})
  void ratioOutsideZeroToOneIsRejected(String ratio) {
    assertThatThrownBy(() -> ClassificationPolicy.builder().ratio(new BigDecimal(ratio)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ratio");
  }

  @Test
  void ratioOfOneAndZeroPointsAreAllowed() {
    ClassificationPolicy strict = ClassificationPolicy.parse("ratio=1,points=0");
    assertThat(strict.ratio()).isEqualByComparingTo("1");
    assertThat(strict.points()).isEqualByComparingTo("0");
  }

  @Test
  void negativePointsAreRejected() {
    assertThatThrownBy(() -> ClassificationPolicy.parse("points=-0.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("points");
  }

  @Test
  void nullsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> ClassificationPolicy.builder().ratio(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("ratio");
  }
}
