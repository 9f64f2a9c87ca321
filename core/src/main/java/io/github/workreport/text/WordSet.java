package io.github.workreport.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small fixed set of words, indexed by first and by last character so that asking whether one
 * starts or ends at a position costs one bit test for almost every position of a text. Longest
 * words are tried first. Immutable and thread-safe.
 */
final class WordSet {
  private static final int FILTER_MASK = 4095;

  private final long[] firstFilter = new long[(FILTER_MASK + 1) / 64];
  private final long[] lastFilter = new long[(FILTER_MASK + 1) / 64];
  /**
   * A bit per hash of the first two characters of each word (of the last two, for the other), and
   * a bit per character that is a word alone: the first characters of most sets are common (年, 全,
   * 上), so the first character alone sent most positions on to the table.
   */
  private final long[] firstPairFilter = new long[(FILTER_MASK + 1) / 64];
  private final long[] lastPairFilter = new long[(FILTER_MASK + 1) / 64];
  private final long[] singleFilter = new long[(FILTER_MASK + 1) / 64];
  private final CharTable<String[]> byFirst;
  private final CharTable<String[]> byLast;
  private final Map<String, Integer> flags = new HashMap<>();
  private final int minLength;

  private WordSet(String... words) {
    Map<Character, List<String>> first = new HashMap<>();
    Map<Character, List<String>> last = new HashMap<>();
    int min = Integer.MAX_VALUE;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      min = Math.min(min, w.length());
      char f = w.charAt(0);
      char l = w.charAt(w.length() - 1);
      set(firstFilter, f);
      set(lastFilter, l);
      if (w.length() == 1) {
        set(singleFilter, f);
      } else {
        setPair(firstPairFilter, f, w.charAt(1));
        setPair(lastPairFilter, l, w.charAt(w.length() - 2));
      }
      first.computeIfAbsent(f, k -> new ArrayList<>()).add(w);
      last.computeIfAbsent(l, k -> new ArrayList<>()).add(w);
    }
    minLength = min == Integer.MAX_VALUE ? 1 : min;
    Comparator<String> longestFirst = Comparator.comparingInt(s -> -s.length());
    Map<Character, String[]> firstSorted = new HashMap<>();
    Map<Character, String[]> lastSorted = new HashMap<>();
    first.forEach((c, list) -> firstSorted.put(c, sorted(list, longestFirst)));
    last.forEach((c, list) -> lastSorted.put(c, sorted(list, longestFirst)));
    byFirst = new CharTable<>(firstSorted);
    byLast = new CharTable<>(lastSorted);
  }

  static WordSet of(String... words) {
    return new WordSet(words);
  }

  /**
   * A set whose words carry flags, for asking in one pass which of several lists occur in a text:
   * {@code flagged(1, new String[] {"计划", "拟"}, 2, new String[] {"高于", "低于"})}. Words given the flag 0
   * are nouns that hold a shorter word of the set at their start ({@code 建成区}, the built-up area, holds
   * {@code 建成}, built): where one stands, the shorter word is not there.
   */
  static WordSet flagged(Object... flagAndWords) {
    java.util.List<String> all = new ArrayList<>();
    Map<String, Integer> flags = new HashMap<>();
    for (int i = 0; i < flagAndWords.length; i += 2) {
      int flag = (Integer) flagAndWords[i];
      for (String w : (String[]) flagAndWords[i + 1]) {
        all.add(w);
        flags.merge(w, flag, (a, b) -> a | b);
      }
    }
    WordSet set = new WordSet(all.toArray(new String[0]));
    set.flags.putAll(flags);
    return set;
  }

  /** The flags of every word occurring wholly inside {@code text[from, to)}, or-ed together. */
  int flagsWithin(CharSequence text, int from, int to) {
    to = Math.min(to, text.length());
    int out = 0;
    for (int i = Math.max(0, from); i + minLength <= to; i++) {
      if (!mayStartAt(text, i, to)) {
        continue;
      }
      String[] words = byFirst.get(text.charAt(i));
      if (words == null) {
        continue;
      }
      for (String w : words) {
        if (i + w.length() <= to && Lexicon.regionMatches(text, i, w)) {
          int flag = flags.getOrDefault(w, 0);
          if (flag == 0) {
            break; // a noun holding a shorter word (建成区 holds 建成): neither counts here
          }
          out |= flag;
        }
      }
    }
    return out;
  }

  private static String[] sorted(List<String> list, Comparator<String> order) {
    String[] out = list.toArray(new String[0]);
    Arrays.sort(out, order);
    return out;
  }

  private static void set(long[] filter, char c) {
    int bit = c & FILTER_MASK;
    filter[bit >>> 6] |= 1L << (bit & 63);
  }

  private static boolean test(long[] filter, char c) {
    int bit = c & FILTER_MASK;
    return (filter[bit >>> 6] & 1L << (bit & 63)) != 0;
  }

  private static int pairBit(char a, char b) {
    return (a << 16 | b) * 0x9E3779B9 >>> 20; // 12 bits
  }

  private static void setPair(long[] filter, char a, char b) {
    int bit = pairBit(a, b);
    filter[bit >>> 6] |= 1L << (bit & 63);
  }

  /**
   * Whether a word may start at {@code at} of {@code text} (whose characters end at {@code to}),
   * by the filters alone: false means none does.
   */
  private boolean mayStartAt(CharSequence text, int at, int to) {
    char c = text.charAt(at);
    if (!test(firstFilter, c)) {
      return false;
    }
    if (test(singleFilter, c)) {
      return true;
    }
    if (at + 1 >= to) {
      return false;
    }
    int bit = pairBit(c, text.charAt(at + 1));
    return (firstPairFilter[bit >>> 6] & 1L << (bit & 63)) != 0;
  }

  /** Whether a word may end at {@code end} of {@code text}, by the filters alone, as {@link #mayStartAt}. */
  private boolean mayEndAt(CharSequence text, int end) {
    char c = text.charAt(end - 1);
    if (!test(lastFilter, c)) {
      return false;
    }
    if (test(singleFilter, c)) {
      return true;
    }
    if (end < 2) {
      return false;
    }
    int bit = pairBit(c, text.charAt(end - 2));
    return (lastPairFilter[bit >>> 6] & 1L << (bit & 63)) != 0;
  }

  /** The length of the longest word starting at {@code at}, or 0. */
  int startingAt(CharSequence text, int at) {
    if (at < 0 || at >= text.length()) {
      return 0;
    }
    if (!mayStartAt(text, at, text.length())) {
      return 0;
    }
    String[] words = byFirst.get(text.charAt(at));
    if (words == null) {
      return 0;
    }
    for (String w : words) {
      if (at + w.length() <= text.length() && Lexicon.regionMatches(text, at, w)) {
        return w.length();
      }
    }
    return 0;
  }

  /** The length of the longest word ending exactly at {@code end}, or 0. */
  int endingAt(CharSequence text, int end) {
    if (end <= 0 || end > text.length()) {
      return 0;
    }
    if (!mayEndAt(text, end)) {
      return 0;
    }
    String[] words = byLast.get(text.charAt(end - 1));
    if (words == null) {
      return 0;
    }
    for (String w : words) {
      int start = end - w.length();
      if (start >= 0 && Lexicon.regionMatches(text, start, w)) {
        return w.length();
      }
    }
    return 0;
  }

  /** Whether a word lies wholly inside {@code text[from, to)}. */
  boolean within(CharSequence text, int from, int to) {
    return indexWithin(text, from, to) >= 0;
  }

  /** The start of the first word wholly inside {@code text[from, to)}, or -1. */
  int indexWithin(CharSequence text, int from, int to) {
    to = Math.min(to, text.length());
    for (int i = Math.max(0, from); i + minLength <= to; i++) {
      if (!mayStartAt(text, i, to)) {
        continue;
      }
      String[] words = byFirst.get(text.charAt(i));
      if (words == null) {
        continue;
      }
      for (String w : words) {
        if (i + w.length() <= to && Lexicon.regionMatches(text, i, w)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The start of the last word wholly inside {@code text[from, to)}, or -1. */
  int lastIndexWithin(CharSequence text, int from, int to) {
    to = Math.min(to, text.length());
    for (int i = to - minLength; i >= Math.max(0, from); i--) {
      int len = startingAt(text, i);
      if (len > 0 && i + len <= to) {
        return i;
      }
    }
    return -1;
  }

  boolean within(CharSequence text) {
    return within(text, 0, text.length());
  }

  /** {@code text} with every occurrence of the words removed, longest first at each position. */
  String removeFrom(String text) {
    int n = text.length();
    // From one word to the next by the scan of indexWithin, rather than a call of startingAt, with
    // its checks of bounds, at every character between.
    int at = indexWithin(text, 0, n);
    if (at < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    int copied = 0;
    while (at >= 0) {
      out.append(text, copied, at);
      copied = at + startingAt(text, at);
      at = indexWithin(text, copied, n);
    }
    out.append(text, copied, n);
    return out.toString();
  }

  /** Whether {@code word} is one of the words. */
  boolean contains(String word) {
    return !word.isEmpty() && startingAt(word, 0) == word.length() && exact(word);
  }

  private boolean exact(String word) {
    String[] words = byFirst.get(word.charAt(0));
    if (words == null) {
      return false;
    }
    for (String w : words) {
      if (w.equals(word)) {
        return true;
      }
    }
    return false;
  }
}
