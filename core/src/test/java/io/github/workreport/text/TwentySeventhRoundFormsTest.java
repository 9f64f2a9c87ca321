package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Task;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms left by the probe rounds aq to ay and found by round az (written against ae5ad38). Before its fix,
 * each law failed thus:
 *
 * <ul>
 *   <li>a word ending in a numeral of the financial form (队伍, 入伍) before a count in the common form (组建校园足球队伍
 *       六十支) ran into it as one numeral, 伍六十, which is none, so the count was lost.
 * </ul>
 */
class TwentySeventhRoundFormsTest {

  /** Words whose last character is a numeral of the financial form. */
  private static final String[] WORDS_ENDING_IN_A_FINANCIAL_NUMERAL = {"组建校园足球队伍", "新增退伍", "培育专业人才队伍"};

  @Test
  void aCountInTheCommonFormAfterAWordEndingInAFinancialNumeralIsRead() {
    qt().withExamples(200).forAll(integers().between(0, WORDS_ENDING_IN_A_FINANCIAL_NUMERAL.length - 1),
        integers().between(3, 99)).checkAssert((word, count) -> { // 二 alone before a classifier is no count (二套房)
          String task = WORDS_ENDING_IN_A_FINANCIAL_NUMERAL[word] + SixthRoundFormsTest.chinese(count) + "支";
          Task read = FormsOfWritingTest.extracted(task, "");
          assertThat(read.targets()).as(task).singleElement()
              .satisfies(t -> assertThat(t.quantity().value()).isEqualByComparingTo(BigDecimal.valueOf(count)));
        });
  }

  /** A guard: numerals of the financial form written whole, as cheques and contracts write them, keep their value. */
  @Test
  void aNumeralOfTheFinancialFormWrittenWholeKeepsItsValue() {
    assertThat(FormsOfWritingTest.extracted("安排专项资金伍拾万元", "").targets()).singleElement()
        .satisfies(t -> assertThat(t.quantity().value()).isEqualByComparingTo("500000"));
    assertThat(FormsOfWritingTest.extracted("安排专项资金叁佰伍拾万元", "").targets()).singleElement()
        .satisfies(t -> assertThat(t.quantity().value()).isEqualByComparingTo("3500000"));
  }
}
