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
    char[] chars = characters(text);
    return lex(text, NumberScanner.scan(text, chars), chars);
  }

  static Tokens lex(String text, List<Mention> mentions) {
    return lex(text, mentions, characters(text));
  }

  /** {@code chars} holds the text's characters; they are simplified in place. */
  private static Tokens lex(String text, List<Mention> mentions, char[] chars) {
    int n = text.length();
    int capacity = Math.max(8, n / 16); // narratives have about one word in seventeen characters
    int[] start = new int[capacity];
    int[] end = new int[capacity];
    long[] roles = new long[capacity];
    int count = 0;
    boolean simplified = false;
    // a space between two Chinese characters: most texts have none (their spaces stand beside numbers),
    // and no word is looked for across a space in them
    boolean spaced = false;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      spaced |= Lexicon.isSpace(c) && i > 0 && i + 1 < n && Lexicon.isHan(chars[i - 1]) && Lexicon.isHan(chars[i + 1]);
      if ((TRADITIONAL[c >>> 6] & 1L << c) != 0) {
        chars[i] = SIMPLIFIED.get(c); // 增長 is 增长 to the vocabulary; positions are unchanged
        simplified = true;
      } else if (c == '.' && endsASentence(chars, n, i)) {
        chars[i] = '。'; // 新增消防车辆6辆.已完成.: a text set in ASCII punctuation ends its sentences so
        simplified = true;
      } else if ((c == ' ' || c == '\u3000') && Lexicon.opensAFieldGap(chars, n, i)) { // the common spaces first
        chars[i] = '‖'; // 森林蓄积量  万立方米  约束性  3420, 45.12  完成: a sheet's cells pasted with runs of spaces
        simplified = true;
      }
    }
    String normalized = simplified ? new String(chars, 0, n) : text;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (!Vocabulary.startsWord(c)) {
        continue;
      }
      int second = i + 1;
      if (spaced && second + 1 < n && Lexicon.isSpace(chars[second]) && Lexicon.isHan(c)
          && Lexicon.isHan(chars[second + 1])) {
        second++; // 不 超过: a space a PDF left inside a word
      }
      int range = Vocabulary.candidates(c, second < n ? chars[second] : '\0');
      // Longest first, so that at one start the longer word comes first.
      for (int w = range >>> 8, last = w + (range & 0xFF); w < last; w++) {
        int len = Vocabulary.LENGTHS[w];
        int wordEnd = len == 1 ? i + 1 : second == i + 1 && matchesAfterTwo(chars, n, i, len, Vocabulary.TAIL_STARTS[w])
            ? i + len : spaced ? endAcrossSpaces(chars, n, second, len, Vocabulary.TAIL_STARTS[w]) : -1;
        if (wordEnd > 0) {
          if (count == start.length) {
            int grown = count * 2;
            start = java.util.Arrays.copyOf(start, grown);
            end = java.util.Arrays.copyOf(end, grown);
            roles = java.util.Arrays.copyOf(roles, grown);
          }
          start[count] = i;
          end[count] = wordEnd;
          roles[count] = Vocabulary.ROLES[w];
          count++;
        }
      }
    }
    return new Tokens(text, normalized, mentions, count, start, end, roles, n);
  }

  /**
   * Whether the ASCII full stop at {@code i} ends a sentence rather than parts a number (2.5), a name
   * (No.1, www.gov.cn), an abbreviation or an item's number (1.已建成3所): no letter or digit stands
   * on either side of it, nor a digit beyond a space on each side (8 . 9).
   */
  private static boolean endsASentence(char[] chars, int n, int i) {
    if (i > 1 && i + 2 < n && chars[i - 1] == ' ' && chars[i + 1] == ' ' && Lexicon.isAsciiDigit(chars[i - 2])
        && Lexicon.isAsciiDigit(chars[i + 2])) {
      return false; // 8 . 9天: a decimal point a PDF set apart, as the number scanner reads it
    }
    return (i + 1 >= n || !isAsciiLetterOrDigit(chars[i + 1])) && (i == 0 || !isAsciiLetterOrDigit(chars[i - 1]));
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return Lexicon.isAsciiDigit(c) || Lexicon.isAsciiLetter(c);
  }

  /**
   * Traditional forms of the characters of the vocabulary's words, each with its simplified form:
   * a report reposted in traditional characters (增長, 達到, 實際完成, 預期目標) reads as its original.
   * One character for one, so that every position in the text stays where it was.
   */
  private static final String TRADITIONAL_PAIRS =
      "長长漲涨達达減减壓压縮缩穩稳調调為为負负於于過过內内從从現现變变訂订額额計计劃划擬拟爭争務务標标預预數数將将"
          + "規规領领後后進进實实際际當当確确盡尽圍围繞绕據据結结針针對对績绩況况別别與与戶户順顺繼继續续辦办沒没準准"
          + "備备個个點点兩两億亿萬万產产區区總总員员價价費费資资業业農农鄉乡縣县鎮镇處处項项條条輛辆間间場场張张"
          // the words of table headers (主要任務 · 責任單位 · 牽頭單位 · 進展情況) and of common tasks
          + "責责單单頭头牽牵門门時时號号類类級级設设執执狀状態态協协參参體体廳厅會会財财稅税發发觀观說说"
          + "園园廠厂醫医療疗學学職职環环護护衛卫廁厕廣广橋桥綠绿積积創创開开關关貸贷銀银險险養养糧粮遷迁"
          + "脫脱貧贫電电氣气汙污舊旧換换築筑導导線线網网鐵铁車车運运輸输圖图書书館馆藝艺術术約约餘余幾几"
          + "較较嚴严擴扩維维優优質质邊边選选掛挂評评審审"
          // work stopped or put off (暫緩實施, 擱置, 終止實施, 推遲開工, 啟動實施)
          + "暫暂緩缓擱搁終终遲迟啟启";
  private static final long[] TRADITIONAL = new long[(Character.MAX_VALUE + 1) / 64];
  private static final CharTable<Character> SIMPLIFIED;

  static {
    java.util.Map<Character, Character> pairs = new java.util.HashMap<>();
    for (int i = 0; i + 1 < TRADITIONAL_PAIRS.length(); i += 2) {
      char traditional = TRADITIONAL_PAIRS.charAt(i);
      pairs.put(traditional, TRADITIONAL_PAIRS.charAt(i + 1));
      TRADITIONAL[traditional >>> 6] |= 1L << traditional;
    }
    SIMPLIFIED = new CharTable<>(pairs);
  }

  /**
   * A copy of the text being read, reused by the thread: scanning and lexing allocate only what they
   * return. One text at a time: the scanner is done with it before the lexer simplifies it.
   */
  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[1024]);

  /** Longer texts get a copy of their own: a hostile cell must not leave a thread holding megabytes. */
  private static final int MAX_BUFFERED = 1 << 16;

  /** The text's characters in the thread's buffer, valid until the next call on this thread. */
  static char[] characters(String text) {
    int n = text.length();
    if (n > MAX_BUFFERED) {
      return text.toCharArray();
    }
    char[] chars = BUFFER.get();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
      BUFFER.set(chars);
    }
    text.getChars(0, n, chars, 0);
    return chars;
  }

  /**
   * {@code text} with the traditional characters the vocabulary knows in their simplified forms,
   * character for character: a header 責任單位 names the column 责任单位 does.
   */
  static String simplified(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((TRADITIONAL[c >>> 6] & 1L << c) != 0) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = SIMPLIFIED.get(c);
      }
    }
    return chars == null ? text : new String(chars);
  }

  /**
   * Where the word of {@code len} characters whose second is at {@code second} and whose third and
   * later are at {@code tail} in {@link Vocabulary#TAILS} ends, one space allowed between any two of
   * its characters, as text taken from a PDF leaves them (控制 在, 不 超 过); or -1 if it is not there.
   * Tried only once the word was not found whole: most text has no space inside a word.
   */
  private static int endAcrossSpaces(char[] chars, int n, int second, int len, int tail) {
    char[] tails = Vocabulary.TAILS;
    int p = second + 1;
    for (int k = 2; k < len; k++) {
      char expected = tails[tail + k - 2];
      if (p + 1 < n && chars[p] != expected && Lexicon.isSpace(chars[p]) && Lexicon.isHan(chars[p - 1])
          && chars[p + 1] == expected) {
        p++;
      }
      if (p >= n || chars[p] != expected) {
        return -1;
      }
      p++;
    }
    return p;
  }

  /**
   * Whether the word of {@code len} characters whose third and later are at {@code tail} in
   * {@link Vocabulary#TAILS} starts at {@code at}, where its first two (or one) are known to match.
   */
  private static boolean matchesAfterTwo(char[] chars, int n, int at, int len, int tail) {
    if (at + len > n) {
      return false;
    }
    char[] tails = Vocabulary.TAILS;
    for (int k = 2; k < len; k++) {
      if (chars[at + k] != tails[tail + k - 2]) {
        return false;
      }
    }
    return true;
  }
}
