package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The law of a figure's as-of date: a figure in a narrative stands as of the last cumulative date
 * written before it in its sentence (1-11月, 截至11月底, 前三季度, 截至三季度末, 前10个月, 上半年, 全年),
 * whatever else its sentence and the others say — dates of one period only (7-12月, 12月份, 三季度), an
 * earliness (提前2个月) and the marks of earlier sentences count for nothing — and no figure has a month when no mark is before December.
 */
class DeadlinesPropertiesTest {
  /** Marks of a cumulative date, each with its month. */
  private static final String[] MARKS = {"1-11月，", "1至9月", "截至10月底，", "截止2020年6月，", "8月底", "前三季度",
      "1-3季度", "前两季度", "前一季度", "上半年", "全年", "截至年底，", "12月底", "1—12月", "截至 3 月",
      // a quarter as of its end: 截至 before it or 末 after it (三季度 alone is that quarter only, a filler)
      "截至三季度末，", "截至第三季度，", "二季度末", "截至3季度末，", "截至一季度末，", "截至四季度末，", "截止第二季度末",
      // the first months or quarters of the year, opening a clause or after a year (not 提前2个月)
      "，前10个月，", "今年前11个月", "，前三个季度，", "2020年前两个月，", "。前十个月"};
  private static final int[] MONTHS = {11, 9, 10, 6, 8, 9, 9, 6, 3, 6, 12, 12, 12, 12, 3, 9, 9, 6, 9, 3, 12, 6,
      10, 11, 9, 2, 10};
  /** What is no mark: work, counts of other things, dates of one period, sentence ends. */
  private static final String[] FILLERS = {"完成改造", "新建公厕", "7-12月份完成", "12月份新增", "。", "，", "其中农村",
      "建成学校2所，", "增长5%，", "投资3亿元", "11月份", "三季度新增", "提前2个月完成"};

  /** A narrative of pieces (a mark when non-negative, else filler −1−k), ending with a figure. */
  private static Gen<List<Integer>> pieces() {
    return lists().of(integers().between(-FILLERS.length, MARKS.length - 1)).ofSizeBetween(0, 12);
  }

  @Test
  void aMonthAloneOrARangeFromALaterMonthIsOnePeriodAndADateAsOfIsNot() {
    qt().withExamples(500).forAll(integers().between(2, 12), integers().between(2, 12), integers().between(1, 28))
        .checkAssert((month, first, day) -> {
          int from = Math.min(first, month);
          String[] forms = {month + "月份", "截至" + month + "月", month + "月底", "1-" + month + "月",
              from + "-" + month + "月", month + "月" + day + "日", "本月", "截至2020年" + month + "月"};
          int[] expected = {month, 0, 0, 0, month, 0,
              Deadlines.UNKNOWN_MONTH, 0};
          for (int k = 0; k < forms.length; k++) {
            String narrative = "全区" + forms[k] + "新建公厕5座";
            int[] period = Deadlines.onePeriod(Lexer.lex(narrative), new int[] {0}, new int[] {narrative.length()});
            assertThat(period[0]).as(narrative).isEqualTo(expected[k]);
          }
        });
  }

  @Test
  void aFigureStandsAsOfTheLastMarkOfItsSentence() {
    qt().withExamples(2000).forAll(pieces()).checkAssert(list -> {
      StringBuilder text = new StringBuilder();
      int sentenceMonth = 0;
      boolean early = false;
      for (int piece : list) {
        if (piece >= 0) {
          text.append(MARKS[piece]);
          sentenceMonth = MONTHS[piece];
          early |= MONTHS[piece] < 12;
        } else {
          String filler = FILLERS[-1 - piece];
          text.append(filler);
          if (filler.equals("。")) {
            sentenceMonth = 0;
          }
        }
      }
      text.append("完成改造");
      int at = text.length();
      text.append("30个。");
      String narrative = text.toString();
      int expected = early ? sentenceMonth : 0;
      assertThat(Deadlines.asOfMonth(Lexer.lex(narrative), at)).as(narrative).isEqualTo(expected);
      // the cheap test the matcher runs before reading a narrative turns no dated figure away
      int checkedFirst = Deadlines.mayBeDated(narrative) ? Deadlines.asOfMonths(Lexer.lex(narrative), new int[] {at})[0] : 0;
      assertThat(checkedFirst).as(narrative).isEqualTo(expected);
    });
  }
}
