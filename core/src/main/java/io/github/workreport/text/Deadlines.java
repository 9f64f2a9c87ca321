package io.github.workreport.text;

import io.github.workreport.Deadline;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Deadlines in a task's text: a year (and month) introduced by 到/至/于/在 or followed by 前, 底,
 * 末, 内 or a verb of completion (2021年6月建成); a month alone followed by 底前 (the report's year);
 * 年内, 年底前, 今年底 (the report's year's December). Base years (较2015年, 比2019年) are not
 * deadlines.
 */
final class Deadlines {
  private Deadlines() {}

  private static final WordSet BY_BEFORE = WordSet.of("到", "至", "于", "在", "截至", "截止", "力争", "确保", "争取", "计划");
  private static final WordSet BASE_BEFORE = WordSet.of("较", "比", "与", "同", "相比", "自", "从");
  private static final WordSet BY_AFTER = WordSet.of(
      "底前", "底", "末", "前", "以前", "之前", "内", "份前", "完成", "建成", "竣工", "完工", "投用", "投入使用",
      "开工", "实现", "全面", "基本", "通车", "运营", "交付", "落地");
  private static final WordSet MONTH_END = WordSet.of("底前", "前", "以前", "之前", "底", "末");
  private static final WordSet THIS_YEAR = WordSet.of("年内", "年底前", "今年底", "今年内", "年底", "本年度内", "年末");

  static Optional<Deadline> find(String text, List<Mention> mentions, OptionalInt year) {
    YearMonth latest = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type != Mention.Type.DATE) {
        continue;
      }
      int y;
      int month = 12;
      int end = m.end;
      if (m.year > 0) {
        y = m.lastYear > 0 ? m.lastYear : m.year;
        if (i + 1 < mentions.size()) {
          Mention next = mentions.get(i + 1);
          if (next.month > 0 && onlySpaces(text, m.end, next.start)) {
            month = next.month;
            end = next.end;
          }
        }
      } else if (m.month > 0 && year.isPresent() && (i == 0 || !isYearJustBefore(text, mentions.get(i - 1), m))) {
        y = year.getAsInt();
        month = m.month;
        if (MONTH_END.startingAt(text, skip(text, end)) == 0) {
          continue; // 6月建成 without a year is too loose to be a deadline
        }
      } else {
        continue;
      }
      int before = m.prefixStart;
      while (before > 0 && Lexicon.isSpace(text.charAt(before - 1))) {
        before--;
      }
      if (BASE_BEFORE.endingAt(text, before) > 0) {
        continue;
      }
      boolean by = BY_BEFORE.endingAt(text, before) > 0
          || BY_AFTER.startingAt(text, skip(text, end)) > 0;
      if (!by) {
        continue;
      }
      YearMonth due = YearMonth.of(y, month);
      if (latest == null || due.isAfter(latest)) {
        latest = due;
      }
    }
    if (year.isPresent() && year.getAsInt() > 0 && year.getAsInt() < 10000 && THIS_YEAR.within(text)) {
      YearMonth due = YearMonth.of(year.getAsInt(), 12);
      if (latest == null || due.isAfter(latest)) {
        latest = due;
      }
    }
    return latest == null ? Optional.empty() : Optional.of(Deadline.of(latest));
  }

  private static boolean isYearJustBefore(String text, Mention previous, Mention month) {
    return previous.year > 0 && onlySpaces(text, previous.end, month.start);
  }

  private static int skip(String text, int k) {
    while (k < text.length() && Lexicon.isSpace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  private static boolean onlySpaces(String text, int from, int to) {
    if (from > to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!Lexicon.isSpace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
