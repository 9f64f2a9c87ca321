package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Task;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found by probe round be (written against 843a32e). Before its fix, each law failed thus:
 *
 * <ul>
 *   <li>a growth written as a multiple with spaces around its figure, as a copy from a PDF spaces it (同比增长 1.2 倍),
 *       was no growth, as only 增长1.2倍 written close was, so a target of growth in % went unanswered.
 * </ul>
 */
class TwentyEighthRoundFormsTest {

  /** Spaces a copy from a PDF or a typist leaves: none, a half-width one, an ideographic one. */
  private static final String[] SPACES = {"", " ", "\u3000"};

  @Test
  void aMultipleOfGrowthWithSpacesAroundItsFigureIsAGrowthInPercent() {
    qt().withExamples(200).forAll(integers().between(11, 99), integers().between(0, SPACES.length * SPACES.length - 1))
        .checkAssert((tenths, spaces) -> {
          String before = SPACES[spaces / SPACES.length];
          String after = SPACES[spaces % SPACES.length];
          String narrative = "全年跨境电商交易额5.62亿元，同比增长" + before + FormsOfWritingTest.tenths(tenths) + after + "倍。";
          Task read = FormsOfWritingTest.extracted("跨境电商交易额增长30%。", narrative);
          assertThat(read.outcome().measures()).as(narrative).filteredOn(m -> m.kind() == Kind.GROWTH)
              .singleElement().extracting(Measure::value).satisfies(v -> assertThat(v)
                  .isEqualByComparingTo(BigDecimal.valueOf(tenths * 10L)));
        });
  }
}
