package io.github.workreport.excel;

import io.github.workreport.Deadline;
import io.github.workreport.Kind;
import io.github.workreport.Measure;
import io.github.workreport.Outcome;
import io.github.workreport.Period;
import io.github.workreport.Report;
import io.github.workreport.Role;
import io.github.workreport.Section;
import io.github.workreport.Status;
import io.github.workreport.Target;
import io.github.workreport.Task;
import io.github.workreport.Unit;
import io.github.workreport.Quantity;
import io.github.workreport.text.ReportTitle;
import io.github.workreport.text.StatusCues;
import io.github.workreport.text.TableHeaders;
import io.github.workreport.text.TaskExtractor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * Turns the cells of one sheet into a {@link Report}: finds the header row under any title rows,
 * maps the columns, and reads every row below it as a task, a section heading, or the
 * continuation of the task above.
 */
final class TableReader {
  private static final Pattern HEADING_ORDINAL = Pattern.compile(
      "^\\s*(?:[一二三四五六七八九十百]+\\s*[、.．:：]|[（(]\\s*[一二三四五六七八九十百]+\\s*[)）]|第[一二三四五六七八九十百\\d]+(?:部分|类|章|节)[、:：\\s]*)\\s*");
  private static final Pattern HEADING_COUNT = Pattern.compile("[（(]?\\s*(?:共|计)?\\s*(\\d+)\\s*项\\s*[)）]?\\s*[:：]?\\s*$");
  private static final Pattern FOOTER = Pattern.compile("^\\s*(注|备注|说明|填报|制表|审核|联系|负责人|签发)\\s*.*", Pattern.DOTALL);
  private static final Pattern ORGANIZATION = Pattern.compile(".*(委|局|办|厅|中心|政府|街道|公司|集团|院|部|处|所|站|队|会|管委会|办事处|镇|乡|分局|科)$");

  /** What a sheet gave: a report, or the header texts seen when no table was found. */
  static final class Result {
    final Report report;
    final List<String> headersSeen;

    Result(Report report, List<String> headersSeen) {
      this.report = report;
      this.headersSeen = headersSeen;
    }
  }

  /** The rows the header is looked for in: every row of a sheet read whole, the first ones of a stream. */
  private final List<RawSheet.Row> head;
  private final String sheetName;
  private final ExcelLayout layout;
  private final Meta meta;
  private final Map<ExcelColumn, Integer> columns = new EnumMap<>(ExcelColumn.class);
  private int machineColumn = -1;
  private int dataFrom;
  private final List<String> titleLines = new ArrayList<>();
  private String actualHeader = "";
  private String narrativeHeader = "";
  private String targetHeader = "";
  private String remarkHeader = "";
  /** Task columns after the first (项目名称 · 建设内容): more of the task, joined to it with ：. */
  private final List<Integer> moreTaskColumns = new ArrayList<>();
  /**
   * The columns the format does not know (责任领导, 形象进度, 存在问题), and a second column of a kind
   * already read, each with its header: their cells are kept in the narrative under the header, as
   * the text reader keeps them, so that no cell of a task is lost.
   */
  private final Map<Integer, String> otherColumns = new LinkedHashMap<>();
  /**
   * Whether the target and achieved cells are words of the task rather than an indicator's
   * numbers: a table with a task column and no item, unit or rate column (重点工作 · 目标任务 · 进展情况,
   * 项目名称 · 年度计划投资（万元） · 1-9月完成投资（万元）). Such a table reads as the text reader reads
   * its twin: the cells written into the task's text and narrative under their headers.
   */
  private boolean numbersInWords;
  private String firstHeading;
  private final Map<String, Status> sectionStatuses = new java.util.HashMap<>();
  private final Map<String, String> sectionNames = new java.util.HashMap<>();

  // The state of reading the rows below the header.
  private java.util.function.Consumer<Task> out;
  private String title;
  private ReportTitle parsed;
  private Optional<Period> period;
  private OptionalInt year;
  /** The unit the rows above the header declare for the sheet's bare figures (单位：万元), if any. */
  private Optional<Unit> sheetUnit;
  private final Map<String, Section> sections = new LinkedHashMap<>();
  private final Map<String, Integer> lastNumber = new LinkedHashMap<>();
  private Draft last;
  private String section;
  private RawSheet.Row headerRow;

  private TableReader(String sheetName, List<RawSheet.Row> head, ExcelLayout layout, Meta meta) {
    this.sheetName = sheetName;
    this.head = head;
    this.layout = layout;
    this.meta = meta;
  }

  static Result read(RawSheet sheet, ExcelLayout layout, Meta meta) {
    TableReader reader = new TableReader(sheet.name, sheet.rows, layout, meta);
    if (!reader.findHeader()) {
      return new Result(null, reader.headersSeen());
    }
    List<Task> tasks = new ArrayList<>(sheet.rows.size() - reader.dataFrom);
    reader.start(tasks::add);
    for (int i = reader.dataFrom; i < sheet.rows.size(); i++) {
      RawSheet.Row row = sheet.rows.get(i);
      sheet.rows.set(i, null); // a task holds what it needs; the cells can go as soon as it is built
      reader.accept(row);
    }
    return new Result(reader.finish().withTasks(tasks), List.of());
  }

  /**
   * A reader of a sheet whose rows come one at a time, its header found in {@code head}, the first
   * rows of the sheet; null when they hold no header row. Then {@link #start}, {@link #accept} for
   * each row from {@link #dataFrom()} of {@code head} on, and {@link #finish()}.
   */
  static TableReader streaming(String sheetName, List<RawSheet.Row> head, ExcelLayout layout, Meta meta) {
    TableReader reader = new TableReader(sheetName, head, layout, meta);
    return reader.findHeader() ? reader : null;
  }

  /** The header texts seen when no header row was found, for the message. */
  static List<String> headersSeen(List<RawSheet.Row> head) {
    return new TableReader("", head, ExcelLayout.DEFAULT, null).headersSeen();
  }

  /** The index in {@code head} of the first row below the header. */
  int dataFrom() {
    return dataFrom;
  }

  // ---------------------------------------------------------------- header

  private boolean findHeader() {
    int limit = Math.min(head.size(), layout.headerSearchRows());
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < limit; i++) {
      Map<ExcelColumn, Integer> found = classify(head.get(i));
      int score = found.size();
      boolean hasTask = found.containsKey(ExcelColumn.TASK) || found.containsKey(ExcelColumn.ITEM)
          || found.containsKey(ExcelColumn.TARGET);
      if (hasTask && score >= 2 && score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) {
      return false;
    }
    RawSheet.Row header = head.get(best);
    Map<Integer, ExcelColumn> byColumn = roles(header);
    Set<Integer> ambiguous = new LinkedHashSet<>();
    for (Map.Entry<Integer, ExcelColumn> e : byColumn.entrySet()) {
      if (Headers.isTargetOrTask(Headers.normalize(header.text(e.getKey())))) {
        ambiguous.add(e.getKey());
      }
    }
    dataFrom = best + 1;
    if (best + 1 < head.size() && head.get(best + 1).index == header.index + 1) {
      RawSheet.Row sub = head.get(best + 1);
      Map<Integer, ExcelColumn> subRoles = roles(sub);
      if (!subRoles.isEmpty() && looksLikeHeader(sub, header)) {
        for (Map.Entry<Integer, ExcelColumn> e : subRoles.entrySet()) {
          byColumn.put(e.getKey(), e.getValue());
          ambiguous.remove(e.getKey());
          if (Headers.isTargetOrTask(Headers.normalize(sub.text(e.getKey())))) {
            ambiguous.add(e.getKey());
          }
        }
        dataFrom = best + 2;
      }
    }
    for (int c = 0; c < header.cells.length; c++) {
      if (Records.HEADER.equals(header.text(c))) {
        machineColumn = c;
      }
    }
    boolean numeric = byColumn.containsValue(ExcelColumn.ACTUAL) || byColumn.containsValue(ExcelColumn.RATIO);
    boolean hasText = byColumn.containsValue(ExcelColumn.TASK) || byColumn.containsValue(ExcelColumn.ITEM);
    for (Map.Entry<Integer, ExcelColumn> e : new ArrayList<>(byColumn.entrySet())) {
      int c = e.getKey();
      ExcelColumn role = e.getValue();
      if (ambiguous.contains(c) && !numeric && !hasText) {
        role = ExcelColumn.TASK;
        hasText = true;
      }
      if (role == ExcelColumn.UNITS && columns.containsKey(ExcelColumn.UNITS)) {
        role = ExcelColumn.SUPPORTING_UNITS;
      }
      if (role == ExcelColumn.TASK && columns.containsKey(ExcelColumn.TASK)) {
        Cell first = header.get(columns.get(ExcelColumn.TASK));
        Cell here = header.get(c);
        if (first != null && here != null && (here.merge < 0 || here.merge != first.merge)) {
          moreTaskColumns.add(c);
        }
        continue;
      }
      if (!columns.containsKey(role)) {
        String text = headerText(c, best);
        if (role == ExcelColumn.ACTUAL) {
          actualHeader = text;
        } else if (role == ExcelColumn.NARRATIVE) {
          narrativeHeader = text;
        } else if (role == ExcelColumn.TARGET) {
          targetHeader = text;
        } else if (role == ExcelColumn.REMARK) {
          remarkHeader = text;
        }
      }
      columns.putIfAbsent(role, c);
    }
    if (!columns.containsKey(ExcelColumn.TASK) && !columns.containsKey(ExcelColumn.ITEM)) {
      return false;
    }
    findOtherColumns(header, best);
    numbersInWords = columns.containsKey(ExcelColumn.TASK) && !columns.containsKey(ExcelColumn.ITEM)
        && !columns.containsKey(ExcelColumn.UNIT) && !columns.containsKey(ExcelColumn.RATIO);
    for (int i = 0; i < best; i++) {
      String line = rowText(head.get(i));
      if (!line.isBlank()) {
        titleLines.add(line);
      }
    }
    if (titleLines.size() >= 2) {
      String last = titleLines.get(titleLines.size() - 1).strip();
      // 已完成 98 项: right above the header opens the first section; it is no part of the title
      if (last.length() <= 30 && !last.contains("共计") && !sectionName(last).isEmpty()
          && (HEADING_COUNT.matcher(last).find() || HEADING_ORDINAL.matcher(last).find())) {
        firstHeading = last;
        titleLines.remove(titleLines.size() - 1);
      }
    }
    return true;
  }

  private void findOtherColumns(RawSheet.Row header, int headerRow) {
    if (machineColumn >= 0) {
      return; // a sheet this library wrote: its other columns (评估, 申报, 说明) are its assessment, not the document's
    }
    Set<Integer> read = new java.util.HashSet<>(columns.values());
    read.addAll(moreTaskColumns);
    Set<Integer> readMerges = new java.util.HashSet<>();
    for (int c : read) {
      Cell cell = header.get(c);
      if (cell != null && cell.merge >= 0) {
        readMerges.add(cell.merge); // 完成情况 merged over the columns of its sub-headers
      }
    }
    for (int c = 0; c < header.cells.length; c++) {
      Cell cell = header.get(c);
      if (read.contains(c) || c == machineColumn || cell != null && cell.merge >= 0 && readMerges.contains(cell.merge)) {
        continue;
      }
      String name = Headers.compact(headerText(c, headerRow));
      if (!name.isEmpty()) {
        otherColumns.put(c, name);
      }
    }
  }

  private String headerText(int column, int headerRow) {
    String top = head.get(headerRow).text(column);
    String sub = dataFrom > headerRow + 1 ? head.get(headerRow + 1).text(column) : "";
    return top + sub;
  }

  /**
   * Whether the row under the header is more of it (目标任务 · 实际完成 under 2020年) rather than the
   * first task: no number, no task number written as text (1, 2.), no sentence (推进重点项目建设。 names
   * a 项目 as a header might, but ends as a sentence), nothing longer than a header.
   */
  private boolean looksLikeHeader(RawSheet.Row sub, RawSheet.Row header) {
    for (Cell c : sub.cells) {
      if (c == null) {
        continue;
      }
      String text = c.text.strip();
      if (c.isNumber() || CellNumbers.taskNumber(c).isPresent() || text.endsWith("。")
          || Headers.normalize(c.text).length() > Headers.MAX_HEADER_LENGTH) {
        return false;
      }
    }
    return true;
  }

  private Map<Integer, ExcelColumn> roles(RawSheet.Row row) {
    Map<Integer, ExcelColumn> out = new LinkedHashMap<>();
    for (int c = 0; c < row.cells.length; c++) {
      Cell cell = row.cells[c];
      if (cell == null || cell.isNumber()) {
        continue;
      }
      ExcelColumn role = Headers.classify(cell.text, layout.aliases());
      if (role != null) {
        out.put(c, role);
      }
    }
    return out;
  }

  /** The distinct columns a row names, counting a merged header once. */
  private Map<ExcelColumn, Integer> classify(RawSheet.Row row) {
    Map<ExcelColumn, Integer> found = new EnumMap<>(ExcelColumn.class);
    Set<Integer> mergesSeen = new LinkedHashSet<>();
    for (int c = 0; c < row.cells.length; c++) {
      Cell cell = row.cells[c];
      if (cell == null || cell.isNumber() || cell.merge >= 0 && !mergesSeen.add(cell.merge)) {
        continue;
      }
      ExcelColumn role = Headers.classify(cell.text, layout.aliases());
      if (role != null) {
        found.putIfAbsent(role, c);
      }
    }
    return found;
  }

  private static String rowText(RawSheet.Row row) {
    StringBuilder out = new StringBuilder();
    Set<Integer> merges = new LinkedHashSet<>();
    for (Cell c : row.cells) {
      if (c == null || c.isBlank() || c.merge >= 0 && !merges.add(c.merge)) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(c.text.strip());
    }
    return out.toString();
  }

  private List<String> headersSeen() {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < Math.min(head.size(), 5); i++) {
      String text = rowText(head.get(i));
      seen.add("row " + (head.get(i).index + 1) + ": "
          + (text.length() > 80 ? text.substring(0, 80) + "…" : text));
    }
    return seen;
  }

  // ---------------------------------------------------------------- rows

  /** One task being assembled from one or more rows. */
  private final class Draft {
    final List<RawSheet.Row> rows = new ArrayList<>();
    /** Rows that continue the row above them (a page break), as opposed to sub-rows of a merged 序号. */
    final Set<RawSheet.Row> continuations = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    String section;

    int groupKey() {
      return numberGroup(rows.get(0));
    }
  }

  private Cell cell(RawSheet.Row row, ExcelColumn column) {
    Integer c = columns.get(column);
    return c == null ? null : row.get(c);
  }

  private String text(RawSheet.Row row, ExcelColumn column) {
    Cell c = cell(row, column);
    return c == null ? "" : c.text;
  }

  /**
   * Begins reading the rows below the header, handing each task to {@code out} as soon as the row
   * after it shows it complete.
   */
  void start(java.util.function.Consumer<Task> out) {
    this.out = out;
    title = title();
    // A title that names no month leaves it to the table's headers, as for a table written as text
    parsed = ReportTitle.parse(TableHeaders.datedTitle(String.join(" ", titleLines), narrativeHeader, actualHeader));
    period = parsed.period();
    year = parsed.year();
    sheetUnit = TableHeaders.declaredUnit(titleLines);
    if (firstHeading != null) {
      section = sectionName(firstHeading);
      sections.put(section, Section.builder().name(section).declaredStatus(StatusCues.ofHeading(firstHeading))
          .declaredCount(count(firstHeading)).build());
    }
    headerRow = head.get(dataFrom - 1);
  }

  private Report.Builder base() {
    return Report.builder().title(title).jurisdiction(parsed.jurisdiction()).year(parsed.year()).period(period);
  }

  /**
   * The report without tasks as the rows above the table give it: title, jurisdiction, year,
   * period; for a workbook this library wrote, everything its record holds.
   */
  Report header() {
    return meta != null ? meta.apply(base(), List.of(), List.of()) : base().build();
  }

  /** Reads one row below the header. */
  void accept(RawSheet.Row row) {
    if (blank(row)) {
      return;
    }
    boolean recorded = machineColumn >= 0 && row.get(machineColumn) != null;
    if (!recorded && repeatsHeader(row, headerRow)) {
      return;
    }
    String heading = recorded ? null : heading(row);
    if (heading != null) {
      if (FOOTER.matcher(heading).matches() && last != null) {
        return;
      }
      section = sectionName(heading);
      if (!section.isEmpty()) {
        sections.putIfAbsent(section, Section.builder().name(section).declaredStatus(StatusCues.ofHeading(heading))
            .declaredCount(count(heading)).build());
      } else {
        section = null;
      }
      return;
    }
    Cell number = cell(row, ExcelColumn.NUMBER);
    boolean numbered = number != null && !number.isBlank();
    boolean hasText = !text(row, ExcelColumn.TASK).isBlank() || !text(row, ExcelColumn.ITEM).isBlank();
    boolean continues = columns.containsKey(ExcelColumn.NUMBER) ? !numbered : !hasText;
    if (last != null && continues && machineColumn < 0) {
      last.rows.add(row); // a row split across a page break: it continues the task above, cell by cell
      last.continuations.add(row);
      return;
    }
    String rowSection = text(row, ExcelColumn.SECTION).strip();
    if (!rowSection.isEmpty()) {
      String name = sectionNames.computeIfAbsent(rowSection, TableReader::sectionName);
      section = name.isEmpty() ? rowSection : name;
      sections.putIfAbsent(section, Section.of(section, StatusCues.ofHeading(rowSection)));
    }
    if (last != null && machineColumn < 0 && numberGroup(row) >= 0 && numberGroup(row) == last.groupKey()
        && java.util.Objects.equals(last.section, section)) {
      last.rows.add(row);
      return;
    }
    if (last != null) {
      out.accept(build(last, year, lastNumber));
    }
    last = new Draft();
    last.rows.add(row);
    last.section = section;
  }

  /** Hands out the last task; the report without tasks as the whole sheet gives it. */
  Report finish() {
    if (last != null) {
      out.accept(build(last, year, lastNumber));
      last = null;
    }
    if (meta != null) {
      return meta.apply(base(), List.of(), new ArrayList<>(sections.values()));
    }
    return base().sections(sections.values()).build();
  }

  private static boolean blank(RawSheet.Row row) {
    for (Cell c : row.cells) {
      if (c != null && !c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The merged region that ties sub-rows into one task: the 序号's, or the task text's without a 序号 column. */
  private int numberGroup(RawSheet.Row row) {
    Cell n = cell(row, ExcelColumn.NUMBER);
    if (n != null && !n.isBlank()) {
      return n.merge;
    }
    if (columns.containsKey(ExcelColumn.NUMBER)) {
      return -1;
    }
    Cell t = cell(row, ExcelColumn.TASK);
    return t == null ? -1 : t.merge;
  }

  private String title() {
    for (String line : titleLines) {
      String t = line.strip();
      if (t.length() > 4 && !t.matches("^(附件|附表|单位|填报|日期|时间).*")) {
        return t;
      }
    }
    return titleLines.isEmpty() ? "" : titleLines.get(0).strip();
  }

  private boolean repeatsHeader(RawSheet.Row row, RawSheet.Row header) {
    Cell number = cell(row, ExcelColumn.NUMBER);
    if (number != null && number.isNumber()) {
      return false; // a numbered task, the common case: no need to compare every cell
    }
    int same = 0;
    for (Integer c : columns.values()) {
      Cell a = row.get(c);
      Cell b = header.get(c);
      if (a != null && b != null && a != b && !a.isNumber() && a.text.equals(b.text)) {
        same++;
      }
    }
    return same >= 2;
  }

  /** The heading a row states, or null: a row with a single value that is not a task. */
  private String heading(RawSheet.Row row) {
    Cell only = null;
    int column = -1;
    boolean spans = false;
    for (int c = 0; c < row.cells.length; c++) {
      Cell cell = row.cells[c];
      if (cell == null || cell.isBlank() || c == machineColumn) {
        continue;
      }
      if (only == null) {
        only = cell;
        column = c;
      } else if (only.merge >= 0 && cell.merge == only.merge) {
        spans = true;
      } else {
        return null;
      }
    }
    if (only == null || only.isNumber() || CellNumbers.taskNumber(only).isPresent()) {
      return null;
    }
    Integer numberColumn = columns.get(ExcelColumn.NUMBER);
    Integer sectionColumn = columns.get(ExcelColumn.SECTION);
    boolean inFirstColumn = numberColumn != null && column == numberColumn || column == 0;
    boolean headingWords = HEADING_ORDINAL.matcher(only.text).find() || HEADING_COUNT.matcher(only.text).find()
        || StatusCues.ofHeading(only.text).isDetermined() && only.text.strip().length() <= 12;
    if (sectionColumn != null && column == sectionColumn && !spans) {
      return null;
    }
    return spans || headingWords || inFirstColumn && only.text.strip().length() <= 30 || FOOTER.matcher(only.text).matches()
        ? only.text.strip() : null;
  }

  private static String sectionName(String heading) {
    String name = HEADING_ORDINAL.matcher(heading).replaceFirst("");
    name = HEADING_COUNT.matcher(name).replaceFirst("");
    return name.replaceAll("[:：\\s]+$", "").strip();
  }

  private static Optional<Integer> count(String heading) {
    Matcher m = HEADING_COUNT.matcher(heading);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  // ---------------------------------------------------------------- tasks

  private Task build(Draft d, OptionalInt year, Map<String, Integer> lastNumber) {
    RawSheet.Row first = d.rows.get(0);
    String key = d.section == null ? "" : d.section;
    OptionalInt parsedNumber = CellNumbers.taskNumber(cell(first, ExcelColumn.NUMBER));
    int number = parsedNumber.isPresent() ? parsedNumber.getAsInt() : lastNumber.getOrDefault(key, 0) + 1;
    lastNumber.put(key, number);
    Optional<String> section = Optional.ofNullable(d.section);

    if (machineColumn >= 0) {
      Task exact = fromRecord(first, number);
      if (exact != null) {
        return exact;
      }
    }

    Parts texts = new Parts();
    Parts narratives = new Parts();
    Set<String> units = new LinkedHashSet<>();
    List<String> extraText = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    List<Measure> measures = new ArrayList<>();
    Optional<YearMonth> deadline = Optional.empty();
    boolean hasTaskColumn = columns.containsKey(ExcelColumn.TASK);
    Set<Integer> seen = new LinkedHashSet<>();

    for (RawSheet.Row row : d.rows) {
      boolean continuation = d.continuations.contains(row);
      texts.continuing = continuation;
      narratives.continuing = continuation;
      String task = text(row, ExcelColumn.TASK).strip();
      for (int c : moreTaskColumns) {
        Cell more = row.get(c);
        if (more != null && !more.isBlank()) {
          task = task.isEmpty() ? words(more) : task + "：" + words(more); // 县医院迁建：新建门诊楼2万平方米
        }
      }
      if (numbersInWords) {
        Cell target = cell(row, ExcelColumn.TARGET);
        if (target != null && !target.isBlank()) {
          task = task + Headers.WORDS.targetText(Headers.compact(targetHeader), words(target));
        }
      }
      String item = text(row, ExcelColumn.ITEM).strip();
      if (!task.isEmpty()) {
        texts.add(task);
      } else if (!hasTaskColumn && !item.isEmpty()) {
        texts.add(item);
      }
      addNarrative(narratives, cell(row, ExcelColumn.NARRATIVE), seen);
      Cell actualCell = cell(row, ExcelColumn.ACTUAL);
      if (numbersInWords && actualCell != null && !actualCell.isBlank()) {
        narratives.add(TableHeaders.achievedText(Headers.compact(actualHeader), words(actualCell)));
      }
      split(text(row, ExcelColumn.UNITS), units);
      split(text(row, ExcelColumn.SUPPORTING_UNITS), units);
      if (deadline.isEmpty()) {
        deadline = CellNumbers.deadline(cell(row, ExcelColumn.DEADLINE), year);
      }
      String remark = text(row, ExcelColumn.REMARK).strip();
      Optional<Unit> columnUnit = CellNumbers.unit(text(row, ExcelColumn.UNIT));
      boolean remarkUsed = false;
      boolean remarkNamesUnit = ORGANIZATION.matcher(remark).matches() && remark.length() <= 30;
      // A remark gives the unit only of numbers in columns of their own, and a remark of status (已完成) never
      boolean remarkMayBeUnit = !numbersInWords
          && (columns.containsKey(ExcelColumn.TARGET) || columns.containsKey(ExcelColumn.ACTUAL))
          && !StatusCues.ofHeading(remark).isDetermined();
      if (columnUnit.isEmpty() && text(row, ExcelColumn.UNIT).isBlank() && !remark.isEmpty() && !remarkNamesUnit
          && remarkMayBeUnit) {
        columnUnit = CellNumbers.unit(remark);
        remarkUsed = columnUnit.isPresent();
      }
      if (!remarkUsed && remarkNamesUnit && !columns.containsKey(ExcelColumn.UNITS)) {
        split(remark, units);
        remarkUsed = true;
      }
      if (!remarkUsed && !remark.isEmpty()) {
        if (!columns.containsKey(ExcelColumn.NARRATIVE)) {
          addNarrative(narratives, cell(row, ExcelColumn.REMARK), seen);
        } else {
          // 备注 beside the narrative says more about the task (已完成), under its header as the text reader keeps it
          narratives.add(Headers.compact(remarkHeader) + "：" + remark);
        }
      }
      for (Map.Entry<Integer, String> other : otherColumns.entrySet()) {
        Cell cell = row.get(other.getKey());
        if (cell != null && !cell.isBlank() && (cell.merge < 0 || seen.add(cell.merge))) {
          narratives.add(other.getValue() + "：" + words(cell));
        }
      }
      if (!numbersInWords) {
        String metric = item; // without an item column the task text is the subject; no need to copy it
        numbers(row, metric, item.isEmpty() ? task : item, columnUnit.orElse(Unit.NONE), targets, measures, extraText,
            narratives);
      }
    }
    String text = texts.joined();
    if (!extraText.isEmpty()) {
      text = text.isEmpty() ? String.join("\n", extraText) : text + "\n" + String.join("\n", extraText);
    }
    Task task = Task.builder()
        .section(section)
        .number(number)
        .text(text)
        .responsibleUnits(units)
        .deadline(deadline.map(Deadline::of))
        .targets(targets)
        .outcome(Outcome.builder().narrative(narratives.joined()).measures(measures).build())
        .build();
    Optional<Status> sectionStatus = section.map(s -> sectionStatuses.computeIfAbsent(s, StatusCues::ofHeading));
    return TaskExtractor.standard().extract(parsed.dueAtThePlansEnd(task), sectionStatus, year, period, sheetUnit);
  }

  /**
   * The pieces of a task's text or narrative: sub-rows of a merged 序号 add pieces (one per line,
   * a value merged over them once), a row continued after a page break extends the last piece.
   */
  private static final class Parts {
    final List<String> pieces = new ArrayList<>(1);
    boolean continuing;

    void add(String piece) {
      if (continuing && !pieces.isEmpty()) {
        pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + piece);
      } else if (!pieces.contains(piece)) {
        pieces.add(piece);
      }
    }

    String joined() {
      return pieces.size() == 1 ? pieces.get(0) : String.join("\n", pieces);
    }
  }

  /** A cell as words: a number as written, a percentage with its sign (0.828 shown as 82.8% is 82.8%). */
  private static String words(Cell cell) {
    if (cell.isNumber() && cell.format == Cell.Format.PERCENT) {
      return Cell.strip(cell.number.movePointRight(2)).toPlainString() + "%";
    }
    return cell.text.strip();
  }

  private void addNarrative(Parts narratives, Cell cell, Set<Integer> mergesSeen) {
    if (cell == null || cell.isBlank() || cell.merge >= 0 && !mergesSeen.add(cell.merge)) {
      return;
    }
    narratives.add(cell.text.strip());
  }

  /** Splits 区发改委、区统计局 (or with commas, semicolons, slashes, spaces) into units. */
  private static void split(String units, Set<String> out) {
    int start = -1;
    for (int i = 0; i <= units.length(); i++) {
      char c = i < units.length() ? units.charAt(i) : ' ';
      boolean separator = c == '、' || c == '，' || c == ',' || c == '；' || c == ';' || c == '/'
          || Character.isWhitespace(c) || c == '\u3000';
      if (separator) {
        if (start >= 0) {
          out.add(units.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
  }

  /** Targets and measures from the target, actual and ratio columns of one row. */
  private void numbers(RawSheet.Row row, String metric, String subject, Unit columnUnit, List<Target> targets,
      List<Measure> measures, List<String> extraText, Parts narratives) {
    Cell targetCell = cell(row, ExcelColumn.TARGET);
    Cell actualCell = cell(row, ExcelColumn.ACTUAL);
    Cell ratioCell = cell(row, ExcelColumn.RATIO);
    Optional<CellNumbers.Read> target = CellNumbers.read(targetCell, columnUnit);
    Optional<CellNumbers.Read> actual = CellNumbers.read(actualCell, columnUnit);
    Kind targetKind = null;
    Unit targetUnit = null;
    if (target.isPresent()) {
      CellNumbers.Read t = target.get();
      targetKind = CellNumbers.kind(t.unit, subject, t.kindWord);
      targetUnit = t.unit;
      Target.Builder b = Target.builder().metric(metric).kind(targetKind).bound(t.bound)
          .quantity(Quantity.of(t.value, t.unit)).firm(t.firm);
      b.text(targetCell.text.strip()); // the words as written, for a numeric cell its digits
      targets.add(b.build());
    } else if (targetCell != null && !targetCell.isBlank()) {
      extraText.add(metric.isEmpty() ? targetCell.text.strip() : metric + "：" + targetCell.text.strip());
    }
    if (actual.isPresent()) {
      CellNumbers.Read a = actual.get();
      Kind kind = targetKind != null && targetUnit.isCommensurableWith(a.unit) && a.kindWord.isEmpty()
          ? targetKind : CellNumbers.kind(a.unit, subject, a.kindWord);
      Measure.Builder b = Measure.builder().metric(metric).kind(kind).quantity(Quantity.of(a.value, a.unit))
          .estimated(a.estimated || actualHeader.contains("预计")).approximate(a.approximate);
      b.text(actualCell.text.strip()); // the words as written, for a numeric cell its digits
      measures.add(b.build());
    } else if (actualCell != null && !actualCell.isBlank()) {
      narratives.add(metric.isEmpty() ? actualCell.text.strip() : metric + "：" + actualCell.text.strip());
    }
    if (ratioCell != null && !ratioCell.isBlank()) {
      Optional<BigDecimal> rate = ratio(ratioCell, target, actual);
      if (rate.isPresent()) {
        Measure.Builder b = Measure.builder().metric(metric).kind(Kind.LEVEL)
            .quantity(Quantity.of(rate.get(), Unit.PERCENT)).role(Role.COMPLETION_RATE);
        b.text(ratioCell.text.strip());
        measures.add(b.build());
      } else {
        narratives.add(metric.isEmpty() ? ratioCell.text.strip() : metric + "：" + ratioCell.text.strip());
      }
    }
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * A completion rate in percent. A plain number without a percent sign or format is a fraction
   * when it agrees with actual / target as a fraction better than as a percentage, or, with nothing
   * to check it against, when it is at most 2 (no plan is done 200 times over, but 1.5% is a
   * plausible early rate only with a percent sign).
   */
  private static Optional<BigDecimal> ratio(Cell cell, Optional<CellNumbers.Read> target,
      Optional<CellNumbers.Read> actual) {
    Optional<CellNumbers.Read> read = CellNumbers.read(cell, Unit.NONE);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    CellNumbers.Read r = read.get();
    if (r.unit.equals(Unit.PERCENT)) {
      return Optional.of(r.value);
    }
    if (!r.unit.equals(Unit.NONE)) {
      return Optional.empty();
    }
    BigDecimal v = r.value;
    if (target.isPresent() && actual.isPresent() && target.get().value.signum() != 0
        && target.get().unit.equals(actual.get().unit)) {
      BigDecimal share = actual.get().value.divide(target.get().value, 6, RoundingMode.HALF_EVEN);
      BigDecimal asFraction = share.subtract(v).abs();
      BigDecimal asPercent = share.multiply(HUNDRED).subtract(v).abs();
      return Optional.of(asFraction.compareTo(asPercent.divide(HUNDRED)) <= 0 ? Cell.strip(v.movePointRight(2)) : v);
    }
    return Optional.of(v.compareTo(BigDecimal.valueOf(2)) <= 0 ? Cell.strip(v.movePointRight(2)) : v);
  }

  private Task fromRecord(RawSheet.Row row, int number) {
    StringBuilder record = new StringBuilder();
    for (int c = machineColumn; c < row.cells.length; c++) {
      Cell cell = row.get(c);
      if (cell == null) {
        break;
      }
      record.append(cell.text);
    }
    if (record.length() == 0) {
      return null;
    }
    Records.Decoded decoded;
    try {
      decoded = Records.decode(record.toString());
    } catch (RuntimeException damaged) {
      throw new Fault(sheetName + "!" + CellReference.convertNumToColString(machineColumn) + (row.index + 1),
          "the hidden task record is damaged (" + damaged.getMessage() + ")", damaged);
    }
    String text = text(row, ExcelColumn.TASK);
    String narrative = text(row, ExcelColumn.NARRATIVE);
    if (!decoded.digest.equals(Records.digest(number, text, narrative))) {
      return null; // edited by hand since written: read the row as a person left it
    }
    return decoded.toTask(number, text, narrative);
  }
}
