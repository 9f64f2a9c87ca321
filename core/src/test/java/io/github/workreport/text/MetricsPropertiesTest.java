package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of a metric's prepared words: its bigram set answers exactly what the metric contains,
 * and each list of bigrams (things, verbs, places) holds each bigram once — whatever the
 * characters, the zero character and the highest one included.
 */
class MetricsPropertiesTest {
  /** Pieces of subjects: verbs of doing, stop words, place lists, separators, odd characters. */
  private static final String[] PIECES = {"新建", "改造", "提升改造", "公厕", "企业", "项目", "工作", "城镇", "农村", "增加",
      "端州区", "鼎湖区", "肇庆高新区", "、", "的", "水", "管网", "老旧小区", "学校", "5G", "PM2.5", " ", "\u0000",
      "\uffff", "\u0000\u0000", "\uffff\uffff", "计划", "任务", "建设", "完成", "a", "ab"};

  private static Gen<String> metrics() {
    return lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 30).map(l -> String.join("", l));
  }

  @Test
  void theBigramSetHoldsExactlyTheMetricsBigrams() {
    qt().withExamples(3000).forAll(metrics(), metrics()).checkAssert((a, b) -> {
      Metrics.Words words = new Metrics.Words(a);
      String own = words.metric;
      String probe = own + b;
      for (int i = 0; i + 2 <= probe.length(); i++) {
        int code = probe.charAt(i) << 16 | probe.charAt(i + 1);
        assertThat(words.has(code)).as("%s in %s", probe.substring(i, i + 2), own)
            .isEqualTo(own.contains(probe.substring(i, i + 2)));
      }
    });
  }

  @Test
  void eachListHoldsEachBigramOnceAndOnlyTheMetricsOwn() {
    qt().withExamples(3000).forAll(metrics()).checkAssert(a -> {
      Metrics.Words words = new Metrics.Words(a);
      for (int[] list : new int[][] {words.things, words.verbs, words.places}) {
        assertThat(Arrays.stream(list).distinct().count()).isEqualTo(list.length);
        for (int code : list) {
          assertThat(words.metric).contains("" + (char) (code >>> 16) + (char) (code & 0xffff));
        }
      }
    });
  }

  private static final WordSet WORDS = WordSet.of("新建", "改造", "提升改造", "企业", "项目", "的", "、", "城镇", "农村",
      "计划", "建设", "完成", "\u0000", "ab");

  /**
   * The bounded lookups that let a subject be cleaned by moving its ends: each says what the plain
   * lookup says of the text cut there — so strip, withoutLabels and head, which now move indexes
   * and cut once, give what cutting at every step gave.
   */
  @Test
  void boundedLookupsSeeTheTextAsIfCut() {
    qt().withExamples(3000).forAll(metrics(), integers().between(0, 400), integers().between(0, 400))
        .checkAssert((text, x, y) -> {
          int a = Math.min(x, y) % (text.length() + 1);
          int b = Math.max(a, Math.max(x, y) % (text.length() + 1));
          for (int at = a; at <= b; at++) {
            String cut = text.substring(a, b);
            assertThat(WORDS.startingAt(text, at, b)).isEqualTo(WORDS.startingAt(cut, at - a));
            assertThat(WORDS.endingAt(text, a, at)).isEqualTo(WORDS.endingAt(cut, at - a));
          }
        });
  }

  /** Removing the words from a builder's text is removing them from its string. */
  @Test
  void removingFromABuilderIsRemovingFromItsString() {
    qt().withExamples(2000).forAll(metrics()).checkAssert(text ->
        assertThat(WORDS.removeFrom(new StringBuilder(text))).isEqualTo(WORDS.removeFrom(text)));
  }
}
