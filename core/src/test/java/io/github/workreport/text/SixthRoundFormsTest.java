package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.workreport.Status;
import io.github.workreport.Task;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Laws of forms found in a sixth round of probing: a share written as a fraction (已完成三分之二,
 * 完成全年任务的三分之一), which read as no number, so that 完成全年任务 before it was taken for a claim of
 * the whole: 完成 where a third was done; and a rate in tenths of a percent written out (人口自然增长率控制在
 * 千分之六以内, 婴儿死亡率为千分之四点一), whose target and figure were both lost.
 */
class SixthRoundFormsTest {
  private static final String[] SHARES = {"完成全年任务的%s。", "已完成年度任务的%s以上。", "工程量已完成约%s。",
      "新增绿地面积完成全年计划的%s。"};

  /** 1 to 99 as a report writes it in Chinese numerals: 六, 十二, 四十, 九十九. */
  static String chinese(int n) {
    String digits = "零一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
    return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
  }

  /** A number of tenths written out: 41 as 四点一, 60 as 六. */
  static String chineseTenths(int tenths) {
    String whole = chinese(tenths / 10);
    return tenths % 10 == 0 ? whole : whole + "点" + "零一二三四五六七八九".charAt(tenths % 10);
  }

  @Test
  void aFractionReadsAsItsPercentage() {
    qt().withExamples(300).forAll(integers().between(0, SHARES.length - 1), integers().between(2, 12), integers().between(1, 12))
        .assuming((form, whole, part) -> part <= whole).checkAssert((form, whole, part) -> {
          String fraction = String.format(SHARES[form], chinese(whole) + "分之" + chinese(part));
          String percent = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP)
              .stripTrailingZeros().toPlainString() + "%";
          String inPercent = String.format(SHARES[form], percent);
          Task a = FormsOfWritingTest.extracted("新增绿地面积30万平方米", fraction);
          Task b = FormsOfWritingTest.extracted("新增绿地面积30万平方米", inPercent);
          assertThat(FormsOfWritingTest.pairs(a)).as(fraction).isEqualTo(FormsOfWritingTest.pairs(b))
              .containsExactly("AMOUNT EXACTLY 30万平方米 ← " + percent);
          assertThat(a.outcome().declaredStatus()).as(fraction).isEqualTo(b.outcome().declaredStatus())
              .isNotEqualTo(Status.MET); // 完成全年任务的三分之一 is no claim of the whole
          assertThat(FormsOfWritingTest.assessed(a, 12).status()).as(fraction)
              .isEqualTo(FormsOfWritingTest.assessed(b, 12).status());
        });
  }

  @Test
  void aFractionOfMoreThanTheWholeOrOfNoNumeralIsNoShare() {
    for (String words : new String[] {"完成全年任务的五分之六。", "十分重要。", "得分之高，居全市第一。"}) {
      assertThat(NumberScanner.scan(words)).as(words).noneMatch(m -> "%".equals(m.unitSymbol));
    }
  }

  @Test
  void tenthsOfAPercentWrittenOutReadAsPerMille() {
    qt().withExamples(200).forAll(integers().between(1, 99), integers().between(1, 99)).checkAssert((target, achieved) -> {
      String task = "婴儿死亡率控制在千分之" + chinese(target) + "以内";
      String narrative = "全县婴儿死亡率为千分之" + chineseTenths(achieved) + "。";
      Task written = FormsOfWritingTest.extracted(task, narrative);
      Task signed = FormsOfWritingTest.extracted("婴儿死亡率控制在" + target + "‰以内",
          "全县婴儿死亡率为" + BigDecimal.valueOf(achieved, 1).stripTrailingZeros().toPlainString() + "‰。");
      assertThat(FormsOfWritingTest.pairs(written)).as(task + " / " + narrative).isEqualTo(FormsOfWritingTest.pairs(signed))
          .hasSize(1).allMatch(p -> !p.endsWith("← -"));
      assertThat(FormsOfWritingTest.assessed(written, 12).status()).as(narrative)
          .isEqualTo(FormsOfWritingTest.assessed(signed, 12).status());
    });
  }
}
