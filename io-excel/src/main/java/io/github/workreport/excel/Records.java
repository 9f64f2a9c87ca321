package io.github.workreport.excel;

import io.github.workreport.Approximation;
import io.github.workreport.Assessment;
import io.github.workreport.Basis;
import io.github.workreport.Bound;
import io.github.workreport.Deadline;
import io.github.workreport.Finding;
import io.github.workreport.FindingKind;
import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Outcome;
import io.github.workreport.Pace;
import io.github.workreport.Quantity;
import io.github.workreport.Role;
import io.github.workreport.Span;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.UnverifiedReason;
import io.github.workreport.text.TaskExtractor;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import io.github.workreport.Whole;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The machine-readable record of a task that the writer keeps in a hidden column, so that reading
 * a workbook we wrote gives back the same task: one line per part, tab-separated fields, with
 * backslash escapes for tab, newline, carriage return and backslash. The visible columns stay
 * authoritative for the number, text and narrative; a digest of those detects a row edited by
 * hand, whose record is then ignored.
 */
final class Records {
  static final String HEADER = "wr:task";
  static final String VERSION = "wr1";

  private Records() {}

  static String encode(Task task, String textRest, String narrativeRest) {
    StringBuilder out = new StringBuilder(128).append(VERSION);
    task.section().ifPresent(s -> line(out, "s", s));
    task.deadline().ifPresent(d -> line(out, "d", d.month().toString()));
    line(out, "o", task.outcome().declaredStatus().name());
    for (String unit : task.responsibleUnits()) {
      line(out, "u", unit);
    }
    for (Target t : task.targets()) {
      String[] fields = {t.metric(), t.kind().name(), t.bound().name(), t.value().toPlainString(), t.unit().symbol(),
          t.firm() ? "1" : "0", t.text(), span(t.span()), t.upper().map(u -> u.value().toPlainString()).orElse("")};
      // what the target is a share of and whether it counts housing only when set, so other records read as before
      if (t.shareOf().isPresent() || t.housing()) {
        fields = Arrays.copyOf(fields, fields.length + 2);
        fields[fields.length - 2] = t.shareOf().map(Enum::name).orElse("");
        fields[fields.length - 1] = t.housing() ? "1" : "";
      }
      line(out, "t", fields);
    }
    for (Measure m : task.outcome().measures()) {
      String[] fields = {m.metric(), m.kind().name(), m.value().toPlainString(), m.unit().symbol(), m.role().name(),
          m.estimated() ? "1" : "0", m.approximate() ? "1" : "0", m.text(), span(m.span())};
      // the side (近: BELOW), the month counted to and housing only when known, so records without them read as before
      if (m.approximation().isPresent() || m.asOf().isPresent() || m.housing()) {
        fields = Arrays.copyOf(fields, fields.length + 1);
        fields[fields.length - 1] = m.approximation().map(Enum::name).orElse("");
      }
      if (m.asOf().isPresent() || m.housing()) {
        fields = Arrays.copyOf(fields, fields.length + 1);
        fields[fields.length - 1] = m.asOf().map(YearMonth::toString).orElse("");
      }
      if (m.housing()) {
        fields = Arrays.copyOf(fields, fields.length + 1);
        fields[fields.length - 1] = "1";
      }
      line(out, "m", fields);
    }
    task.assessment().ifPresent(a -> {
      line(out, "A", a.status().name(), a.basis().name(), a.pace().map(Enum::name).orElse(""), a.explanation());
      for (TargetAssessment l : a.targets()) {
        line(out, "L", Integer.toString(l.targetIndex()), index(l.measureIndex()), index(l.revisionIndex()),
            l.ratio().map(BigDecimal::toPlainString).orElse(""), l.status().name(),
            l.pace().map(Enum::name).orElse(""), l.reason().map(Enum::name).orElse(""));
      }
      for (Finding f : a.findings()) {
        line(out, "F", f.kind().name(), f.message());
      }
    });
    if (!textRest.isEmpty()) {
      line(out, "T", textRest);
    }
    if (!narrativeRest.isEmpty()) {
      line(out, "N", narrativeRest);
    }
    return out.toString();
  }

  /** What a record gives back; the visible cells add number, text and narrative. */
  static final class Decoded {
    Optional<String> section = Optional.empty();
    Optional<Deadline> deadline = Optional.empty();
    Status declared = Status.UNDETERMINED;
    final List<String> units = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    final List<Measure> measures = new ArrayList<>();
    Assessment.Builder assessment;
    String textRest = "";
    String narrativeRest = "";
    String digest = "";

    Task toTask(int number, String text, String narrative) {
      Task.Builder task = Task.builder()
          .section(section)
          .number(number)
          .text(text + textRest)
          .responsibleUnits(units)
          .deadline(deadline)
          .targets(targets)
          .outcome(Outcome.builder().narrative(narrative + narrativeRest).declaredStatus(declared)
              .measures(measures).build());
      if (assessment != null) {
        task.assessment(assessment.build());
      }
      return TaskExtractor.standard().withEvidence(task.build());
    }
  }

  /**
   * Reads a record.
   *
   * @throws IllegalArgumentException when the record is not one this writer produces
   */
  static Decoded decode(String record) {
    Decoded d = new Decoded();
    String[] lines = record.split("\n", -1);
    if (!lines[0].equals(VERSION)) {
      throw new IllegalArgumentException("not a " + VERSION + " record");
    }
    for (int i = 1; i < lines.length; i++) {
      String[] f = fields(lines[i]);
      switch (f[0]) {
        case "s": d.section = Optional.of(f[1]); break;
        case "d": d.deadline = Optional.of(Deadline.of(YearMonth.parse(f[1]))); break;
        case "o": d.declared = Status.valueOf(f[1]); break;
        case "u": d.units.add(f[1]); break;
        case "t":
          Unit unit = Unit.parse(f[5]);
          d.targets.add(Target.builder().metric(f[1]).kind(Kind.valueOf(f[2])).bound(Bound.valueOf(f[3]))
              .quantity(Quantity.of(new BigDecimal(f[4]), unit)).firm(f[6].equals("1")).text(f[7])
              .span(span(f[8]))
              // the upper end of a range, in the target's unit; records written before ranges have no field
              .upper(f.length <= 9 || f[9].isEmpty() ? Optional.empty() : Optional.of(Quantity.of(new BigDecimal(f[9]), unit)))
              // what it is a share of, and whether it counts housing; records written before them have neither
              .shareOf(f.length <= 10 || f[10].isEmpty() ? Optional.empty() : Optional.of(Whole.valueOf(f[10])))
              .housing(f.length > 11 && f[11].equals("1"))
              .build());
          break;
        case "m":
          d.measures.add(Measure.builder().metric(f[1]).kind(Kind.valueOf(f[2]))
              .quantity(Quantity.of(new BigDecimal(f[3]), Unit.parse(f[4]))).role(Role.valueOf(f[5]))
              .estimated(f[6].equals("1")).approximate(f[7].equals("1")).text(f[8]).span(span(f[9]))
              // the side of an approximate figure; records written before sides, or of exact figures, have none
              .approximation(f.length <= 10 || f[10].isEmpty()
                  ? Optional.empty() : Optional.of(Approximation.valueOf(f[10])))
              .asOf(f.length <= 11 || f[11].isEmpty() ? Optional.empty() : Optional.of(YearMonth.parse(f[11])))
              .housing(f.length > 12 && f[12].equals("1"))
              .build());
          break;
        case "A":
          d.assessment = Assessment.builder().status(Status.valueOf(f[1])).basis(Basis.valueOf(f[2]))
              .pace(f[3].isEmpty() ? Optional.empty() : Optional.of(Pace.valueOf(f[3]))).explanation(f[4]);
          break;
        case "L": {
          int target = Integer.parseInt(f[1]);
          OptionalInt measure = index(f[2]);
          OptionalInt revision = index(f[3]);
          d.assessment.addTarget(TargetAssessment.builder()
              .targetIndex(target).target(d.targets.get(target))
              .measureIndex(measure).measure(at(d.measures, measure))
              .revisionIndex(revision).revision(at(d.measures, revision))
              .ratio(f[4].isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(f[4])))
              .status(Status.valueOf(f[5]))
              .pace(f[6].isEmpty() ? Optional.empty() : Optional.of(Pace.valueOf(f[6])))
              .reason(f.length <= 7 || f[7].isEmpty() ? Optional.empty() : Optional.of(UnverifiedReason.valueOf(f[7])))
              .build());
          break;
        }
        case "F": d.assessment.addFinding(Finding.of(FindingKind.valueOf(f[1]), f[2])); break;
        case "T": d.textRest = f[1]; break;
        case "N": d.narrativeRest = f[1]; break;
        case "h": d.digest = f[1]; break;
        default:
          throw new IllegalArgumentException("unknown line \"" + f[0] + "\"");
      }
    }
    return d;
  }

  private static String span(Optional<Span> span) {
    return span.map(s -> s.start() + "-" + s.end()).orElse("");
  }

  private static Optional<Span> span(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    int dash = text.indexOf('-');
    return Optional.of(Span.of(Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1))));
  }

  private static Optional<Measure> at(List<Measure> measures, OptionalInt index) {
    return index.isPresent() ? Optional.of(measures.get(index.getAsInt())) : Optional.empty();
  }

  private static String index(OptionalInt index) {
    return index.isPresent() ? Integer.toString(index.getAsInt()) : "";
  }

  private static OptionalInt index(String text) {
    return text.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
  }

  static void line(StringBuilder out, String tag, String... fields) {
    out.append('\n').append(tag);
    for (String f : fields) {
      out.append('\t');
      escape(out, f);
    }
  }

  private static void escape(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\': out.append("\\\\"); break;
        case '\t': out.append("\\t"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        default: out.append(c);
      }
    }
  }

  static String[] fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        out.add(f.toString());
        f.setLength(0);
      } else if (c == '\\' && i + 1 < line.length()) {
        char n = line.charAt(++i);
        f.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out.toArray(new String[0]);
  }

  /** A digest of what a person sees and may edit: number, text and narrative as written. */
  static String digest(int number, String text, String narrative) {
    long h = fnv(0xcbf29ce484222325L, Integer.toString(number));
    h = fnv(fnv(h, "\u0000"), text);
    h = fnv(fnv(h, "\u0000"), narrative);
    return Long.toHexString(h);
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
