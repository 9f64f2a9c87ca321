package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class StatusTest {

  @Test
  void labelsAreTheDocumentsWords() {
    assertThat(Stream.of(Status.values()).map(Status::label))
        .containsExactly("超额完成", "完成", "基本完成", "持续推进", "未完成", "无法判定");
  }

  static Stream<Arguments> weaker() {
    return Stream.of(
        Arguments.of(Status.EXCEEDED, Status.MET, Status.MET),
        Arguments.of(Status.BASICALLY_MET, Status.MET, Status.BASICALLY_MET),
        Arguments.of(Status.ONGOING, Status.BASICALLY_MET, Status.ONGOING),
        Arguments.of(Status.NOT_MET, Status.ONGOING, Status.NOT_MET),
        Arguments.of(Status.MET, Status.MET, Status.MET),
        Arguments.of(Status.UNDETERMINED, Status.EXCEEDED, Status.EXCEEDED),
        Arguments.of(Status.NOT_MET, Status.UNDETERMINED, Status.NOT_MET),
        Arguments.of(Status.UNDETERMINED, Status.UNDETERMINED, Status.UNDETERMINED));
  }

  @ParameterizedTest(name = "weaker({0}, {1}) = {2}")
  @MethodSource("weaker")
  void weakerIsTheWorseDeterminedStatus(Status a, Status b, Status expected) {
    assertThat(Status.weaker(a, b)).isEqualTo(expected);
    assertThat(Status.weaker(b, a)).isEqualTo(expected);
  }

  @Test
  void statusesAreOrderedBestToWorst() {
    assertThat(Status.EXCEEDED.isBetterThan(Status.MET)).isTrue();
    assertThat(Status.MET.isBetterThan(Status.BASICALLY_MET)).isTrue();
    assertThat(Status.BASICALLY_MET.isBetterThan(Status.ONGOING)).isTrue();
    assertThat(Status.ONGOING.isBetterThan(Status.NOT_MET)).isTrue();
    assertThat(Status.MET.isBetterThan(Status.MET)).isFalse();
    assertThat(Status.NOT_MET.isBetterThan(Status.EXCEEDED)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Status.class)
  void undeterminedIsNeitherBetterNorWorse(Status other) {
    assertThat(Status.UNDETERMINED.isBetterThan(other)).isFalse();
    assertThat(other.isBetterThan(Status.UNDETERMINED)).isFalse();
    assertThat(other.isDetermined()).isEqualTo(other != Status.UNDETERMINED);
  }

  // The other small enums: Kind, Bound, Pace.

  @Test
  void kindsKnowWhetherTheyAccumulateOrChange() {
    assertThat(Stream.of(Kind.values()).filter(Kind::isCumulative)).containsExactly(Kind.COUNT, Kind.AMOUNT);
    assertThat(Stream.of(Kind.values()).filter(Kind::isChange)).containsExactly(Kind.GROWTH, Kind.DECLINE);
    assertThat(Kind.GROWTH.word()).isEqualTo("增长");
    assertThat(Kind.COUNT.word()).isEmpty();
  }

  @Test
  void boundsHaveASymbolAndAWord() {
    assertThat(Stream.of(Bound.values()).map(Bound::symbol)).containsExactly("≥", "≤", "≈", "=");
    assertThat(Stream.of(Bound.values()).map(Bound::word)).containsExactly("以上", "以内", "左右", "");
  }

  @Test
  void pacesHaveTheDocumentsWords() {
    assertThat(Stream.of(Pace.values()).map(Pace::label)).containsExactly("超进度", "达进度", "欠进度");
  }
}
