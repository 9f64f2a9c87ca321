package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.WCWidth;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void chineseTakesTwoColumnsAndLatinOne() {
    assertThat(DisplayWidth.of("灞桥区")).isEqualTo(6);
    assertThat(DisplayWidth.of("区住建局（区人防办）")).isEqualTo(20);
    assertThat(DisplayWidth.of("增长≥7.5% → 6.8%")).isEqualTo(16);
    assertThat(DisplayWidth.of("增长7.5%以上")).isEqualTo(12);
    assertThat(DisplayWidth.of("PM2.5")).isEqualTo(5);
    assertThat(DisplayWidth.of("。，、：；“”")).isEqualTo(12);
    assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
    assertThat(DisplayWidth.of("\u001B")).isZero();
    assertThat(DisplayWidth.of("𠀀")).isEqualTo(2);
    assertThat(DisplayWidth.of("ＡＢ")).isEqualTo(4);
  }

  @Test
  void everyCodePointIsAsWideAsJlineSaysControlsAside() {
    // jline's WCWidth.wcwidth, what jline-based terminal programs align with: -1 for controls,
    // which DisplayWidth counts as 0 so that a sum of widths is a width.
    List<String> differences = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      int expected = Math.max(0, WCWidth.wcwidth(cp));
      int actual = DisplayWidth.of(cp);
      if (actual != expected && differences.size() < 20) {
        differences.add(String.format("U+%04X: %d, jline %d", cp, actual, expected));
      }
    }
    assertThat(differences).as("code points whose width differs from jline's (regenerate the tables of DisplayWidth)")
        .isEmpty();
    assertThat(WCWidth.wcwidth(0x1B)).isEqualTo(-1);
    assertThat(DisplayWidth.of(0x1B)).isZero();
  }

  @Test
  void aTextIsAsWideAsJlineMeasuresIt() {
    for (String text : List.of("《灞桥区 2020 年政府工作报告》", "增长≥7.5% → 6.8%", "PM2.5 ＡＢ 𠀀 e\u0301", "🚀 rocket")) {
      assertThat(DisplayWidth.of(text)).as(text).isEqualTo(new AttributedString(text).columnLength());
    }
  }

  @Test
  void fitCutsWithAnEllipsisWithinTheWidth() {
    assertThat(DisplayWidth.fit("目标增长7.5%，实际6.8%", 10)).isEqualTo("目标增长7…");
    assertThat(DisplayWidth.fit("目标增长7.5%，实际6.8%", 9)).isEqualTo("目标增长…");
    assertThat(DisplayWidth.fit("目标增长7.5%，实际6.8%", 11)).isEqualTo("目标增长7.…");
    assertThat(DisplayWidth.fit("short", 10)).isEqualTo("short");
    assertThat(DisplayWidth.fit("two\nlines\tand tabs", 40)).isEqualTo("two lines and tabs");
  }

  @Test
  void fitEndKeepsTheEnd() {
    assertThat(DisplayWidth.fitEnd("/tmp/some/long/path/灞桥区2020.xlsx", 16)).isEqualTo("…灞桥区2020.xlsx");
    assertThat(DisplayWidth.fitEnd("/tmp/some/long/path/灞桥区2020.xlsx", 17)).isEqualTo("…/灞桥区2020.xlsx");
    assertThat(DisplayWidth.fitEnd("a.txt", 16)).isEqualTo("a.txt");
  }

  @Test
  void fitNeverExceedsTheWidthNorSplitsACharacter() {
    // Code points from ASCII to the supplementary ideographs, surrogates left out.
    qt().forAll(lists().of(integers().between(0x20, 0x2FFFF).map(cp -> cp >= 0xD800 && cp <= 0xDFFF ? 0x4E00 : cp))
            .ofSizeBetween(0, 40), integers().between(1, 40))
        .check((codePoints, max) -> {
          StringBuilder text = new StringBuilder();
          codePoints.forEach(text::appendCodePoint);
          String fitted = DisplayWidth.fit(text.toString(), max);
          String end = DisplayWidth.fitEnd(text.toString(), max);
          return DisplayWidth.of(fitted) <= max && DisplayWidth.of(end) <= max
              && fitted.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)
              && end.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
        });
  }

  @Test
  void padFillsToTheWidth() {
    assertThat(DisplayWidth.pad("灞桥", 6, false)).isEqualTo("灞桥  ");
    assertThat(DisplayWidth.pad("12", 4, true)).isEqualTo("  12");
    assertThat(DisplayWidth.pad("toolong", 3, false)).isEqualTo("toolong");
  }
}
