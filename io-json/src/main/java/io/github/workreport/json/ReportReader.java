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
import io.github.workreport.UnverifiedReason;
import io.github.workreport.text.TaskExtractor;
import io.github.workreport.Task;
import io.github.workreport.TextParseException;
import io.github.workreport.Unit;
import io.github.workreport.Whole;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads workreport/1 from a {@link JsonParser}, one value at a time, with the format's own
 * strictness: every field checked for its type, required fields present, no field twice, unknown
 * fields refused unless allowed, indexes inside the task they point into, numbers exact and
 * bounded. Paths are not tracked while reading; on an error they are rebuilt from the parser's
 * context, so that a correct document pays nothing for them.
 *
 * <p>A document is read as a header (the fields before {@code "tasks"}), the tasks one by one, and
 * the fields after the tasks, which is what {@link TaskStream} needs and what {@link #readDocument}
 * loops over. Not thread-safe: one reader per parser.
 */
final class ReportReader {
  static final String FORMAT = "workreport/1";

  /**
   * The longest number accepted, in characters of its plain notation; Jackson's default limit on
   * the length of a number token. A short token like {@code 1e999999} passes Jackson's check but
   * would be a million digits written plainly, so it is refused here.
   */
  static final int MAX_NUMBER_LENGTH = 1000;

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  // Field lists, in the order of the specification; the bit of a field is its index.
  private static final List<String> REPORT_FIELDS = List.of(
      "format", "title", "jurisdiction", "year", "period", "declaredTotals", "sections", "tasks");
  private static final List<String> SECTION_FIELDS = List.of("heading", "declaredStatus", "declaredCount");
  private static final List<String> TASK_FIELDS = List.of(
      "section", "number", "text", "responsibleUnits", "deadline", "targets", "outcome", "assessment");
  private static final List<String> TARGET_FIELDS = List.of(
      "text", "metric", "kind", "comparator", "value", "unit", "firm", "span", "upper", "shareOf", "housing");
  private static final List<String> OUTCOME_FIELDS = List.of("narrative", "declaredStatus", "measures");
  private static final List<String> MEASURE_FIELDS = List.of(
      "text", "metric", "kind", "role", "value", "unit", "estimated", "approximate", "span", "approximation", "asOf",
      "housing");
  private static final List<String> ASSESSMENT_FIELDS = List.of(
      "status", "basis", "pace", "explanation", "targets", "findings");
  private static final List<String> TARGET_ASSESSMENT_FIELDS = List.of(
      "target", "measure", "revision", "ratio", "status", "pace", "reason");
  private static final List<String> FINDING_FIELDS = List.of("kind", "message");

  private static final int REPORT_REQUIRED = bits(REPORT_FIELDS, "format", "sections", "tasks");
  private static final int SECTION_REQUIRED = bits(SECTION_FIELDS, "heading", "declaredStatus");
  private static final int TASK_REQUIRED =
      bits(TASK_FIELDS, "number", "text", "responsibleUnits", "targets", "outcome");
  private static final int TARGET_REQUIRED = bits(TARGET_FIELDS, "text", "kind", "comparator", "value", "firm");
  private static final int OUTCOME_REQUIRED = bits(OUTCOME_FIELDS, "declaredStatus", "measures");
  private static final int MEASURE_REQUIRED =
      bits(MEASURE_FIELDS, "text", "kind", "value", "estimated", "approximate");
  private static final int ASSESSMENT_REQUIRED =
      bits(ASSESSMENT_FIELDS, "status", "basis", "explanation", "targets", "findings");
  private static final int TARGET_ASSESSMENT_REQUIRED = bits(TARGET_ASSESSMENT_FIELDS, "target", "measure", "status");
  private static final int FINDING_REQUIRED = bits(FINDING_FIELDS, "kind", "message");

  private static final int TASKS_BIT = 1 << REPORT_FIELDS.indexOf("tasks");

  private final JsonParser p;
  private final String source;
  private final boolean allowUnknown;

  /** What the value being read should be, for the message when Jackson itself refuses the input. */
  private String expecting = "a JSON object";

  private static final String NAME = "a field name or the end of the object";

  /**
   * What the value of each field should be. Jackson reads the start of a value together with the
   * field name before it, so when it refuses a value (NaN, a bad number, an unquoted word) the name
   * tells what was expected there.
   */
  private static final Map<String, String> EXPECTED_VALUE = expectedValues();

  // Document state, for reading a report in parts.
  private Report.Builder header;
  private int headerSeen;
  private boolean inTasks;
  private boolean finished;
  private Task pending;
  /** A field name Jackson consumed before handing the report over, to be read first. */
  private String pushedName;
  /** The error that stopped a streamed read; every later call throws it again. */
  private JsonReadException failure;

  // The sizes of the task being read, once its targets and outcome have been read: -1 before.
  private int knownTargets = -1;
  private int knownMeasures = -1;

  ReportReader(JsonParser parser, String source, boolean allowUnknown) {
    this.p = parser;
    this.source = source;
    this.allowUnknown = allowUnknown;
  }

  // ---------------------------------------------------------------- documents and streaming

  /** Reads a whole document: one report and nothing after it. */
  Report readDocument() {
    openDocument();
    List<Task> tasks = new ArrayList<>();
    while (hasNextTask()) {
      tasks.add(nextTask());
    }
    return header.addAllTasks(tasks).build();
  }

  /** Reads the first token and the fields before {@code "tasks"}. */
  void openDocument() {
    try {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw wrongType("a JSON object with \"format\": \"" + FORMAT + "\"", t);
      }
      header = Report.builder();
      readReportFields(true);
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /** The report read so far, without its tasks. */
  Report header() {
    return header.build();
  }

  boolean hasNextTask() {
    if (failure != null) {
      // The parser stopped inside something broken; going on could skip into the next task.
      throw failure;
    }
    if (pending != null) {
      return true;
    }
    if (!inTasks) {
      return false;
    }
    try {
      JsonToken t = next("a task object or the end of the tasks");
      if (t == JsonToken.END_ARRAY) {
        inTasks = false;
        readReportFields(true);
        return false;
      }
      if (t != JsonToken.START_OBJECT) {
        throw wrongType("a task object", t);
      }
      pending = readTask();
      return true;
    } catch (JacksonException e) {
      failure = translate(e);
      throw failure;
    } catch (JsonReadException e) {
      failure = e;
      throw e;
    }
  }

  Task nextTask() {
    if (!hasNextTask()) {
      throw new NoSuchElementException("no more tasks");
    }
    Task task = pending;
    pending = null;
    return task;
  }

  boolean finished() {
    return finished;
  }

  /**
   * Reads the report's fields until {@code "tasks"} opens or the report ends. In a whole document
   * the end must be the end of the input.
   */
  private void readReportFields(boolean document) {
    for (String name = nextName(); name != null; name = nextName()) {
      int bit = REPORT_FIELDS.indexOf(name);
      switch (name) {
        case "format":
          headerSeen = mark(headerSeen, bit, name);
          String format = string();
          if (!FORMAT.equals(format)) {
            throw error("expected \"" + FORMAT + "\", found " + quote(format)
                + (format.startsWith("workreport/") ? ": this reader knows only " + FORMAT : ""));
          }
          break;
        case "title":
          headerSeen = mark(headerSeen, bit, name);
          header.title(string());
          break;
        case "jurisdiction":
          headerSeen = mark(headerSeen, bit, name);
          header.jurisdiction(string());
          break;
        case "year":
          headerSeen = mark(headerSeen, bit, name);
          header.year(integer());
          break;
        case "period":
          headerSeen = mark(headerSeen, bit, name);
          header.period(Period.of(month()));
          break;
        case "declaredTotals":
          headerSeen = mark(headerSeen, bit, name);
          header.declaredTotals(readTotals());
          break;
        case "sections":
          headerSeen = mark(headerSeen, bit, name);
          startArray("an array of sections");
          while (nextElement("a section object")) {
            header.addSection(readSection());
          }
          break;
        case "tasks":
          headerSeen = mark(headerSeen, bit, name);
          startArray("an array of tasks");
          inTasks = true;
          return;
        default:
          unknown(name, REPORT_FIELDS, "a report");
      }
    }
    require(headerSeen, REPORT_REQUIRED, REPORT_FIELDS, "a report");
    if (document) {
      JsonToken after = next("the end of the document");
      if (after != null) {
        throw wrongType("the end of the document", after);
      }
    }
    finished = true;
  }

  /** Reads one report whose START_OBJECT is the current token, for a Jackson deserializer. */
  Report readReportValue() {
    try {
      header = Report.builder();
      JsonToken t = p.currentToken();
      if (t == JsonToken.PROPERTY_NAME) {
        pushedName = p.currentName();
      } else if (t != JsonToken.START_OBJECT) {
        throw wrongType("a report object", t);
      }
      readReportFields(false);
      List<Task> tasks = new ArrayList<>();
      while (inTasks) {
        JsonToken token = next("a task object or the end of the tasks");
        if (token == JsonToken.END_ARRAY) {
          inTasks = false;
          readReportFields(false);
        } else if (token == JsonToken.START_OBJECT) {
          tasks.add(readTask());
        } else {
          throw wrongType("a task object", token);
        }
      }
      return header.addAllTasks(tasks).build();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  // ---------------------------------------------------------------- single values, for Jackson

  /** Reads one value of {@code type} whose first token is the current token. */
  <T> T readValue(Class<T> type) {
    try {
      Object value;
      if (type == Report.class) {
        return type.cast(readReportValue());
      } else if (type == Period.class) {
        value = Period.of(currentMonth());
      } else if (type == Deadline.class) {
        value = Deadline.of(currentMonth());
      } else {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.PROPERTY_NAME) {
          throw wrongType("an object", t);
        }
        if (type == Task.class) {
          value = readTask();
        } else if (type == Section.class) {
          value = readSection();
        } else if (type == Target.class) {
          value = readTarget();
        } else if (type == Outcome.class) {
          value = readOutcome();
        } else if (type == Measure.class) {
          value = readMeasure();
        } else if (type == Assessment.class) {
          value = readAssessment();
        } else if (type == TargetAssessment.class) {
          value = readTargetAssessment();
        } else if (type == Finding.class) {
          value = readFinding();
        } else if (type == DeclaredTotals.class) {
          value = readTotalsFields();
        } else {
          throw new IllegalArgumentException("not a workreport/1 type: " + type);
        }
      }
      return type.cast(value);
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  // ---------------------------------------------------------------- objects of the format

  private DeclaredTotals readTotals() {
    startObject("an object of declared counts");
    return readTotalsFields();
  }

  private DeclaredTotals readTotalsFields() {
    DeclaredTotals.Builder b = DeclaredTotals.builder();
    Map<String, Integer> counts = new LinkedHashMap<>();
    boolean total = false;
    for (String name = firstName(); name != null; name = nextName()) {
      if (name.equals("total")) {
        if (total) {
          throw duplicate(name);
        }
        total = true;
        b.total(integer());
      } else if (counts.containsKey(name)) {
        throw duplicate(name);
      } else {
        counts.put(name, integer());
      }
    }
    return b.bySection(counts).build();
  }

  private Section readSection() {
    Section.Builder b = Section.builder();
    int seen = 0;
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "heading":
          seen = mark(seen, 0, name);
          b.name(string());
          break;
        case "declaredStatus":
          seen = mark(seen, 1, name);
          b.declaredStatus(status());
          break;
        case "declaredCount":
          seen = mark(seen, 2, name);
          b.declaredCount(integer());
          break;
        default:
          unknown(name, SECTION_FIELDS, "a section");
      }
    }
    require(seen, SECTION_REQUIRED, SECTION_FIELDS, "a section");
    return b.build();
  }

  private Task readTask() {
    Task.Builder b = Task.builder();
    AssessmentDraft assessment = null;
    int seen = 0;
    knownTargets = -1;
    knownMeasures = -1;
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "section":
          seen = mark(seen, 0, name);
          b.section(string());
          break;
        case "number":
          seen = mark(seen, 1, name);
          b.number(integer());
          break;
        case "text":
          seen = mark(seen, 2, name);
          b.text(string());
          break;
        case "responsibleUnits":
          seen = mark(seen, 3, name);
          startArray("an array of strings");
          while (nextElement("a string")) {
            b.addResponsibleUnit(currentString());
          }
          break;
        case "deadline":
          seen = mark(seen, 4, name);
          b.deadline(Deadline.of(month()));
          break;
        case "targets":
          seen = mark(seen, 5, name);
          startArray("an array of targets");
          int targets = 0;
          while (nextElement("a target object")) {
            b.addTarget(readTarget());
            targets++;
          }
          knownTargets = targets;
          break;
        case "outcome":
          seen = mark(seen, 6, name);
          startObject("an outcome object");
          Outcome outcome = readOutcome();
          knownMeasures = outcome.measures().size();
          b.outcome(outcome);
          break;
        case "assessment":
          seen = mark(seen, 7, name);
          startObject("an assessment object");
          assessment = readAssessmentDraft();
          break;
        default:
          unknown(name, TASK_FIELDS, "a task");
      }
    }
    require(seen, TASK_REQUIRED, TASK_FIELDS, "a task");
    Task task = b.build();
    if (assessment != null) {
      checkIndexes(task, assessment.lines);
      task = task.withAssessment(assessment.build(task));
    }
    knownTargets = -1;
    knownMeasures = -1;
    return TaskExtractor.standard().withEvidence(task);
  }

  /**
   * Indexes that point outside their task, for documents that give the assessment before the
   * targets or the outcome (indexes read after them are checked where they stand).
   */
  private void checkIndexes(Task task, List<LineDraft> lines) {
    int targets = task.targets().size();
    int measures = task.outcome().measures().size();
    for (int i = 0; i < lines.size(); i++) {
      LineDraft line = lines.get(i);
      if (line.target >= targets) {
        throw errorAt(linePath(i, "target"), indexReason("a target", targets, line.target));
      }
      if (line.measure >= measures) {
        throw errorAt(linePath(i, "measure"), indexReason("a measure", measures, line.measure));
      }
      if (line.revision >= measures) {
        throw errorAt(linePath(i, "revision"), indexReason("a measure", measures, line.revision));
      }
    }
  }

  /** The path of a field of an assessment line, from the task's END_OBJECT; built only for errors. */
  private String linePath(int line, String field) {
    return path(p.streamReadContext()) + ".assessment.targets[" + line + "]." + field;
  }

  private Target readTarget() {
    Target.Builder b = Target.builder();
    int seen = 0;
    BigDecimal value = null;
    BigDecimal upper = null;
    String upperPath = null;
    TokenStreamLocation upperAt = null;
    String shareOfPath = null;
    TokenStreamLocation shareOfAt = null;
    Unit unit = Unit.NONE;
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "text":
          seen = mark(seen, 0, name);
          b.text(string());
          break;
        case "metric":
          seen = mark(seen, 1, name);
          b.metric(string());
          break;
        case "kind":
          seen = mark(seen, 2, name);
          b.kind(kind());
          break;
        case "comparator":
          seen = mark(seen, 3, name);
          b.bound(enumValue(Bound.class));
          break;
        case "value":
          seen = mark(seen, 4, name);
          value = decimal();
          break;
        case "unit":
          seen = mark(seen, 5, name);
          unit = unit();
          break;
        case "firm":
          seen = mark(seen, 6, name);
          b.firm(bool());
          break;
        case "span":
          seen = mark(seen, 7, name);
          b.span(span());
          break;
        case "upper":
          seen = mark(seen, 8, name);
          upper = decimal();
          // where to point if it proves no greater than value, which may come later
          upperPath = path(p.streamReadContext());
          upperAt = p.currentTokenLocation();
          break;
        case "shareOf":
          seen = mark(seen, 9, name);
          b.shareOf(enumValue(Whole.class));
          // where to point if the target proves no level in percent, which its later fields may show
          shareOfPath = path(p.streamReadContext());
          shareOfAt = p.currentTokenLocation();
          break;
        case "housing":
          seen = mark(seen, 10, name);
          b.housing(bool());
          break;
        default:
          unknown(name, TARGET_FIELDS, "a target");
      }
    }
    require(seen, TARGET_REQUIRED, TARGET_FIELDS, "a target");
    if ((seen & 1 << 1) == 0) {
      b.metric("");
    }
    if (upper != null) {
      if (upper.compareTo(value) <= 0) {
        throw new JsonReadException(source, upperPath, line(upperAt), column(upperAt),
            "expected the upper end of a range, greater than value " + value.toPlainString() + ", found "
                + shorten(upper.toPlainString()), null);
      }
      b.upper(Quantity.of(upper, unit));
    }
    b.quantity(Quantity.of(value, unit));
    if (shareOfPath != null) {
      try {
        return b.build();
      } catch (IllegalArgumentException notAShare) {
        throw new JsonReadException(source, shareOfPath, line(shareOfAt), column(shareOfAt),
            "expected shareOf only on a LEVEL target in %: " + notAShare.getMessage(), null);
      }
    }
    return b.build();
  }

  private Outcome readOutcome() {
    Outcome.Builder b = Outcome.builder();
    int seen = 0;
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "narrative":
          seen = mark(seen, 0, name);
          b.narrative(string());
          break;
        case "declaredStatus":
          seen = mark(seen, 1, name);
          b.declaredStatus(status());
          break;
        case "measures":
          seen = mark(seen, 2, name);
          startArray("an array of measures");
          while (nextElement("a measure object")) {
            b.addMeasure(readMeasure());
          }
          break;
        default:
          unknown(name, OUTCOME_FIELDS, "an outcome");
      }
    }
    require(seen, OUTCOME_REQUIRED, OUTCOME_FIELDS, "an outcome");
    return b.build();
  }

  private Measure readMeasure() {
    Measure.Builder b = Measure.builder();
    int seen = 0;
    BigDecimal value = null;
    Unit unit = Unit.NONE;
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "text":
          seen = mark(seen, 0, name);
          b.text(string());
          break;
        case "metric":
          seen = mark(seen, 1, name);
          b.metric(string());
          break;
        case "kind":
          seen = mark(seen, 2, name);
          b.kind(kind());
          break;
        case "role":
          seen = mark(seen, 3, name);
          b.role(enumValue(Role.class));
          break;
        case "value":
          seen = mark(seen, 4, name);
          value = decimal();
          break;
        case "unit":
          seen = mark(seen, 5, name);
          unit = unit();
          break;
        case "estimated":
          seen = mark(seen, 6, name);
          b.estimated(bool());
          break;
        case "approximate":
          seen = mark(seen, 7, name);
          b.approximate(bool());
          break;
        case "span":
          seen = mark(seen, 8, name);
          b.span(span());
          break;
        case "approximation":
          seen = mark(seen, 9, name);
          b.approximation(enumValue(Approximation.class));
          break;
        case "asOf":
          seen = mark(seen, 10, name);
          b.asOf(month());
          break;
        case "housing":
          seen = mark(seen, 11, name);
          b.housing(bool());
          break;
        default:
          unknown(name, MEASURE_FIELDS, "a measure");
      }
    }
    require(seen, MEASURE_REQUIRED, MEASURE_FIELDS, "a measure");
    if ((seen & 1 << 1) == 0) {
      b.metric("");
    }
    return b.quantity(Quantity.of(value, unit)).build();
  }

  /**
   * An assessment as read, its target lines still indexes: a line gives its target and measures as
   * values, which only the task it belongs to has (the assessment may come before them).
   */
  private static final class AssessmentDraft {
    final Assessment.Builder builder = Assessment.builder();
    final List<LineDraft> lines = new ArrayList<>();

    Assessment build(Task task) {
      for (LineDraft line : lines) {
        builder.addTarget(line.build(task));
      }
      return builder.build();
    }
  }

  /** A target line as read: indexes (-1 for none) and the rest. */
  private static final class LineDraft {
    int target = -1;
    int measure = -1;
    int revision = -1;
    final TargetAssessment.Builder builder = TargetAssessment.builder();

    TargetAssessment build(Task task) {
      builder.targetIndex(target).target(task.targets().get(target));
      if (measure >= 0) {
        builder.measureIndex(measure).measure(task.outcome().measures().get(measure));
      }
      if (revision >= 0) {
        builder.revisionIndex(revision).revision(task.outcome().measures().get(revision));
      }
      return builder.build();
    }
  }

  private Assessment readAssessment() {
    AssessmentDraft draft = readAssessmentDraft();
    if (!draft.lines.isEmpty()) {
      throw error("an assessment with target lines refers to its task's targets and measures: read it as part of its task");
    }
    return draft.builder.build();
  }

  private AssessmentDraft readAssessmentDraft() {
    AssessmentDraft draft = new AssessmentDraft();
    Assessment.Builder b = draft.builder;
    int seen = 0;
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "status":
          seen = mark(seen, 0, name);
          b.status(status());
          break;
        case "basis":
          seen = mark(seen, 1, name);
          b.basis(enumValue(Basis.class));
          break;
        case "pace":
          seen = mark(seen, 2, name);
          b.pace(enumValue(Pace.class));
          break;
        case "explanation":
          seen = mark(seen, 3, name);
          b.explanation(string());
          break;
        case "targets":
          seen = mark(seen, 4, name);
          startArray("an array of target assessments");
          while (nextElement("a target assessment object")) {
            draft.lines.add(readLineDraft());
          }
          break;
        case "findings":
          seen = mark(seen, 5, name);
          startArray("an array of findings");
          while (nextElement("a finding object")) {
            b.addFinding(readFinding());
          }
          break;
        default:
          unknown(name, ASSESSMENT_FIELDS, "an assessment");
      }
    }
    require(seen, ASSESSMENT_REQUIRED, ASSESSMENT_FIELDS, "an assessment");
    return draft;
  }

  private TargetAssessment readTargetAssessment() {
    throw error("a target assessment refers to its task's targets and measures: read it as part of its task");
  }

  private LineDraft readLineDraft() {
    LineDraft line = new LineDraft();
    TargetAssessment.Builder b = line.builder;
    int seen = 0;
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "target":
          seen = mark(seen, 0, name);
          line.target = index("a target", "the index of a target", knownTargets, false);
          break;
        case "measure":
          seen = mark(seen, 1, name);
          line.measure = index("a measure", "the index of a measure or null", knownMeasures, true);
          break;
        case "revision":
          seen = mark(seen, 2, name);
          line.revision = index("a measure", "the index of a measure", knownMeasures, false);
          break;
        case "ratio":
          seen = mark(seen, 3, name);
          b.ratio(decimal());
          break;
        case "status":
          seen = mark(seen, 4, name);
          b.status(status());
          break;
        case "pace":
          seen = mark(seen, 5, name);
          b.pace(enumValue(Pace.class));
          break;
        case "reason":
          seen = mark(seen, 6, name);
          b.reason(reason());
          break;
        default:
          unknown(name, TARGET_ASSESSMENT_FIELDS, "a target assessment");
      }
    }
    require(seen, TARGET_ASSESSMENT_REQUIRED, TARGET_ASSESSMENT_FIELDS, "a target assessment");
    if (line.measure >= 0 && (seen & 1 << 6) != 0) {
      throw error("a target line with a measure has no reason for having none");
    }
    return line;
  }

  private UnverifiedReason reason() {
    String label = string();
    return UnverifiedReason.ofLabel(label).orElseThrow(() -> error("expected one of "
        + java.util.Arrays.stream(UnverifiedReason.values()).map(UnverifiedReason::label)
            .collect(java.util.stream.Collectors.joining(", ")) + ", found \"" + shorten(label) + "\""));
  }

  private Finding readFinding() {
    int seen = 0;
    FindingKind kind = null;
    String message = null;
    for (String name = firstName(); name != null; name = nextName()) {
      switch (name) {
        case "kind":
          seen = mark(seen, 0, name);
          kind = enumValue(FindingKind.class);
          break;
        case "message":
          seen = mark(seen, 1, name);
          message = string();
          break;
        default:
          unknown(name, FINDING_FIELDS, "a finding");
      }
    }
    require(seen, FINDING_REQUIRED, FINDING_FIELDS, "a finding");
    return Finding.of(kind, message);
  }

  // ---------------------------------------------------------------- values

  private String string() {
    JsonToken t = next("a string");
    if (t != JsonToken.VALUE_STRING) {
      throw wrongType("a string", t);
    }
    return p.getString();
  }

  private String currentString() {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      throw wrongType("a string", t);
    }
    return p.getString();
  }

  private boolean bool() {
    JsonToken t = next("true or false");
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("true or false", t);
  }

  private int integer() {
    JsonToken t = next("an integer");
    return currentInteger(t, "an integer");
  }

  private int currentInteger(JsonToken t, String expected) {
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(expected, t);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw error("expected " + expected + " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
          + ", found " + shorten(p.getString()));
    }
    return p.getIntValue();
  }

  /**
   * An index into the task's targets or measures; {@code -1} for {@code null} when allowed. Checked
   * against {@code size} when it is known already.
   */
  private int index(String what, String expected, int size, boolean nullable) {
    JsonToken t = next(expected);
    if (nullable && t == JsonToken.VALUE_NULL) {
      return -1;
    }
    int index = currentInteger(t, expected);
    if (index < 0 || size >= 0 && index >= size) {
      throw error(indexReason(what, size, index));
    }
    return index;
  }

  private static String indexReason(String what, int size, int index) {
    if (size == 0) {
      return "expected the index of " + what + " of this task, found " + index + ": the task has none";
    }
    return "expected the index of " + what + " of this task"
        + (size > 0 ? " (0 to " + (size - 1) + ")" : " (0 or more)") + ", found " + index;
  }

  private BigDecimal decimal() {
    JsonToken t = next("a number");
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType("a number", t);
    }
    BigDecimal value;
    try {
      value = p.getDecimalValue();
    } catch (JacksonException | NumberFormatException | ArithmeticException e) {
      throw error("expected a number of at most " + MAX_NUMBER_LENGTH + " characters in plain notation, found "
          + shorten(p.getString()));
    }
    if (plainLength(value) > MAX_NUMBER_LENGTH) {
      throw error("expected a number of at most " + MAX_NUMBER_LENGTH + " characters in plain notation, found "
          + shorten(p.getString()));
    }
    return value;
  }

  /** The length of {@code value.toPlainString()}, computed without building it. */
  static long plainLength(BigDecimal value) {
    long precision = value.precision();
    long scale = value.scale();
    long digits = scale <= 0 ? precision - scale : Math.max(precision, scale + 1) + 1;
    return digits + (value.signum() < 0 ? 1 : 0);
  }

  private YearMonth month() {
    JsonToken t = next("a month as \"YYYY-MM\"");
    return monthOf(t);
  }

  private YearMonth currentMonth() {
    return monthOf(p.currentToken());
  }

  private YearMonth monthOf(JsonToken t) {
    if (t != JsonToken.VALUE_STRING) {
      throw wrongType("a month as \"YYYY-MM\"", t);
    }
    String text = p.getString();
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw error("expected a month as \"YYYY-MM\", found " + quote(text));
    }
  }

  private Unit unit() {
    String symbol = string();
    try {
      return Unit.parse(symbol);
    } catch (TextParseException e) {
      throw error("expected a unit as written, such as \"万元\" or \"%\", found " + quote(symbol));
    }
  }

  private Span span() {
    startArray("a span [start, end]");
    int start = integer();
    int end = integer();
    JsonToken t = next("the end of the span");
    if (t != JsonToken.END_ARRAY) {
      throw wrongType("the end of the span [start, end]", t);
    }
    if (start < 0 || end < start) {
      throw error("expected a span [start, end] with 0 ≤ start ≤ end, found [" + start + ", " + end + "]");
    }
    return Span.of(start, end);
  }

  private Status status() {
    return enumValue(Status.class);
  }

  private Kind kind() {
    return enumValue(Kind.class);
  }

  private <E extends Enum<E>> E enumValue(Class<E> type) {
    String expected = ONE_OF.get(type);
    JsonToken t = next(expected);
    if (t != JsonToken.VALUE_STRING) {
      throw wrongType(expected, t);
    }
    String text = p.getString();
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw error("expected " + expected + ", found " + quote(text));
    }
  }

  /** "one of EXCEEDED, MET, …" per enum of the format, built once. */
  private static final ClassValue<String> ONE_OF = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(", "));
    }
  };

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  // ---------------------------------------------------------------- structure

  private JsonToken next(String expected) {
    expecting = expected;
    return p.nextToken();
  }

  private String nextName() {
    if (pushedName != null) {
      String name = pushedName;
      pushedName = null;
      return name;
    }
    expecting = NAME;
    return p.nextName();
  }

  /** The first name of an object whose START_OBJECT (or, from Jackson, first name) is current. */
  private String firstName() {
    if (p.currentToken() == JsonToken.PROPERTY_NAME) {
      return p.currentName();
    }
    return nextName();
  }

  private void startObject(String expected) {
    JsonToken t = next(expected);
    if (t != JsonToken.START_OBJECT) {
      throw wrongType(expected, t);
    }
  }

  private void startArray(String expected) {
    JsonToken t = next(expected);
    if (t != JsonToken.START_ARRAY) {
      throw wrongType(expected, t);
    }
  }

  /** Advances to the next element of an array of objects or strings: false at its end. */
  private boolean nextElement(String expected) {
    JsonToken t = next(expected);
    if (t == JsonToken.END_ARRAY) {
      return false;
    }
    if (expected.equals("a string") ? t != JsonToken.VALUE_STRING : t != JsonToken.START_OBJECT) {
      throw wrongType(expected, t);
    }
    return true;
  }

  private static int bits(List<String> fields, String... names) {
    int bits = 0;
    for (String name : names) {
      bits |= 1 << fields.indexOf(name);
    }
    return bits;
  }

  private int mark(int seen, int bit, String name) {
    int flag = 1 << bit;
    if ((seen & flag) != 0) {
      throw duplicate(name);
    }
    return seen | flag;
  }

  private JsonReadException duplicate(String name) {
    return error("duplicate field " + quote(name) + ": each field may appear once");
  }

  private void unknown(String name, List<String> fields, String what) {
    if (!allowUnknown) {
      throw error("unknown field " + quote(name) + " in " + what + "; expected one of "
          + String.join(", ", fields));
    }
    String path = path(p.streamReadContext());
    next("any JSON value");
    try {
      p.skipChildren();
    } catch (StreamConstraintsException e) {
      // Report the field being skipped, not a path as deep as the limit.
      TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      throw new JsonReadException(source, path, line(at), column(at),
          "the value of unknown field " + quote(name) + " exceeds a reading limit: "
              + withoutHint(e.getOriginalMessage()), e);
    }
  }

  /** Fails at the end of an object that lacks a required field; the path names the field. */
  private void require(int seen, int required, List<String> fields, String what) {
    int missing = required & ~seen;
    if (missing == 0) {
      return;
    }
    String name = fields.get(Integer.numberOfTrailingZeros(missing));
    // At END_OBJECT the parser's context is the parent's, which names this object.
    String path = p.currentToken() == JsonToken.END_OBJECT
        ? path(p.streamReadContext()) : path(p.streamReadContext().getParent());
    throw errorAt(appendName(new StringBuilder(path), name).toString(),
        "missing required field " + quote(name) + " of " + what);
  }

  // ---------------------------------------------------------------- errors

  private JsonReadException wrongType(String expected, JsonToken found) {
    return error("expected " + expected + ", found " + describe(found));
  }

  private String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case VALUE_STRING:
        return "a string (" + quote(shorten(p.getString())) + ")";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number (" + shorten(p.getString()) + ")";
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null (leave out a field that has no value)";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        return "the end of the object";
      case END_ARRAY:
        return "the end of the array";
      case PROPERTY_NAME:
        return "the field " + quote(p.currentName());
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }

  private JsonReadException error(String reason) {
    TokenStreamLocation at = p.currentTokenLocation();
    return new JsonReadException(source, path(p.streamReadContext()), line(at), column(at), reason, null);
  }

  private JsonReadException errorAt(String path, String reason) {
    TokenStreamLocation at = p.currentTokenLocation();
    return new JsonReadException(source, path, line(at), column(at), reason, null);
  }

  private static Map<String, String> expectedValues() {
    Map<String, String> expected = new java.util.HashMap<>();
    for (String name : List.of("title", "jurisdiction", "heading", "section", "text", "metric", "narrative",
        "explanation", "message", "format")) {
      expected.put(name, "a string");
    }
    for (String name : List.of("year", "declaredCount", "number", "total")) {
      expected.put(name, "an integer");
    }
    for (String name : List.of("period", "deadline", "asOf")) {
      expected.put(name, "a month as \"YYYY-MM\"");
    }
    for (String name : List.of("value", "upper", "ratio")) {
      expected.put(name, "a number");
    }
    for (String name : List.of("firm", "estimated", "approximate", "housing")) {
      expected.put(name, "true or false");
    }
    for (String name : List.of("declaredTotals", "outcome", "assessment")) {
      expected.put(name, "an object");
    }
    for (String name : List.of("sections", "tasks", "responsibleUnits", "targets", "measures", "findings")) {
      expected.put(name, "an array");
    }
    expected.put("span", "a span [start, end]");
    expected.put("unit", "a unit as written, such as \"万元\" or \"%\"");
    expected.put("declaredStatus", "one of " + names(Status.class));
    expected.put("status", "one of " + names(Status.class));
    expected.put("basis", "one of " + names(Basis.class));
    expected.put("pace", "one of " + names(Pace.class));
    expected.put("comparator", "one of " + names(Bound.class));
    expected.put("role", "one of " + names(Role.class));
    expected.put("approximation", "one of " + names(Approximation.class));
    expected.put("shareOf", "one of " + names(Whole.class));
    expected.put("kind", "the name of a kind");
    expected.put("target", "the index of a target");
    expected.put("measure", "the index of a measure or null");
    expected.put("revision", "the index of a measure");
    return Map.copyOf(expected);
  }

  /** Turns Jackson's own complaint (syntax, limits, I/O) into the format's exception. */
  JsonReadException translate(JacksonException e) {
    if (e instanceof JacksonIOException) {
      return new JsonReadException(source, "", -1, -1,
          "cannot read: " + (e.getCause() == null ? e.getOriginalMessage() : e.getCause().toString()), e);
    }
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    if (expecting == NAME && p.currentToken() == JsonToken.PROPERTY_NAME) {
      // The name was read; Jackson refused the value after it.
      expecting = EXPECTED_VALUE.getOrDefault(p.currentName(), "a JSON value");
    }
    String reason;
    if (e instanceof StreamConstraintsException) {
      reason = "the document exceeds a reading limit: " + withoutHint(original);
    } else if (original.startsWith("Non-standard token")) {
      reason = "expected " + expecting + ", found " + original.replaceFirst("^Non-standard token '([^']*)'.*$", "$1")
          + ", which is not a JSON value";
    } else {
      reason = "expected " + expecting + ": " + withoutHint(original);
    }
    return new JsonReadException(source, path(p.streamReadContext()), line(at), column(at), reason, e);
  }

  /** Jackson suggests enabling its lenient features; the format does not allow them. */
  private static String withoutHint(String message) {
    String first = message.lines().findFirst().orElse(message);
    return first.replaceAll(" \\(from `StreamReadConstraints\\.\\w+\\(\\)`\\)", "")
        .replaceAll(", from `StreamReadConstraints\\.\\w+\\(\\)`", "")
        .replaceAll(":? ?(enable|use) `[A-Za-z.]+(_[A-Z]+)*` to allow[^;)]*", "").strip();
  }

  private static int line(TokenStreamLocation at) {
    return at == null || at.getLineNr() <= 0 ? -1 : at.getLineNr();
  }

  private static int column(TokenStreamLocation at) {
    return at == null || at.getColumnNr() <= 0 ? -1 : at.getColumnNr();
  }

  /** {@code $.tasks[12].targets[0].value}, from the parser's context at the current token. */
  static String path(TokenStreamContext context) {
    ArrayDeque<TokenStreamContext> chain = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null; c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder out = new StringBuilder("$");
    for (TokenStreamContext c : chain) {
      if (c.inArray()) {
        if (c.getEntryCount() > 0) {
          out.append('[').append(c.getCurrentIndex()).append(']');
        }
      } else if (c.inObject() && c.currentName() != null) {
        appendName(out, c.currentName());
      }
    }
    return out.toString();
  }

  private static StringBuilder appendName(StringBuilder out, String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return out.append('.').append(name);
    }
    return out.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String shorten(String text) {
    return text.length() <= 64 ? text : text.substring(0, 63) + "…";
  }
}
