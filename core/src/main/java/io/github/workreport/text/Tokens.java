package io.github.workreport.text;

import java.util.List;

/**
 * A text as the {@link Lexer} read it, once: its numbers ({@link Mention}s, from the number
 * scanner) and every occurrence of every {@link Vocabulary} word with its roles, sorted by start.
 * The grammar asks this what roles lie in a stretch of the text, end at a place, or start at one;
 * each question is a binary search and a short walk over the occurrences, never a scan of the
 * text. Not thread-safe; one per text being read.
 */
final class Tokens {
  final String text;
  /**
   * The text with the traditional forms of the vocabulary's characters simplified, one character
   * for one (the same positions): what subjects are read from. The text itself when it has none.
   */
  final String normalized;
  final List<Mention> mentions;
  private final int words;
  private final int[] start;
  private final int[] end;
  private final long[] roles;
  /**
   * For every block of {@link #BLOCK} positions of the text, the index of the first occurrence
   * starting in it or later: the grammar asks from arbitrary places, and a binary search there was a
   * twentieth of reading; an entry for every position cost more to build than the words themselves.
   */
  private final int[] firstInBlock;

  private static final int BLOCK_BITS = 3;
  private static final int BLOCK = 1 << BLOCK_BITS;

  /** {@code start} holds the occurrences' starts in order; {@code length} is the text's. */
  Tokens(String text, String normalized, List<Mention> mentions, int words, int[] start, int[] end, long[] roles,
      int length) {
    this.text = text;
    this.normalized = normalized;
    this.mentions = mentions;
    this.words = words;
    this.start = start;
    this.end = end;
    this.roles = roles;
    int blocks = (length >>> BLOCK_BITS) + 1;
    int[] first = new int[blocks];
    int i = 0;
    for (int b = 0; b < blocks; b++) {
      int from = b << BLOCK_BITS;
      while (i < words && start[i] < from) {
        i++;
      }
      first[b] = i;
    }
    this.firstInBlock = first;
  }

  /** The index of the first occurrence starting at or after {@code at} (not negative). */
  private int firstFrom(int at) {
    int block = at >>> BLOCK_BITS;
    if (block >= firstInBlock.length) {
      return words;
    }
    int i = firstInBlock[block];
    while (i < words && start[i] < at) {
      i++;
    }
    return i;
  }

  /** The roles of every word lying wholly inside {@code [from, to)}, or-ed together. */
  long rolesWithin(int from, int to) {
    long out = 0;
    for (int i = firstFrom(Math.max(0, from)); i < words && start[i] < to; i++) {
      if (end[i] <= to) {
        out |= roles[i];
      }
    }
    return out;
  }

  /** Whether a word with any of {@code role} lies wholly inside {@code [from, to)}. */
  boolean within(int from, int to, long role) {
    return (rolesWithin(from, to) & role) != 0;
  }

  /** The start of the last word with any of {@code role} lying wholly inside {@code [from, to)}, or -1. */
  int lastWithin(int from, int to, long role) {
    int found = -1;
    for (int i = firstFrom(Math.max(0, from)); i < words && start[i] < to; i++) {
      if (end[i] <= to && (roles[i] & role) != 0) {
        found = start[i];
      }
    }
    return found;
  }

  /** The start of the first word with any of {@code role} lying wholly inside {@code [from, to)}, or -1. */
  int firstWithin(int from, int to, long role) {
    for (int i = firstFrom(Math.max(0, from)); i < words && start[i] < to; i++) {
      if (end[i] <= to && (roles[i] & role) != 0) {
        return start[i];
      }
    }
    return -1;
  }

  /** The end of the first word with any of {@code role} lying wholly inside {@code [from, to)}, or -1. */
  int firstEndWithin(int from, int to, long role) {
    for (int i = firstFrom(Math.max(0, from)); i < words && start[i] < to; i++) {
      if (end[i] <= to && (roles[i] & role) != 0) {
        return end[i];
      }
    }
    return -1;
  }

  /** The length of the longest word starting at {@code at} with any of {@code role}, or 0. */
  int lengthStartingAt(int at, long role) {
    int best = 0;
    for (int i = firstFrom(at); i < words && start[i] == at; i++) {
      if ((roles[i] & role) != 0) {
        best = Math.max(best, end[i] - at);
      }
    }
    return best;
  }

  /** The roles of the longest word starting at {@code at} among those with any of {@code role}, or 0. */
  long longestRolesStartingAt(int at, long role) {
    int best = 0;
    long out = 0;
    for (int i = firstFrom(at); i < words && start[i] == at; i++) {
      if ((roles[i] & role) != 0 && end[i] - at > best) {
        best = end[i] - at;
        out = roles[i];
      }
    }
    return out;
  }

  /**
   * The length of the longest word ending at {@code at} with any of {@code role}, or 0. Words are
   * short (at most eight characters), so only the occurrences starting in the eight before are
   * looked at.
   */
  int lengthEndingAt(int at, long role) {
    int best = 0;
    for (int i = firstFrom(Math.max(0, at - MAX_WORD)); i < words && start[i] < at; i++) {
      if (end[i] == at && (roles[i] & role) != 0) {
        best = Math.max(best, at - start[i]);
      }
    }
    return best;
  }

  /** The number of word occurrences. */
  int count() {
    return words;
  }

  /** Where occurrence {@code i} starts. */
  int startOf(int i) {
    return start[i];
  }

  /** Where occurrence {@code i} ends. */
  int endOf(int i) {
    return end[i];
  }

  /** The roles of occurrence {@code i}. */
  long rolesOf(int i) {
    return roles[i];
  }

  /** A test of one occurrence, given by its index, in the words it belongs to. */
  @FunctionalInterface
  interface OccurrenceTest {
    boolean test(Tokens tk, int i);
  }

  /**
   * Whether an occurrence with any of {@code role} passes {@code test}, tried in the order of their
   * starts. The test is handed these tokens rather than holding them, so that a method reference to
   * a static method allocates nothing.
   */
  boolean any(long role, OccurrenceTest test) {
    for (int i = 0; i < words; i++) {
      if ((roles[i] & role) != 0 && test.test(this, i)) {
        return true;
      }
    }
    return false;
  }

  /** No vocabulary word is longer. */
  static final int MAX_WORD = 8;
}
