package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Bound;
import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Target;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Half written as a word: after a verb of change, 一半 is a change of 50% whose direction the verb
 * gives (压减一半 a decline, 增加一半 a growth), with 以上 an at-least target; 减半 closing its clause
 * (开办时间减半) is a decline of 50% by itself. A half after no verb of change (一半以上的村) and 减半
 * before a policy's verb (减半征收) are no figures.
 */
class HalfChangePropertiesTest {
  private static final String[] SUBJECTS = {"一般性支出", "移动网络流量资费", "企业开办时间", "审批时限", "农村贫困人口", "重污染天数"};
  private static final String[] DECLINE_VERBS = {"下降", "降低", "减少", "压减", "压缩", "缩减", "削减", "缩短"};
  private static final String[] GROWTH_VERBS = {"增长", "增加", "提高", "提升", "上升"};

  @Test
  void halfAfterAVerbOfChangeIsFiftyPercentThatWay() {
    qt().withExamples(300)
        .forAll(integers().between(0, SUBJECTS.length - 1), integers().between(0, DECLINE_VERBS.length + GROWTH_VERBS.length - 1),
            integers().between(0, 3))
        .checkAssert((subject, verb, form) -> {
          boolean decline = verb < DECLINE_VERBS.length;
          String v = decline ? DECLINE_VERBS[verb] : GROWTH_VERBS[verb - DECLINE_VERBS.length];
          String prefix = form == 2 ? "再" : "";
          String suffix = form == 1 || form == 3 ? "以上" : "";
          String text = SUBJECTS[subject] + prefix + v + "一半" + suffix;
          List<Target> targets = TargetParser.standard().parse(text);
          assertThat(targets).as(text).hasSize(1);
          Target t = targets.get(0);
          assertThat(t.kind()).as(text).isEqualTo(decline ? Kind.DECLINE : Kind.GROWTH);
          assertThat(t.value()).as(text).isEqualByComparingTo(BigDecimal.valueOf(50));
          assertThat(t.unit().symbol()).as(text).isEqualTo("%");
          assertThat(t.bound()).as(text).isEqualTo(suffix.isEmpty() ? Bound.EXACTLY : Bound.AT_LEAST);
        });
  }

  @Test
  void aNarrativesHalfIsAMeasureOfFiftyPercent() {
    for (String verb : DECLINE_VERBS) {
      String narrative = "企业开办时间" + verb + "了一半。";
      List<Measure> measures = MeasureParser.standard().parse(narrative);
      assertThat(measures).as(narrative).hasSize(1);
      assertThat(measures.get(0).kind()).as(narrative).isEqualTo(Kind.DECLINE);
      assertThat(measures.get(0).value()).as(narrative).isEqualByComparingTo(BigDecimal.valueOf(50));
    }
  }

  @Test
  void halvedClosingItsClauseIsADecline() {
    for (String text : List.of("企业开办时间减半", "全年企业开办时间减半以上，不动产登记时间压缩至5个工作日")) {
      Target t = TargetParser.standard().parse(text).get(0);
      assertThat(t.kind()).as(text).isEqualTo(Kind.DECLINE);
      assertThat(t.value()).as(text).isEqualByComparingTo(BigDecimal.valueOf(50));
    }
  }

  @Test
  void aHalfAtEitherEndOfATextIsReadWithoutFault() {
    // 半 first in a text that has another multiple (一倍) once looked one character before the text
    for (String text : List.of("半年内产值增长一倍", "半", "减半", "一半", "半年翻一番", "产值增长一倍，能耗减半")) {
      List<Target> targets = TargetParser.standard().parse(text);
      assertThat(targets).as(text).allSatisfy(t -> assertThat(t.value()).isNotNull());
    }
    assertThat(TargetParser.standard().parse("产值增长一倍，能耗减半")).extracting(Target::kind)
        .containsExactly(Kind.GROWTH, Kind.DECLINE);
  }

  @Test
  void halvesThatChangeNothingAreNoFigures() {
    for (String text : List.of("对小微企业减半征收所得税", "一半以上的村建成文化广场", "过半数乡镇完成改造", "减半收取登记费")) {
      assertThat(TargetParser.standard().parse(text)).as(text).isEmpty();
    }
  }
}
