package io.github.workreport.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The seed document (Baqiao 2020, copied byte for byte into test resources) and variants of it. */
final class Seed {
  static final String NAME = "baqiao-2020.txt";
  private static final Pattern ROW_NUMBER = Pattern.compile("(?m)^(\\d+)\\.\\s*");

  private Seed() {}

  static byte[] bytes() {
    try (InputStream in = Seed.class.getResourceAsStream("/" + NAME)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + NAME);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** The seed with every row number {@code 13.} rewritten by {@code form} (e.g. n → n + "、"). */
  static String renumbered(java.util.function.IntFunction<String> form) {
    Matcher m = ROW_NUMBER.matcher(text());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(form.apply(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** 1 → 一, 13 → 十三, 96 → 九十六 (1 to 99). */
  static String chinese(int n) {
    String digits = "零一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
        + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
  }
}
