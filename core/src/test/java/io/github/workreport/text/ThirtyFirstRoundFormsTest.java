package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left by round bp (written against ac00523) and found by round bq (against ab50188). Before its fix,
 * each law failed thus:
 *
 * <ul>
 *   <li>round bp: a list of works under a qualifier the target names too (新建改造城区公厕20座 ‖ 城区新建8座、改造11座) was no
 *       list of parts, as 城区新建 names more than work, so the first part alone answered the target.
 * </ul>
 */
class ThirtyFirstRoundFormsTest {

  /** Qualifiers a task names before its thing, with the place a narrative names of its own. */
  private static final String[][] QUALIFIERS = {{"城区", "农村"}, {"县城", "乡镇"}, {"中心城区", "郊区"}};

  @Test
  void worksListedUnderTheTargetsOwnQualifierAddUp() {
    qt().withExamples(60).forAll(integers().between(3, 20), integers().between(3, 20),
        integers().between(0, QUALIFIERS.length - 1)).checkAssert((built, rebuilt, q) -> {
          String task = "新建改造" + QUALIFIERS[q][0] + "公厕" + (built + rebuilt + 1) + "座";
          String narrative = QUALIFIERS[q][0] + "新建" + built + "座、改造" + rebuilt + "座，" + QUALIFIERS[q][1] + "改造"
              + (rebuilt + 2) + "座。";
          Task read = FormsOfWritingTest.extracted(task, narrative);
          assertThat(read.matches()).as(narrative).singleElement().satisfies(m -> assertThat(
              read.outcome().measures().get(m.measure().orElseThrow()).value())
              .isEqualByComparingTo(BigDecimal.valueOf(built + rebuilt)));
        });
  }
}
