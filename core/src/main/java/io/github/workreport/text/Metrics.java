package io.github.workreport.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Metric words: cleaning the words around a number down to its subject ({@code 2020年，城镇新建公厕完成}
 * gives {@code 城镇新建公厕}), and comparing the subjects of a target and a measure.
 *
 * <p>Two metrics are compared by the character bigrams of the target's metric found in the
 * measure's, leaving out bigrams that say nothing about the subject (企业, 项目, 工作, 完成 …). A
 * pair is close enough with two shared bigrams, or one when it is the target's head — its last
 * two characters once generic tails (计划, 工程, 建设, 面积 …) are cut.
 */
final class Metrics {
  private Metrics() {}

  /** Words that place the number in time or attribute it to the writer; never part of a subject. */
  private static final WordSet NOISE = WordSet.of(
      "截至目前", "截止目前", "截至", "截止", "目前", "当前", "现已", "已经", "预计", "初步统计", "争取到",
      "前三季度", "前两季度", "前两个季度", "前一季度", "前三个季度", "第一季度", "第二季度", "第三季度", "第四季度",
      "一季度", "二季度", "三季度", "四季度",
      "上半年", "下半年", "全年", "今年", "年内", "当年", "本年", "年底", "年度内", "年度", "本年度", "本月", "当月", "该月",
      "同比", "较上年", "比上年", "较去年", "比去年", "比年初", "较年初", "比上年末", "较上年末", "比去年末", "较去年末", "同口径", "可比口径", "按可比价格计算", "按可比价计算", "自然口径",
      "按同口径", "按自然口径", "按可比口径",
      // the basis a figure is counted on, then the verb of counting: 按自然口径计算下降1.2%
      "按同口径计算", "按自然口径计算", "按可比口径计算", "按现价计算", "按不变价计算",
      "比上年同期", "较上年同期", "比去年同期", "较去年同期", "上年同期", "去年同期", "同期", "与上年同期相比", "与去年同期相比",
      "我区", "全区", "本区", "辖区", "我市", "全市", "本市", "我县", "全县", "本县", "我局", "本局",
      "全国", "全省", "我省", "本省", "全镇", "我镇", "上年度", "去年度", "去年", "上年", "年初", "年末", "最终", "实际上",
      "力争", "争取", "确保", "努力", "力求", "进一步", "继续", "持续",
      "累计", "共计", "合计", "总计", "其中", "分别",
      // the base a change is told from, no thing: 在上年基础上提高30元
      "在上年基础上", "在去年基础上", "在原有基础上", "在现有基础上", "在此基础上", "基础上",
      // the points of a list told in order (一是完成老旧小区改造22个；二是…)
      "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
      // when the work is due (Deadlines reads it), not what it is: 年底前新建公厕, 两年内建成5G基站
      "年底前", "年末前", "明年底前", "明年底", "明年内", "今明两年", "十三五期间", "十四五期间", "十五五期间", "十三五末",
      "十四五末", "十五五末", "两年内", "三年内", "四年内", "五年内", "六年内", "七年内", "八年内", "九年内", "十年内",
      "用两年时间", "用三年时间", "用四年时间", "用五年时间", "用十年时间", "两年时间", "三年时间", "四年时间", "五年时间",
      "十年时间", "分两年", "分三年", "分四年", "分五年");
  /** Verbs kept when a list of examples (…等) is dropped: 完成略钢小区、大信小区等 gives 完成. */
  private static final WordSet LEADING_VERBS = WordSet.of(
      "提升改造", "改扩建", "开工建设", "新建", "改建", "扩建", "续建", "建设", "建成", "开工", "启动",
      "完成", "实施", "提升", "改造", "优化", "整治", "打造", "创建", "培育", "引进", "新增", "打通",
      "治理", "组建", "招聘", "培训", "推广", "淘汰", "安装", "配置", "更新", "维修", "修缮", "硬化",
      "绿化", "亮化", "栽植", "新招聘", "配备", "选聘", "招录");
  private static final WordSet LEADING_NOISE = WordSet.of(
      "以及", "并", "另", "还", "又", "和", "及", "与", "共", "、", "的", "之", "已", "将", "把", "较", "仅", "仅仅");
  /**
   * Words a leading noise word begins that are words of the thing: a grade (较大以上事故), or a kind of it
   * (共享平台, 共建项目, 并网装机), whose first character is no 共 "in all" nor 并 "and".
   */
  private static final WordSet WORDS_NOISE_BEGINS = WordSet.of("较大", "较小", "较重", "较轻", "较高", "较低",
      "共享", "共建", "共同", "共治", "并网", "并购");
  private static final WordSet TRAILING_NOISE = WordSet.of(trailingNoise(
      "同比增长", "增长率", "增长", "增速为", "增速", "增幅", "下降", "降低", "降幅", "减少", "增加",
      "提高到", "提高至", "提高", "提升到", "提升至", "增加到", "增加至", "达到了", "达到", "达", "为", "是", "恢复到", "恢复至", "恢复",
      "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "上升到", "上升至",
      "共有", "有", "完成了", "完成", "实现", "共", "计", "了", "的", "不少于", "不低于", "不小于", "至少",
      "不超过", "不高于", "控制在", "稳定在", "保持在", "压缩至", "压缩到", "缩短至", "缩短到", "降至", "降到",
      "压减至", "压减到", "精简至", "精简到", "精简为", "削减至", "缩减至", "缩小至", "缩小到", "缩小为",
      "扩大到", "扩大至", "扩展到", "扩展至", "拓展到", "拓展至", "增至",
      "由", "和", "及", "与", "、", "等", "分别", "均", "各", "总数", "数量",
      "总量", "涉及", "合计", "累计", "共计", "达到", "占", "已", "超过", "约", "近", "将近", "接近", "大约", "突破", "上涨", "上升", "约有", "不", "名义",
      "翻了", "翻", "年均", "日均", "每日", "每天", "稳步", "稳定", "较快", "大幅", "明显", "逐步", "进一步", "大于等于", "小于等于", "大于", "小于", "低于", "高于", "少于", "多于", "≥", "≧", "＞", ">", "≤", "≦", "＜", "<", "=", "＝",
      // a table's column of signed change names no thing: 比上年±%：-2.1, 同比增减（%）：-2.1
      "±%", "±％", "±", "增减", "增减幅度", "增减率",
      // a cell's label before the change it sets: 法律援助经费(万元)：同比增长10%以上
      "：", ":"));

  /** The words given, every verb of revision (核减为, 下调至) and of merging (整合为): what a subject ends with. */
  private static String[] trailingNoise(String... words) {
    List<String> all = new ArrayList<>(List.of(words));
    all.addAll(List.of(Vocabulary.wordsWith(Vocabulary.REVISION)));
    all.addAll(List.of(Vocabulary.MERGED_TO));
    return all.toArray(new String[0]);
  }

  private static final WordSet POST_CUT = WordSet.of("已", "正在", "全部", "均已", "均", "现已", "目前", "的任务", "任务",
      "并", "其中", "，", "人民币"); // 1166.8亿元人民币: the currency of the unit, not a thing counted
  /** Tails cut before taking a metric's head. */
  private static final WordSet GENERIC_TAILS = WordSet.of(
      "计划", "任务", "工程", "项目", "工作", "建设", "目标", "时间", "面积", "长度", "里程", "数量", "总量",
      "金额", "规模", "比例", "比率", "比重", "人数", "户数", "个数", "单位", "企业", "情况", "改造", "提升");
  /** Bigrams that say nothing about what is counted. */
  private static final String[] STOP_WORDS = {"企业", "项目", "工作", "建设", "完成", "任务", "目标", "年度", "实施", "推进", "开展",
      "全区", "我区", "全市", "我市", "全县", "我县", "全省", "我省", "全国", "全镇",
      "实现", "其中", "累计", "共计", "目前", "已经", "单位", "全年", "今年", "情况", "方面", "相关", "各类",
      "有关", "积极", "工程", "重点", "全部", "通过", "进行", "涉及"};
  private static final WordSet STOP_BIGRAMS = WordSet.of(STOP_WORDS);
  private static final int[] STOP_CODES = java.util.Arrays.stream(STOP_WORDS)
      .mapToInt(w -> w.charAt(0) << 16 | w.charAt(1)).sorted().toArray();
  /** The first characters of the stop bigrams, as a bit set over the low 12 bits of a character. */
  private static final long[] STOP_FIRST = new long[64];

  static {
    for (String w : STOP_WORDS) {
      STOP_FIRST[(w.charAt(0) & 4095) >>> 6] |= 1L << (w.charAt(0) & 63);
    }
  }
  /** Words naming a part of the whole (城镇…，农村…): a part's subject is the whole's, re-placed. */
  static final WordSet PARTITIONS = WordSet.of(
      "中心城区", "城镇", "农村", "城区", "乡村", "市区", "郊区", "城市", "市级", "区级", "省级", "县级",
      "镇级", "村级", "国家级");

  /**
   * The length of a work alone in the aside opening at {@code open} (（改造）) right after words ending with a work
   * ({@code before}: 新建), or 0.
   */
  private static int workInAnAside(String raw, int open, CharSequence before) {
    int len = ACTIVITIES.startingAt(raw, open + 1);
    int close = open + 1 + len;
    if (len == 0 || close >= raw.length() || raw.charAt(close) != '）' && raw.charAt(close) != ')') {
      return 0;
    }
    return ACTIVITIES.endingAt(before, before.length()) > 0 ? len : 0;
  }

  /**
   * The subject in the words before a number: noise, dates, asides, quotes and the responsible
   * units dropped, leading and trailing function words and verbs of measure stripped.
   */
  static String cleanBefore(String raw, List<String> actors) {
    String s = withoutAnExclusion(basic(raw));
    if (s.endsWith("等")) {
      s = leadingVerbs(s);
    }
    s = removeAll(s, actors);
    s = strip(s);
    return s;
  }

  /** The words that open a figure's condition, 扣除留抵退税因素后: what is left out, then 后. */
  private static final WordSet EXCLUSIONS = WordSet.of("扣除", "剔除");
  /** The most characters an exclusion runs before its 后: 扣除留抵退税因素后. */
  private static final int EXCLUSION_REACH = 14;

  /**
   * The words without the condition they open with (扣除留抵退税因素后同口径增长8.3%): what was left out of a
   * figure is no thing it counts.
   */
  private static String withoutAnExclusion(String s) {
    if (EXCLUSIONS.startingAt(s, 0) == 0) {
      return s;
    }
    int after = s.indexOf('后');
    return after > 0 && after <= EXCLUSION_REACH ? s.substring(after + 1) : s;
  }

  /** Words of a ranking and its field that end a ranked thing's subject: 保持全省前, 排名全市第. */
  private static final WordSet RANKING = WordSet.of(concat(NumberScanner.RANKING_VERBS,
      new String[] {"前", "第", "居", "列", "全国", "全省", "全市", "全区", "全州", "同类城市", "中"}));

  /** The subject of a place in a ranking without the words that rank it: 外贸进出口总额保持全省前 gives 外贸进出口总额. */
  static String withoutRanking(String s) {
    int end = s.length();
    int len;
    while (end > 0 && (len = RANKING.endingAt(s, end)) > 0) {
      end -= len;
    }
    return s.substring(0, end);
  }

  /** The counted noun in the words after a number: 个老旧小区改造任务已完成 gives 老旧小区改造. */
  static String cleanAfter(String raw) {
    String s = basic(raw);
    int cut = POST_CUT.indexWithin(s, 0, s.length());
    while (cut >= 0 && insideAWord(s, cut)) {
      cut = POST_CUT.indexWithin(s, cut + 1, s.length());
    }
    if (cut >= 0) {
      s = s.substring(0, cut);
    }
    return strip(s);
  }

  /**
   * Whether the 并 at {@code at} is a character of a word (撤并村, 兼并重组, 合并, 并网, 并联) rather than
   * the conjunction that starts a second clause (建成5座并投入使用): the noun runs on through it.
   */
  private static boolean insideAWord(String s, int at) {
    if (s.charAt(at) != '并') {
      return false;
    }
    char before = at > 0 ? s.charAt(at - 1) : ' ';
    char after = at + 1 < s.length() ? s.charAt(at + 1) : ' ';
    return before == '撤' || before == '兼' || before == '合' || before == '归' || before == '吞'
        || after == '网' || after == '联' || after == '购';
  }

  private static String strip(String s) {
    // Ends moved inward and one substring taken, rather than a copy per word dropped.
    int from = 0;
    int to = s.length();
    boolean changed = true;
    while (changed && from < to) {
      changed = false;
      int len = LEADING_NOISE.startingAt(s, from);
      if (len > 0 && WORDS_NOISE_BEGINS.startingAt(s, from) > len) {
        len = 0; // 较大以上生产安全事故, 共享平台: a grade or a kind of the thing, not 较 comparing nor 共 summing
      }
      if (len > to - from) {
        return strip(s.substring(from, to)); // a word running past the end: read the rest on its own
      }
      if (len > 0) {
        from += len;
        changed = true;
        continue;
      }
      len = TRAILING_NOISE.endingAt(s, to);
      if (len == 1 && to >= from + 2 && NumberScanner.endsAWord(s, to)) {
        len = 0; // 两年平均增长, 征收签约: an average, not 均 "each"; a signing, not 约 "about"
      }
      if (len > to - from) {
        return strip(s.substring(from, to));
      }
      if (len > 0) {
        to -= len;
        changed = true;
      }
    }
    return s.substring(from, to);
  }

  /**
   * Whether the things two subjects name, once the words of activity are left out, have two Han
   * characters in common, or half of the first's: 办展 and 举办各类展会 (展 of 办展), not 规上企业 and 市场主体.
   */
  static boolean nameTheThingLoosely(String a, String b) {
    String things = ACTIVITIES.removeFrom(b);
    String own = ACTIVITIES.removeFrom(a);
    if (LABEL_WORDS.contains(own)) {
      return false; // 进度, 实绩: a column's label names no thing
    }
    int shared = 0;
    for (int i = 0; i < own.length(); i++) {
      char c = own.charAt(i);
      if (!Lexicon.isHan(c)) {
        return false; // a subject with figures or marks in it is no name of a thing
      }
      shared += own.indexOf(c) == i && things.indexOf(c) >= 0 ? 1 : 0;
    }
    return own.length() >= 2 && (shared >= 2 || shared >= 1 && 2 * shared >= own.length());
  }

  /** The column labels of the vocabulary (进度, 实绩, 完成情况). */
  private static final WordSet LABEL_WORDS = WordSet.of(Vocabulary.wordsWith(Vocabulary.LABEL | Vocabulary.TARGET_LABEL));

  /** Whether {@code s} is nothing but verbs that open a subject (配备, 新建): 配备专职网格员 names 专职网格员. */
  static boolean onlyLeadingVerbs(String s) {
    return !s.isEmpty() && leadingVerbs(s).length() == s.length();
  }

  /** The verbs of work {@code s} opens with (已完成, 新建), or "". */
  static String leadingVerbs(String s) {
    int k = 0;
    int len;
    while ((len = LEADING_VERBS.startingAt(s, k)) > 0) {
      k += len;
    }
    return s.substring(0, k);
  }

  /** Drops whitespace, asides in parentheses, quote marks, dates and the noise words. */
  private static String basic(String raw) {
    raw = withoutSpansOfYears(raw);
    if (allHan(raw)) {
      return NOISE.removeFrom(raw); // most subjects: nothing to drop but noise words
    }
    StringBuilder out = new StringBuilder(raw.length());
    int depth = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isCommonHan(c) && depth == 0) {
        out.append(c); // a Han character, most of any metric: kept as it is
        continue;
      }
      if ((c == '（' || c == '(') && depth == 0 && i + 2 < raw.length() && Lexicon.isHan(raw.charAt(i + 1))
          && (raw.charAt(i + 2) == '）' || raw.charAt(i + 2) == ')') && i > 0 && Lexicon.isHan(raw.charAt(i - 1))
          && i + 3 < raw.length() && Lexicon.isHan(raw.charAt(i + 3))
          && ACTIVITIES.startingAt(new String(new char[] {raw.charAt(i - 1), raw.charAt(i + 1), raw.charAt(i + 3)}), 0)
              == 3) {
        // 新（改）建 is 新改建: one character in an aside inside a word of work is another form of that work (not 各县（市）)
        out.append(raw.charAt(i + 1));
        i += 2;
        continue;
      }
      int work = depth == 0 && (c == '（' || c == '(') ? workInAnAside(raw, i, out) : 0;
      if (work > 0) {
        // 新建（改造）消防蓄水池: another work of the thing in an aside after the first is both works, 新建改造
        out.append(raw, i + 1, i + 1 + work);
        i += work + 1;
        continue;
      }
      if (c == '（' || c == '(') {
        depth++;
        continue;
      }
      if (c == '）' || c == ')') {
        depth = Math.max(0, depth - 1);
        continue;
      }
      if (depth == 0 && c == '”' && i + 1 < raw.length() && raw.charAt(i + 1) == '“' && out.length() > 0
          && !examplesOfAClass(raw, i + 1)) {
        out.append('、'); // “跨省通办”“省内通办”事项: names quoted side by side are a list
        continue;
      }
      if (depth > 0 || Lexicon.isSpace(c) || Character.isISOControl(c) || Lexicon.isOpenQuote(c)
          || Lexicon.isCloseQuote(c) || c == '"' || c == '\'') {
        continue;
      }
      if (Lexicon.arabicDigit(c) >= 0 && (i == 0 || !isCodeChar(raw.charAt(i - 1)))) {
        int j = dateEnd(raw, i);
        if (j > i) {
          // a date (2020年, 10月1日, 2019—2020年, 4月底) and the 较/比 that makes it a base
          int len = BASE_WORDS.endingAt(out, out.length());
          out.setLength(out.length() - len);
          i = j - 1;
          continue;
        }
      }
      out.append(c);
    }
    return NOISE.removeFrom(out.toString());
  }

  /**
   * Whether the quoted names from {@code open} on end in 等: “春风行动”“民营企业招聘月”等招聘活动 names examples of one
   * class, no list of things each counted.
   */
  private static boolean examplesOfAClass(String raw, int open) {
    int k = open;
    for (int names = 0; k < raw.length() && raw.charAt(k) == '“' && names < QUOTED_NAMES; names++) {
      int close = raw.indexOf('”', k);
      if (close < 0) {
        return false;
      }
      k = close + 1;
    }
    return k < raw.length() && raw.charAt(k) == '等';
  }

  /** The most names quoted side by side looked through for a 等 after them. */
  private static final int QUOTED_NAMES = 8;

  /**
   * The words without a span of years (二十年内, 用15年时间, 分十二年, and a year's 2020年内): when the
   * work is due, which Deadlines reads, not what it is.
   */
  private static String withoutSpansOfYears(String s) {
    int k = s.indexOf('年');
    if (k < 0) {
      return s;
    }
    StringBuilder out = null;
    int copied = 0;
    for (; k >= 0; k = s.indexOf('年', k + 1)) {
      int from = k;
      while (from > copied && (ChineseNumbers.isNumeralChar(s.charAt(from - 1)) || Lexicon.arabicDigit(s.charAt(from - 1)) >= 0)) {
        from--;
      }
      if (from == k) {
        continue;
      }
      boolean split = from > 0 && s.charAt(from - 1) == '分';
      int to = s.startsWith("内", k + 1) ? k + 2 : s.startsWith("时间", k + 1) ? k + 3 : split ? k + 1 : -1;
      if (to < 0) {
        continue; // 三年行动, 今明两年: a name or another kind of span
      }
      if (split || from > copied && s.charAt(from - 1) == '用') {
        from--;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, from);
      copied = to;
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  private static boolean allHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isCommonHan(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A character of the common Han block: what {@link #basic} keeps as it is. */
  private static boolean isCommonHan(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }

  /** A character that makes a following digit part of a code (PM2.5年均 is no date 5年). */
  private static boolean isCodeChar(char c) {
    return Lexicon.arabicDigit(c) >= 0 || Lexicon.isAsciiLetter(c) || c == '.';
  }

  /**
   * Words that make the date after them a base (较2015年, the vocabulary's {@link Vocabulary#SINCE}), the
   * date a figure is as of (截至11月底, {@link Vocabulary#AS_OF}: not 至 alone, which would leave 截) or a
   * due date (到2022年), and the 前 of 前3季度: gone with it.
   */
  private static final WordSet BASE_WORDS =
      WordSet.of(withDueWords(Vocabulary.wordsWith(Vocabulary.SINCE | Vocabulary.AS_OF)));

  private static String[] withDueWords(String[] since) {
    String[] out = java.util.Arrays.copyOf(since, since.length + 5);
    System.arraycopy(new String[] {"到", "至", "于", "在", "前"}, 0, out, since.length, 5);
    return out;
  }

  /** The end of a date starting at {@code i} (digits and 年/月/日, ranges, 底/末/初/份), or {@code i}. */
  private static int dateEnd(String raw, int i) {
    int j = i;
    int end = i;
    while (true) {
      int k = j;
      while (k < raw.length() && (Lexicon.arabicDigit(raw.charAt(k)) >= 0 || Lexicon.isSpace(raw.charAt(k)))) {
        k++;
      }
      if (k == j || k >= raw.length()) {
        return end;
      }
      char unit = raw.charAt(k);
      boolean quarter = unit == '季' && k + 1 < raw.length() && raw.charAt(k + 1) == '度'; // 1-3季度, 前3季度
      if (unit == '年' || unit == '月' || unit == '日' || quarter) {
        end = quarter ? k + 2 : k + 1;
        while (end < raw.length() && "底末初份中前后以来起".indexOf(raw.charAt(end)) >= 0) {
          end++;
        }
        while (end < raw.length() && Lexicon.isSpace(raw.charAt(end))) {
          end++;
        }
        if (raw.startsWith("至今", end)) {
          end += 2; // 2021年至今: a span to now, as 2021年以来
        }
        if (end < raw.length() && "至到—-~～".indexOf(raw.charAt(end)) >= 0) {
          j = end + 1;
          continue;
        }
        j = end;
        continue;
      }
      if ("至到—-~～".indexOf(unit) >= 0 && end == i) {
        // 2019—2020年: the first year has no 年 of its own
        int m = k + 1;
        while (m < raw.length() && raw.charAt(m) == '—') {
          m++;
        }
        int n = m;
        while (n < raw.length() && Lexicon.arabicDigit(raw.charAt(n)) >= 0) {
          n++;
        }
        while (n > m && n < raw.length() && Lexicon.isSpace(raw.charAt(n))) {
          n++; // 1-9 月, as a PDF spaces it
        }
        if (n > m && n < raw.length() && (raw.charAt(n) == '年' || raw.charAt(n) == '月' || raw.charAt(n) == '季')) {
          j = m;
          end = m;
          continue;
        }
      }
      return end;
    }
  }

  private static String removeAll(String s, List<String> words) {
    // A table lists a handful of units per task; a runaway cell must not make every metric slow.
    int n = Math.min(words.size(), 32);
    for (int i = 0; i < n; i++) {
      String w = words.get(i);
      if (!w.isEmpty() && s.contains(w)) {
        s = s.replace(w, "");
      }
    }
    return s;
  }


  private static final WordSet LABELS = WordSet.of(Vocabulary.wordsWith(Vocabulary.LABEL | Vocabulary.RATE));
  private static final WordSet TARGET_LABELS = WordSet.of(Vocabulary.wordsWith(Vocabulary.TARGET_LABEL));
  private static final WordSet PER_WORDS = WordSet.of(Vocabulary.wordsWith(Vocabulary.PER));

  /**
   * The subject with the column labels a flattened table puts around a value taken off its ends:
   * 实绩, 实际完成, 进度 for a measure, 预期目标, 目标任务 for a target. A subject that was only a
   * label becomes empty: the value is then the task's own, to be paired by unit and kind.
   */
  static String withoutLabels(String subject, boolean target) {
    WordSet labels = target ? TARGET_LABELS : LABELS;
    String s = subject;
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      int len = labels.startingAt(s, 0);
      if (len > 0) {
        s = s.substring(len);
        changed = true;
      }
      len = labels.endingAt(s, s.length());
      if (len > 0 && len <= s.length()) {
        s = s.substring(0, s.length() - len);
        changed = true;
      }
    }
    return s.length() == subject.length() ? subject : strip(s);
  }

  /**
   * The subject without the words that make its amount one per person or period (每人每月), and without the
   * verb they stood after (城市低保标准提高到每人每月780元 gives 城市低保标准; 达到每人每月780元, nothing).
   */
  static String withoutPer(String subject) {
    String s = PER_WORDS.removeFrom(subject);
    return s.length() == subject.length() ? subject : strip(s);
  }

  /** Last characters of a name that is a measure in itself (起数, 排放量, 覆盖率, 成交额): it shares no head. */
  private static final String MEASURE_ENDS = "数量率额";

  /** Measures of a thing, two characters each, that a list may name after the thing once: 起数、死亡人数. */
  private static final WordSet SHORT_MEASURE_NOUNS = WordSet.of("起数", "人数", "次数", "户数", "数量", "总量", "金额", "总额");
  /** The most characters of an item that names only a measure of the thing before: 直接经济损失. */
  private static final int SHORT_MEASURE = 6;

  /**
   * The things a subject lists, each with the words they share: 二氧化硫、氮氧化物排放量 gives
   * 二氧化硫排放量 and 氮氧化物排放量; 城镇、农村低保补差水平 gives 城镇低保补差水平 and
   * 农村低保补差水平; items that already end alike (专利申请总量、发明专利申请量) or start alike are whole; and
   * when {@code respectively} (城乡低保标准分别…), 城乡 is 城镇 and 农村, and one 和, 及 or 与 joins two
   * things (筛查率A和筛查率B分别…), as it does when {@code each} gives each its own figure (概念验证中心和中试基地各2个).
   * Any other subject with no 、 gives a single item.
   */
  static List<String> listItems(String subject, boolean respectively) {
    return listItems(subject, respectively, false);
  }

  /** The length of a rate's word said once after a list: a verb of two characters and 率 (配备率, 覆盖率, 达标率). */
  private static final int RATE_WORD = 3;

  static List<String> listItems(String subject, boolean respectively, boolean each) {
    String[] parts;
    if (subject.indexOf('、') >= 0) {
      parts = subject.split("、");
    } else {
      int both = respectively ? subject.indexOf("城乡") : -1;
      if (both >= 0) {
        // 城乡低保标准分别…: 城乡 is 城镇 and 农村
        return List.of(subject.substring(0, both) + "城镇" + subject.substring(both + 2),
            subject.substring(0, both) + "农村" + subject.substring(both + 2));
      }
      int and = respectively || each ? onlyJoiner(subject) : -1;
      if (and < 0) {
        return List.of(subject);
      }
      // 新生儿遗传代谢病筛查率和新生儿听力障碍筛查率分别达到98%以上和95%以上: two things, in order
      parts = new String[] {subject.substring(0, and), subject.substring(and + 1)};
    }
    List<String> items = new java.util.ArrayList<>(parts.length);
    for (String p : parts) {
      if (!p.isBlank()) {
        items.add(p.strip());
      }
    }
    if (items.size() < 2) {
      return items;
    }
    String first = items.get(0);
    String last = items.get(items.size() - 1);
    // items that end alike, or start alike (单位GDP能耗和单位GDP二氧化碳排放), are each named whole
    boolean whole = first.charAt(first.length() - 1) == last.charAt(last.length() - 1)
        || first.length() >= 2 && last.startsWith(first.substring(0, 2))
        || first.length() >= 3 && MEASURE_ENDS.indexOf(first.charAt(first.length() - 1)) >= 0; // 火灾起数和直接财产损失
    int measureNoun = SHORT_MEASURE_NOUNS.endingAt(first, first.length());
    if (measureNoun > 0 && first.length() - measureNoun >= 3) {
      // 道路交通事故起数、死亡人数: the thing said once before the first measure is every item's
      String thing = first.substring(0, first.length() - measureNoun);
      List<String> out = new java.util.ArrayList<>(items.size());
      out.add(first);
      for (int i = 1; i < items.size(); i++) {
        String item = items.get(i);
        out.add(item.length() <= SHORT_MEASURE && item.charAt(0) != thing.charAt(0) ? thing + item : item);
      }
      return out;
    }
    int own = first.length();
    int partition = PARTITIONS.startingAt(last, 0);
    if (partition > 0) {
      own = partition;
    }
    if (whole && last.length() > RATE_WORD && last.endsWith("率") && !first.endsWith("率")) {
      // 儿童督导员、儿童主任配备率均达到100%: named whole, but the rate said once at the end is each item's
      String rate = last.substring(last.length() - RATE_WORD);
      List<String> out = new java.util.ArrayList<>(items.size());
      for (String item : items) {
        out.add(item.endsWith("率") ? item : item + rate);
      }
      return out;
    }
    if (whole || last.length() < own + 2) {
      return items;
    }
    String head = last.substring(own);
    List<String> out = new java.util.ArrayList<>(items.size());
    for (int i = 0; i < items.size() - 1; i++) {
      out.add(items.get(i) + head);
    }
    out.add(last);
    return out;
  }

  /**
   * The two things a subject joins with its one 和, 及, 与 or 、, each with the words they share
   * (建设城乡公厕和垃圾中转站: 建设城乡公厕, 垃圾中转站; 开展集体颁证、婚姻家庭辅导活动), as {@link #listItems} gives a
   * list's; the subject alone when it joins none.
   */
  static List<String> joinedThings(String subject) {
    int and = onlyJoiner(subject);
    if (and < 0) {
      // not the examples of one thing (核桃、花椒等特色经济林)
      int mark = subject.indexOf('、');
      return mark > 0 && mark == subject.lastIndexOf('、') && mark < subject.length() - 1 && subject.indexOf('等', mark) < 0
          ? listItems(subject, false) : List.of(subject);
    }
    return listItems(subject.substring(0, and) + "、" + subject.substring(and + 1), false);
  }

  /** Where the one 和, 及 or 与 of a subject stands between two words, or -1 if it has none or several. */
  private static int onlyJoiner(String subject) {
    int found = -1;
    for (int i = 1; i + 1 < subject.length(); i++) {
      char c = subject.charAt(i);
      if ((c == '和' || c == '及' || c == '与') && !inAWord(subject, i)) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  /** Words a joiner's character is part of: 普及率, 涉及, 惠及, 及时, 参与率, 和谐. */
  private static final WordSet WORDS_OF_JOINERS = WordSet.of("普及", "涉及", "惠及", "波及", "危及", "及时", "及格", "参与",
      "给与", "和谐", "平和", "温和", "和平");

  /** Whether the joiner's character at {@code i} is part of a word ({@link #WORDS_OF_JOINERS}), no joiner. */
  private static boolean inAWord(String subject, int i) {
    return WORDS_OF_JOINERS.startingAt(subject, i - 1) == 2 || WORDS_OF_JOINERS.startingAt(subject, i) == 2;
  }

  /** The partition word a metric starts with (城镇, 农村 …), or empty. */
  static String partition(String metric) {
    int len = PARTITIONS.startingAt(metric, 0);
    return len > 0 ? metric.substring(0, len) : "";
  }

  /**
   * {@code metric} with its partition word, at its start or after the work it opens with, made
   * {@code partition}: 省级 after 创建国家级示范社区 is 创建省级示范社区, 农村 after 城镇新建公厕 is 农村新建公厕. A metric
   * without one takes {@code partition} before it.
   */
  static String withPartition(String metric, String partition) {
    int at = partitionStart(metric);
    int own = PARTITIONS.startingAt(metric, at);
    return metric.substring(0, at) + partition + metric.substring(at + own);
  }

  /**
   * {@code metric} without its partition word ({@link #withPartition where that one looks}), or
   * null if it has none: 创建省级示范社区 gives 创建示范社区.
   */
  static String withoutPartition(String metric) {
    int at = partitionStart(metric);
    int own = PARTITIONS.startingAt(metric, at);
    return own == 0 ? null : metric.substring(0, at) + metric.substring(at + own);
  }

  /** Where the metric's partition word starts: after the work it opens with, else at its start. */
  private static int partitionStart(String metric) {
    int at = 0;
    int len;
    while ((len = LEADING_VERBS.startingAt(metric, at)) > 0 || (len = ACTIVITIES.startingAt(metric, at)) > 0) {
      at += len;
    }
    return PARTITIONS.startingAt(metric, at) > 0 ? at : 0;
  }

  /** Whether the whole metric is a partition word: 农村 in 城镇完成11座、农村完成9座. */
  static boolean isPartition(String metric) {
    return !metric.isEmpty() && partition(metric).length() == metric.length();
  }

  /** The form compared: synonyms of the same act made one (增加 is 新增), GDP written out. */
  static String comparable(String metric) {
    String s = metric.indexOf("增加") >= 0 ? metric.replace("增加", "新增") : metric;
    // GDP is 地区生产总值 as the reports write it (单位GDP能耗 for 单位地区生产总值能耗)
    s = s.indexOf("GDP") >= 0 ? s.replace("GDP", "地区生产总值") : s;
    // and the price indices by their Latin names (全年CPI上涨2.1% for 居民消费价格涨幅)
    s = s.indexOf("PI") >= 0 ? s.replace("CPI", "居民消费价格").replace("PPI", "工业生产者出厂价格") : s;
    return s.indexOf("及以") >= 0 ? s.replace("及以上", "以上").replace("及以下", "以下") : s; // 亿元及以上 is 亿元以上
  }

  /** The head of a metric: its last two characters once generic tails are cut; empty if none. */
  static String head(String metric) {
    String s = metric;
    boolean changed = true;
    while (changed) {
      changed = false;
      int len = Math.max(GENERIC_TAILS.endingAt(s, s.length()), ACTIVITIES.endingAt(s, s.length()));
      if (len > 0 && s.length() > len) {
        s = s.substring(0, s.length() - len);
        changed = true;
      }
    }
    if (s.length() < 2) {
      return "";
    }
    String head = s.substring(s.length() - 2);
    return isStop(head) ? "" : head;
  }

  static boolean isStop(String bigram) {
    return STOP_BIGRAMS.contains(bigram);
  }

  /** Verbs of doing, as opposed to the things done: they tell pieces of work apart, not what is counted. */
  private static final WordSet ACTIVITIES = WordSet.of(concat(new String[] {
      "改扩建", "新建", "新增", "改建", "扩建", "续建", "迁建", "建设", "开工", "完成", "实施", "提升", "改造",
      "优化", "整治", "治理", "打造", "创建", "组建", "培育", "引进", "招聘", "培训", "淘汰", "推广", "打通",
      "安装", "开展", "举办", "组织", "推进", "落实", "实现", "启动", "新招聘", "动工", "开建", "交付",
      "新开工", "新培育", "新引进", "新改建", "新改扩建", "新投产",
      // putting plant to work
      "并网", "投产", "达产", "运营", "运行",
      // a standard applied: 已按6240元/人·年执行
      "执行",
      // the work itself and people brought to their posts, as a narrative names what the task's verb did
      // (完成改造施工980户 for 适老化改造1200户, 招聘到岗22名 for 新招聘专员20名)
      "施工", "到岗", "上岗",
      // recognising what meets a standard: 认定112家 counts the task's 高新技术企业, as 新增112家 does
      "认定", "评定", "认证",
      // things bought and put in place, as a narrative names the task's 新增 of vehicles or kit (已采购到位4辆
      // for 新增负压救护车6辆), the stage of buying weighed as a start (see WORK)
      "采购", "购置", "到位", "到货",
      // choosing the people a task trains or brings in: 已遴选培育72名
      "遴选",
      // setting plant to work after installing it: 已安装调试完成十二套
      "调试",
      // what was applied for, approved (专项债券项目（个）：年度申报目标20 ‖ 1-9月获批22)
      "获批",
      // closing the record of what was put right (已整治销号112处, 整改销号): the work of 整治 or 整改 done
      "销号"},
      // and every verb of work done the vocabulary knows (建成, 竣工, 投入使用, 通车 …)
      Vocabulary.wordsWith(Vocabulary.DONE_VERB)));

  private static String[] concat(String[] a, String[] b) {
    String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /**
   * A target's metric prepared for comparison: its thing bigrams (not verbs of doing, not stop
   * bigrams), its verb bigrams and its head. Built once per target.
   */
  static final class Words {
    final String metric;
    /** Bigrams as {@code first << 16 | second}: things, verbs of doing, places; distinct each. */
    final int[] things;
    final int[] verbs;
    final int[] places;
    /**
     * Every bigram of the metric, for the other side's lookups: an open-addressed set, linear
     * probing, 0 an empty slot (the bigram 0 is {@link #hasZero}). Built in one pass where sorting
     * and searching cost a log factor, and it tells at once whether a bigram was listed already.
     */
    private final int[] table;
    private final int shift;
    private final boolean hasZero;
    /** Which characters of the metric belong to a verb of doing. */
    private final boolean[] verb;
    /** The metric's {@link Metrics#head}, worked out when first asked: only a target's is. */
    private String head;

    private static final byte THING = 1;
    private static final byte VERB = 2;
    private static final byte PLACE = 4;

    Words(String metric) {
      String t = comparable(metric);
      this.metric = t;
      int n = t.length();
      int bigrams = Math.max(0, n - 1);
      int bits = 32 - Integer.numberOfLeadingZeros(bigrams * 2 + 1); // at most half full
      int[] set = new int[1 << bits];
      byte[] listed = new byte[set.length];
      int probe = set.length - 1;
      shift = 32 - bits;
      boolean zero = false;
      boolean[] verb = verbChars(t);
      boolean[] place = placeChars(t);
      int[] thingList = new int[bigrams];
      int[] verbList = null; // few metrics name work twice or list places: made when first needed
      int[] placeList = null;
      int nt = 0;
      int nv = 0;
      int np = 0;
      for (int i = 0; i + 2 <= n; i++) {
        char a = t.charAt(i);
        char b = t.charAt(i + 1);
        int code = a << 16 | b;
        int slot = 0;
        if (code == 0) {
          zero = true;
        } else {
          slot = (code * 0x9E3779B9) >>> shift;
          while (set[slot] != 0 && set[slot] != code) {
            slot = (slot + 1) & probe;
          }
          set[slot] = code;
        }
        if (!isWordChar(a) || !isWordChar(b)) {
          continue;
        }
        // 0 is no word character, so a listed bigram always has its slot
        if (place != null && (place[i] || place[i + 1])) {
          if ((listed[slot] & PLACE) == 0) {
            listed[slot] |= PLACE;
            placeList = placeList == null ? new int[bigrams] : placeList;
            placeList[np++] = code;
          }
        } else if (verb[i] && verb[i + 1]) {
          if ((listed[slot] & VERB) == 0) {
            listed[slot] |= VERB;
            verbList = verbList == null ? new int[bigrams] : verbList;
            verbList[nv++] = code;
          }
        } else if (!verb[i] && !verb[i + 1] && !isStop(a, b) && (listed[slot] & THING) == 0) {
          listed[slot] |= THING;
          thingList[nt++] = code;
        }
      }
      things = trimmed(thingList, nt);
      verbs = trimmed(verbList, nv);
      places = trimmed(placeList, np);
      table = set;
      hasZero = zero;
      this.verb = verb;
    }

    private static final int[] NONE = new int[0];

    private static int[] trimmed(int[] list, int size) {
      return size == 0 ? NONE : size == list.length ? list : java.util.Arrays.copyOf(list, size);
    }

    /** The metric's head: its last two characters once generic tails are cut; empty if none. */
    String head() {
      if (head == null) {
        head = Metrics.head(metric);
      }
      return head;
    }

    /** Whether the bigram occurs in this metric. */
    boolean has(int bigram) {
      if (bigram == 0) {
        return hasZero;
      }
      int probe = table.length - 1;
      int slot = (bigram * 0x9E3779B9) >>> shift;
      int code;
      while ((code = table[slot]) != 0) {
        if (code == bigram) {
          return true;
        }
        slot = (slot + 1) & probe;
      }
      return false;
    }
  }

  private static boolean isStop(char a, char b) {
    // most bigrams start with no stop word's first character: one bit test, no search
    return (STOP_FIRST[(a & 4095) >>> 6] & 1L << (a & 63)) != 0
        && java.util.Arrays.binarySearch(STOP_CODES, a << 16 | b) >= 0;
  }

  private static final String PLACE_ENDS = "区县市省镇乡";

  /**
   * The characters of the places a subject lists before the thing it names: 端州区、鼎湖区、肇庆高新区
   * in 端州区、鼎湖区、肇庆高新区分散供养孤儿养育标准 — items of two to six characters ending in 区,
   * 县, 市, 省, 镇 or 乡, the last one run into the thing. A subject without such a list has none: null.
   */
  static boolean[] placeChars(String t) {
    int first = t.indexOf('、');
    if (first < 0) {
      return null;
    }
    boolean[] place = new boolean[t.length()];
    int start = 0;
    boolean list = false;
    while (true) {
      int sep = t.indexOf('、', start);
      if (sep < 0) {
        break;
      }
      int len = sep - start;
      if (len < 2 || len > 6 || PLACE_ENDS.indexOf(t.charAt(sep - 1)) < 0) {
        return null;
      }
      for (int k = start; k < sep; k++) {
        place[k] = true;
      }
      list = true;
      start = sep + 1;
    }
    // the last place runs into the thing: the shortest prefix of two to six characters ending in a place word
    for (int end = start + 2; list && end <= Math.min(t.length(), start + 6); end++) {
      if (PLACE_ENDS.indexOf(t.charAt(end - 1)) >= 0) {
        for (int k = start; k < end; k++) {
          place[k] = true;
        }
        break;
      }
    }
    return place;
  }

  /**
   * How close the measure's metric is to the target's: ten points for each distinct bigram naming
   * a thing (not a verb of doing, not a stop bigram) of the target found in the measure, one for
   * each shared verb bigram. Zero when not close enough: at least two shared thing bigrams, or one
   * that is the target's head or its only one, or — for {@code sameClassifier} counts — no thing in
   * common but two shared verb bigrams (完成25所中小学、幼儿园新建改扩建工程 and 12所新建、改扩建学校).
   *
   * @param target the target's words
   * @param measure the measure's metric in {@link #comparable} form
   */
  static int similarity(Words target, Words measureWords, boolean sameClassifier) {
    String measure = measureWords.metric;
    if (!measure.isEmpty() && measure.equals(target.metric)) {
      // the same words name the same thing, even 企业 or one character
      return Math.max(10, 10 * target.things.length + target.verbs.length + target.places.length);
    }
    if (measure.length() < 2) {
      return 0;
    }
    int thingsShared = shared(target.things, measureWords);
    int verbsShared = shared(target.verbs, measureWords);
    int placesShared = shared(target.places, measureWords);
    int score = 10 * thingsShared + verbsShared + placesShared;
    if (thingsShared >= 2 || thingsShared == 1 && target.things.length == 1) {
      return score;
    }
    if (thingsShared == 1 && measureWords.things.length == 1) {
      return score; // the measure names nothing but a thing of the target: 造林 for 造林绿化
    }
    if (thingsShared == 1) {
      String head = target.head();
      return !head.isEmpty() && measure.contains(head) ? score : 0;
    }
    if (sameClassifier && target.things.length == 0 && target.verbs.length > 0 && verbsShared == target.verbs.length) {
      return verbsShared; // a target that names only its work (培训1500人次): the same work, counted alike
    }
    if (sameClassifier && verbsShared >= 2) {
      return verbsShared;
    }
    // 人居环境整治提升村 ‖ 整治提升村: the target's name without the words that open it, as a narrative shortens it;
    // not without a character of its first word (改建公厕 ‖ 建公厕, the words the parts 新建 and 改建 share)
    return measure.length() >= 3 && target.metric.length() - measure.length() >= 2 && target.metric.endsWith(measure)
        ? Math.max(10, 10 * measureWords.things.length + measureWords.verbs.length) : 0;
  }

  /** Whether the measure's words hold a bigram of the target's things: 装机 of 新能源装机容量 in 风电、光伏装机. */
  static boolean sharesAThing(Words target, Words measure) {
    return shared(target.things, measure) > 0;
  }

  /** Whether the measure's words hold every bigram of the target's things: 造林 names all of 造林, not of 国土绿化. */
  static boolean namesEveryThing(Words target, Words measure) {
    return target.things.length > 0 && shared(target.things, measure) == target.things.length;
  }

  private static int shared(int[] bigrams, Words other) {
    int n = 0;
    for (int b : bigrams) {
      if (other.has(b)) {
        n++;
      }
    }
    return n;
  }

  /** {@link #similarity(Words, Words, boolean)} for metrics as written. */
  static int similarity(String target, String measure, boolean sameClassifier) {
    return similarity(new Words(target), new Words(measure), sameClassifier);
  }

  /** The words of an average that name no thing of their own: 全年平均3.2, the row's own figure over its months. */
  static final WordSet AVERAGE_ALONE = WordSet.of("平均", "平均值", "均值");

  /** Characters that name no thing of their own: function words, places, generic nouns. */
  private static final String STOP_CHARS = "的等个和及与或全区市县镇乡村省年度月日其已各类相关有项目工作任务目标内外上下大小多新";

  /**
   * How many characters naming things the two subjects share — not those of verbs of doing, of
   * function words or of places: 水 and 管 in 给排水管网 and 自来水管道, 中 in 初中 and 中学. A
   * synonym shares characters where it shares no word.
   */
  static int sharedCharacters(Words target, Words measure) {
    String t = target.metric;
    String m = measure.metric;
    if (t.isEmpty() || m.isEmpty()) {
      return 0;
    }
    boolean[] tv = target.verb;
    boolean[] mv = measure.verb;
    int shared = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (tv[i] || !Lexicon.isHan(c) || STOP_CHARS.indexOf(c) >= 0 || t.indexOf(c) < i) {
        continue;
      }
      for (int j = 0; j < m.length(); j++) {
        if (m.charAt(j) == c && !mv[j]) {
          shared++;
          break;
        }
      }
    }
    return shared;
  }

  /**
   * Whether the measure's name is a short form of the target's made of one character of each of two of its words (改厕
   * of 农村户厕改造, 危改 of 危房改造): two ideographs found in the target's name, but not as a word of it, one of them
   * naming a thing rather than work, a place or nothing of its own.
   */
  static boolean abbreviates(Words target, Words measure) {
    String m = measure.metric;
    String t = target.metric;
    if (m.length() != 2 || t.length() < 4 || !Lexicon.isHan(m.charAt(0)) || !Lexicon.isHan(m.charAt(1))) {
      return false;
    }
    int first = t.indexOf(m.charAt(0));
    int second = t.indexOf(m.charAt(1));
    if (first < 0 || second < 0 || second == first + 1) {
      return false; // side by side in order they are a word of the name, which the bigrams compare
    }
    return namesAThing(target, first) || namesAThing(target, second);
  }

  private static boolean namesAThing(Words words, int i) {
    char c = words.metric.charAt(i);
    return !words.verb[i] && STOP_CHARS.indexOf(c) < 0 && PLACE_ENDS.indexOf(c) < 0;
  }

  /** Whether the two share a verb bigram (引进 in 引进招商项目 and 引进项目). */
  static boolean shareVerb(Words a, Words b) {
    return shared(a.verbs, b) > 0;
  }

  /** The length of a name of work ending {@code words}, or 0. */
  static int workEndingAt(String words) {
    return ACTIVITIES.endingAt(words, words.length());
  }

  /**
   * Whether the words are nothing but names of work (新建, 开工改造, 完工), each perhaps said of how
   * much or how it went (基本建成, 全部完工, 陆续投用) or joined to the one before (安装并投入使用):
   * 新开工850套，基本建成620套 names no other thing.
   */
  static boolean onlyWork(String words) {
    int i = 0;
    boolean work = false;
    while (i < words.length()) {
      int len = ACTIVITIES.startingAt(words, i);
      if (len > 0) {
        work = true;
      } else if ((len = MANNER_OF_WORK.startingAt(words, i)) == 0 && (!work || (len = WORK_JOINERS.startingAt(words, i)) == 0)) {
        return false;
      }
      i += len;
    }
    return work && ACTIVITIES.endingAt(words, words.length()) > 0;
  }

  /** Words that join one work to the next: 安装并投入使用, 改造和提升. */
  private static final WordSet WORK_JOINERS = WordSet.of("并", "和", "及", "并已");

  /** Words of how much of the work or how it went, before the work's name: 基本建成, 全部完工, 相继投用. */
  private static final WordSet MANNER_OF_WORK = WordSet.of("基本", "全部", "全面", "陆续", "相继", "先后", "顺利", "均", "已",
      // since a date, by a standard: 自1月1日起已按6240元/人·年执行, the date cut, 自 and 按 left
      "自", "按",
      // signed before the work that brings them in: 已签约引进118名 (alone, 签约项目 names signed projects)
      "签约",
      // new, before a verb of work on what exists: 1-9月新改造1530户
      "新");

  /** What ends the name of a township or a street office, the places a county's or district's report counts by. */
  private static final String[] TOWNSHIP_END_WORDS = {"镇", "乡", "街道", "街办", "办事处"};
  private static final WordSet TOWNSHIP_ENDS = WordSet.of(TOWNSHIP_END_WORDS);
  /** The last characters of {@link #TOWNSHIP_ENDS}: a subject with none of them names no township. */
  private static final String TOWNSHIP_LAST_CHARACTERS = lastCharacters(TOWNSHIP_END_WORDS);
  /** Kinds of towns, no town's name: 创建示范镇, 特色小镇. */
  private static final WordSet TOWN_KINDS = WordSet.of("乡镇", "城镇", "小镇", "集镇", "建制镇", "重点镇", "中心镇",
      "示范镇", "特色镇", "各镇", "各乡", "街道办", "各街道");

  /**
   * Whether a subject names only a township or a street office, whatever work beside it (城关镇,
   * 新城街道完成): a place whose share of the task's own work the figure is, not a thing of its own.
   * The name before the ending is two to five characters, and no kind of town (示范镇, 特色小镇).
   */
  static boolean onlyPlace(String metric) {
    if (!mayEndATownship(metric)) {
      return false; // most subjects: one look at their characters, no copy
    }
    String s = withoutWork(metric);
    int len = s.length();
    int end = TOWNSHIP_ENDS.endingAt(s, len);
    return end > 0 && len - end >= 2 && len - end <= 5 && TOWN_KINDS.endingAt(s, len) == 0
        && s.indexOf('、') < 0;
  }

  /**
   * Whether a metric names only a part of the place the report covers, and perhaps the work done
   * there: 城区建成, 农村, 县城新建, 各乡镇, 东片区完成 — the task's own thing, told by where.
   */
  static boolean onlyAPartOfThePlace(String metric) {
    String s = withoutWork(metric);
    if (s.isEmpty()) {
      return false;
    }
    if (isPartition(s) || PLACE_PARTS.startingAt(s, 0) == s.length()) {
      return true;
    }
    int end = AREA_ENDS.endingAt(s, s.length());
    return end > 0 && s.length() - end >= 1 && s.length() - end <= 4 && s.indexOf('、') < 0;
  }

  /** The grades of government a thing is recognised at (省级龙头企业, 市级文明村镇), one flag each. */
  private static final WordSet GRADES = WordSet.flagged(1, new String[] {"国家级", "全国"}, 2, new String[] {"省级", "省級"},
      4, new String[] {"市级", "市級"}, 8, new String[] {"县级", "縣級", "区级", "區級"});
  /** Grades in a list before the one that says 级 for them all (国家、省级): the flags of {@link #GRADES}. */
  private static final WordSet GRADES_SHARING_A_LEVEL = WordSet.flagged(1, new String[] {"国家、"}, 2, new String[] {"省、"},
      4, new String[] {"市、"}, 8, new String[] {"县、", "区、"});

  /** The grades a target's words count ({@link #GRADES} flags), those above too when it says 级以上. */
  static int gradesOf(String targetWords) {
    int grades = GRADES.flagsWithin(targetWords, 0, targetWords.length());
    if (grades != 0) {
      grades |= GRADES_SHARING_A_LEVEL.flagsWithin(targetWords, 0, targetWords.length()); // 国家、省级: 国家级 and 省级
    }
    if (targetWords.contains("级以上") || targetWords.contains("級以上")) {
      grades |= Integer.highestOneBit(grades) - 1; // 省级以上研发平台: the grades above count too
    }
    return grades;
  }

  /** The grades ({@link #GRADES} flags) a metric names, 0 for none. */
  static int gradesNamed(String metric) {
    return GRADES.flagsWithin(metric, 0, metric.length());
  }

  /** What levels a grade reaches to: 省级以上, 县级及以上. */
  private static final WordSet ABOVE = WordSet.of("以上", "及以上");

  /** {@code words} without the grades and the 以上 that qualify a thing (新增省级以上 gives 新增). */
  static String withoutGrades(String words) {
    return ABOVE.removeFrom(GRADES.removeFrom(words));
  }

  /** Whether a metric names a grade that {@code grades} (non-zero) does not count: 市级 for 省级以上. */
  static boolean anotherGrade(String metric, int grades) {
    return grades != 0 && (GRADES.flagsWithin(metric, 0, metric.length()) & ~grades) != 0;
  }

  /** Words naming the whole place a report covers, which open the figure of all of it: 全市, 全县. */
  static final WordSet WHOLE_PLACE = WordSet.of("全区", "全市", "全县", "全省", "全镇", "全乡", "全州", "全盟", "全旗");

  /** Ends of the names of the places a city or a county is made of: 江南区, 清河县, 城关镇. */
  private static final WordSet PLACE_NAME_ENDS = WordSet.of("区", "县", "市", "镇", "乡", "街道", "县（市）", "县(市)");

  /** Whether a metric names a place alone, perhaps as an average (江南区, 清河县, 县域平均, 中心城区, 各县（市）). */
  static boolean namesAPlaceAlone(String metric) {
    String s = metric.endsWith("平均") ? metric.substring(0, metric.length() - 2) : metric;
    if (s.isEmpty()) {
      return false;
    }
    if (s.equals("县域") || onlyPlace(s) || onlyAPartOfThePlace(s)) {
      return true;
    }
    int end = PLACE_NAME_ENDS.endingAt(s, s.length());
    return end > 0 && s.length() - end >= 1 && s.length() - end <= 4 && s.indexOf('、') < 0;
  }

  /** The length of the part of the place a metric opens with (市区, 农村, 各县, 县城), or 0. */
  static int placeAtStart(String metric) {
    int len = PARTITIONS.startingAt(metric, 0);
    return len > 0 ? len : PLACE_PARTS.startingAt(metric, 0);
  }

  /** Parts of a county's or city's ground that are no partition of a statistic: 县城, 乡镇. */
  private static final WordSet PLACE_PARTS = WordSet.of("县城", "乡镇", "各乡镇", "主城区", "老城区", "新城区", "城乡结合部",
      // the zones a city governs beside its districts
      "高新区", "经开区", "开发区", "高新技术产业开发区", "经济技术开发区",
      // the levels a figure is told by: the government's own departments, then the places below it
      // (市直部门组织412场次，各县市区组织536场次); an aside such as 各县（市、区） is dropped before
      "市本级", "县本级", "区本级", "市直", "市直部门", "市直单位", "县直", "县直部门", "县直单位", "区直部门",
      "区直单位", "省直部门", "省直单位", "各县", "各县市区", "各县区", "各区县", "各市州", "各地市", "各设区市");
  /** What ends the name of an area a report divides its ground into: 东片区, 北部片区, 灞河新区. */
  private static final WordSet AREA_ENDS = WordSet.of("片区", "新区");

  private static boolean mayEndATownship(String metric) {
    for (int i = 0; i < metric.length(); i++) {
      if (TOWNSHIP_LAST_CHARACTERS.indexOf(metric.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String lastCharacters(String[] words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      out.append(w.charAt(w.length() - 1));
    }
    return out.toString();
  }

  /** The words with the names of work taken out: 开工改造老旧小区 gives 老旧小区. */
  static String withoutWork(String words) {
    return strip(ACTIVITIES.removeFrom(words).replace("已", ""));
  }

  /**
   * The things the words name, without the work done on them or a first step of it: 老旧小区完成招标
   * lends 老旧小区 to the 开工 and 完工 after it.
   */
  static String thingsOf(String words) {
    String things = FIRST_STEPS.within(words) ? FIRST_STEPS.removeFrom(words) : words;
    // 排查易涝点42处，完成整治30处: what was found is the thing, the finding no work of it
    return withoutWork(FOUND.within(things) ? FOUND.removeFrom(things) : things);
  }

  /** Words that make a figure the total of what its sentence told before it: 新建公厕22座，改造公厕31座，合计53座. */
  static final WordSet TOTAL_WORDS = WordSet.of("合计", "共计", "总计", "总共", "共");

  /**
   * Whether a measure's words before its first digit say it is a total (全年合计182.4万亩, 共7个; not
   * the 共 of 公共停车位).
   */
  static boolean saysATotal(String measureText) {
    int digit = 0;
    while (digit < measureText.length() && !Character.isDigit(measureText.charAt(digit))) {
      digit++;
    }
    int word = TOTAL_WORDS.indexWithin(measureText, 0, digit);
    while (word > 0 && TOTAL_WORDS.startingAt(measureText, word) == 1
        && !NOISE.removeFrom(measureText.substring(0, word)).isEmpty()) {
      // 共 alone only opens the words, or follows words of when (全年共新增1080张): not 公共停车位
      word = TOTAL_WORDS.indexWithin(measureText, word + 1, digit);
    }
    return word >= 0;
  }

  /** Whether the words name any work being done (新建, 改造, 完成 …). */
  static boolean namesWork(String words) {
    return ACTIVITIES.within(words);
  }

  /** {@link #namesWork} of the words from {@code from} to {@code to} of {@code text}. */
  static boolean namesWork(String text, int from, int to) {
    return ACTIVITIES.within(text, from, to);
  }

  /** Nouns that begin with a word of work and are none (建成区, the built-up area: nothing was built). */
  static final String[] NOUNS_HOLDING_WORK = {"建成区"};

  private static final int NEW_BIT = 1;
  private static final int EXISTING_BIT = 2;
  static final int STARTED_BIT = 4;
  static final int DONE_BIT = 8;
  /** Keeping up what exists (养护, 管护): neither building it nor renewing it (农村公路养护 is no 新改建). */
  private static final int UPKEEP_BIT = 128;
  private static final WordSet WORK = WordSet.flagged(
      NEW_BIT, new String[] {"新建", "新增", "建成", "组建", "创建", "新招聘", "新开工", "新培育", "新引进", "新改建",
          "新改扩建"},
      EXISTING_BIT, new String[] {"提升", "改造", "优化", "整治", "整改", "维修", "修缮", "改建", "扩建", "改扩建", "续建", "迁建", "拆除",
          "新改建", "新改扩建", "治理"},
      // cases handled by stages: taken in (受理, 立案), then concluded (办结, 结案, 审结); things bought, then
      // handed over and put to work (采购280辆，交付投运196辆)
      // and works under way (已完工9处、在建13处: the 13 are begun, not built)
      STARTED_BIT, new String[] {"开工", "动工", "启动", "开建", "受理", "立案", "采购", "购置", "在建"},
      DONE_BIT, new String[] {"完成", "完工", "建成", "竣工", "投用", "投运", "投入使用", "交付", "投产", "办结", "结案", "审结"},
      UPKEEP_BIT, new String[] {"养护", "管护", "维护", "保养"},
      0, NOUNS_HOLDING_WORK);

  /**
   * The words of a building's shell done while the building is not (主体完工, 主体已封顶, 完成主体工程,
   * 主体结构封顶): work under way, whatever 完工 or 完成 in them say.
   */
  private static final WordSet SHELL_DONE = WordSet.of(Vocabulary.wordsWith(Vocabulary.SHELL));

  /** Finding what is to be put right (排查发现隐患5260处): the first step of 整改, not the work. */
  private static final WordSet FOUND = WordSet.of("排查", "摸排", "发现");

  /** Words of putting right what was found, which make 排查 one work with them: 排查整治, 摸排化解. */
  private static final WordSet PUT_RIGHT = WordSet.of("整治", "整改", "治理", "处置", "清理", "化解", "销号", "处理");

  /**
   * Whether the metric names finding things (排查发现隐患) and not putting them right in the same breath
   * (排查整治问题73处 names both: the work done). False when it names no finding.
   */
  private static boolean onlyFound(String metric) {
    int n = metric.length();
    for (int at = FOUND.indexWithin(metric, 0, n); at >= 0; at = FOUND.indexWithin(metric, at + 1, n)) {
      if (PUT_RIGHT.startingAt(metric, at + FOUND.startingAt(metric, at)) == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a metric names finding things (排查发现隐患) and not putting them right (排查整治问题). */
  static boolean onlyFinding(String metric) {
    return FOUND.within(metric) && onlyFound(metric);
  }

  /** A first step of a piece of work (选址, 立项, 招标): no thing that work is done on. */
  private static final WordSet FIRST_STEPS = WordSet.of(Vocabulary.wordsWith(Vocabulary.FIRST_STEP));

  /** Whether a metric names only a first step of the work, once work is cut (完成选址, 选址). */
  static boolean onlyFirstStep(String metric) {
    if (!FIRST_STEPS.within(metric)) {
      return false;
    }
    String s = withoutWork(metric);
    return !s.isEmpty() && FIRST_STEPS.startingAt(s, 0) == s.length();
  }

  /** Both stage bits of {@link #stage}: work started and work done. */
  static final int STARTED_AND_DONE = 3;

  /** Bit 1: the metric names work started only (开工, 主体封顶); bit 2: work done only (完成, 完工). */
  static int stage(String metric) {
    int bits = work(metric) & (STARTED_BIT | DONE_BIT);
    return bits == STARTED_BIT ? 1 : bits == DONE_BIT ? 2 : 0;
  }

  /**
   * What work a metric names, as bits: new things (新建, 新增) or work on what exists (提升改造),
   * and work started (开工, and a building's shell done: 主体完工) or done (完成, 建成).
   */
  static int work(String metric) {
    int bits = WORK.flagsWithin(metric, 0, metric.length());
    if (bits != 0 && namesAFirstStep(metric) || FOUND.within(metric)) {
      bits |= FIRST_STEP_BIT; // 完成招标: the work is a first step; 排查发现隐患: so is finding what to put right
      if (FOUND.within(metric) && !onlyFound(metric)) {
        bits |= PUT_RIGHT_BIT; // 排查整治问题73处: found and put right, the work itself
      }
    }
    if ((metric.indexOf('主') >= 0 || metric.indexOf('封') >= 0) && SHELL_DONE.within(metric)) {
      bits = bits & ~DONE_BIT | STARTED_BIT | SHELL_BIT; // 幼儿园主体已完工: begun, not built
    }
    return bits;
  }

  /**
   * Things named by a first step that are no step of the work (全年对28家招标代理机构开展检查): those who do the step, and
   * its papers.
   */
  private static final WordSet NAMED_BY_A_STEP = WordSet.of("招标代理", "招标文件", "招标公告", "招标控制价", "招标人",
      "招投标市场", "招投标领域", "设计单位", "设计院",
      // the list a recommendation made, from which things are then chosen: 推荐名单中我市入选3项
      "推荐名单");

  /** The bit of {@link #work} for a building's shell done (主体完工): no evidence for a target but one of its shell. */
  static final int SHELL_BIT = 16;

  /**
   * The bit of {@link #work} for a set all begun (均已开工, 全部开工): the state of each of the things, no
   * count of the work done, for a target that names a kind of work (新建, 改造) but no start.
   */
  static final int ALL_STARTED_BIT = 32;

  /** Words saying each of a set has begun: 30个小区均已开工, 项目已全部开工, 均已进场施工. */
  private static final WordSet ALL_STARTED = WordSet.of("均已开工", "均开工", "全部开工", "已全部开工", "全部已开工", "全面开工",
      "均已动工", "全部动工", "均已进场", "均已进场施工", "全部进场施工",
      // still being built: 3个站场均处于施工阶段, 均在施工, 均在建
      "处于施工阶段", "均在施工", "正在施工", "均在建", "均正在建设", "均处于在建");

  /**
   * The bit of {@link #work} for things counted whose words say only that a first step of the work
   * is done (15个小区已全部完成招标, 20个村卫生室完成选址): no evidence for a target of work on them, unless
   * the target names a first step itself.
   */
  static final int FIRST_STEP_BIT = 64;
  /**
   * The bit of {@link #work} for things found and put right in one work (排查整治): a first step with
   * the work after it, evidence for a target of that work (清理整治) as well as for one of finding.
   */
  static final int PUT_RIGHT_BIT = 256;

  /** Whether the words name a first step of the work (选址, 立项, 招标), not those who do it (招标代理机构). */
  static boolean namesAFirstStep(String words) {
    return FIRST_STEPS.within(words)
        && (!NAMED_BY_A_STEP.within(words) || FIRST_STEPS.within(NAMED_BY_A_STEP.removeFrom(words)));
  }

  /** The first steps a narrative says done with 已 (已提交, 已报送), as a task names them: 提交, 报送. */
  private static final WordSet FIRST_STEPS_TO_DO = WordSet.of(stepsToDo());

  private static String[] stepsToDo() {
    List<String> out = new ArrayList<>();
    for (String w : Vocabulary.wordsWith(Vocabulary.FIRST_STEP)) {
      out.add(w.startsWith("已") ? w.substring(1) : w);
    }
    return out.toArray(new String[0]);
  }

  /** Whether a task's words name a first step of the work as its own (完成公墓选址, 完成申报材料报送). */
  static boolean targetsAFirstStep(String words) {
    return FIRST_STEPS_TO_DO.within(words) || INSPECTIONS.within(words);
  }

  /**
   * Inspections, whose work is finding (巡查不少于4轮 ‖ 开展巡查排查六轮): a task of one names finding as its own step.
   */
  private static final WordSet INSPECTIONS = WordSet.of("巡查", "检查", "督查", "核查", "排查", "摸排", "巡检");

  /** Whether the words from {@code from} on name a first step of the work and no shell (改造已完成设计招标). */
  static boolean firstStepNoShellFrom(String words, int from) {
    return FIRST_STEPS.within(words, from, words.length()) && !SHELL_DONE.within(words, from, words.length());
  }

  /** Whether the words say each of a set has begun ({@link #ALL_STARTED_BIT}). */
  static boolean allStarted(String words) {
    return ALL_STARTED.within(words);
  }

  /** Whether the words tell of a building's shell done (主体已完工, 主体封顶) rather than the building. */
  static boolean shellDone(String words) {
    return SHELL_DONE.within(words);
  }


  /**
   * Whether the two metrics name different kinds of work on their things — one new (新建, 新增),
   * the other on what exists (提升改造, 扩建) — and no kind in common: 新建公厕 is not 提升改造公厕.
   */
  static boolean conflictingWork(String target, String measure) {
    return conflictingWork(work(target), work(measure));
  }

  static boolean conflictingWork(int targetWork, int measureWork) {
    int kind = NEW_BIT | EXISTING_BIT | UPKEEP_BIT;
    int stage = STARTED_BIT | DONE_BIT;
    // Work done is evidence that it started; work started is none that it is done.
    boolean startedForDone = (targetWork & stage) == DONE_BIT && (measureWork & stage) == STARTED_BIT;
    // 3所幼儿园主体已完工 for 新建幼儿园3所: the shells are up, not the schools
    boolean shellForBuilding = (measureWork & SHELL_BIT) != 0 && (targetWork & SHELL_BIT) == 0;
    // 30个小区均已开工 for 改造老旧小区30个: each has begun, none is said done — but a target that
    // names no kind of work (实施重点项目50个, 建设…项目) is a list of projects under way, met when all begin
    boolean allBegunForWork = (measureWork & ALL_STARTED_BIT) != 0 && (targetWork & STARTED_BIT) == 0
        && (targetWork & kind) != 0;
    // 15个小区已全部完成招标 for 改造老旧小区15个: past a first step, none renovated
    boolean firstStepForWork = (measureWork & FIRST_STEP_BIT) != 0 && (measureWork & PUT_RIGHT_BIT) == 0
        && (targetWork & FIRST_STEP_BIT) == 0 && targetWork != 0;
    return conflicting(targetWork & kind, measureWork & kind) || startedForDone || shellForBuilding || allBegunForWork
        || firstStepForWork;
  }

  /** Both name something, and nothing in common. */
  private static boolean conflicting(int a, int b) {
    return a != 0 && b != 0 && (a & b) == 0;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) && c != '、';
  }

  /** Which characters of {@code t} belong to a verb of doing. */
  private static boolean[] verbChars(String t) {
    boolean[] verb = new boolean[t.length()];
    for (int i = 0; i < t.length(); i++) {
      int len = ACTIVITIES.startingAt(t, i);
      for (int k = i; k < i + len; k++) {
        verb[k] = true;
      }
    }
    return verb;
  }
}
