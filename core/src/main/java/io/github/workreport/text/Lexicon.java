package io.github.workreport.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The words the parsers know: units after a number, and the small closed lists of words that
 * decide what a number means. Lookups are by first character into short arrays sorted longest
 * first, so that a scan does a handful of {@code regionMatches} per number and nothing per other
 * character.
 */
final class Lexicon {
  private Lexicon() {}

  /** What a word after a number makes of it. */
  enum UnitClass {
    /** {@code %}. */
    PERCENT,
    /** {@code 个百分点}. */
    POINTS,
    /** Money, length, area, volume, mass, energy. */
    MEASURE,
    /** A count classifier. */
    COUNT,
    /** A span of time: 个工作日, 天, 小时, 个月. */
    DURATION,
    /** A unit with a slash: 元/月/人, 微克/立方米. */
    COMPOUND,
    /** A date or time of day: 年, 月, 日, 季度. */
    DATE,
    /** Nothing a quantity can have: the number is not a quantity. */
    NONE;

    boolean isQuantity() {
      return this != DATE && this != NONE;
    }
  }

  /** A unit word: the text to match, the symbol to give {@code Unit.parse}, and its class. */
  static final class UnitWord {
    final String text;
    final String symbol;
    final UnitClass unitClass;

    UnitWord(String text, String symbol, UnitClass unitClass) {
      this.text = text;
      this.symbol = symbol;
      this.unitClass = unitClass;
    }
  }

  private static final Map<Character, UnitWord[]> UNIT_LISTS = new HashMap<>();
  private static final CharTable<UnitWord[]> UNITS;

  static {
    unit(UnitClass.PERCENT, "%", "%", "％", "%", "‰", "‰");
    unit(UnitClass.POINTS, "个百分点", "个百分点", "百分点", "个百分点");
    measures("元", "千元", "美元", "欧元", "港元",
        "千米", "公里", "米", "延米", "km", "KM", "Km",
        "平方公里", "平方千米", "平方米", "平米", "平方", "公顷", "亩", "㎡", "m²", "m2", "km²",
        "立方米", "m³", "m3",
        "吨", "千克", "公斤", "斤", "毫米", "厘米",
        "千瓦时", "千瓦", "兆瓦", "吉瓦", "吨标准煤", "吨标煤", "千伏安", "微克", "毫克", "毫升");
    counts("个", "家", "座", "辆", "所", "条", "处", "人次", "人", "名", "户次", "户", "批次", "场次", "场",
        "件", "项", "套", "张", "台套", "台件", "件套", "台", "株", "棵", "次", "起", "宗", "本", "份", "块", "只", "头",
        "艘", "架", "部", "间", "栋", "幢", "篇", "册", "支", "队", "位", "床", "口", "眼", "盆", "个次",
        "家次", "车次", "班次", "辆次", "艘次", "架次", "台次", "项次", "件次", // 帮办代办455件次
        "批", "趟", "列", "根", "盏", "组", "笔", "例", "种", "类", "剂次", "针次", "剂", "片", "门", "亩次", "棵次", "期", "轮",
        "对", "羽", "尾", "群", "标准箱", "标箱", "TEU",
        "把", // tools counted by the handle: 二号工具500把
        "枚", "顶", "卷", // medals (金牌21枚), tents (帐篷300顶), files (档案600卷)
        "颗", "首", // boundary markers and seeds (埋设界桩40颗), songs and recipes (收集经验方100首)
        // an archive's and a library's own: frames scanned (数字化扫描50万画幅), leaves of old books mended (修复古籍2000叶),
        // characters of a chronicle (点校旧志50万字), pages, loans (图书外借25万册次)
        "画幅", "幅", "叶", "字", "页", "册次", "卷次", // and maps and pictures (绘制地图600幅)
        // trusts and orders (新设立慈善信托5单), flights (每周10班), customs declarations (300万票): each only at the end
        // of its word (see unitAt), as 单位, 班子 and 票据 are words of their own
        "单", "班", "票",
        "载重吨", "总吨", "净吨", // a fleet's tonnage (新增内河船舶运力20万载重吨), no weight of goods
        "TB", "PB", "GB", // data stored (存储容量达到10TB), each its own classifier
        "Mbps", "Gbps", // a line's speed (平均接入速率达到300Mbps), each its own classifier
        "分", // a score: 营商环境满意度达到90分以上
        "路"); // channels of video (新增视频监控前端1200路), after digits and before no vehicle (see unitAt)
    unit(UnitClass.DURATION, "个工作日", "个工作日", "工作日", "工作日", "个月", "个月", "天", "天",
        "个小时", "小时", "小时", "小时", "分钟", "分钟", "秒钟", "秒", "秒", "秒", "周岁", "岁", "岁", "岁");
    dates("年", "月", "日", "号", "季度", "周年", "年代", "世纪", "时");
    // the currency written out, traditional forms, and Latin symbols, each given the symbol Unit reads
    // cubic metres as engineering reports write them (清淤3000方, 新增蓄水能力8万方, 土石方5万立方)
    unit(UnitClass.MEASURE, "立方", "立方米", "方", "立方米", "空方", "立方米"); // 疏浚5万空方: dredged, loose
    unit(UnitClass.MEASURE, "人民币", "元", "公頃", "公顷", "噸", "吨", "公裡", "公里", "畝", "亩",
        "m", "米", "kg", "千克", "kW", "千瓦", "kw", "千瓦", "kWh", "千瓦时", "MW", "兆瓦", "GW", "吉瓦");
    unit(UnitClass.POINTS, "個百分點", "个百分点", "百分點", "个百分点");
    // computing power as the reports spell it (算力规模达到5000PFlops, 4.2EFLOPS, 800 Pflops)
    for (String scale : new String[] {"T", "P", "E"}) {
      for (String flops : new String[] {"Flops", "FLOPS", "flops", "FLOPs", "Flop/s", "FLOP/S"}) {
        unit(UnitClass.MEASURE, scale + flops, scale + "Flops");
      }
    }
    // a speed in its Latin symbol (平均车速24.1km/h), the unit the task writes out (25公里/小时)
    unit(UnitClass.COMPOUND, "km/h", "公里/小时", "KM/H", "公里/小时", "Km/h", "公里/小时", "km/H", "公里/小时");
    // a concentration in its Latin symbol (进水BOD浓度达到100mg/L以上), the unit written out (毫克/升)
    unit(UnitClass.COMPOUND, "mg/L", "毫克/升", "mg/l", "毫克/升", "MG/L", "毫克/升", "毫克/升", "毫克/升",
        "μg/m³", "微克/立方米", "μg/m3", "微克/立方米", "ug/m3", "微克/立方米", "ug/m³", "微克/立方米");
    // a rate per 100 000 (孕产妇死亡率15/10万): no percentage, whose points would make every gap small
    unit(UnitClass.COMPOUND, "/10万", "/10万", "／10万", "/10万", "/十万", "/10万", "／十万", "/10万");
    unit(UnitClass.COUNT, "個", "个", "條", "条", "戶", "户", "輛", "辆", "項", "项", "處", "处", "間", "间", "場", "场",
        "張", "张", "臺", "台", "隻", "只");
    // Sorted longest first so that 个百分点 wins over 个, 平方公里 over 平方.
    for (Map.Entry<Character, UnitWord[]> e : UNIT_LISTS.entrySet()) {
      Arrays.sort(e.getValue(), Comparator.comparingInt((UnitWord w) -> -w.text.length()));
    }
    UNITS = new CharTable<>(UNIT_LISTS);
  }

  private static void unit(UnitClass unitClass, String... textSymbolPairs) {
    for (int i = 0; i < textSymbolPairs.length; i += 2) {
      add(new UnitWord(textSymbolPairs[i], textSymbolPairs[i + 1], unitClass));
    }
  }

  private static void measures(String... words) {
    for (String w : words) {
      add(new UnitWord(w, w, UnitClass.MEASURE));
    }
  }

  private static void counts(String... words) {
    for (String w : words) {
      add(new UnitWord(w, w, UnitClass.COUNT));
    }
  }

  private static void dates(String... words) {
    for (String w : words) {
      add(new UnitWord(w, w, UnitClass.DATE));
    }
  }

  private static void add(UnitWord word) {
    UNIT_LISTS.merge(word.text.charAt(0), new UnitWord[] {word}, (a, b) -> {
      UnitWord[] both = Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, both, a.length, b.length);
      return both;
    });
  }

  /** Words that start with a unit but are no unit: after 3, 个人 is no 个 and 人民 no 人. */
  private static final String[] NOT_UNITS = {"个人", "人民", "台州", "次年", "亩产", "件事", "名单", "条例", "条件",
      "期工程", "期项目", "期建设", "期间", "期限", "期末", "期满", "期内", "期刊", "轮车", "轮胎",
      // 方 is cubic metres only when no word goes on from it: 三方面, 两个方案, 四面八方 count no volume
      "方面", "方案", "方式", "方法", "方向", "方针", "方位", "方阵", "方言", "方可", "方能", "方便", "方舱", "方队",
      "方块", "方圆", "方志", "方略", "方正", "方格", "方形",
      // 类 and 片 count kinds and pitches, not 类型 or a 片区
      "类型", "类别", "片区", "片层",
      // 尾 counts fish and 群 colonies of bees, but not in 尾矿, 尾水 or 群众
      "尾矿", "尾水", "尾款", "尾气", "尾号", "群众", "群体", "群落", "群岛",
      // 部 counts lifts and films, not ministries (商务部等3部门), nor a part of a whole
      "部门", "部委", "部分", "部位", "部件", "部署"};

  /** {@link #NOT_UNITS} by first character, in their order: 个 starts many units, and only 个人 is none. */
  private static final CharTable<String[]> NOT_UNITS_BY_FIRST;

  static {
    Map<Character, String[]> byFirst = new HashMap<>();
    for (String w : NOT_UNITS) {
      byFirst.merge(w.charAt(0), new String[] {w}, (a, b) -> {
        String[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
      });
    }
    NOT_UNITS_BY_FIRST = new CharTable<>(byFirst);
  }

  /** The length of a word at {@code at} that starts with a unit but is none (个人, 台州), or 0. */
  static int wordAt(String text, int at) {
    if (at < 0 || at >= text.length()) {
      return 0;
    }
    String[] words = NOT_UNITS_BY_FIRST.get(text.charAt(at));
    if (words == null) {
      return 0;
    }
    for (String w : words) {
      if (text.startsWith(w, at)) {
        return w.length();
      }
    }
    return 0;
  }

  /** 方, cubic metres as engineering reports write them. */
  private static final char CUBIC_METRE = '方';

  /** Whether {@code symbol} is, whole, a unit of a span of time (个工作日, 天, 小时). */
  static boolean isDuration(String symbol) {
    UnitWord w = symbol.isEmpty() ? null : unitAt(symbol, 0);
    return w != null && w.unitClass == UnitClass.DURATION && w.text.length() == symbol.length();
  }

  private static final char CHANNELS = '路';
  /** What may follow a number of 路 that makes it a bus route's or a road's: 1路公交, 3路车, 5路口, 2路段. */
  private static final String NOT_CHANNELS = "公车口段线灯";

  /**
   * Whether 路 at {@code at} counts channels: after digits, before no vehicle or road, and in no list of routes
   * named by their numbers (新开线路三条（6路、8路、12路）).
   */
  private static boolean countsChannels(String text, int at, char next) {
    int digits = at;
    while (digits > 0 && isAsciiDigit(text.charAt(digits - 1))) {
      digits--;
    }
    return digits < at && NOT_CHANNELS.indexOf(next) < 0 && next != '、'
        && (digits == 0 || text.charAt(digits - 1) != '、');
  }

  /** The longest unit word at {@code at}, or null. */
  static UnitWord unitAt(String text, int at) {
    if (at >= text.length()) {
      return null;
    }
    UnitWord[] words = UNITS.get(text.charAt(at));
    if (words == null) {
      return null;
    }
    for (UnitWord w : words) {
      if (text.startsWith(w.text, at)) {
        int after = at + w.text.length();
        char next = after < text.length() ? text.charAt(after) : ' ';
        // Latin units must end at a word boundary: 5km is a length, 5kmh is not.
        if (isAsciiLetter(w.text.charAt(w.text.length() - 1)) && (isAsciiLetter(next) || isAsciiDigit(next))) {
          continue;
        }
        if (w.text.length() == 1 && w.text.charAt(0) == CUBIC_METRE && at > 0 && ChineseNumbers.digit(text.charAt(at - 1)) >= 0) {
          continue; // 第三方, 三方协议, 四面八方 are parties and quarters; cubic metres follow digits or a scale (8万方, 三千方)
        }
        if (w.text.length() == 1 && w.text.charAt(0) == CHANNELS && !countsChannels(text, at, next)) {
          continue; // 一路, 两路并进, 1路公交, 3路车, 5路口: a route, a road or a way; 1200路 counts video channels
        }
        if (w.text.length() == 1 && ENDING_THEIR_WORD.indexOf(w.text.charAt(0)) >= 0 && isHan(next)) {
          continue; // 3单位, 5单元, 2班子, 3票据: counted only at the end of their word (慈善信托5单，每周10班。)
        }
        if (w.text.equals("m2") || w.text.equals("m3")) {
          if (isAsciiDigit(next) || next == '.') {
            continue;
          }
        }
        return w;
      }
    }
    // m ² and m ³ as PDFs extract them
    if (text.charAt(at) == 'm') {
      int k = at + 1;
      while (k < text.length() && k - at <= 4 && text.charAt(k) == ' ') {
        k++;
      }
      if (k > at + 1 && k < text.length() && (text.charAt(k) == '²' || text.charAt(k) == '³')) {
        return new UnitWord(text.substring(at, k + 1), text.charAt(k) == '²' ? "m²" : "m³", UnitClass.MEASURE);
      }
    }
    return null;
  }

  /** Classifiers that begin many words (单位, 班子, 票据), so count only at the end of their own. */
  private static final String ENDING_THEIR_WORD = "单班票";

  /** Whether {@code c} joins the items of a list: 、, 和, 及, 与. */
  static boolean joinsItems(char c) {
    return c == '、' || c == '和' || c == '及' || c == '与';
  }

  static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** ASCII or full-width digit value, or -1. */
  static int arabicDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }

  static boolean isHan(char c) {
    return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf';
  }

  /** Spaces that PDFs and typists put around numbers. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00a0' || c >= '\u2000' && c <= '\u200b';
  }

  /** Whether {@code [from, to)} holds spaces only (or nothing); false when {@code from > to}. */
  static boolean onlySpaces(String text, int from, int to) {
    if (from > to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!isSpace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Ends of a sentence: the scope of 力争, 预计 and of a subject carried over. A bar is one too: it
   * parts the fields of a row flattened from a sheet (完成值37.2 ‖ 完成率103.3%), as a tab does.
   */
  static boolean isSentenceEnd(char c) {
    // asked of nearly every character of every clause looked back over, most of them ideographs: those first
    if (c >= '\u4e00' && c < '\uff01') {
      return false;
    }
    return c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '!' || c == '?'
        || c == '\n' || c == '\r' || c == '\t' || isFieldBar(c);
  }

  /** A bar between the fields of a row flattened from a sheet: 完成值37.2 ‖ 完成率103.3%. */
  static boolean isFieldBar(char c) {
    return c == '‖' || c == '|' || c == '｜' || c == '│';
  }

  /**
   * Whether the space at {@code i} opens a run of two or more after a word: the cells of a sheet pasted as text
   * (森林蓄积量  万立方米  约束性  3420, 45.12  完成), which the lexer reads as bars.
   */
  static boolean opensAFieldGap(char[] chars, int n, int i) {
    return isSpace(chars[i]) && i > 0 && i + 2 < n && !isSpace(chars[i - 1]) && isSpace(chars[i + 1]);
  }

  /**
   * Where an aside opens in {@code text[from, to)} and stays open to {@code to} — the last opening
   * bracket no closing one follows before {@code to} — or -1: 5家（国家级2家 is inside the aside at 2.
   */
  static int asideOpenAt(String text, int from, int to) {
    int open = -1;
    for (int k = Math.max(0, from); k < to && k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '（' || c == '(') {
        open = k;
      } else if (c == '）' || c == ')') {
        open = -1;
      }
    }
    return open;
  }

  /** A dash that sets a remark apart from a row's figure (0 — 动态清零, 1.8 —— 正常); not a sign or a range's. */
  static boolean isFieldDash(char c) {
    return c == '—' || c == '–';
  }

  /** Ends of a clause: a sentence end, or a comma or colon. */
  static boolean isClauseEnd(char c) {
    return isSentenceEnd(c) || c == '，' || c == ',' || c == '：' || c == ':';
  }

  static boolean isOpenQuote(char c) {
    return c == '“' || c == '《' || c == '「' || c == '『' || c == '〈' || c == '‘' || c == '【';
  }

  static boolean isCloseQuote(char c) {
    return c == '”' || c == '》' || c == '」' || c == '』' || c == '〉' || c == '’' || c == '】';
  }

  static boolean regionMatches(CharSequence text, int at, String word) {
    if (text instanceof String) {
      return ((String) text).startsWith(word, at);
    }
    for (int i = 0; i < word.length(); i++) {
      if (text.charAt(at + i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code c} occurs in {@code text[from, to)}: a search that stops where asked, unlike indexOf. */
  static boolean holds(String text, char c, int from, int to) {
    for (int k = Math.max(0, from); k < to; k++) {
      if (text.charAt(k) == c) {
        return true;
      }
    }
    return false;
  }
}
