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

  CharTable(Map<Character, T> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    keys = new char[size];
    values = new Object[size];
    mask = size - 1;
    for (Map.Entry<Character, T> e : entries.entrySet()) {
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
    int i = slot(c);
    Object v;
    while ((v = values[i]) != null) {
      if (keys[i] == c) {
        return (T) v;
      }
      i = (i + 1) & mask;
    }
    return null;
  }
}
