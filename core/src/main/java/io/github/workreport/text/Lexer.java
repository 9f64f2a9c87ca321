package io.github.workreport.text;

import java.util.List;

/**
 * Reads a text once into {@link Tokens}: its numbers, by the {@link NumberScanner}, and every
 * occurrence of every word of the {@link Vocabulary}, in one pass that tests one bit for each
 * character that starts no word. Total: any string gives tokens. Stateless and thread-safe.
 */
final class Lexer {
  private Lexer() {}

  static Tokens lex(String text) {
    return lex(text, NumberScanner.scan(text));
  }

  static Tokens lex(String text, List<Mention> mentions) {
    int n = text.length();
    int capacity = Math.max(16, n / 4);
    int[] start = new int[capacity];
    int[] end = new int[capacity];
    long[] roles = new long[capacity];
    int count = 0;
    char[] chars = BUFFER.get();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
      BUFFER.set(chars);
    }
    text.getChars(0, n, chars, 0);
    for (int i = 0; i < n; i++) {
      Vocabulary.Word[] candidates = Vocabulary.startingWith(chars[i]);
      if (candidates == null) {
        continue;
      }
      // Longest first, so that at one start the longer word comes first.
      for (Vocabulary.Word w : candidates) {
        if (matches(chars, n, i, w.text)) {
          if (count == start.length) {
            int grown = count * 2;
            start = java.util.Arrays.copyOf(start, grown);
            end = java.util.Arrays.copyOf(end, grown);
            roles = java.util.Arrays.copyOf(roles, grown);
          }
          start[count] = i;
          end[count] = i + w.text.length();
          roles[count] = w.roles;
          count++;
        }
      }
    }
    return new Tokens(text, mentions, count, start, end, roles);
  }

  /** A copy of the text being lexed, reused by the thread: lexing allocates only what it returns. */
  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[1024]);

  private static boolean matches(char[] chars, int n, int at, String word) {
    int len = word.length();
    if (at + len > n) {
      return false;
    }
    for (int k = 1; k < len; k++) { // the first character is the one looked up
      if (chars[at + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
