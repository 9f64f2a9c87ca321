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
    int capacity = Math.max(8, n / 6);
    int[] start = new int[capacity];
    int[] end = new int[capacity];
    long[] roles = new long[capacity];
    int count = 0;
    for (int i = 0; i < n; i++) {
      Vocabulary.Word[] candidates = Vocabulary.startingWith(text.charAt(i));
      if (candidates == null) {
        continue;
      }
      // Longest first, so that at one start the longer word comes first.
      for (Vocabulary.Word w : candidates) {
        if (text.startsWith(w.text, i)) {
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
}
