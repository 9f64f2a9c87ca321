package io.github.workreport.document;

import java.nio.charset.Charset;

/**
 * GB18030 decoding, the same text as {@code new String(bytes, GB18030)} gives, faster where a page
 * holds only ASCII and two-byte codes, as Chinese pages nearly always do. The JDK's decoder looks
 * each two-byte code up through strings, character by character, and costs about half as much as
 * parsing the page; here each is one look-up in a table that the JDK's own decoder filled once.
 * Anything else — a four-byte code, a stray byte, a cut-off code at the end — sends the whole page
 * to the JDK's decoder, so that no input decodes differently. Not API.
 */
final class Gb18030 {
  static final Charset CHARSET = Charset.forName("GB18030");

  private static final int LEAD_FIRST = 0x81;
  private static final int LEAD_LAST = 0xFE;
  /** Trail bytes of a two-byte code: 0x40–0x7E and 0x80–0xFE. */
  private static final int TRAILS = 0x7F - 0x40 + 0xFF - 0x80;

  private Gb18030() {}

  static String decode(byte[] bytes) {
    char[] pairs = Pairs.TABLE;
    char[] out = new char[bytes.length];
    int n = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i];
      if (b >= 0) {
        out[n++] = (char) b;
        i++;
        continue;
      }
      int trail = i + 1 < bytes.length ? trailIndex(bytes[i + 1] & 0xFF) : -1;
      int lead = b & 0xFF;
      if (lead < LEAD_FIRST || lead > LEAD_LAST || trail < 0) {
        return new String(bytes, CHARSET);
      }
      char c = pairs[(lead - LEAD_FIRST) * TRAILS + trail];
      if (c == 0) {
        return new String(bytes, CHARSET);
      }
      out[n++] = c;
      i += 2;
    }
    return new String(out, 0, n);
  }

  /** The trail byte's place in a row of the table, or -1 if it ends no two-byte code. */
  private static int trailIndex(int b) {
    if (b >= 0x40 && b <= 0x7E) {
      return b - 0x40;
    }
    if (b >= 0x80 && b <= 0xFE) {
      return b - 0x80 + 0x7F - 0x40;
    }
    return -1;
  }

  /** Built on the first GB page read, by the JDK's decoder: the table cannot disagree with it. */
  private static final class Pairs {
    static final char[] TABLE = build();

    /**
     * Every two-byte code, each followed by a line break, decoded at once; a code that does not
     * come out as exactly one character before its line break is left 0, and a page holding it
     * goes to the JDK's decoder.
     */
    private static char[] build() {
      int codes = (LEAD_LAST - LEAD_FIRST + 1) * TRAILS;
      byte[] all = new byte[codes * 3];
      int k = 0;
      for (int lead = LEAD_FIRST; lead <= LEAD_LAST; lead++) {
        for (int t = 0x40; t <= 0xFE; t++) {
          if (t == 0x7F) {
            continue;
          }
          all[k++] = (byte) lead;
          all[k++] = (byte) t;
          all[k++] = '\n';
        }
      }
      String decoded = new String(all, CHARSET);
      char[] table = new char[codes];
      int at = 0;
      for (int code = 0; code < codes; code++) {
        int end = decoded.indexOf('\n', at);
        if (end < 0) {
          return new char[codes]; // a line break swallowed: codes and text no longer line up
        }
        if (end == at + 1) {
          table[code] = decoded.charAt(at);
        }
        at = end + 1;
      }
      return at == decoded.length() ? table : new char[codes];
    }
  }
}
