package io.github.workreport.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast GB18030 decoding gives the JDK decoder's text for every input, not just most. */
class Gb18030Test {

  private static void sameAsJdk(byte[] bytes) {
    assertThat(Gb18030.decode(bytes)).isEqualTo(new String(bytes, Gb18030.CHARSET));
  }

  @Test
  void everyTwoByteCodeAndEveryByteAfterALead() {
    // Each lead byte with every byte after it: two-byte codes, and the stray bytes that end none.
    for (int lead = 0x80; lead <= 0xFF; lead++) {
      for (int next = 0; next <= 0xFF; next++) {
        sameAsJdk(new byte[] {'a', (byte) lead, (byte) next, 'b'});
        sameAsJdk(new byte[] {(byte) lead, (byte) next});
      }
      sameAsJdk(new byte[] {'a', (byte) lead}); // cut off at the end
    }
  }

  @Test
  void fourByteCodesAndRandomBytes() {
    sameAsJdk(new byte[] {(byte) 0x81, 0x30, (byte) 0x81, 0x30, 'x'}); // U+0080, a four-byte code
    sameAsJdk(new byte[] {(byte) 0x95, 0x32, (byte) 0x82, 0x36}); // U+20000, outside the BMP
    Random random = new Random(18030);
    for (int i = 0; i < 5_000; i++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int k = 0; k < bytes.length; k++) {
        // Mostly the bytes of GB text, with ASCII and digits between, which four-byte codes use.
        int kind = random.nextInt(4);
        bytes[k] = (byte) (kind == 0 ? 0x30 + random.nextInt(10) : kind == 1 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
      }
      sameAsJdk(bytes);
    }
  }

  @Test
  void thePagesOfTheFixtures() throws IOException {
    for (String page : new String[] {"fixtures/baqiao-2020.html", "fixtures/02_xianning-2020-h1.html",
        "fixtures/05_yueyanglou-2017-jan-aug.html", "fixtures/13_xiaoxian-2025-sep.html", "fixtures/16_wenzhou-2015-annual.html"}) {
      sameAsJdk(FormatInvarianceTest.bytes(page));
    }
  }
}
