package io.github.workreport.json;

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
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.time.YearMonth;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The baseline of the benchmark: the plain Jackson streaming code anyone would write for the same
 * fields, with none of the format's checks — no required fields, no duplicate or unknown-field
 * detection, no index or number-length checks, no paths in errors. It writes the same bytes as
 * {@code ReportJson} with {@link ReportJsonFeature#COMPACT_OUTPUT} and reads them back into an
 * equal report ({@link ReportJsonBenchmark} checks both before measuring).
 */
final class BaselineJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private BaselineJson() {}

  // ---------------------------------------------------------------- writing

  static void write(Report r, OutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("format", "workreport/1");
      if (!r.title().isEmpty()) {
        g.writeStringProperty("title", r.title());
      }
      if (r.jurisdiction().isPresent()) {
        g.writeStringProperty("jurisdiction", r.jurisdiction().get());
      }
      if (r.year().isPresent()) {
        g.writeNumberProperty("year", r.year().getAsInt());
      }
      if (r.period().isPresent()) {
        g.writeStringProperty("period", r.period().get().asOf().toString());
      }
      if (!r.declaredTotals().isEmpty()) {
        g.writeObjectPropertyStart("declaredTotals");
        if (r.declaredTotals().total().isPresent()) {
          g.writeNumberProperty("total", r.declaredTotals().total().get());
        }
        for (Map.Entry<String, Integer> e : r.declaredTotals().bySection().entrySet()) {
          g.writeNumberProperty(e.getKey(), e.getValue());
        }
        g.writeEndObject();
      }
      g.writeArrayPropertyStart("sections");
      for (Section s : r.sections()) {
        g.writeStartObject();
        g.writeStringProperty("heading", s.name());
        g.writeStringProperty("declaredStatus", s.declaredStatus().name());
        if (s.declaredCount().isPresent()) {
          g.writeNumberProperty("declaredCount", s.declaredCount().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("tasks");
      for (Task t : r.tasks()) {
        writeTask(g, t);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void writeTask(JsonGenerator g, Task t) {
    g.writeStartObject();
    if (t.section().isPresent()) {
      g.writeStringProperty("section", t.section().get());
    }
    g.writeNumberProperty("number", t.number());
    g.writeStringProperty("text", t.text());
    g.writeArrayPropertyStart("responsibleUnits");
    for (String u : t.responsibleUnits()) {
      g.writeString(u);
    }
    g.writeEndArray();
    if (t.deadline().isPresent()) {
      g.writeStringProperty("deadline", t.deadline().get().month().toString());
    }
    g.writeArrayPropertyStart("targets");
    for (Target x : t.targets()) {
      g.writeStartObject();
      g.writeStringProperty("text", x.text());
      if (!x.metric().isEmpty()) {
        g.writeStringProperty("metric", x.metric());
      }
      g.writeStringProperty("kind", x.kind().name());
      g.writeStringProperty("comparator", x.bound().name());
      g.writeNumberProperty("value", x.value());
      if (!x.unit().symbol().isEmpty()) {
        g.writeStringProperty("unit", x.unit().symbol());
      }
      g.writeBooleanProperty("firm", x.firm());
      if (x.span().isPresent()) {
        writeSpan(g, x.span().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectPropertyStart("outcome");
    Outcome o = t.outcome();
    if (!o.narrative().isEmpty()) {
      g.writeStringProperty("narrative", o.narrative());
    }
    g.writeStringProperty("declaredStatus", o.declaredStatus().name());
    g.writeArrayPropertyStart("measures");
    for (Measure m : o.measures()) {
      g.writeStartObject();
      g.writeStringProperty("text", m.text());
      if (!m.metric().isEmpty()) {
        g.writeStringProperty("metric", m.metric());
      }
      g.writeStringProperty("kind", m.kind().name());
      if (m.role() != Role.ACHIEVED) {
        g.writeStringProperty("role", m.role().name());
      }
      g.writeNumberProperty("value", m.value());
      if (!m.unit().symbol().isEmpty()) {
        g.writeStringProperty("unit", m.unit().symbol());
      }
      g.writeBooleanProperty("estimated", m.estimated());
      g.writeBooleanProperty("approximate", m.approximate());
      if (m.span().isPresent()) {
        writeSpan(g, m.span().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    if (t.assessment().isPresent()) {
      Assessment a = t.assessment().get();
      g.writeObjectPropertyStart("assessment");
      g.writeStringProperty("status", a.status().name());
      g.writeStringProperty("basis", a.basis().name());
      if (a.pace().isPresent()) {
        g.writeStringProperty("pace", a.pace().get().name());
      }
      g.writeStringProperty("explanation", a.explanation());
      g.writeArrayPropertyStart("targets");
      for (TargetAssessment l : a.targets()) {
        g.writeStartObject();
        g.writeNumberProperty("target", l.targetIndex());
        if (l.measureIndex().isPresent()) {
          g.writeNumberProperty("measure", l.measureIndex().getAsInt());
        } else {
          g.writeNullProperty("measure");
        }
        if (l.revisionIndex().isPresent()) {
          g.writeNumberProperty("revision", l.revisionIndex().getAsInt());
        }
        if (l.ratio().isPresent()) {
          g.writeNumberProperty("ratio", l.ratio().get());
        }
        g.writeStringProperty("status", l.status().name());
        if (l.pace().isPresent()) {
          g.writeStringProperty("pace", l.pace().get().name());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("findings");
      for (Finding f : a.findings()) {
        g.writeStartObject();
        g.writeStringProperty("kind", f.kind().name());
        g.writeStringProperty("message", f.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeSpan(JsonGenerator g, Span s) {
    g.writeArrayPropertyStart("span");
    g.writeNumber(s.start());
    g.writeNumber(s.end());
    g.writeEndArray();
  }

  // ---------------------------------------------------------------- reading

  static Report read(InputStream in) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      p.nextToken();
      Report.Builder b = Report.builder();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "title": b.title(p.getString()); break;
          case "jurisdiction": b.jurisdiction(p.getString()); break;
          case "year": b.year(p.getIntValue()); break;
          case "period": b.period(Period.of(YearMonth.parse(p.getString()))); break;
          case "declaredTotals": {
            DeclaredTotals.Builder t = DeclaredTotals.builder();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
              String key = p.currentName();
              p.nextToken();
              if (key.equals("total")) {
                t.total(p.getIntValue());
              } else {
                t.putBySection(key, p.getIntValue());
              }
            }
            b.declaredTotals(t.build());
            break;
          }
          case "sections":
            while (p.nextToken() == JsonToken.START_OBJECT) {
              Section.Builder s = Section.builder();
              while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                  case "heading": s.name(p.getString()); break;
                  case "declaredStatus": s.declaredStatus(Status.valueOf(p.getString())); break;
                  case "declaredCount": s.declaredCount(p.getIntValue()); break;
                  default: p.skipChildren();
                }
              }
              b.addSection(s.build());
            }
            break;
          case "tasks":
            while (p.nextToken() == JsonToken.START_OBJECT) {
              b.addTask(readTask(p));
            }
            break;
          default:
            p.skipChildren();
        }
      }
      return b.build();
    }
  }

  private static Task readTask(JsonParser p) {
    Task.Builder b = Task.builder();
    // An assessment's lines name targets and measures by index; the writer puts them before it.
    List<Target> targets = new ArrayList<>();
    List<Measure> measures = new ArrayList<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "section": b.section(p.getString()); break;
        case "number": b.number(p.getIntValue()); break;
        case "text": b.text(p.getString()); break;
        case "responsibleUnits":
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            b.addResponsibleUnit(p.getString());
          }
          break;
        case "deadline": b.deadline(Deadline.of(YearMonth.parse(p.getString()))); break;
        case "targets":
          while (p.nextToken() == JsonToken.START_OBJECT) {
            Target target = readTarget(p);
            targets.add(target);
            b.addTarget(target);
          }
          break;
        case "outcome": {
          Outcome outcome = readOutcome(p);
          measures.addAll(outcome.measures());
          b.outcome(outcome);
          break;
        }
        case "assessment": b.assessment(readAssessment(p, targets, measures)); break;
        default: p.skipChildren();
      }
    }
    return b.build();
  }

  private static Target readTarget(JsonParser p) {
    Target.Builder b = Target.builder().metric("");
    BigDecimal value = null;
    Unit unit = Unit.NONE;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "text": b.text(p.getString()); break;
        case "metric": b.metric(p.getString()); break;
        case "kind": b.kind(Kind.valueOf(p.getString())); break;
        case "comparator": b.bound(Bound.valueOf(p.getString())); break;
        case "value": value = p.getDecimalValue(); break;
        case "unit": unit = Unit.parse(p.getString()); break;
        case "firm": b.firm(p.getBooleanValue()); break;
        case "span": b.span(readSpan(p)); break;
        default: p.skipChildren();
      }
    }
    return b.quantity(Quantity.of(value, unit)).build();
  }

  private static Outcome readOutcome(JsonParser p) {
    Outcome.Builder b = Outcome.builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "narrative": b.narrative(p.getString()); break;
        case "declaredStatus": b.declaredStatus(Status.valueOf(p.getString())); break;
        case "measures":
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addMeasure(readMeasure(p));
          }
          break;
        default: p.skipChildren();
      }
    }
    return b.build();
  }

  private static Measure readMeasure(JsonParser p) {
    Measure.Builder b = Measure.builder().metric("");
    BigDecimal value = null;
    Unit unit = Unit.NONE;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "text": b.text(p.getString()); break;
        case "metric": b.metric(p.getString()); break;
        case "kind": b.kind(Kind.valueOf(p.getString())); break;
        case "role": b.role(Role.valueOf(p.getString())); break;
        case "value": value = p.getDecimalValue(); break;
        case "unit": unit = Unit.parse(p.getString()); break;
        case "estimated": b.estimated(p.getBooleanValue()); break;
        case "approximate": b.approximate(p.getBooleanValue()); break;
        case "span": b.span(readSpan(p)); break;
        default: p.skipChildren();
      }
    }
    return b.quantity(Quantity.of(value, unit)).build();
  }

  private static Assessment readAssessment(JsonParser p, List<Target> targets, List<Measure> measures) {
    Assessment.Builder b = Assessment.builder();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "status": b.status(Status.valueOf(p.getString())); break;
        case "basis": b.basis(Basis.valueOf(p.getString())); break;
        case "pace": b.pace(Pace.valueOf(p.getString())); break;
        case "explanation": b.explanation(p.getString()); break;
        case "targets":
          while (p.nextToken() == JsonToken.START_OBJECT) {
            TargetAssessment.Builder l = TargetAssessment.builder();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
              String field = p.currentName();
              p.nextToken();
              switch (field) {
                case "target": l.targetIndex(p.getIntValue()).target(targets.get(p.getIntValue())); break;
                case "measure":
                  if (p.currentToken() != JsonToken.VALUE_NULL) {
                    l.measureIndex(p.getIntValue()).measure(measures.get(p.getIntValue()));
                  }
                  break;
                case "revision": l.revisionIndex(p.getIntValue()).revision(measures.get(p.getIntValue())); break;
                case "ratio": l.ratio(p.getDecimalValue()); break;
                case "status": l.status(Status.valueOf(p.getString())); break;
                case "pace": l.pace(Pace.valueOf(p.getString())); break;
                default: p.skipChildren();
              }
            }
            b.addTarget(l.build());
          }
          break;
        case "findings":
          while (p.nextToken() == JsonToken.START_OBJECT) {
            FindingKind kind = null;
            String message = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
              String field = p.currentName();
              p.nextToken();
              if (field.equals("kind")) {
                kind = FindingKind.valueOf(p.getString());
              } else if (field.equals("message")) {
                message = p.getString();
              } else {
                p.skipChildren();
              }
            }
            b.addFinding(Finding.of(kind, message));
          }
          break;
        default: p.skipChildren();
      }
    }
    return b.build();
  }

  private static Span readSpan(JsonParser p) {
    p.nextToken();
    int start = p.getIntValue();
    p.nextToken();
    int end = p.getIntValue();
    p.nextToken();
    return Span.of(start, end);
  }
}
