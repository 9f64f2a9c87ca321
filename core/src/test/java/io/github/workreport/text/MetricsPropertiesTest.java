package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
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
}
