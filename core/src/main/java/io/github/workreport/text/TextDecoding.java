package io.github.workreport.text;

import io.github.workreport.ReportReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text, refusing rather than guessing: a byte-order mark decides (UTF-8, UTF-16, UTF-32);
 * without one, bytes with zero bytes in them are tried as UTF-16 (which is full of them, while
 * other text has none), and otherwise must be valid UTF-8, or else valid GB18030 (which covers GBK
 * and GB2312, the usual encodings of Chinese government files). Nothing is ever replaced by U+FFFD: an invalid
 * byte is a {@link ReportReadException} naming its offset and line.
 */
final class TextDecoding {
  static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private TextDecoding() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param bytes the input
   * @param source the name of the input, for messages
   * @param forced the character set to use, or null to detect it
   * @return the text, without a byte-order mark
   * @throws ReportReadException when the bytes are not valid text in the character set used
   */
  static String decode(byte[] bytes, String source, Charset forced) {
    Charset bom = bom(bytes, bytes.length);
    int skip = bomLength(bom);
    if (forced != null) {
      if (bom != null && !sameFamily(bom, forced)) {
        throw new ReportReadException(source, "byte 0",
            "the file starts with a " + bom.name() + " byte-order mark, but " + forced.name() + " was asked for");
      }
      // A mark of the forced family tells the byte order (UTF-16 → UTF-16LE).
      Charset charset = bom == null ? forced : bom;
      Failure f = strict(bytes, bom == null ? 0 : skip, charset);
      if (f.text != null) {
        return f.text;
      }
      throw new ReportReadException(source, place(bytes, f.offset, charset),
          "not valid " + forced.name() + " text: " + describe(bytes, f.offset));
    }
    if (bom != null) {
      Failure f = strict(bytes, skip, bom);
      if (f.text != null) {
        return f.text;
      }
      throw new ReportReadException(source, place(bytes, f.offset, bom),
          "not valid " + bom.name() + " text after its byte-order mark: " + describe(bytes, f.offset));
    }
    Charset utf16 = utf16WithoutMark(bytes);
    if (utf16 != null) {
      Failure f = strict(bytes, 0, utf16);
      if (f.text != null) {
        return f.text;
      }
    }
    int utf8Error = invalidUtf8(bytes, 0);
    if (utf8Error < 0) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    Failure gb = strict(bytes, 0, GB18030);
    if (gb.text != null) {
      return gb.text;
    }
    // The encoding that read further is the likelier one; its error is the one to show.
    int offset = Math.max(utf8Error, gb.offset);
    Charset likelier = utf8Error >= gb.offset ? StandardCharsets.UTF_8 : GB18030;
    throw new ReportReadException(source, place(bytes, offset, likelier),
        "the file is neither UTF-8 text (" + describe(bytes, utf8Error) + ") nor GB18030 text ("
            + describe(bytes, gb.offset) + ")");
  }

  /** The charset of the byte-order mark at the start of the first {@code n} bytes, or null. */
  private static Charset bom(byte[] bytes, int n) {
    int b0 = n > 0 ? bytes[0] & 0xFF : -1;
    int b1 = n > 1 ? bytes[1] & 0xFF : -1;
    int b2 = n > 2 ? bytes[2] & 0xFF : -1;
    int b3 = n > 3 ? bytes[3] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return StandardCharsets.UTF_8;
    } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return UTF_32LE;
    } else if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return UTF_32BE;
    } else if (b0 == 0xFF && b1 == 0xFE) {
      return StandardCharsets.UTF_16LE;
    } else if (b0 == 0xFE && b1 == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static int bomLength(Charset bom) {
    if (bom == null) {
      return 0;
    }
    return bom.equals(StandardCharsets.UTF_8) ? 3 : bom.name().startsWith("UTF-32") ? 4 : 2;
  }

  /** The bytes read ahead to decide the encoding of a stream. */
  static final int FIRST_CHUNK = 1 << 16;

  /**
   * A reader of the text in {@code in}: the encoding decided as {@link #decode} decides it, from
   * the byte-order mark or the first {@value #FIRST_CHUNK} bytes; the rest decoded strictly in that
   * encoding, a byte that does not decode being a {@link ReportReadException} naming its line.
   * Input no longer than the first chunk decodes exactly as {@link #decode} decodes it.
   */
  static Reader reader(InputStream in, String source, Charset forced) {
    byte[] first;
    try {
      first = in.readNBytes(FIRST_CHUNK);
    } catch (IOException e) {
      throw new ReportReadException(source, "", "cannot read: " + e.getMessage(), e);
    }
    if (first.length < FIRST_CHUNK) {
      return new StringReader(decode(first, source, forced));
    }
    Charset bom = bom(first, first.length);
    Charset charset;
    if (forced != null) {
      // decode() on the first chunk refuses a mark of another family, and finds the byte order.
      charset = bom == null ? forced : bom;
      if (bom != null && !sameFamily(bom, forced)) {
        decode(first, source, forced);
      }
    } else if (bom != null) {
      charset = bom;
    } else {
      charset = utf16WithoutMark(first);
      if (charset == null) {
        int error = invalidUtf8(first, 0);
        if (error < 0 || error >= first.length - 3 && incompleteUtf8(first, error)) {
          charset = StandardCharsets.UTF_8;
        } else if (validPrefix(first, GB18030)) {
          charset = GB18030;
        } else {
          decode(first, source, null); // throws, naming the byte
          charset = GB18030;
        }
      }
    }
    return new StrictReader(in, first, bomLength(bom), charset, source);
  }

  /** Whether the bytes from {@code at} to the end begin a UTF-8 sequence that the next bytes may end. */
  private static boolean incompleteUtf8(byte[] b, int at) {
    int c = b[at] & 0xFF;
    int needed = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (needed == 0 || b.length - at >= needed) {
      return false;
    }
    for (int i = at + 1; i < b.length; i++) {
      if (!trail(b[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code bytes} are valid in {@code charset}, but for a sequence cut off at the end. */
  private static boolean validPrefix(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    return !decoder.decode(in, out, false).isError();
  }

  /**
   * Strict decoding of a stream in a known encoding. Counts the line ends it decodes, so that a
   * byte that does not decode is named by its line as well as its offset.
   */
  private static final class StrictReader extends Reader {
    private final InputStream in;
    private final String source;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(FIRST_CHUNK);
    private final CharBuffer chars = CharBuffer.allocate(FIRST_CHUNK);
    /** The offset in the input of {@code bytes}' first byte. */
    private long base;
    private boolean eof;
    private boolean flushed;
    private long lineEnds;
    private boolean afterCr;

    StrictReader(InputStream in, byte[] first, int skip, Charset charset, String source) {
      this.in = in;
      this.source = source;
      this.charset = charset;
      this.decoder = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      bytes.put(first, skip, first.length - skip).flip();
      base = skip;
      chars.flip();
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (!chars.hasRemaining()) {
        if (flushed) {
          return -1;
        }
        decodeMore();
      }
      int n = Math.min(len, chars.remaining());
      chars.get(buffer, off, n);
      return n;
    }

    private void decodeMore() throws IOException {
      chars.clear();
      if (!eof && bytes.remaining() < bytes.capacity() / 2) {
        base += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
      CoderResult result = decoder.decode(bytes, chars, eof);
      if (!result.isError() && eof && result.isUnderflow()) {
        flushed = !decoder.flush(chars).isOverflow();
      }
      countLineEnds(chars.position());
      if (result.isError()) {
        long offset = base + bytes.position();
        String place = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")
            ? "byte " + offset : "line " + (lineEnds + 1) + " (byte " + offset + ")";
        StringBuilder seen = new StringBuilder();
        int shown = Math.min(4, bytes.remaining());
        for (int i = 0; i < shown; i++) {
          seen.append(String.format(i == 0 ? "0x%02X" : " 0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        throw new ReportReadException(source, place, "not valid " + charset.name() + " text: "
            + (eof && result.isMalformed() && bytes.remaining() == result.length()
                ? "truncated at the end, byte " + offset
                : (shown == 1 ? "invalid byte " : "invalid bytes ") + seen + " at byte " + offset));
      }
      chars.flip();
    }

    private void countLineEnds(int decoded) {
      char[] a = chars.array();
      for (int i = 0; i < decoded; i++) {
        char c = a[i];
        if (c == '\n') {
          if (!afterCr) {
            lineEnds++;
          }
          afterCr = false;
        } else if (c == '\r') {
          lineEnds++;
          afterCr = true;
        } else {
          afterCr = false;
        }
      }
    }

    @Override
    public void close() {
      // The input stream belongs to the caller.
    }
  }

  /**
   * UTF-16 written without a byte-order mark, told by its zero bytes: text in UTF-8 or GB18030 has
   * none, while every tab, line end and digit in UTF-16 has one, on the odd bytes (little-endian) or
   * the even ones (big-endian). Null unless the first 64 KB hold zeros in at least one of 200 bytes,
   * nine in ten of them on one side, and a line end.
   */
  private static Charset utf16WithoutMark(byte[] bytes) {
    int even = 0;
    int odd = 0;
    int n = Math.min(bytes.length, 1 << 16);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        if ((i & 1) == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    // A stray zero in UTF-8 is not enough: UTF-16 has many, nearly all on one side, and line ends.
    int zeros = Math.max(even, odd);
    if ((bytes.length & 1) != 0 || zeros * 200L < n || zeros * 10L < (even + odd) * 9L) {
      return null;
    }
    boolean little = odd > even;
    for (int i = 0; i + 1 < n; i += 2) {
      byte a = little ? bytes[i] : bytes[i + 1];
      byte b = little ? bytes[i + 1] : bytes[i];
      if (b == 0 && (a == '\n' || a == '\r')) {
        return little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
      }
    }
    return null;
  }

  private static boolean sameFamily(Charset bom, Charset forced) {
    if (bom.equals(forced)) {
      return true;
    }
    String name = forced.name();
    return bom.name().startsWith("UTF-16") && name.equals("UTF-16")
        || bom.name().startsWith("UTF-32") && name.equals("UTF-32");
  }

  /** Strict decoding: the text, or the offset of the first byte that is not valid. */
  private static Failure strict(byte[] bytes, int from, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      int error = invalidUtf8(bytes, from);
      return error < 0
          ? new Failure(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8), -1)
          : new Failure(null, error);
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    // No supported encoding yields more chars than it has bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length - from + 16);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return new Failure(null, in.position());
    }
    out.flip();
    return new Failure(out.toString(), -1);
  }

  /**
   * The offset of the first byte that does not belong to valid UTF-8 (overlong forms, surrogates
   * and code points above U+10FFFF are invalid), or -1 when all of it is valid.
   */
  static int invalidUtf8(byte[] b, int from) {
    int i = from;
    int n = b.length;
    while (i < n) {
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      if (c >= 0xC2 && c <= 0xDF) {
        if (i + 1 >= n || !trail(b[i + 1])) {
          return i;
        }
        i += 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        if (i + 2 >= n) {
          return i;
        }
        int c1 = b[i + 1] & 0xFF;
        boolean ok = c == 0xE0 ? c1 >= 0xA0 && c1 <= 0xBF
            : c == 0xED ? c1 >= 0x80 && c1 <= 0x9F
            : c1 >= 0x80 && c1 <= 0xBF;
        if (!ok || !trail(b[i + 2])) {
          return i;
        }
        i += 3;
      } else if (c >= 0xF0 && c <= 0xF4) {
        if (i + 3 >= n) {
          return i;
        }
        int c1 = b[i + 1] & 0xFF;
        boolean ok = c == 0xF0 ? c1 >= 0x90 && c1 <= 0xBF
            : c == 0xF4 ? c1 >= 0x80 && c1 <= 0x8F
            : c1 >= 0x80 && c1 <= 0xBF;
        if (!ok || !trail(b[i + 2]) || !trail(b[i + 3])) {
          return i;
        }
        i += 4;
      } else {
        return i;
      }
    }
    return -1;
  }

  private static boolean trail(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /**
   * {@code line 12 (byte 1234)}, or {@code byte 1234} for text in UTF-16 or UTF-32 (told by a
   * byte-order mark or by zero bytes), whose line ends cannot be counted byte by byte.
   */
  static String place(byte[] bytes, int offset) {
    int n = bytes.length;
    boolean wide = n > 1 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || bytes[0] == 0 && bytes[1] == 0)
        || utf16WithoutMark(bytes) != null;
    return place(bytes, offset, wide ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
  }

  /** {@code line 12 (byte 1234)}: lines are counted in the bytes, for encodings that keep ASCII. */
  private static String place(byte[] bytes, int offset, Charset charset) {
    if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
      return "byte " + offset;
    }
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\n' || b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
        line++;
      }
    }
    return "line " + line + " (byte " + offset + ")";
  }

  private static String describe(byte[] bytes, int offset) {
    if (offset >= bytes.length) {
      return "truncated at the end, byte " + offset;
    }
    // The bad byte with the few after it, as a hex editor would show them.
    StringBuilder seen = new StringBuilder();
    int shown = Math.min(4, bytes.length - offset);
    for (int i = offset; i < offset + shown; i++) {
      seen.append(String.format(i == offset ? "0x%02X" : " 0x%02X", bytes[i] & 0xFF));
    }
    return (shown == 1 ? "invalid byte " : "invalid bytes ") + seen + " at byte " + offset;
  }

  private static final class Failure {
    final String text;
    final int offset;

    Failure(String text, int offset) {
      this.text = text;
      this.offset = offset;
    }
  }
}
