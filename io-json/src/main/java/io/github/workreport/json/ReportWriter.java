package io.github.workreport.json;

import io.github.workreport.Approximation;
import io.github.workreport.Assessment;
import io.github.workreport.DeclaredTotals;
import io.github.workreport.Finding;
import io.github.workreport.Measure;
import io.github.workreport.Outcome;
import io.github.workreport.Report;
import io.github.workreport.Role;
import io.github.workreport.Section;
import io.github.workreport.Span;
import io.github.workreport.Target;
import io.github.workreport.TargetAssessment;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes workreport/1 to a {@link JsonGenerator}: fields in the order of the specification, absent
 * optional values left out, numbers in plain decimal notation exactly as the {@link BigDecimal}
 * holds them, enums by name. Names are pre-encoded once. Stateless; every method is static.
 */
final class ReportWriter {
  private static final SerializableString FORMAT = name("format");
  private static final SerializableString TITLE = name("title");
  private static final SerializableString JURISDICTION = name("jurisdiction");
  private static final SerializableString YEAR = name("year");
  private static final SerializableString PERIOD = name("period");
  private static final SerializableString DECLARED_TOTALS = name("declaredTotals");
  private static final SerializableString TOTAL = name("total");
  private static final SerializableString SECTIONS = name("sections");
  private static final SerializableString TASKS = name("tasks");
  private static final SerializableString HEADING = name("heading");
  private static final SerializableString DECLARED_STATUS = name("declaredStatus");
  private static final SerializableString DECLARED_COUNT = name("declaredCount");
  private static final SerializableString SECTION = name("section");
  private static final SerializableString NUMBER = name("number");
  private static final SerializableString TEXT = name("text");
  private static final SerializableString RESPONSIBLE_UNITS = name("responsibleUnits");
  private static final SerializableString DEADLINE = name("deadline");
  private static final SerializableString TARGETS = name("targets");
  private static final SerializableString UPPER = name("upper");
  private static final SerializableString OUTCOME = name("outcome");
  private static final SerializableString ASSESSMENT = name("assessment");
  private static final SerializableString METRIC = name("metric");
  private static final SerializableString KIND = name("kind");
  private static final SerializableString COMPARATOR = name("comparator");
  private static final SerializableString VALUE = name("value");
  private static final SerializableString UNIT = name("unit");
  private static final SerializableString FIRM = name("firm");
  private static final SerializableString SPAN = name("span");
  private static final SerializableString REASON = name("reason");
  private static final SerializableString NARRATIVE = name("narrative");
  private static final SerializableString MEASURES = name("measures");
  private static final SerializableString ROLE = name("role");
  private static final SerializableString ESTIMATED = name("estimated");
  private static final SerializableString APPROXIMATE = name("approximate");
  private static final SerializableString APPROXIMATION = name("approximation");
  private static final SerializableString AS_OF = name("asOf");
  private static final SerializableString SHARE_OF = name("shareOf");
  private static final SerializableString HOUSING = name("housing");
  private static final SerializableString STATUS = name("status");
  private static final SerializableString BASIS = name("basis");
  private static final SerializableString PACE = name("pace");
  private static final SerializableString EXPLANATION = name("explanation");
  private static final SerializableString FINDINGS = name("findings");
  private static final SerializableString TARGET = name("target");
  private static final SerializableString MEASURE = name("measure");
  private static final SerializableString REVISION = name("revision");
  private static final SerializableString RATIO = name("ratio");
  private static final SerializableString MESSAGE = name("message");

  private ReportWriter() {}

  private static SerializableString name(String name) {
    return new SerializedString(name);
  }

  static void writeReport(JsonGenerator g, Report report) {
    writeHeader(g, report);
    for (Task task : report.tasks()) {
      writeTask(g, task);
    }
    writeEnd(g);
  }

  /** Everything up to and including the opening of the tasks array. */
  static void writeHeader(JsonGenerator g, Report report) {
    g.writeStartObject(report);
    g.writeName(FORMAT);
    g.writeString(ReportReader.FORMAT);
    if (!report.title().isEmpty()) {
      g.writeName(TITLE);
      g.writeString(report.title());
    }
    if (report.jurisdiction().isPresent()) {
      g.writeName(JURISDICTION);
      g.writeString(report.jurisdiction().get());
    }
    if (report.year().isPresent()) {
      g.writeName(YEAR);
      g.writeNumber(report.year().getAsInt());
    }
    if (report.period().isPresent()) {
      g.writeName(PERIOD);
      g.writeString(month(report.period().get().asOf()));
    }
    if (!report.declaredTotals().isEmpty()) {
      g.writeName(DECLARED_TOTALS);
      writeTotals(g, report.declaredTotals());
    }
    g.writeName(SECTIONS);
    g.writeStartArray();
    for (Section section : report.sections()) {
      writeSection(g, section);
    }
    g.writeEndArray();
    g.writeName(TASKS);
    g.writeStartArray();
  }

  /** Closes the tasks array and the report. */
  static void writeEnd(JsonGenerator g) {
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeTotals(JsonGenerator g, DeclaredTotals totals) {
    g.writeStartObject(totals);
    if (totals.total().isPresent()) {
      g.writeName(TOTAL);
      g.writeNumber(totals.total().get());
    }
    for (Map.Entry<String, Integer> count : totals.bySection().entrySet()) {
      if (count.getKey().equals("total")) {
        throw new IllegalArgumentException("cannot write a declared count for a section named \"total\":"
            + " workreport/1 reserves that name in declaredTotals for the declared total");
      }
      if (hasUnpairedSurrogate(count.getKey())) {
        // Jackson writes it as an escape but refuses to read one back in a field name.
        throw new IllegalArgumentException("cannot write a declared count for a section whose name holds an"
            + " unpaired surrogate, which JSON readers refuse in field names: " + count.getKey());
      }
      g.writeName(count.getKey());
      g.writeNumber(count.getValue());
    }
    g.writeEndObject();
  }

  static void writeSection(JsonGenerator g, Section section) {
    g.writeStartObject(section);
    g.writeName(HEADING);
    g.writeString(section.name());
    g.writeName(DECLARED_STATUS);
    g.writeString(section.declaredStatus().name());
    if (section.declaredCount().isPresent()) {
      g.writeName(DECLARED_COUNT);
      g.writeNumber(section.declaredCount().get());
    }
    g.writeEndObject();
  }

  static void writeTask(JsonGenerator g, Task task) {
    g.writeStartObject(task);
    if (task.section().isPresent()) {
      g.writeName(SECTION);
      g.writeString(task.section().get());
    }
    g.writeName(NUMBER);
    g.writeNumber(task.number());
    g.writeName(TEXT);
    g.writeString(task.text());
    g.writeName(RESPONSIBLE_UNITS);
    g.writeStartArray();
    for (String unit : task.responsibleUnits()) {
      g.writeString(unit);
    }
    g.writeEndArray();
    if (task.deadline().isPresent()) {
      g.writeName(DEADLINE);
      g.writeString(month(task.deadline().get().month()));
    }
    g.writeName(TARGETS);
    g.writeStartArray();
    for (Target target : task.targets()) {
      writeTarget(g, target);
    }
    g.writeEndArray();
    g.writeName(OUTCOME);
    writeOutcome(g, task.outcome());
    if (task.assessment().isPresent()) {
      g.writeName(ASSESSMENT);
      writeAssessment(g, task.assessment().get());
    }
    g.writeEndObject();
  }

  static void writeTarget(JsonGenerator g, Target target) {
    g.writeStartObject(target);
    g.writeName(TEXT);
    g.writeString(target.text());
    if (!target.metric().isEmpty()) {
      g.writeName(METRIC);
      g.writeString(target.metric());
    }
    g.writeName(KIND);
    g.writeString(target.kind().name());
    g.writeName(COMPARATOR);
    g.writeString(target.bound().name());
    g.writeName(VALUE);
    writeDecimal(g, target.value());
    if (target.upper().isPresent()) {
      g.writeName(UPPER);
      writeDecimal(g, target.upper().get().value());
    }
    writeUnit(g, target.unit());
    g.writeName(FIRM);
    g.writeBoolean(target.firm());
    // the reader's decisions, only when made, so a document without them reads and writes as before
    if (target.shareOf().isPresent()) {
      g.writeName(SHARE_OF);
      g.writeString(target.shareOf().get().name());
    }
    if (target.housing()) {
      g.writeName(HOUSING);
      g.writeBoolean(true);
    }
    if (target.span().isPresent()) {
      g.writeName(SPAN);
      writeSpan(g, target.span().get());
    }
    g.writeEndObject();
  }

  static void writeOutcome(JsonGenerator g, Outcome outcome) {
    g.writeStartObject(outcome);
    if (!outcome.narrative().isEmpty()) {
      g.writeName(NARRATIVE);
      g.writeString(outcome.narrative());
    }
    g.writeName(DECLARED_STATUS);
    g.writeString(outcome.declaredStatus().name());
    g.writeName(MEASURES);
    g.writeStartArray();
    for (Measure measure : outcome.measures()) {
      writeMeasure(g, measure);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeMeasure(JsonGenerator g, Measure measure) {
    g.writeStartObject(measure);
    g.writeName(TEXT);
    g.writeString(measure.text());
    if (!measure.metric().isEmpty()) {
      g.writeName(METRIC);
      g.writeString(measure.metric());
    }
    g.writeName(KIND);
    g.writeString(measure.kind().name());
    if (measure.role() != Role.ACHIEVED) {
      g.writeName(ROLE);
      g.writeString(measure.role().name());
    }
    g.writeName(VALUE);
    writeDecimal(g, measure.value());
    writeUnit(g, measure.unit());
    g.writeName(ESTIMATED);
    g.writeBoolean(measure.estimated());
    g.writeName(APPROXIMATE);
    g.writeBoolean(measure.approximate());
    if (measure.approximation().isPresent()) {
      // only when the side is known, so a document without sides reads and writes as before
      g.writeName(APPROXIMATION);
      g.writeString(measure.approximation().get().name());
    }
    if (measure.asOf().isPresent()) {
      g.writeName(AS_OF);
      g.writeString(month(measure.asOf().get()));
    }
    if (measure.housing()) {
      g.writeName(HOUSING);
      g.writeBoolean(true);
    }
    if (measure.span().isPresent()) {
      g.writeName(SPAN);
      writeSpan(g, measure.span().get());
    }
    g.writeEndObject();
  }

  static void writeAssessment(JsonGenerator g, Assessment assessment) {
    g.writeStartObject(assessment);
    g.writeName(STATUS);
    g.writeString(assessment.status().name());
    g.writeName(BASIS);
    g.writeString(assessment.basis().name());
    if (assessment.pace().isPresent()) {
      g.writeName(PACE);
      g.writeString(assessment.pace().get().name());
    }
    g.writeName(EXPLANATION);
    g.writeString(assessment.explanation());
    g.writeName(TARGETS);
    g.writeStartArray();
    for (TargetAssessment line : assessment.targets()) {
      writeTargetAssessment(g, line);
    }
    g.writeEndArray();
    g.writeName(FINDINGS);
    g.writeStartArray();
    for (Finding finding : assessment.findings()) {
      writeFinding(g, finding);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeTargetAssessment(JsonGenerator g, TargetAssessment line) {
    g.writeStartObject(line);
    g.writeName(TARGET);
    g.writeNumber(line.targetIndex());
    g.writeName(MEASURE);
    if (line.measureIndex().isPresent()) {
      g.writeNumber(line.measureIndex().getAsInt());
    } else {
      g.writeNull();
    }
    if (line.revisionIndex().isPresent()) {
      g.writeName(REVISION);
      g.writeNumber(line.revisionIndex().getAsInt());
    }
    if (line.ratio().isPresent()) {
      g.writeName(RATIO);
      writeDecimal(g, line.ratio().get());
    }
    g.writeName(STATUS);
    g.writeString(line.status().name());
    if (line.pace().isPresent()) {
      g.writeName(PACE);
      g.writeString(line.pace().get().name());
    }
    if (line.reason().isPresent()) {
      g.writeName(REASON);
      g.writeString(line.reason().get().label());
    }
    g.writeEndObject();
  }

  static void writeFinding(JsonGenerator g, Finding finding) {
    g.writeStartObject(finding);
    g.writeName(KIND);
    g.writeString(finding.kind().name());
    g.writeName(MESSAGE);
    g.writeString(finding.message());
    g.writeEndObject();
  }

  private static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * ISO 8601 {@code YYYY-MM}. {@link YearMonth#toString()} leaves out the sign that ISO 8601 (and
   * {@link YearMonth#parse}) requires for years beyond 9999; it is added here.
   */
  static String month(YearMonth month) {
    String text = month.toString();
    return month.getYear() > 9999 ? "+" + text : text;
  }

  private static void writeUnit(JsonGenerator g, Unit unit) {
    if (!unit.symbol().isEmpty()) {
      g.writeName(UNIT);
      g.writeString(unit.symbol());
    }
  }

  private static void writeSpan(JsonGenerator g, Span span) {
    g.writeStartArray(span, 2);
    g.writeNumber(span.start());
    g.writeNumber(span.end());
    g.writeEndArray();
  }

  /**
   * The exact value in plain notation (never {@code 1E+2}, never through a double). A value whose
   * plain form is longer than a reader accepts is refused here rather than written unreadable.
   */
  static void writeDecimal(JsonGenerator g, BigDecimal value) {
    if (ReportReader.plainLength(value) > ReportReader.MAX_NUMBER_LENGTH) {
      throw new IllegalArgumentException("cannot write " + value + ": workreport/1 numbers have at most "
          + ReportReader.MAX_NUMBER_LENGTH + " characters in plain notation");
    }
    g.writeNumber(value.toPlainString());
  }
}
