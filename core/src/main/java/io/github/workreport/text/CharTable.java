package io.github.workreport.text;

import java.util.Map;

/**
 * A fixed table from characters to arrays, with open addressing on the raw {@code char}: no
 * boxing, no hashing of objects, one or two array loads per lookup. Built once from a map;
 * immutable and thread-safe.
 */
final class CharTable<T> {
  private final char[] keys;
  private final Object[] values;
  private final int mask;
  /** The key of an empty slot: no word of any table starts with, ends with or is U+0000. */
  private static final char EMPTY = 0;

  CharTable(Map<Character, T> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    keys = new char[size];
    values = new Object[size];
    mask = size - 1;
    for (Map.Entry<Character, T> e : entries.entrySet()) {
      if (e.getKey() == EMPTY) {
        throw new IllegalArgumentException("the character U+0000 marks an empty slot and cannot be a key");
      }
      int i = slot(e.getKey());
      while (values[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = e.getKey();
      values[i] = e.getValue();
    }
  }

  private int slot(char c) {
    return (c * 0x9E37) >>> 4 & mask;
  }

  /** The value for {@code c}, or null. */
  @SuppressWarnings("unchecked")
  T get(char c) {
    // The keys alone until one matches: a miss reads no line of the values.
    int i = slot(c);
    char k;
    while ((k = keys[i]) != EMPTY) {
      if (k == c) {
        return (T) values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }
}
