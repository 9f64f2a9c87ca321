package io.github.workreport.text;

import static io.github.workreport.text.Lexicon.arabicDigit;
import static io.github.workreport.text.Lexicon.isAsciiLetter;
import static io.github.workreport.text.Lexicon.isSpace;

import io.github.workreport.Approximation;
import io.github.workreport.text.Lexicon.UnitClass;
import io.github.workreport.text.Lexicon.UnitWord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numbers of a text in one pass and decides, from the characters around each, whether it
 * is a quantity, a date or neither. Total: any string, however long or strange, gives a list.
 *
 * <p>A quantity is a number (Arabic with optional sign, thousands separators, decimals and
 * full-width digits; a Chinese numeral; 百分之 followed by a numeral) with an optional 余/多, an
 * optional scale (万, 亿, 千万, 百万, 万亿, and 千/百 after Arabic digits), a unit the {@link Lexicon}
 * knows, and optionally a second number making a range (3到5万, 4.5%至5%). It is refused when it is
 * an ordinal (第5), part of a code or name (PM2.5, 5G, 110KV, 1+4, inside quotes or book-title
 * marks), a session number (十七届二十九次会议), or a lone Chinese numeral that reads as prose rather
 * than a count (一批, 进一步, 七人普).
 */
final class NumberScanner {
  private NumberScanner() {}

  /** Longer digit strings are codes or garbage; never a quantity, and never parsed. */
  private static final int MAX_DIGITS = 30;
  /** How far a quote may open before, or close after, a number it encloses. */
  private static final int QUOTE_REACH = 40;
  private static final WordSet APPROX_BEFORE = WordSet.of("将近", "接近", "大约", "约为", "约有", "多达", "近", "约", "超过", "逾", "不到", "不足");
  /**
   * Words whose last character is on its own a word of approximation (约, 近), of each (均) or of a
   * sum or a level (计, 有, 达), which it is not in them: 签约1320户, 节约1200万元, 就近安置300人, 两年平均增长,
   * 已完成设计20座, 拥有5G基站1200个, 已下达资金500万元.
   */
  private static final WordSet ENDING_IN_A_WORD = WordSet.of("签约", "节约", "集约", "履约", "合约", "预约", "制约", "公约",
      "违约", "解约", "续约", "邀约", "特约", "就近", "附近", "最近", "临近", "邻近", "靠近", "亲近", "平均", "设计", "统计",
      "审计", "拥有", "具有", "下达", "送达");
  private static final WordSet SESSION_AFTER = WordSet.of("次会议", "次全会", "次全体会议", "次代表大会", "次常委会", "次主任会议");
  /**
   * Characters that end the verbs and function words after which a lone Chinese numeral is a
   * count: 新建两所, 移交四个, 等两处, 共三家.
   */
  private static final String COUNT_CONTEXT = "建设成增造施创育进聘展办织通出立到至共等了计有为和及与升治理置新训扶决交启开动划改修添购派招引达涉移的好";
  private static final WordSet SCALES = WordSet.of("万亿", "千万", "百万", "千亿", "百亿", "万", "亿", "萬億", "千萬", "百萬",
      "千億", "百億", "萬", "億");
  private static final BigDecimal HALF = new BigDecimal("0.5");
  /**
   * The integers up to the years of the reports (3, 12, 2020), each made once: most numbers in a text
   * are such, and a new one for each was a tenth of what scanning allocated.
   */
  private static final BigDecimal[] SMALL_INTEGERS = new BigDecimal[2200];

  static {
    for (int v = 0; v < SMALL_INTEGERS.length; v++) {
      SMALL_INTEGERS[v] = BigDecimal.valueOf(v);
    }
  }
  /** Characters that make up the denominator of a compound unit: 元/月/人, 万元/人年. */
  private static final String DENOMINATOR = "人年月日天次户亩吨个台辆件时周季";
  /** The dots that join two denominators (元/人·年). */
  private static final String MIDDLE_DOTS = "·•・";

  /**
   * Scans {@code text}. Mentions are in order and do not overlap.
   */
  static List<Mention> scan(String text) {
    return scan(text, Lexer.characters(text));
  }

  /** {@link #scan(String)}, with the text's characters already in {@code chars}, which it leaves as they are. */
  static List<Mention> scan(String text, char[] chars) {
    List<Mention> out = null; // many texts have no number: they share the empty list
    int n = text.length();
    int i = 0;
    // Where the last quote opened and where it (or the sentence) last closed: a number after an
    // open quote nearby may be a name (“4+7”城市), which only a look ahead can tell.
    int open = -1;
    int closed = -1;
    int sentence = 0;
    boolean mayHaveMultiple = false;
    // Most characters start nothing: skip them on one bit of a table small enough to stay in the cache.
    while (i < n) {
      char c = chars[i];
      if ((STARTS_ANYTHING[c >>> 6] & 1L << c) == 0) {
        i++;
        continue;
      }
      byte kind = START[c];
      if (kind == MULTIPLE) {
        // 番, 倍, 成 and 半 are looked at again only in the texts where one may make a multiple
        mayHaveMultiple |= Multiples.mayStartMultiple(chars, i);
        i++;
        continue;
      }
      if (kind >= OPEN_QUOTE) {
        if (kind == OPEN_QUOTE) {
          open = i;
        } else {
          closed = i;
          if (kind == SENTENCE_END) {
            sentence = i + 1;
          }
        }
        i++;
        continue;
      }
      Mention m = null;
      if (kind == ARABIC) {
        m = number(text, i, true);
      } else if (perWhat(text, i) >= 0) {
        m = percentWords(text, i); // 百分之五十, 万分之三, 百万分之5
      } else if (kind == HUNDRED) {
        m = scaleAlone(text, i);
      } else if (c == '一' && (i + 1 >= n || !ChineseNumbers.isNumeralChar(text.charAt(i + 1)))
          && (i == 0 || !ChineseNumbers.isNumeralChar(text.charAt(i - 1)))
          && !(i + 1 < n && ChineseNumbers.isPoint(text.charAt(i + 1))) && !measuredOne(text, i + 1)
          && !countedOne(text, i) && !firstPlace(text, i)) {
        // 一 alone is the indefinite article (一批, 进一步), never a count: skip without a look;
        // but 一吨, 一公里, 一个百分点 measure, and 学校一所 counts
        i++;
        continue;
      } else {
        m = number(text, i, true);
      }
      if (m == null) {
        i++;
        continue;
      }
      int scale = mapScaleEnd(text, m);
      if (scale > 0) {
        i = scale; // 1:5万地质灾害风险调查, 1:2000地形测绘: a map's scale, neither term a figure
        continue;
      }
      classify(text, m, open > closed && m.prefixStart - open <= QUOTE_REACH);
      m.sentenceStart = Math.min(sentence, m.prefixStart);
      if (out == null) {
        out = new ArrayList<>(Math.min(1024, 4 + text.length() / 24));
      }
      out.add(m);
      int next = Math.max(m.end, i + 1);
      for (int k = i + 1; k < next && !mayHaveMultiple; k++) { // 两倍, 3倍: the mark may be the number's unit
        mayHaveMultiple = START[chars[k]] == MULTIPLE && Multiples.mayStartMultiple(chars, k);
      }
      i = next;
    }
    List<Mention> mentions = out == null ? List.of() : out;
    if (mentions.size() > 1) {
      shareTheUnitOfAList(text, mentions);
    }
    return mayHaveMultiple ? Multiples.read(text, mentions) : mentions;
  }

  /**
   * Gives figures listed bare, with the unit written once after the last (分别增长6.2和7.5%, 分别为4.2、4.3、4.5个工作日,
   * 分别下降3.2、4.1个百分点, 1.2、3.4万元), the last one's unit and scale: the list's unit is every item's.
   */
  private static void shareTheUnitOfAList(String text, List<Mention> mentions) {
    for (int k = mentions.size() - 1; k > 0; k--) {
      Mention last = mentions.get(k);
      if (!last.isQuantity() || last.rank || last.chinese || last.unitSymbol.isEmpty()) {
        continue;
      }
      int first = k;
      while (first > 0
          && (isBareListItem(text, mentions.get(first - 1)) || beginsTheUnitOf(mentions.get(first - 1), last))
          && onlyAListJoinerBetween(text, mentions.get(first - 1).end, mentions.get(first).prefixStart)) {
        first--;
      }
      for (int q = first; q < k; q++) {
        Mention item = mentions.get(q);
        item.scale = last.scale;
        item.unitSymbol = last.unitSymbol;
        item.unitClass = last.unitClass;
        item.type = Mention.Type.QUANTITY;
      }
      k = first;
    }
  }

  /** Whether {@code m} is an Arabic figure with no unit, range or rank of its own, nor an ordinal (第1、2名). */
  private static boolean isBareListItem(String text, Mention m) {
    return m.type == Mention.Type.OTHER && m.value != null && !m.chinese && m.unitSymbol.isEmpty() && m.scale.isEmpty()
        && m.upper == null && !m.rank && !(m.prefixStart > 0 && text.charAt(m.prefixStart - 1) == '第');
  }

  /**
   * Whether {@code item} has only the first character of {@code last}'s unit, the classifier a compound unit opens with
   * (分别增长1个、2个百分点; 分别压缩至5个、10个工作日): the list's unit, written whole once at its end.
   */
  private static boolean beginsTheUnitOf(Mention item, Mention last) {
    return item.isQuantity() && item.value != null && !item.chinese && !item.rank && item.upper == null
        && item.scale.isEmpty() && last.scale.isEmpty() && item.unitSymbol.length() == 1
        && last.unitSymbol.length() > 1 && last.unitSymbol.charAt(0) == item.unitSymbol.charAt(0);
  }

  /** Whether {@code text[from, to)} is one joiner of a list (、和及与或), with spaces around it at most. */
  private static boolean onlyAListJoinerBetween(String text, int from, int to) {
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return to - from == 1 && "、和及与或".indexOf(text.charAt(from)) >= 0;
  }

  private static final byte ARABIC = 1;
  private static final byte CHINESE = 2;
  private static final byte HUNDRED = 3;
  private static final byte OPEN_QUOTE = 4;
  private static final byte CLOSE = 5;
  private static final byte SENTENCE_END = 6;
  private static final byte MULTIPLE = 7;
  /** What each character can start, looked up only for the characters that start something. */
  private static final byte[] START = new byte[65536];
  /**
   * A bit per character that starts something: 8 KB that stay in the first-level cache, where the
   * 64 KB of {@link #START} missed it for the Han characters that make up most of a text.
   */
  private static final long[] STARTS_ANYTHING = new long[65536 / 64];

  static {
    for (char c = '0'; c <= '9'; c++) {
      START[c] = ARABIC;
    }
    for (char c = '０'; c <= '９'; c++) {
      START[c] = ARABIC;
    }
    for (char c : "零〇一壹二两兩贰貳三叁參四肆五伍六陆陸七柒八捌九玖十拾".toCharArray()) {
      START[c] = CHINESE;
    }
    START['百'] = HUNDRED;
    START['千'] = HUNDRED; // 千分之六, 千余人; 三千 is read from its first numeral
    START['万'] = HUNDRED; // 万余人, 近万人
    for (char c : "“《「『〈‘【".toCharArray()) {
      START[c] = OPEN_QUOTE;
    }
    for (char c : "”》」』〉’】".toCharArray()) {
      START[c] = CLOSE;
    }
    for (char c : "。；;！？!?\n\r\t".toCharArray()) {
      START[c] = SENTENCE_END;
    }
    for (char c : Multiples.MARKS.toCharArray()) {
      START[c] = MULTIPLE;
    }
    for (int c = 0; c < START.length; c++) {
      if (START[c] != 0) {
        STARTS_ANYTHING[c >>> 6] |= 1L << c;
      }
    }
  }

  static boolean startsChinese(char c) {
    return c == '十' || c == '拾' || ChineseNumbers.digit(c) >= 0;
  }

  /** The words of a rate's denominator before 分之, longest first, and the places each moves the point. */
  private static final List<String> PER_WHAT = List.of("十万", "百万", "千万", "百", "千", "万");
  private static final int[] PER_WHAT_PLACES = {5, 6, 7, 2, 3, 4};

  /**
   * The index in {@link #PER_WHAT} of the denominator whose 分之 opens at {@code at} (百分之, 万分之, 百万分之), or -1.
   */
  private static int perWhat(String text, int at) {
    char c = text.charAt(at);
    if (c != '百' && c != '千' && c != '万' && c != '十') {
      return -1;
    }
    for (int i = 0; i < PER_WHAT.size(); i++) {
      String word = PER_WHAT.get(i);
      if (text.startsWith(word, at) && text.startsWith("分之", at + word.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * 百分之五十, 百分之 7.5: a percentage written out; 千分之六 the same in tenths of a percent (6‰), 万分之三 in
   * hundredths (0.03%).
   */
  private static Mention percentWords(String text, int at) {
    int denominator = perWhat(text, at);
    int places = PER_WHAT_PLACES[denominator];
    int words = PER_WHAT.get(denominator).length() + 2;
    boolean perMille = places == 3;
    boolean perTenThousand = places > 3;
    int k = at + words;
    while (k < text.length() && isSpace(text.charAt(k))) {
      k++;
    }
    if (k >= text.length()) {
      return null;
    }
    Mention m;
    char c = text.charAt(k);
    if (c == '百' && !perMille && !perTenThousand) {
      m = new Mention();
      m.value = BigDecimal.valueOf(100);
      m.chinese = true;
      m.numberEnd = k + 1;
    } else if (arabicDigit(c) >= 0 || startsChinese(c)) {
      m = digits(text, k);
      if (m == null) {
        return null;
      }
    } else {
      return null;
    }
    m.start = at;
    m.prefixStart = at;
    m.unitStart = m.numberEnd;
    m.unitEnd = m.numberEnd;
    m.end = m.numberEnd;
    if (perTenThousand && m.value != null) {
      m.value = m.value.movePointLeft(places - 2); // 万分之三 is 0.03%, 百万分之5 0.0005%: no unit of their own
    }
    m.unitSymbol = m.value == null ? "" : perMille ? "‰" : "%";
    m.unitClass = m.value == null ? UnitClass.NONE : UnitClass.PERCENT;
    return m;
  }

  /**
   * 千余人, 近千人, 逾万人, 超万人, 百余人, 上千人: a scale with no numeral before it, made a number by a
   * word of more or less around it — one hundred, thousand or ten thousand of the unit after it,
   * approximately. Null without such a word or without a unit (千方百计, 万元GDP, 每万人: no number).
   */
  /**
   * The last character of a verb by which a figure is reached, before a scale alone and another after it: 提高到百亿元,
   * 突破千亿元, 增至百万吨 (not 培育百亿元产业集群, where the sum qualifies the clusters).
   */
  private static final String REACHED_BY = "到至破过";

  private static Mention scaleAlone(String text, int at) {
    char before = at > 0 ? text.charAt(at - 1) : ' ';
    if (ChineseNumbers.isNumeralChar(before) || arabicDigit(before) >= 0 || before == '.') {
      return null; // the end of a number read from its first numeral
    }
    char after = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
    boolean roughly = before == '上'; // 上千人: on the order of a thousand
    boolean beyond = before == '超'; // 超万人: more than ten thousand
    boolean reached = (after == '万' || after == '亿') && REACHED_BY.indexOf(before) >= 0;
    boolean near = approximationWordBefore(text, at) > 0;
    if (after != '余' && after != '多' && !roughly && !beyond && !reached && !near
        || after == '亿' && text.charAt(at) != '万' && !reached && !near) {
      return null; // nor 迈上千亿元台阶, a milestone passed: of hundreds of 亿 only one reached or neared is a figure
    }
    Mention m = new Mention();
    m.start = at;
    m.prefixStart = at;
    m.value = BigDecimal.ONE;
    m.numberEnd = at;
    m.end = at;
    m.unitStart = at;
    m.unitEnd = at;
    approximationBefore(text, m);
    if (roughly || beyond) {
      m.prefixStart = at - 1;
      m.approximately(beyond ? Approximation.ABOVE : null);
    }
    unit(text, m);
    if (m.unitClass != UnitClass.COUNT && m.unitClass != UnitClass.MEASURE || m.numberEnd == at
        || reached && m.unitClass != UnitClass.MEASURE) {
      return null; // 近百年, 超千亿级: no count of anything
    }
    m.chinese = true;
    return m;
  }

  /**
   * 12/15个, 完成进度：12/15 — the work done over all of it, as supervision sheets write it: with a
   * unit after, a count of the done ({@code 12个}); without, the share done as a percentage (80%),
   * as 三分之二 is. Null when the two are no such pair: the first more than the second (2023/12), the
   * second a year (12/2023), not whole, or followed by a scale (15/10万, a rate per 100 000).
   */
  private static Mention doneOfAll(String text, Mention done) {
    int at = done.numberEnd + 1;
    if (arabicDigit(text.charAt(at)) < 0) {
      return null;
    }
    Mention all = digits(text, at);
    if (all == null || all.value == null || done.value.signum() < 0 || done.value.stripTrailingZeros().scale() > 0
        || all.value.stripTrailingZeros().scale() > 0 || all.value.signum() <= 0 || done.value.compareTo(all.value) > 0
        || all.value.compareTo(YEAR_FROM) >= 0 && all.value.compareTo(YEAR_TO) <= 0) {
      return null;
    }
    int after = all.numberEnd;
    if (after < text.length() && (SCALES.startingAt(text, after) > 0 || text.charAt(after) == '/' || text.charAt(after) == '.')) {
      return null; // 15/10万: a rate per 100 000; 1/2/3: no pair
    }
    // the unit after the whole is the done's: 12/15个
    Mention m = done;
    m.numberEnd = after;
    m.end = after;
    m.unitStart = after;
    m.unitEnd = after;
    approximationBefore(text, m);
    unit(text, m);
    if (m.unitClass == UnitClass.NONE) {
      m.value = percentOf(done.value, all.value);
      m.unitSymbol = "%";
      m.unitClass = UnitClass.PERCENT;
    }
    return m;
  }

  /** {@code part} of {@code whole} as a percentage to hundredths, written short: 2 of 3 is 66.67, 1 of 2 is 50. */
  private static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
    BigDecimal share = part.multiply(io.github.workreport.internal.Decimals.HUNDRED).divide(whole, 2, RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return share.scale() < 0 ? share.setScale(0) : share;
  }

  /** The years that a number after a slash may be (12/2023): no whole of any work. */
  private static final BigDecimal YEAR_FROM = BigDecimal.valueOf(1900);
  private static final BigDecimal YEAR_TO = BigDecimal.valueOf(2100);

  /** The largest denominator read as a fraction: 三分之二 and 十分之一 are shares, 千分之 is a unit of its own. */
  private static final int MAX_DENOMINATOR = 100;

  /**
   * 三分之二, 四分之一, 3分之1 after the denominator {@code m}: the share as a percentage (66.67%),
   * spanning both numerals; null when no numeral follows 分之 or the share is no fraction of a whole
   * (五分之六).
   */
  private static Mention fraction(String text, Mention denominator) {
    int at = denominator.numberEnd + 2;
    if (at >= text.length() || !(arabicDigit(text.charAt(at)) >= 0 || startsChinese(text.charAt(at)))) {
      return null;
    }
    Mention numerator = digits(text, at);
    BigDecimal whole = denominator.value;
    if (numerator == null || numerator.value == null || whole.signum() <= 0 || whole.compareTo(BigDecimal.valueOf(MAX_DENOMINATOR)) > 0
        || numerator.value.signum() <= 0 || numerator.value.compareTo(whole) > 0) {
      return null;
    }
    Mention m = numerator;
    m.start = denominator.start;
    m.prefixStart = denominator.prefixStart;
    m.chinese = denominator.chinese;
    m.value = percentOf(numerator.value, whole);
    m.unitStart = m.numberEnd;
    m.unitEnd = m.numberEnd;
    m.end = m.numberEnd;
    m.unitSymbol = "%";
    m.unitClass = UnitClass.PERCENT;
    return m;
  }

  /**
   * The number starting at {@code at} with its scale and unit, and, when {@code range}, a second
   * number making a range. Never null for a digit; null for a Chinese character that starts no
   * numeral.
   */
  private static Mention number(String text, int at, boolean range) {
    Mention m = digits(text, at);
    if (m == null) {
      return null;
    }
    if (m.value != null && text.startsWith("分之", m.numberEnd)) {
      Mention share = fraction(text, m);
      if (share != null) {
        approximationBefore(text, share);
        return share;
      }
    }
    if (m.value != null && !m.chinese && m.numberEnd + 1 < text.length() && text.charAt(m.numberEnd) == '/') {
      Mention done = doneOfAll(text, m);
      if (done != null) {
        return done;
      }
    }
    approximationBefore(text, m);
    unit(text, m);
    if (range && m.value != null) {
      range(text, m);
    }
    return m;
  }

  /** The digits (or the Chinese numeral) at {@code at}; value null when they are not a number. */
  private static Mention digits(String text, int at) {
    int n = text.length();
    Mention m = new Mention();
    m.start = at;
    char first = text.charAt(at);
    if (arabicDigit(first) >= 0) {
      // Up to 18 digits go into a long; longer numbers (rare, up to MAX_DIGITS) into a string.
      long unscaled = 0;
      int scale = 0;
      StringBuilder digits = null;
      int j = at;
      int count = 0;
      boolean point = false;
      int group = 0; // digits since the number's start or its last thousands separator
      while (j < n) {
        char c = text.charAt(j);
        int d = arabicDigit(c);
        if (d >= 0) {
          count++;
          group++;
          if (count <= 18) {
            unscaled = unscaled * 10 + d;
          } else {
            if (digits == null) {
              digits = new StringBuilder(MAX_DIGITS + 2).append(unscaled);
            }
            if (count <= MAX_DIGITS) {
              digits.append((char) ('0' + d));
            }
          }
          if (point) {
            scale++;
          }
          j++;
        } else if ((c == ',' || c == '，' && j > at && text.charAt(j - 1) >= '０' && text.charAt(j - 1) <= '９')
            && !point && isThousandsGroup(text, j)) {
          j++; // 1,230 and １，２３０
          group = 0;
        } else if (isGroupSpace(c) && !point && group >= 1 && group <= 3 && (group == 3 || j - group == at)
            && isThousandsGroup(text, j) && !percentAfter(text, j + 4)) {
          j++; // 3 628 and 12 000 000, as typeset or extracted from a PDF: a space between groups of three
          group = 0;
        } else if (!point && (c == '.' || c == '．') && j + 1 < n && arabicDigit(text.charAt(j + 1)) >= 0) {
          point = true;
          j++;
        } else if (!point && isGroupSpace(c) && j + 2 < n && text.charAt(j + 1) == '.'
            && arabicDigit(text.charAt(j + 2)) >= 0) {
          point = true; // 98 .4%: a space before the point, as text taken from a PDF leaves it
          j += 2;
        } else if (isGroupSpace(c) && j + 1 < n && arabicDigit(text.charAt(j + 1)) >= 0 && spacedDigitByDigit(text, j)) {
          j++; // 4 1 2 6张, 6. 6 2张: a PDF's digits set one by one
        } else if (!point && isGroupSpace(c) && j + 3 < n && text.charAt(j + 1) == '.' && isGroupSpace(text.charAt(j + 2))
            && arabicDigit(text.charAt(j + 3)) >= 0 && (afterWords(text, at) || spacedDigitByDigit(text, j))) {
          point = true; // 达到 3 . 0人: a point with spaces on both sides, as a PDF sets it; not an item's number
          j += 3;
        } else if (!point && (c == '.' || c == '．') && j + 2 < n && isGroupSpace(text.charAt(j + 1))
            && arabicDigit(text.charAt(j + 2)) >= 0 && afterWords(text, at)) {
          point = true; // 增长4. 6%: a space after the point; not an item's number (。2. 3个项目), which opens a clause
          j += 2;
        } else if (c == ',' && !point && group >= 1 && group <= 3 && (group == 3 || j - group == at) && j + 1 < n
            && isGroupSpace(text.charAt(j + 1)) && isThousandsGroup(text, j + 1) && afterWords(text, at)) {
          j += 2; // 新增装机 1, 256 万千瓦: a space after the thousands comma
          group = 0;
        } else {
          break;
        }
      }
      m.numberEnd = j;
      m.end = j;
      m.unitStart = j;
      m.unitEnd = j;
      if (count <= MAX_DIGITS) {
        m.value = digits != null ? new BigDecimal(new java.math.BigInteger(digits.toString()), scale)
            : scale == 0 && unscaled < SMALL_INTEGERS.length ? SMALL_INTEGERS[(int) unscaled]
            : BigDecimal.valueOf(unscaled, scale);
        if (isNegative(text, at) || at > 0 && ChineseNumbers.isMinusSign(text, at - 1)) {
          m.value = m.value.negate(); // 增长-17.5%, 负2.7%
          m.start = at - 1;
        } else if (isSign(text, at, PLUS_SIGNS)) {
          m.start = at - 1; // 增速：+18.4%, a statistical table's signed change
        }
      }
      m.prefixStart = m.start;
      return m;
    }
    // A Chinese numeral: the longest run of numeral characters, and a fraction after 点 or 點.
    int j = at;
    while (j < n && ChineseNumbers.isNumeralChar(text.charAt(j))) {
      j++;
    }
    if (j > at + 1 && ChineseNumbers.smallUnit(text.charAt(j - 1)) > 0 && !endsAfterItsWan(text, at, j - 1)) {
      Lexicon.UnitWord unit = Lexicon.unitAt(text, j - 1);
      if (unit != null && unit.text.length() > 1) {
        j--; // 十五万千瓦: the 千 opens the unit's word (千瓦, 千米, 千克), not the numeral
      }
    }
    if (j == at || j > at + 1 && ChineseNumbers.isFinancial(text.charAt(at))
        && ChineseNumbers.isCommonForm(text.charAt(at + 1))) {
      return null; // 队伍六十支: a numeral of the financial form is never run into the common one, so 伍 is a word's
    }
    boolean fraction = false;
    if (j + 1 < n && ChineseNumbers.isPoint(text.charAt(j)) && ChineseNumbers.digit(text.charAt(j + 1)) >= 0) {
      int k = j + 1;
      while (k < n && ChineseNumbers.digit(text.charAt(k)) >= 0) {
        k++;
      }
      j = k; // 六点五, 零点八
      fraction = true;
    }
    m.chinese = true;
    m.numberEnd = j;
    m.end = j;
    m.unitStart = j;
    m.unitEnd = j;
    m.prefixStart = at;
    boolean units = false;
    for (int k = at; k < j; k++) {
      char c = text.charAt(k);
      if (ChineseNumbers.smallUnit(c) > 0 || ChineseNumbers.isBigUnit(c)) {
        units = true;
        break;
      }
    }
    // Digit strings (一二, 三五) are prose or years; only a four-digit year is read.
    int whole = fraction ? pointAt(text, at, j) - at : j - at;
    if (units || whole == 1 || j - at == 4 && j < n && text.charAt(j) == '年') {
      m.value = ChineseNumbers.parse(text, at, j);
    }
    if (at > 0 && ChineseNumbers.isMinusSign(text, at - 1) && m.value != null) {
      m.value = m.value.negate();
      m.start = at - 1;
      m.prefixStart = m.start;
    }
    return m;
  }

  /**
   * Whether the small unit at {@code unit} counts a digit after a big unit (一万八千元, 三万五千元): the numeral's own
   * thousands, not the opening of a unit's word (十五万千瓦, where 千 follows 万 straight).
   */
  private static boolean endsAfterItsWan(String text, int at, int unit) {
    if (ChineseNumbers.digit(text.charAt(unit - 1)) < 0) {
      return false;
    }
    for (int k = at; k < unit - 1; k++) {
      if (ChineseNumbers.isBigUnit(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether words (Han characters, perhaps a sign and spaces between) stand right before the number at {@code at}. */
  private static boolean afterWords(String text, int at) {
    int k = at - 1;
    while (k >= 0 && isGroupSpace(text.charAt(k))) {
      k--;
    }
    if (k >= 0 && (text.charAt(k) == '-' || text.charAt(k) == '+' || text.charAt(k) == '－')) {
      k--;
    }
    return k >= 0 && Lexicon.isHan(text.charAt(k));
  }

  /**
   * Whether a percent sign follows at {@code k}, perhaps after spaces: no one groups the thousands of a
   * percentage, so 100 100% is two cells of a row, a figure and its rate, not 100100%.
   */
  private static boolean percentAfter(String text, int k) {
    k = skipSpaces(text, Math.min(k, text.length()));
    return k < text.length() && (text.charAt(k) == '%' || text.charAt(k) == '％');
  }

  /** How far on each side of a space between digits {@link #spacedDigitByDigit} looks for others. */
  private static final int SPACING_REACH = 80;

  /**
   * Whether the space at {@code space}, between digits, is one of a text whose digits are set one by
   * one, as some PDFs give them (床位 4 1 2 6 张，6. 6 2 张): near it, at least twice a lone digit stands
   * before a space and a digit, or a lone digit and the rest are set off by spaces from the words on
   * both sides (增长 1 0 % 以上). Two numbers side by side (目标 3500 3862) have no lone digit, and a single case
   * run into words (体检2 3418人) is not enough to join them. Looks within {@link #SPACING_REACH}
   * characters, so a text of many numbers costs no more per number.
   */
  private static boolean spacedDigitByDigit(String text, int space) {
    boolean lonePair = space >= 2 && arabicDigit(text.charAt(space - 1)) >= 0 && arabicDigit(text.charAt(space - 2)) < 0;
    // back over the digits before, a point among them spaced or not (1. 0 1)
    int left = space - 1;
    int leftmost = Math.max(1, space - SPACING_REACH);
    while (left > leftmost && (arabicDigit(text.charAt(left)) >= 0 || text.charAt(left) == '.'
        || isGroupSpace(text.charAt(left)) && (arabicDigit(text.charAt(left - 1)) >= 0 || text.charAt(left - 1) == '.'))) {
      left--;
    }
    int right = space + 1;
    int rightmost = Math.min(text.length() - 1, space + SPACING_REACH);
    // over the rest of the digits, a point among them spaced or not (1 0. 0, 3 . 5)
    while (right < rightmost && (arabicDigit(text.charAt(right)) >= 0 || text.charAt(right) == '.'
        || isGroupSpace(text.charAt(right)) && (arabicDigit(text.charAt(right + 1)) >= 0 || text.charAt(right + 1) == '.'))) {
      right++;
    }
    if (lonePair && left > 0 && isGroupSpace(text.charAt(left)) && Lexicon.isHan(text.charAt(left - 1))
        && isGroupSpace(text.charAt(right))) {
      return true;
    }
    int lone = 0;
    for (int k = Math.max(1, space - SPACING_REACH), end = Math.min(text.length() - 2, space + SPACING_REACH); k < end; k++) {
      if (isGroupSpace(text.charAt(k)) && arabicDigit(text.charAt(k + 1)) >= 0 && arabicDigit(text.charAt(k - 1)) >= 0
          && (k < 2 || arabicDigit(text.charAt(k - 2)) < 0) && ++lone == 2) {
        return true;
      }
    }
    return false;
  }

  /** A space that may stand between groups of three digits: the ASCII one, and the no-break and thin ones. */
  private static boolean isGroupSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u2009' || c == '\u202f';
  }

  /**
   * A comma (or a space, see {@link #isGroupSpace}) followed by exactly three digits is a thousands
   * separator: 193,812.
   */
  private static boolean isThousandsGroup(String text, int comma) {
    int n = text.length();
    boolean wide = text.charAt(comma) == '，';
    for (int k = 1; k <= 3; k++) {
      if (comma + k >= n || arabicDigit(text.charAt(comma + k)) < 0
          || wide && !(text.charAt(comma + k) >= '０' && text.charAt(comma + k) <= '９')) {
        return false;
      }
    }
    return comma + 4 >= n || arabicDigit(text.charAt(comma + 4)) < 0;
  }

  /** Where 点 or 點 stands in {@code text[from, to)}, or {@code to}. */
  private static int pointAt(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (ChineseNumbers.isPoint(text.charAt(k))) {
        return k;
      }
    }
    return to;
  }

  /** Whether a unit of measure or 个百分点 starts at {@code at}: 一吨, 一公里 and 一个百分点 are amounts, 一批 is not. */
  private static boolean measuredOne(String text, int at) {
    UnitWord word = Lexicon.unitAt(text, at);
    return word != null && (word.unitClass == UnitClass.MEASURE || word.unitClass == UnitClass.POINTS);
  }

  /** Classifiers of things built or set up, which 一 after its noun counts: 学校一所, 公园一处. */
  private static final String COUNTED_ONE_CLASSIFIERS = "个所座处家条项套台辆栋幢间艘架队块";
  /** Characters before 一 that make it part of a word (第一, 每一, 之一, 统一, 唯一, 同一, 其一) rather than a count. */
  private static final String NOT_COUNT_BEFORE_ONE = "第每之统唯万单同任逐其某合归专划";

  /**
   * Whether the 一 at {@code at} counts one thing written after its noun, the way a task table
   * lists work (新建学校一所, 建成体育馆一个, 公园一处、游园三处): a noun right before it, a classifier of
   * things after it, and nothing after that but the end of the clause or of a list item. Before its
   * noun (一所学校, 一个平台) or with a loose classifier (一批, 一次) 一 stays the indefinite article.
   */
  private static boolean countedOne(String text, int at) {
    if (at == 0 || at + 1 >= text.length()) {
      return false;
    }
    char prev = text.charAt(at - 1);
    if (!Lexicon.isHan(prev) || NOT_COUNT_BEFORE_ONE.indexOf(prev) >= 0 || ChineseNumbers.isNumeralChar(prev)
        || COUNTED_ONE_CLASSIFIERS.indexOf(text.charAt(at + 1)) < 0 || Lexicon.wordAt(text, at + 1) > 0) {
      return false;
    }
    return endsItem(text, at + 2);
  }

  /** Whether the clause or a list item (…、) ends at {@code end}, after spaces. */
  private static boolean endsItem(String text, int end) {
    int k = end;
    while (k < text.length() && isSpace(text.charAt(k))) {
      k++;
    }
    return k == text.length() || Lexicon.isClauseEnd(text.charAt(k)) || text.charAt(k) == '、';
  }

  /** Words of a bound after a count that leave it the last of its item: 举办比赛三场以上。 */
  private static final WordSet BOUND_AFTER = WordSet.of("及以上", "以上", "左右", "以内", "以下", "上下");

  /** Whether the clause or a list item ends at {@code end}, after spaces and a bound word (三场以上。). */
  private static boolean endsItemWithItsBound(String text, int end) {
    int k = end;
    while (k < text.length() && isSpace(text.charAt(k))) {
      k++;
    }
    k += BOUND_AFTER.startingAt(text, k);
    return endsItem(text, k) || endsItem(text, afterAnAside(text, k));
  }

  /** The most characters of an aside after a count that names the things counted: 两个（新材料、生物医药）. */
  private static final int NAMED_ASIDE_REACH = 40;

  /** Where an aside opening at {@code k} closes, past its bracket, or {@code k} if none opens or closes near. */
  private static int afterAnAside(String text, int k) {
    if (k >= text.length() || text.charAt(k) != '（' && text.charAt(k) != '(') {
      return k;
    }
    for (int j = k + 1; j < text.length() && j <= k + NAMED_ASIDE_REACH; j++) {
      char c = text.charAt(j);
      if (c == '）' || c == ')') {
        return j + 1;
      }
      if (c == '（' || c == '(' || Lexicon.isSentenceEnd(c)) {
        return k;
      }
    }
    return k;
  }

  /** A minus sign directly before the digits, not between two numbers: 增长-17.5%, not 2019-2020. */
  private static boolean isNegative(String text, int at) {
    return isSign(text, at, MINUS_SIGNS);
  }

  private static final String MINUS_SIGNS = "-－−";
  private static final String PLUS_SIGNS = "+＋";

  /**
   * Whether one of {@code signs} stands directly before the digits at {@code at}, not between two
   * numbers or after a name: 增长-17.5%, +18.4%; not 2019-2020, 3%-5%, 1+4, A+.
   */
  private static boolean isSign(String text, int at, String signs) {
    if (at == 0 || signs.indexOf(text.charAt(at - 1)) < 0) {
      return false;
    }
    if (at == 1) {
      return true;
    }
    char before = text.charAt(at - 2);
    // 5个-10个: a unit ending the number before makes the mark a range's dash; not 增幅-0.1, whose 幅 ends a word
    boolean unitOfANumber = Lexicon.unitAt(text, at - 2) != null
        && (at < 3 || arabicDigit(text.charAt(at - 3)) >= 0 || ChineseNumbers.isNumeralChar(text.charAt(at - 3))
            || Lexicon.isSpace(text.charAt(at - 3)) || "万亿千百".indexOf(text.charAt(at - 3)) >= 0);
    return arabicDigit(before) < 0 && !isAsciiLetter(before) && !ChineseNumbers.isNumeralChar(before)
        && !unitOfANumber && !endsWithUnit(text, at - 1);
  }

  /** Whether a unit ends at {@code end} (so a following hyphen joins a range: 3%-5%). */
  private static boolean endsWithUnit(String text, int end) {
    char c = text.charAt(end - 1);
    return c == '%' || c == '％' || c == '元' || c == '米' || c == '年' || c == '月';
  }

  /** The length of the word of approximation ending at {@code k}, or 0 when none or its character ends another word. */
  private static int approximationWordBefore(String text, int k) {
    int len = APPROX_BEFORE.endingAt(text, k);
    return len == 1 && endsAWord(text, k) ? 0 : len;
  }

  /** Whether the character before {@code k} ends a word of two of which it is no word on its own (签约, 平均). */
  static boolean endsAWord(String text, int k) {
    return ENDING_IN_A_WORD.endingAt(text, k) > 0;
  }

  /** Marks {@code m} approximate, its prefix the word before it, when a word of approximation ends right before it (近, 约为). */
  static void approximationBefore(String text, Mention m) {
    int k = m.start;
    while (k > 0 && isSpace(text.charAt(k - 1))) {
      k--;
    }
    int len = approximationWordBefore(text, k);
    if (len > 0) {
      m.prefixStart = k - len;
      m.prefix = text.substring(k - len, k);
      m.approximately(sideOf(text.charAt(k - 1)));
    }
  }

  /** The side an approximation word ending in {@code last} gives: 近 and 不到 below, 超过 and 逾 above, 约 none. */
  private static Approximation sideOf(char last) {
    switch (last) {
      case '近': // 近, 将近, 接近
      case '到': // 不到
      case '足': // 不足
        return Approximation.BELOW;
      case '过': // 超过
      case '逾':
        return Approximation.ABOVE;
      default: // 约, 大约, 约为, 约有, 多达
        return null;
    }
  }

  /** 余/多, a scale, 余/多 again, spaces, the unit and a compound unit's tail. */
  private static void unit(String text, Mention m) {
    if (m.value == null) {
      return;
    }
    int n = text.length();
    int k = skipSpaces(text, m.numberEnd);
    k = approximationAfter(text, m, k);
    UnitWord word = Lexicon.unitAt(text, k);
    if (word == null) {
      int scaleLength = SCALES.startingAt(text, k);
      if (scaleLength == 0 && !m.chinese && k < n && (text.charAt(k) == '千' || text.charAt(k) == '百')
          && Lexicon.unitAt(text, k) == null) {
        // 5千人, 3百亩: a scale that Unit does not write
        m.value = m.value.scaleByPowerOfTen(text.charAt(k) == '千' ? 3 : 2);
        scaleLength = 1;
        k = approximationAfter(text, m, skipSpaces(text, k + 1));
        m.numberEnd = k;
        word = Lexicon.unitAt(text, k);
      } else if (scaleLength > 0) {
        // One of 万, 亿, 万亿, 千万, 百万, 千亿, 百亿 (or their traditional forms), told by its first character
        char first = text.charAt(k);
        if (first == '千' || first == '百') {
          m.value = m.value.scaleByPowerOfTen(first == '千' ? 3 : 2);
          char second = text.charAt(k + 1);
          m.scale = second == '亿' || second == '億' ? "亿" : "万";
        } else if (scaleLength == 2) {
          m.scale = "万亿";
        } else {
          m.scale = first == '万' || first == '萬' ? "万" : "亿";
        }
        k = approximationAfter(text, m, skipSpaces(text, k + scaleLength));
        m.numberEnd = k;
        word = Lexicon.unitAt(text, k);
      }
    }
    if (word != null && word.unitClass == UnitClass.DATE && daysWithin(text, m, k, word)) {
      word = DAYS; // 支付时间压缩至10日以内, 3日内办结: days counted, no day of a month
    }
    if (word == null && k < n && text.charAt(k) == '倍' && Multiples.multipleNamedBefore(text, m.prefixStart)) {
      word = MULTIPLES_UNIT; // 放大倍数达到3倍以上: a multiple's level, counted in 倍 as a score is in 分
    }
    if (word == null) {
      m.unitClass = UnitClass.NONE;
      int one = toOne(text, k);
      if (one > k) {
        m.end = one;
        m.toOne = true;
      }
      return;
    }
    if (Lexicon.wordAt(text, k) > word.text.length()) {
      m.unitClass = UnitClass.NONE; // 3人民 is no count of 人, 3个人 none of 个: a unit ends where its word ends
      return;
    }
    if (word.symbol.equals(AGE) && namesPeopleOfAnAge(text, k + word.text.length())) {
      m.unitClass = UnitClass.NONE; // 80岁以上老年人, 0-6岁儿童: an age that qualifies people, no quantity
      return;
    }
    m.unitStart = k;
    m.unitEnd = k + word.text.length();
    m.unitSymbol = word.symbol;
    m.unitClass = word.unitClass;
    m.end = m.unitEnd;
    compoundTail(text, m);
    jointUnitInParentheses(text, m);
    minutesAndSeconds(text, m);
    if (m.unitClass == UnitClass.MEASURE && m.end < n && text.charAt(m.end) == '半' && m.value.scale() <= 0) {
      m.value = m.value.add(HALF); // 一吨半, 两米半
      m.end++;
    }
  }

  /**
   * Where a ratio's second term, 1, ends when the colon at {@code k} opens it (生师比19:1以内, 之比2.3∶1): the ratio is
   * its first term, and the 1 no figure of its own; else {@code k}. Not a time (10:15) nor a second term of another
   * value (3:2).
   */
  private static int toOne(String text, int k) {
    int n = text.length();
    if (k + 1 >= n || RATIO_COLONS.indexOf(text.charAt(k)) < 0 || Lexicon.arabicDigit(text.charAt(k + 1)) != 1) {
      return k;
    }
    int end = k + 2;
    boolean more = end < n && (Lexicon.arabicDigit(text.charAt(end)) >= 0 || ChineseNumbers.isPoint(text.charAt(end)));
    return more ? k : end;
  }

  /**
   * Where a map's scale ends when {@code m} is its first term, 1, right before a ratio's colon and the second term's
   * digits (1:5万, 1∶2000, 1:2.5万); else -1.
   */
  private static int mapScaleEnd(String text, Mention m) {
    int k = m.numberEnd;
    if (m.value == null || m.value.compareTo(BigDecimal.ONE) != 0 || m.numberEnd - m.start != 1
        || k + 1 >= text.length() || RATIO_COLONS.indexOf(text.charAt(k)) < 0
        || Lexicon.arabicDigit(text.charAt(k + 1)) < 0) {
      return -1;
    }
    k++;
    while (k < text.length() && (Lexicon.arabicDigit(text.charAt(k)) >= 0 || ChineseNumbers.isPoint(text.charAt(k)))) {
      k++;
    }
    return k < text.length() && (text.charAt(k) == '万' || text.charAt(k) == '千') ? k + 1 : k;
  }

  /** The colons a ratio is written with: ASCII, full-width and the ratio sign ∶. */
  private static final String RATIO_COLONS = ":：∶";

  /** 日 as days counted: a duration, as 天 is. */
  private static final Lexicon.UnitWord DAYS = new Lexicon.UnitWord("日", "天", UnitClass.DURATION);

  /**
   * Whether the 日 at {@code k} after the number counts days, no day of a month: days within which a thing is done
   * (10日以内, 3日内), a figure no month has (平均审理期限为38.5日, 45日), or one a span's name stands before in its
   * clause (办理时限为15日).
   */
  private static boolean daysWithin(String text, Mention m, int k, UnitWord word) {
    if (!word.text.equals("日") || m.start > 0 && text.charAt(m.start - 1) == '月') {
      return false;
    }
    int after = k + word.text.length();
    return text.startsWith("以内", after) || text.startsWith("内", after)
        || m.value.stripTrailingZeros().scale() > 0 || m.value.compareTo(DAYS_IN_A_MONTH) > 0
        || SPANS.within(text, Reading.clauseStart(text, m.start), m.start);
  }

  private static final BigDecimal DAYS_IN_A_MONTH = BigDecimal.valueOf(31);

  /** Names of a span of time: 期限, 时限, 用时, 周期. */
  private static final WordSet SPANS = WordSet.of("期限", "时限", "用时", "周期", "时长", "天数");

  /** 倍 as the unit of a multiple's level. */
  static final Lexicon.UnitWord MULTIPLES_UNIT = new Lexicon.UnitWord("倍", "倍", UnitClass.COUNT);

  private static final String AGE = "岁";
  private static final WordSet AROUND_AN_AGE = WordSet.of("及以上", "及以下", "以上", "以下", "以内", "左右", "的");
  private static final WordSet PEOPLE_OF_AN_AGE = WordSet.of("老年", "老人", "儿童", "婴幼儿", "幼儿", "青少年", "少年",
      "青年", "人口", "人员", "人群", "居民", "妇女", "学生", "群众", "孕产妇", "新生儿", "男性", "女性", "困难", "高龄",
      "失能", "残疾", "退役", "农民", "村民", "职工", "劳动力", "适龄", "学龄",
      // where the people live, before who they are (60周岁以上农村老年人)
      "农村", "城镇", "城乡", "城市", "户籍", "辖区", "低收入", "特困");

  /** Whether the words after an age at {@code k} name the people of that age (以上老年人, 儿童): no quantity. */
  private static boolean namesPeopleOfAnAge(String text, int k) {
    return PEOPLE_OF_AN_AGE.startingAt(text, k + AROUND_AN_AGE.startingAt(text, k)) > 0;
  }

  private static int approximationAfter(String text, Mention m, int k) {
    if (k < text.length()) {
      char c = text.charAt(k);
      if (c == '余' || c == '多') {
        m.approximately(Approximation.AT_LEAST);
        m.numberEnd = k + 1;
        return skipSpaces(text, k + 1);
      }
    }
    return k;
  }

  private static final BigDecimal SECONDS_A_MINUTE = BigDecimal.valueOf(60);

  /**
   * A time in minutes and seconds (平均急救反应时间10分52秒): one duration in minutes, its seconds a
   * fraction of one to two places (10.87分钟), not a score of 10分 beside a number of 秒.
   */
  private static void minutesAndSeconds(String text, Mention m) {
    if (!m.unitSymbol.equals("分") && !m.unitSymbol.equals("分钟") || m.value.scale() > 0 || m.chinese) {
      return;
    }
    int k = m.end;
    int digits = 0;
    while (k + digits < text.length() && digits < 3 && Lexicon.isAsciiDigit(text.charAt(k + digits))) {
      digits++;
    }
    if (digits == 0 || k + digits >= text.length() || text.charAt(k + digits) != '秒') {
      return;
    }
    BigDecimal seconds = new BigDecimal(text.substring(k, k + digits));
    if (seconds.compareTo(SECONDS_A_MINUTE) >= 0) {
      return;
    }
    m.value = m.value.add(seconds.divide(SECONDS_A_MINUTE, 2, RoundingMode.HALF_UP)).stripTrailingZeros();
    m.unitSymbol = "分钟";
    m.unitClass = UnitClass.DURATION;
    m.unitEnd = k + digits + 1;
    m.end = m.unitEnd;
  }

  /**
   * A classifier whose second character is written in parentheses (1400台（套）, 台(套)): the classifier
   * of both, 台套, where the pair is one the lexicon knows.
   */
  private static void jointUnitInParentheses(String text, Mention m) {
    int k = m.end;
    if (k + 2 >= text.length() || m.unitSymbol.isEmpty() || m.end != m.unitEnd
        || text.charAt(k) != '（' && text.charAt(k) != '(' || text.charAt(k + 2) != '）' && text.charAt(k + 2) != ')') {
      return;
    }
    String joint = m.unitSymbol + text.charAt(k + 1);
    UnitWord word = Lexicon.unitAt(joint, 0);
    if (word != null && word.text.length() == joint.length() && word.unitClass == m.unitClass) {
      m.unitSymbol = word.symbol;
      m.unitEnd = k + 3;
      m.end = m.unitEnd;
      return;
    }
    // 1.5万卷（件）以上: another classifier of the same things, no joint one, written as an alternative to the first
    UnitWord alternative = Lexicon.unitAt(text, k + 1);
    if (m.unitClass == UnitClass.COUNT && alternative != null && alternative.text.length() == 1
        && alternative.unitClass == UnitClass.COUNT) {
      m.unitEnd = k + 3;
      m.end = m.unitEnd;
    }
  }

  /** Scales a denominator may carry: 批次/千人, 件/万人, 张/百人. */
  private static final String DENOMINATOR_SCALES = "百千万";

  /** 元/月/人, 微克/立方米: a unit followed by slashes and words. */
  private static void compoundTail(String text, Mention m) {
    int n = text.length();
    int k = m.unitEnd;
    StringBuilder symbol = null;
    for (int slashes = 0; slashes < 2 && k + 1 < n && (text.charAt(k) == '/' || text.charAt(k) == '／'); slashes++) {
      int over = k + 1;
      // 批次/千人, 件/万人: a denominator counted in thousands or more, its scale part of the symbol
      int w = over + 1 < n && DENOMINATOR_SCALES.indexOf(text.charAt(over)) >= 0 ? over + 1 : over;
      UnitWord word = Lexicon.unitAt(text, w);
      // 人年, 人次, 户年: two characters of a denominator beat a one-character unit word
      int run = w;
      while (run < n && run - w < 2 && DENOMINATOR.indexOf(text.charAt(run)) >= 0) {
        run++;
      }
      int end;
      if (word != null && word.unitClass != UnitClass.DATE && w + word.text.length() >= run) {
        end = w + word.text.length();
      } else if (run > w) {
        end = run;
      } else {
        break;
      }
      if (w > over && (word == null || word.unitClass != UnitClass.COUNT) && run == w) {
        break; // 元/万元 is no count per thousands: only people and things counted so
      }
      if (end + 1 < n && MIDDLE_DOTS.indexOf(text.charAt(end)) >= 0 && DENOMINATOR.indexOf(text.charAt(end + 1)) >= 0) {
        end += 2; // 元/人·年: per person and year
      }
      if (symbol == null) {
        symbol = new StringBuilder(m.unitSymbol);
      }
      symbol.append('/').append(text, over, end);
      k = end;
    }
    if (symbol != null) {
      m.unitSymbol = symbol.toString();
      m.unitClass = UnitClass.COMPOUND;
      m.unitEnd = k;
      m.end = k;
    }
  }

  /** A second number joined by 到, 至, ~ or a dash: 3到5万, 4.5%至5%, 2019年至2020年. */
  private static void range(String text, Mention m) {
    int n = text.length();
    int k = skipSpaces(text, Math.max(m.end, m.numberEnd)); // after a scale with no unit: 25万-30万人次
    if (k >= n) {
      return;
    }
    char c = text.charAt(k);
    if (c != '到' && c != '至' && c != '~' && c != '～' && c != '-' && c != '－' && c != '—' && c != '–' && c != '〜') {
      return;
    }
    k++;
    while (k < n && (text.charAt(k) == '—' || text.charAt(k) == '-')) {
      k++;
    }
    k = skipSpaces(text, k);
    if (k >= n) {
      return;
    }
    char d = text.charAt(k);
    boolean arabic = arabicDigit(d) >= 0;
    if (arabic == m.chinese || !arabic && !startsChinese(d)) {
      return;
    }
    Mention second = number(text, k, false);
    if (second == null || second.value == null) {
      return;
    }
    boolean firstBare = m.unitSymbol.isEmpty() && m.scale.isEmpty();
    // 25万-30万人次, 1.6亿-1.7亿吨: each bound carries its scale, the unit follows the second only
    boolean firstScaleOnly = m.unitSymbol.isEmpty() && !m.scale.isEmpty() && m.scale.equals(second.scale);
    if (!firstBare && !firstScaleOnly && !(second.symbol().equals(m.symbol()) || second.symbol().isEmpty())) {
      return;
    }
    if (firstBare || firstScaleOnly) {
      m.scale = second.scale;
      m.unitSymbol = second.unitSymbol;
      m.unitClass = second.unitClass;
      m.unitStart = second.unitStart;
      m.unitEnd = second.unitEnd;
    }
    if (m.unitClass == UnitClass.DATE) {
      if ("年".equals(m.unitSymbol) && isYear(second.value)) {
        m.lastYear = second.value.intValueExact();
      }
    } else if (second.value.compareTo(m.value) < 0) {
      return; // 5到3 is no range
    }
    m.upper = second.value;
    if (second.approximate) {
      m.approximately(second.approximation); // 3000—4000余人
    }
    m.end = second.end;
  }

  private static int skipSpaces(String text, int k) {
    while (k < text.length() && isSpace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  private static final BigDecimal FIRST_YEAR = BigDecimal.valueOf(1900);
  private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(2100);
  private static final BigDecimal DECEMBER = BigDecimal.valueOf(12);

  private static boolean isYear(BigDecimal v) {
    return v.scale() <= 0 && v.compareTo(FIRST_YEAR) >= 0 && v.compareTo(LAST_YEAR) <= 0;
  }

  /** Decides the type of a scanned number from its unit and the characters around it. */
  private static void classify(String text, Mention m, boolean afterOpenQuote) {
    if (m.value == null) {
      m.type = Mention.Type.OTHER;
      return;
    }
    if (m.unitClass == UnitClass.DATE) {
      m.type = Mention.Type.DATE;
      if (m.unitSymbol.equals("年") && isYear(m.value) && m.scale.isEmpty()) {
        m.year = m.value.intValueExact();
      } else if (m.unitSymbol.equals("月") && m.scale.isEmpty()) {
        BigDecimal month = m.upper != null ? m.upper : m.value;
        if (month.scale() <= 0 && month.signum() > 0 && month.compareTo(DECEMBER) <= 0) {
          m.month = month.intValueExact();
        }
      }
      return;
    }
    m.type = isQuantity(text, m, afterOpenQuote) ? Mention.Type.QUANTITY : Mention.Type.OTHER;
  }

  private static boolean isQuantity(String text, Mention m, boolean afterOpenQuote) {
    if (m.unitClass == UnitClass.NONE && m.scale.isEmpty() && m.upper == null && placeWithoutItsClassifier(text, m)) {
      m.unitSymbol = "名"; // 金牌数列全省第二。, 排名全市前三: a place, though written without 名 or 位
      m.unitClass = UnitClass.COUNT;
    }
    if (!m.unitClass.isQuantity()) {
      return false;
    }
    int before = m.prefixStart;
    while (before > 0 && isSpace(text.charAt(before - 1))) {
      before--;
    }
    char prev = before > 0 ? text.charAt(before - 1) : ' ';
    char prevTight = m.start > 0 ? text.charAt(m.start - 1) : ' ';
    if ((prev == '第' || prev == '前') && ranked(text, m, before - 1)) {
      m.rank = true; // 排名全省第4位, 保持全省前5位: a place in a ranking, no ordinal of a batch
      return true;
    }
    if (prev == '第' || prev == '届' && m.chinese) {
      return false;
    }
    if (isAsciiLetter(prevTight) || prevTight == '+' || prevTight == '＋' || prevTight == '×' || prevTight == '.') {
      return false;
    }
    char next = m.end < text.length() ? text.charAt(m.end) : ' ';
    char afterNumber = m.numberEnd < text.length() ? text.charAt(m.numberEnd) : ' ';
    if (next == '+' || next == '＋' || afterNumber == '+' || afterNumber == '＋') {
      return false;
    }
    if (SESSION_AFTER.startingAt(text, m.unitStart) > 0) {
      return false;
    }
    if ((prev == '时' || prev == '点') && before >= 2 && Lexicon.arabicDigit(text.charAt(before - 2)) >= 0
        && text.startsWith("分", m.unitStart)) {
      return false; // 10时30分: a time of day, no score
    }
    boolean measured = m.unitClass == UnitClass.MEASURE || m.unitClass == UnitClass.POINTS;
    if (m.chinese && m.numberEnd - m.start == 1 && !measured) {
      char digit = text.charAt(m.start);
      if (ChineseNumbers.digit(digit) == 0 && "在为至到".indexOf(prev) < 0
          || ChineseNumbers.digit(digit) == 1 && !countedOne(text, m.start)) {
        // 一 alone is the indefinite article: 一批, 一个平台; 零 alone a word (零部件, 零售) but after a bound's
        // verb (控制在零起, 降为零起), none of the things counted
        return false;
      }
      if (digit == '二'
          && !(m.unitClass == UnitClass.COUNT && Lexicon.isHan(prev) && endsItemWithItsBound(text, m.end))) {
        // 二次供水, 二级医院, 二类: a term or a grade; a count of two says 两 (新建两所), or ends its item with its
        // classifier as other counts in words do (新建…创新实践基地二个。)
        return false;
      }
      // 期间两次走访慰问: times counted with 两, which names no term (三次产业 does), whatever stands before
      boolean twice = digit == '两' && "次".equals(m.unitSymbol);
      // 孵化基地（园区）两个: an aside of words after the thing stands between it and its count
      int aside = prev == '）' || prev == ')'
          ? Lexicon.asideOpenAt(text, Math.max(0, before - ASIDE_REACH), before - 1) : -1;
      char word = aside > 0 ? text.charAt(aside - 1) : prev;
      if (!twice && COUNT_CONTEXT.indexOf(prev) < 0
          && !(Lexicon.isHan(word) && (endsItemWithItsBound(text, m.end) || countsAListOfNames(text, before)))
          && !((before == 0 || Lexicon.isClauseEnd(prev)) && m.unitClass == UnitClass.COUNT
              && doneAfterTheCount(text, m.end))) {
        return false; // 三个代表, 四个全覆盖; but 农贸市场五个。 ends its clause (or list item) with the count
      }
    }
    return !(afterOpenQuote && closesSoon(text, m.end));
  }

  /** The longest aside between a thing and its count in words: （园区）, （含分园）. */
  private static final int ASIDE_REACH = 8;

  /** How far after a count opening its clause the things may be said done: 五个中医馆均已建成. */
  private static final int DONE_REACH = 12;

  /**
   * Whether the clause after a count that opens it says the things done (五个中医馆均已建成投用, 三个项目已全部完工): a count of
   * them, not a name such as 三个代表 or 四个全覆盖.
   */
  private static boolean doneAfterTheCount(String text, int from) {
    for (int k = from; k < text.length() && k < from + DONE_REACH && !Lexicon.isClauseEnd(text.charAt(k)); k++) {
      char c = text.charAt(k);
      if (c == '已' || c == '均' && k + 1 < text.length() && text.charAt(k + 1) == '已') {
        return true;
      }
    }
    return false;
  }

  /** Whether the 一 at {@code i} is first place in a ranking, its clause ending after it: 位列全市第一。 */
  private static boolean firstPlace(String text, int i) {
    if (i == 0 || text.charAt(i - 1) != '第' || i + 1 < text.length() && !Lexicon.isClauseEnd(text.charAt(i + 1))) {
      return false;
    }
    return RANKED.within(text, Math.max(0, i - 1 - RANK_REACH), i - 1);
  }

  /**
   * Whether the number is a place after 第 or 前 that a ranking word puts the thing in, its clause (or
   * the text) ending right after it: 列全省第二。, 进入全市前三，.
   */
  private static boolean placeWithoutItsClassifier(String text, Mention m) {
    if (m.prefixStart < 1 || text.charAt(m.prefixStart - 1) != '第' && text.charAt(m.prefixStart - 1) != '前') {
      return false;
    }
    int mark = m.prefixStart - 1;
    return (m.end >= text.length() || Lexicon.isClauseEnd(text.charAt(m.end)))
        && RANKED.within(text, Math.max(0, mark - RANK_REACH), mark);
  }

  /** Words that put a thing in a ranking before its place: 排名全省第4位, 保持全市前三位. */
  static final String[] RANKING_VERBS = {"排名", "排位", "位列", "位居", "居全", "列全", "稳居", "保持", "进入", "跻身",
      "挺进", "排在", "名列"};
  private static final WordSet RANKED = WordSet.of(RANKING_VERBS);
  /** How far before 第 or 前 a ranking word may stand: 排名全省第, 保持全国同类城市前. */
  private static final int RANK_REACH = 8;

  /** Whether the place {@code m} counted in 位 or 名 after 第 or 前 at {@code mark} is one in a ranking. */
  private static boolean ranked(String text, Mention m, int mark) {
    if (!m.scale.isEmpty() || !m.unitSymbol.equals("位") && !m.unitSymbol.equals("名") || m.upper != null) {
      return false;
    }
    int before = mark;
    while (before > 0 && isSpace(text.charAt(before - 1))) {
      before--;
    }
    // 完成：第4位, a table's cell under a ranking's header
    return before > 0 && (text.charAt(before - 1) == '：' || text.charAt(before - 1) == ':')
        || RANKED.within(text, Math.max(0, mark - RANK_REACH), mark);
  }

  /** The most characters of a name in a list that a count after it counts: 城投、交投、文旅三家. */
  private static final int NAME_REACH = 8;

  /**
   * Whether the Han words right before {@code at} end a list of names joined by 、 (城投、交投、文旅三家企业,
   * 东关、西关两所卫生院): the numeral counts them.
   */
  private static boolean countsAListOfNames(String text, int at) {
    for (int k = at - 1; k >= 0 && k >= at - NAME_REACH; k--) {
      char c = text.charAt(k);
      if (c == '、') {
        return k < at - 1 && k > 0 && Lexicon.isHan(text.charAt(k - 1));
      }
      if (!Lexicon.isHan(c)) {
        return false;
      }
    }
    return false;
  }

  /** Whether nothing but spaces lies between {@code end} and the end of its clause or of the text. */
  private static boolean endsClause(String text, int end) {
    int k = end;
    while (k < text.length() && isSpace(text.charAt(k))) {
      k++;
    }
    return k == text.length() || Lexicon.isClauseEnd(text.charAt(k));
  }

  /** Whether a quote or book-title mark closes shortly after {@code end}, before any opens. */
  private static boolean closesSoon(String text, int end) {
    for (int k = end; k < text.length() && k < end + QUOTE_REACH; k++) {
      char c = text.charAt(k);
      if (Lexicon.isCloseQuote(c)) {
        return true;
      }
      if (Lexicon.isOpenQuote(c) || Lexicon.isSentenceEnd(c)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the number lies between an opening and a closing quote or book-title mark nearby. */
  static boolean insideQuotes(String text, int start, int end) {
    boolean open = false;
    for (int k = start - 1; k >= 0 && k >= start - QUOTE_REACH; k--) {
      char c = text.charAt(k);
      if (Lexicon.isCloseQuote(c) || Lexicon.isSentenceEnd(c)) {
        return false;
      }
      if (Lexicon.isOpenQuote(c)) {
        open = true;
        break;
      }
    }
    if (!open) {
      return false;
    }
    for (int k = end; k < text.length() && k < end + QUOTE_REACH; k++) {
      char c = text.charAt(k);
      if (Lexicon.isCloseQuote(c)) {
        return true;
      }
      if (Lexicon.isOpenQuote(c) || Lexicon.isSentenceEnd(c)) {
        return false;
      }
    }
    return false;
  }
}
