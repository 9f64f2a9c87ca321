package io.github.workreport.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

class CellsTest {

  @Test
  void chineseTakesTwoColumnsAndLatinOne() {
    assertThat(Cells.width("灞桥区")).isEqualTo(6);
    assertThat(Cells.width("区住建局（区人防办）")).isEqualTo(20);
    assertThat(Cells.width("增长≥7.5% → 6.8%")).isEqualTo(16);
    assertThat(Cells.width("。，、：；“”")).isEqualTo(12);
    assertThat(Cells.width("e\u0301")).isEqualTo(1);
    assertThat(Cells.width("\u001B")).isZero();
    assertThat(Cells.width("𠀀")).isEqualTo(2);
    assertThat(Cells.width("ＡＢ")).isEqualTo(4);
  }

  @Test
  void fitCutsWithAnEllipsisWithinTheWidth() {
    assertThat(Cells.fit("目标增长7.5%，实际6.8%", 10)).isEqualTo("目标增长7…");
    assertThat(Cells.fit("目标增长7.5%，实际6.8%", 9)).isEqualTo("目标增长…");
    assertThat(Cells.fit("目标增长7.5%，实际6.8%", 11)).isEqualTo("目标增长7.…");
    assertThat(Cells.fit("short", 10)).isEqualTo("short");
    assertThat(Cells.fit("two\nlines\tand tabs", 40)).isEqualTo("two lines and tabs");
  }

  @Test
  void fitEndKeepsTheEnd() {
    assertThat(Cells.fitEnd("/tmp/some/long/path/灞桥区2020.xlsx", 16)).isEqualTo("…灞桥区2020.xlsx");
    assertThat(Cells.fitEnd("/tmp/some/long/path/灞桥区2020.xlsx", 17)).isEqualTo("…/灞桥区2020.xlsx");
    assertThat(Cells.fitEnd("a.txt", 16)).isEqualTo("a.txt");
  }

  @Test
  void fitNeverExceedsTheWidthNorSplitsACharacter() {
    // Code points from ASCII to the supplementary ideographs, surrogates left out.
    qt().forAll(lists().of(integers().between(0x20, 0x2FFFF).map(cp -> cp >= 0xD800 && cp <= 0xDFFF ? 0x4E00 : cp))
            .ofSizeBetween(0, 40), integers().between(1, 40))
        .check((codePoints, max) -> {
          StringBuilder text = new StringBuilder();
          codePoints.forEach(text::appendCodePoint);
          String fitted = Cells.fit(text.toString(), max);
          String end = Cells.fitEnd(text.toString(), max);
          return Cells.width(fitted) <= max && Cells.width(end) <= max
              && fitted.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)
              && end.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
        });
  }

  @Test
  void padFillsToTheWidth() {
    assertThat(Cells.pad("灞桥", 6, false)).isEqualTo("灞桥  ");
    assertThat(Cells.pad("12", 4, true)).isEqualTo("  12");
    assertThat(Cells.pad("toolong", 3, false)).isEqualTo("toolong");
  }
}
