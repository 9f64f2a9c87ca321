package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.workreport.ReportReadException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TextDecodingTest {

  /** The JDK's strict UTF-8 decoder: the offset of the first malformed byte, or -1. */
  private static int jdkInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
    return result.isError() ? in.position() : -1;
  }

  @Test
  void theUtf8CheckAgreesWithTheJdkOnArbitraryBytes() {
    qt().withExamples(20000)
        .forAll(lists().of(integers().between(0x7E, 0xF5)).ofSizeBetween(0, 12).map(l -> {
          byte[] b = new byte[l.size()];
          for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (int) l.get(i);
          }
          return b;
        }))
        .checkAssert(b -> assertThat(TextDecoding.invalidUtf8(b, 0)).isEqualTo(jdkInvalidUtf8(b)));
    qt().withExamples(5000)
        .forAll(Generate.byteArrays(integers().between(0, 40), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
        .checkAssert(b -> assertThat(TextDecoding.invalidUtf8(b, 0)).isEqualTo(jdkInvalidUtf8(b)));
  }

  /**
   * Unicode scalar values, half from the Basic Multilingual Plane and half beyond it, never a lone
   * surrogate. Generated rather than filtered: most strings of 50 arbitrary chars hold a surrogate,
   * and QuickTheories gives up when an assumption rejects too many examples.
   */
  private static Gen<Integer> scalarValues() {
    int bmp = 0x10000 - 0x800;
    return integers().between(0, 2 * bmp - 1)
        .map(n -> n < bmp ? (n >= 0xD800 ? n + 0x800 : n) : 0x10000 + (n - bmp) * 16);
  }

  @Test
  void everyStringEncodedAsUtf8DecodesBack() {
    qt().withExamples(5000)
        .forAll(lists().of(scalarValues()).ofSizeBetween(0, 50)
            .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size())))
        .assuming(s -> !s.startsWith("\uFEFF"))
        .checkAssert(s -> assertThat(TextDecoding.decode(s.getBytes(StandardCharsets.UTF_8), "s", null)).isEqualTo(s));
  }

  @Test
  void overlongFormsSurrogatesAndCodePointsBeyondUnicodeAreNotUtf8() {
    assertThat(TextDecoding.invalidUtf8(new byte[] {'a', (byte) 0xC0, (byte) 0x80}, 0)).isEqualTo(1);
    assertThat(TextDecoding.invalidUtf8(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, 0)).isZero();
    assertThat(TextDecoding.invalidUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0)).isZero();
    assertThat(TextDecoding.invalidUtf8(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0)).isZero();
    assertThat(TextDecoding.invalidUtf8(new byte[] {'a', 'b', (byte) 0xE5}, 0)).isEqualTo(2);
    assertThat(TextDecoding.invalidUtf8("灞桥区😀".getBytes(StandardCharsets.UTF_8), 0)).isEqualTo(-1);
  }

  @Test
  void gb18030TextIsDetected() {
    String text = "灞桥区 2020 年，增长 6%。\n第二行";
    assertThat(TextDecoding.decode(text.getBytes(TextDecoding.GB18030), "gb.txt", null)).isEqualTo(text);
  }

  @Test
  void byteOrderMarksDecideAndAreDropped() {
    String text = "灞桥区\t2020\n😀";
    assertThat(TextDecoding.decode(TableTextTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        text.getBytes(StandardCharsets.UTF_8)), "s", null)).isEqualTo(text);
    assertThat(TextDecoding.decode(text.getBytes(StandardCharsets.UTF_16), "s", null)).isEqualTo(text);
    assertThat(TextDecoding.decode(TableTextTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        text.getBytes(StandardCharsets.UTF_16LE)), "s", null)).isEqualTo(text);
  }

  @Test
  void aForcedUtf16TakesItsByteOrderFromTheMark() {
    String text = "灞桥区\t2020";
    byte[] le = TableTextTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    assertThat(TextDecoding.decode(le, "s", StandardCharsets.UTF_16)).isEqualTo(text);
    assertThat(TextDecoding.decode(le, "s", StandardCharsets.UTF_16LE)).isEqualTo(text);
  }

  @Test
  void aStrayZeroByteInUtf8TextIsNotTakenForUtf16() {
    String text = "1.任务甲。\t区\t完成。\n2.任务乙\u0000。\t区\t完成。\n";
    if (text.getBytes(StandardCharsets.UTF_8).length % 2 != 0) {
      text += " "; // even, so that it could be UTF-16
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length % 2).isZero();
    assertThat(TextDecoding.decode(bytes, "s", null)).isEqualTo(text);
  }

  @Test
  void anUnpairedSurrogateInUtf16IsRefusedWithItsOffset() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xD8, 'b', 0};
    assertThatThrownBy(() -> TextDecoding.decode(bytes, "u16.txt", null))
        .isInstanceOfSatisfying(ReportReadException.class, e -> {
          assertThat(e.place()).isEqualTo("byte 4");
          assertThat(e.reason()).startsWith("not valid UTF-16LE text after its byte-order mark");
        });
  }

  @Test
  void aTruncatedSequenceAtTheEndIsNamed() {
    byte[] bytes = {'a', '\n', 'b', (byte) 0xE7};
    assertThatThrownBy(() -> TextDecoding.decode(bytes, "cut.txt", null))
        .isInstanceOfSatisfying(ReportReadException.class, e -> assertThat(e.place()).isEqualTo("line 2 (byte 3)"));
  }
}
