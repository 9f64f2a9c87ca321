package io.github.workreport.excel;

import static org.quicktheories.QuickTheory.qt;

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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Reading a workbook we wrote gives back the report we wrote, for any report. */
class RoundTripPropertyTest {
  /** Characters that tempt a spreadsheet: formula starts, OOXML escapes, control characters, emoji. */
  private static final String[] ALPHABET = {"地", "区", "生", "产", "总", "值", "增", "长", "公", "厕", "座", "任务",
      "完成情况", "=", "+", "-", "@", "_", "x", "0", "4", "1", "_x0041_", " ", "\n", "\t", "\r", "%", ".", "，",
      "。", "、", "\u0001", "\u001F", "\uFFFE", "😀", "\uD83D", "\\", "\u3000", "a", "Z", "7"};
  private static final String[] UNITS = {"%", "座", "万元", "亿元", "个", "", "元/月/人", "千米", "人次", "个百分点"};

  private static Gen<String> text(int max) {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, max)
        .map(list -> {
          StringBuilder out = new StringBuilder();
          list.forEach(i -> out.append(ALPHABET[i]));
          return out.toString();
        });
  }

  private static Gen<Quantity> quantity() {
    return SourceDSL.longs().between(-5_000_000L, 5_000_000_000L)
        .zip(SourceDSL.integers().between(0, 6), SourceDSL.integers().between(0, UNITS.length - 1),
            (v, scale, unit) -> Quantity.of(BigDecimal.valueOf(v, scale), Unit.parse(UNITS[unit])));
  }

  private static <T extends Enum<T>> Gen<T> oneOf(Class<T> type) {
    T[] values = type.getEnumConstants();
    return SourceDSL.integers().between(0, values.length - 1).map(i -> values[i]);
  }

  private static Gen<Optional<Span>> span() {
    return SourceDSL.integers().between(-1, 40).zip(SourceDSL.integers().between(0, 10),
        (s, l) -> s < 0 ? Optional.<Span>empty() : Optional.of(Span.of(s, s + l)));
  }

  private static Gen<Target> target() {
    return text(6).zip(oneOf(Kind.class), oneOf(Bound.class), quantity(), (m, k, b, q) ->
        Target.builder().metric(m).kind(k).bound(b).quantity(q))
        .zip(SourceDSL.booleans().all(), text(10), span(), (builder, firm, words, span) -> {
          builder.firm(firm).span(span);
          if (!words.isEmpty()) {
            builder.text(words);
          }
          return builder;
        })
        // a range (增长6%-6.5%) one time in three: an upper end up to 5000 of the last place above
        .zip(SourceDSL.integers().between(-2, 5000), (builder, step) -> {
          Target t = builder.build();
          return step <= 0 ? t : t.withUpper(Quantity.of(t.value().add(t.value().ulp().multiply(BigDecimal.valueOf(step))), t.unit()));
        })
        // a count of housing, and a share of the task where the target is a level in %, each now and then
        .zip(SourceDSL.integers().between(0, 3), (t, flags) -> {
          Target out = t.withHousing((flags & 1) != 0);
          boolean mayBeShare = t.kind() == Kind.LEVEL && t.unit().equals(Unit.PERCENT);
          return (flags & 2) != 0 && mayBeShare ? out.withShareOf(Whole.TASK) : out;
        });
  }

  private static Gen<Measure> measure() {
    return text(6).zip(oneOf(Kind.class), quantity(), oneOf(Role.class), (m, k, q, r) ->
        Measure.builder().metric(m).kind(k).quantity(q).role(r))
        .zip(SourceDSL.integers().between(0, 63), text(8), span(), (builder, flags, words, span) -> {
          builder.estimated((flags & 1) != 0).approximate((flags & 2) != 0).span(span).housing((flags & 32) != 0);
          int side = (flags >> 2) & 3; // none, or one of the sides of an approximate figure
          builder.approximation(side == 0 ? Optional.empty() : Optional.of(Approximation.values()[side - 1]));
          // a month counted to, with or without a side
          builder.asOf((flags & 16) == 0 ? Optional.empty() : Optional.of(YearMonth.of(2020, 1 + flags % 11)));
          if (!words.isEmpty()) {
            builder.text(words);
          }
          return builder.build();
        });
  }

  /** A line by indexes, made valid for its task by {@link #lines}: target, measure (-1 none), ratio, status. */
  private static Gen<int[]> line() {
    return SourceDSL.integers().between(0, 4).zip(SourceDSL.integers().between(-1, 4),
        SourceDSL.integers().between(-5, 30_000), oneOf(Status.class), (t, m, ratio, st) -> new int[] {t, m, ratio, st.ordinal()});
  }

  /** The lines for {@code task}: indexes wrapped into its lists, values taken from them. */
  private static List<TargetAssessment> lines(Task task, List<int[]> specs) {
    List<TargetAssessment> out = new ArrayList<>();
    List<Measure> measures = task.outcome().measures();
    for (int[] spec : specs) {
      if (task.targets().isEmpty()) {
        break;
      }
      int t = spec[0] % task.targets().size();
      TargetAssessment.Builder b = TargetAssessment.builder().targetIndex(t).target(task.targets().get(t))
          .status(Status.values()[spec[3]]);
      int m = spec[1];
      if (m >= 0 && m < measures.size()) {
        b.measureIndex(m).measure(measures.get(m)).ratio(BigDecimal.valueOf(spec[2], 4));
        if (m == 2) {
          b.revisionIndex(1).revision(measures.get(1)).pace(Pace.values()[t % 3]);
        }
      }
      out.add(b.build());
    }
    return out;
  }

  private static Gen<Optional<Assessment.Builder>> assessment() {
    Gen<Finding> finding = oneOf(FindingKind.class).zip(text(12), Finding::of);
    return SourceDSL.integers().between(0, 3).zip(oneOf(Status.class), oneOf(Basis.class), text(20),
        (present, st, basis, explanation) -> present == 0 ? null
            : Assessment.builder().status(st).basis(basis).explanation(explanation))
        .zip(SourceDSL.lists().of(finding).ofSizeBetween(0, 3), SourceDSL.integers().between(-1, 2),
            (b, findings, pace) -> {
              if (b == null) {
                return Optional.<Assessment.Builder>empty();
              }
              b.findings(findings);
              if (pace >= 0) {
                b.pace(Pace.values()[pace]);
              }
              return Optional.of(b);
            });
  }

  private static final String[] SECTIONS = {"已完成", "持续推进", "未完成", "  空格 "};

  private static Gen<Task> task() {
    Gen<Task.Builder> base = SourceDSL.integers().between(-1, SECTIONS.length - 1).zip(
        SourceDSL.integers().between(0, 99_999), text(30), SourceDSL.lists().of(text(5)).ofSizeBetween(0, 3),
        (section, number, text, units) -> Task.builder()
            .section(section < 0 ? Optional.empty() : Optional.of(SECTIONS[section]))
            .number(number).text(text).responsibleUnits(units));
    return base.zip(SourceDSL.lists().of(target()).ofSizeBetween(0, 3),
        SourceDSL.lists().of(measure()).ofSizeBetween(0, 3), text(40), (b, targets, measures, narrative) ->
            b.targets(targets).outcome(Outcome.builder().narrative(narrative).measures(measures).build()))
        .zip(oneOf(Status.class), SourceDSL.integers().between(-1, 30), assessment(), (b, declared, deadline, a) -> {
          Task t = b.build();
          return t.withOutcome(t.outcome().withDeclaredStatus(declared))
              .withDeadline(deadline < 0 ? Optional.empty() : Optional.of(Deadline.of(YearMonth.of(2020, 1).plusMonths(deadline))))
              .withAssessment(a.map(Assessment.Builder::build));
        })
        .zip(SourceDSL.lists().of(line()).ofSizeBetween(0, 3), (t, specs) -> t.assessment().isEmpty() ? t
            : t.withAssessment(t.assessment().get().withTargets(lines(t, specs))));
  }

  private static Gen<Report> report() {
    Gen<Report.Builder> head = text(30).zip(SourceDSL.integers().between(-1, 30), text(4),
        (title, month, place) -> {
          Report.Builder b = Report.builder().title(title);
          if (month >= 0) {
            b.year(2020).period(Period.of(YearMonth.of(2020, 1 + month % 12)));
          }
          if (!place.isEmpty()) {
            b.jurisdiction(place);
          }
          return b;
        });
    return head.zip(SourceDSL.lists().of(task()).ofSizeBetween(0, 6), SourceDSL.integers().between(-1, 200),
        (b, tasks, total) -> {
          DeclaredTotals.Builder totals = DeclaredTotals.builder();
          List<Section> sections = new ArrayList<>();
          if (total >= 0) {
            totals.total(total).putBySection("已完成", total / 2);
            sections.add(Section.builder().name("已完成").declaredStatus(Status.MET).declaredCount(total / 2).build());
            sections.add(Section.of("  空格 ", Status.UNDETERMINED));
          }
          return b.tasks(tasks).declaredTotals(totals.build()).sections(sections).build();
        });
  }

  @Test
  void aWrittenWorkbookReadsBackAsTheReportWritten() {
    qt().withExamples(40).forAll(report()).check(r -> {
      Report back = ExcelWriterTest.readBack(ExcelWriterTest.written(r));
      return back.equals(r);
    });
  }
}
