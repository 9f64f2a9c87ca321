package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Target;
import io.github.workreport.Task;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found in a tenth round of probing (tables of education, housing, water, energy,
 * trade, digital government, employment, civil welfare, culture, market regulation, emergencies,
 * finance, rural roads, forestry and development-zone projects), and by a fuzzer that splices and
 * mutates the rows of every probe table. A capacity per day given as a range (日处理能力3-5万吨) moved
 * its lower end to 万吨/日 and left the upper in 万吨, and building the target threw.
 */
class TenthRoundFormsTest {

  @Test
  void aRangeOfCapacityPerDayIsPerDayAtBothEnds() {
    qt().withExamples(200).forAll(integers().between(1, 50), integers().between(1, 50), integers().between(0, 3))
        .checkAssert((low, span, thing) -> {
          String[] what = {"日处理能力", "日供水能力", "日处理规模能力", "日污水处理能力"};
          String[] units = {"万吨", "吨", "立方米", "万立方米"};
          String task = "新建污水处理厂，" + what[thing] + low + "-" + (low + span) + units[thing] + "。";
          Task t = FormsOfWritingTest.extracted(task, "已建成投运，" + what[thing] + (low + span) + units[thing] + "。");
          assertThat(t.targets()).as(task).singleElement().satisfies(target -> {
            assertThat(target.unit().symbol()).isEqualTo(units[thing] + "/日");
            assertThat(target.upper()).map(u -> u.unit()).contains(target.unit());
          });
        });
  }
}
