package io.github.workreport.json;

import io.github.workreport.Approximation;
import io.github.workreport.Assessment;
import io.github.workreport.Basis;
import io.github.workreport.Bound;
import io.github.workreport.Deadline;
import io.github.workreport.DeclaredTotals;
import io.github.workreport.Finding;
import io.github.workreport.FindingKind;
import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Outcome;
import io.github.workreport.Pace;
import io.github.workreport.Period;
import io.github.workreport.Quantity;
import io.github.workreport.Report;
import io.github.workreport.Role;
import io.github.workreport.Section;
import io.github.workreport.Span;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import io.github.workreport.Whole;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generates reports for property tests: Chinese and ASCII text with every character JSON must
 * escape and characters outside the BMP, empty lists and strings, every enum value, every optional
 * present and absent, and decimals from zero to the longest the format allows (1000 characters in
 * plain notation) and years to the ends of {@link Year}.
 *
 * <p>Only values the model calls consistent are generated: assessment lines point at targets and
 * measures of their own task, spans are ranges, and ratios keep a scale of zero or more (a
 * negative scale such as {@code 1E+2} is written {@code 100} and reads back with scale 0, equal in
 * value but not in {@link BigDecimal#equals}, see {@code ReportJsonTest}). Text includes unpaired
 * surrogates, which UTF-8 cannot encode: Jackson writes them as JSON escapes; only section names
 * in the declared totals, which become field names, go without (see {@code ReportJsonTest}).
 */
final class ReportGen {
  private static final String CHINESE =
      "灞桥区政府工作报告任务分解表已完成持续推进新建公厕座万元亿增长下降达到以上左右不超过力争区发改委财政局城市管理街道办事处“”（）、，。：；·—…";
  private static final List<String> SPECIAL = List.of(
      "\"", "\\", "/", "\n", "\r", "\t", "\b", "\f", "\u0000", "\u001f", "\u007f", "\u2028", "\u2029",
      "𠮷", "😀", "\uD800", "\uDFFF", "é", " ", "\u3000", "'", "<", "&", "$", "%");
  private static final List<String> UNITS = List.of(
      "", "%", "个百分点", "元", "万元", "亿元", "千米", "公里", "km", "平方米", "万平方米", "㎡", "m²", "亩", "公顷",
      "吨", "座", "个", "家", "户", "人", "名", "人次", "批次", "万株", "亿人次", "元/月/人", "微克/立方米", "栋");
  private static final List<String> DECIMALS = List.of(
      "0", "258.77", "0.1", "0.2", "0.3", "7.5", "-17.5", "100", "1E+2", "2587700", "0.000001",
      "123456789012345678901234567890.123456789", "1E+990", "1E-998", "-1E-997", "-9E+997");

  private ReportGen() {}

  static Gen<Report> reports() {
    return in -> new Draw(in).report();
  }

  /** One draw of a report; every choice goes through the randomness source so that it shrinks. */
  private static final class Draw {
    private final RandomnessSource in;

    Draw(RandomnessSource in) {
      this.in = in;
    }

    int between(int min, int max) {
      return (int) in.next(Constraint.between(min, max));
    }

    boolean chance() {
      return between(0, 1) == 1;
    }

    <T> T pick(List<T> values) {
      return values.get(between(0, values.size() - 1));
    }

    <E extends Enum<E>> E pick(Class<E> type) {
      E[] values = type.getEnumConstants();
      return values[between(0, values.length - 1)];
    }

    String text(int maxParts) {
      StringBuilder out = new StringBuilder();
      int parts = between(0, maxParts);
      for (int i = 0; i < parts; i++) {
        switch (between(0, 3)) {
          case 0:
            out.append(pick(SPECIAL));
            break;
          case 1:
            out.append((char) between('a', 'z')).append(between(0, 99));
            break;
          default:
            int at = between(0, CHINESE.length() - 1);
            out.append(CHINESE, at, Math.min(CHINESE.length(), at + between(1, 6)));
        }
      }
      return out.toString();
    }

    int anyInt() {
      switch (between(0, 3)) {
        case 0:
          return pick(List.of(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE));
        default:
          return between(-1000, 100_000);
      }
    }

    BigDecimal decimal(boolean nonNegativeScale) {
      if (between(0, 3) == 0) {
        BigDecimal special = new BigDecimal(pick(DECIMALS));
        return nonNegativeScale && special.scale() < 0 ? special.setScale(0) : special;
      }
      StringBuilder digits = new StringBuilder();
      int length = between(1, 40);
      for (int i = 0; i < length; i++) {
        digits.append((char) ('0' + between(0, 9)));
      }
      BigInteger unscaled = new BigInteger(digits.toString());
      if (chance()) {
        unscaled = unscaled.negate();
      }
      return new BigDecimal(unscaled, between(nonNegativeScale ? 0 : -300, 300));
    }

    YearMonth month() {
      int year = between(0, 5) == 0 ? pick(List.of(Year.MIN_VALUE, Year.MAX_VALUE, 0, -1, 9999, 10_000))
          : between(1949, 2100);
      return YearMonth.of(year, between(1, 12));
    }

    Span span() {
      int start = between(0, 5) == 0 ? Integer.MAX_VALUE - between(0, 1) : between(0, 1000);
      return Span.of(start, start + between(0, Integer.MAX_VALUE - start > 100 ? 100 : Integer.MAX_VALUE - start));
    }

    Quantity quantity() {
      return Quantity.of(decimal(false), Unit.parse(pick(UNITS)));
    }

    /** The upper end of a range above {@code lower}: a few units of its last place above, or twice it. */
    Quantity upper(Quantity lower) {
      BigDecimal v = lower.value();
      BigDecimal above = chance() || v.signum() <= 0
          ? v.add(v.ulp().multiply(BigDecimal.valueOf(between(1, 9))))
          : v.add(v);
      return Quantity.of(above, lower.unit());
    }

    Report report() {
      Report.Builder b = Report.builder();
      if (chance()) {
        b.title(text(6));
      }
      if (chance()) {
        b.jurisdiction(text(2));
      }
      if (chance()) {
        b.year(anyInt());
      }
      if (chance()) {
        b.period(Period.of(month()));
      }
      if (chance()) {
        DeclaredTotals.Builder totals = DeclaredTotals.builder();
        if (chance()) {
          totals.total(anyInt());
        }
        int counts = between(0, 3);
        for (int i = 0; i < counts; i++) {
          String name = text(2);
          if (!name.equals("total") && name.codePoints().noneMatch(c -> Character.isSurrogate((char) c))) {
            totals.putBySection(name, anyInt());
          }
        }
        b.declaredTotals(totals.build());
      }
      int sections = between(0, 3);
      for (int i = 0; i < sections; i++) {
        Section.Builder section = Section.builder().name(text(2)).declaredStatus(pick(Status.class));
        if (chance()) {
          section.declaredCount(anyInt());
        }
        b.addSection(section.build());
      }
      int tasks = between(0, 4);
      for (int i = 0; i < tasks; i++) {
        b.addTask(task());
      }
      return b.build();
    }

    Task task() {
      Task.Builder b = Task.builder().number(anyInt()).text(text(10));
      if (chance()) {
        b.section(text(2));
      }
      int units = between(0, 3);
      for (int i = 0; i < units; i++) {
        b.addResponsibleUnit(text(3));
      }
      if (chance()) {
        b.deadline(Deadline.of(month()));
      }
      int targets = between(0, 3);
      for (int i = 0; i < targets; i++) {
        // now and then a share of the task, which only a level in % can be
        boolean share = between(0, 3) == 0;
        Quantity quantity = share ? Quantity.of(decimal(false), Unit.PERCENT) : quantity();
        Target.Builder target = Target.builder()
            .metric(chance() ? text(3) : "").kind(share ? Kind.LEVEL : pick(Kind.class)).bound(pick(Bound.class))
            .quantity(quantity).firm(chance()).housing(chance());
        if (share) {
          target.shareOf(Whole.TASK);
        }
        if (chance()) {
          target.upper(upper(quantity));
        }
        if (chance()) {
          target.text(text(5));
        }
        if (chance()) {
          target.span(span());
        }
        b.addTarget(target.build());
      }
      Outcome.Builder outcome = Outcome.builder().declaredStatus(pick(Status.class));
      if (chance()) {
        outcome.narrative(text(12));
      }
      int measures = between(0, 3);
      for (int i = 0; i < measures; i++) {
        Measure.Builder measure = Measure.builder()
            .metric(chance() ? text(3) : "").kind(pick(Kind.class)).quantity(quantity())
            .role(pick(Role.class)).estimated(chance()).approximate(chance());
        if (chance()) {
          measure.approximation(pick(Approximation.class)); // the optional side, written only when known
        }
        if (chance()) {
          measure.asOf(YearMonth.of(between(1, 9999), between(1, 12))); // the optional month counted to
        }
        measure.housing(chance());
        if (chance()) {
          measure.text(text(5));
        }
        if (chance()) {
          measure.span(span());
        }
        outcome.addMeasure(measure.build());
      }
      b.outcome(outcome.build());
      if (chance()) {
        b.assessment(assessment(targets, measures));
      }
      return Lines.resolve(b.build());
    }

    Assessment assessment(int targets, int measures) {
      Assessment.Builder b = Assessment.builder().status(pick(Status.class)).basis(pick(Basis.class));
      if (chance()) {
        b.explanation(text(8));
      }
      if (chance()) {
        b.pace(pick(Pace.class));
      }
      for (int t = 0; t < targets; t++) {
        int measure = measures > 0 && chance() ? between(0, measures - 1) : -1;
        int revision = measures > 0 && chance() ? between(0, measures - 1) : -1;
        TargetAssessment.Builder line = Lines.line(between(0, targets - 1), measure, revision);
        if (chance()) {
          line.ratio(decimal(true));
        }
        if (chance()) {
          line.status(pick(Status.class));
        }
        if (chance()) {
          line.pace(pick(Pace.class));
        }
        b.addTarget(line.build());
      }
      int findings = between(0, 2);
      for (int i = 0; i < findings; i++) {
        b.addFinding(Finding.of(pick(FindingKind.class), text(6)));
      }
      return b.build();
    }
  }
}
