package io.github.workreport.excel;

import io.github.workreport.text.TableHeaders;
import io.github.workreport.text.TableTextFormat;
import io.github.workreport.text.TableTextFormat.Column;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognizes column headers: a layout's own names and the columns only a workbook has ignoring
 * spaces, punctuation and width, the rest by the vocabulary the text reader shares ({@link
 * TableHeaders}).
 */
final class Headers {
  private Headers() {}

  /** The header words the text reader reads its tables with. */
  static final TableHeaders WORDS = TableHeaders.of(TableTextFormat.DEFAULT);

  /** Headers longer than this (after normalizing) are data, not headers. */
  static final int MAX_HEADER_LENGTH = 16;

  private static final Set<String> NUMBER = Set.of("序号", "编号", "序", "号", "序列号", "排序", "顺序号", "no", "id");
  private static final Set<String> SECTION = Set.of("类别", "分类", "类型", "完成状态", "状态", "任务类别",
      "任务分类", "任务类型", "进度状态", "完成类别", "所属类别", "推进状态");
  private static final Set<String> UNIT = Set.of("单位", "计量单位", "计算单位");
  private static final Set<String> REMARK = Set.of("备注", "附注", "备考");
  /** Header names that mean the target in a numeric layout and the task text otherwise. */
  private static final Set<String> TARGET_OR_TASK = Set.of("目标任务", "工作目标", "年度目标任务", "工作目标任务",
      "目标", "年度工作目标", "主要目标任务");

  static String normalize(String header) {
    StringBuilder out = new StringBuilder(header.length());
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0); // full-width ASCII
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "()（）[]【】〔〕<>《》、:：*※.．·'\"“”‘’,，;；/_-—".indexOf(c) >= 0) {
        continue;
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** Whether a normalized header is one that names a target in numeric layouts, the task otherwise. */
  static boolean isTargetOrTask(String h) {
    return TARGET_OR_TASK.contains(h);
  }

  /**
   * A header as the shared vocabulary reads it: full-width ASCII folded and white space (line
   * breaks in a cell included) dropped, but brackets and dashes kept, since they hold a unit
   * (年度计划投资（万元）) and a period (1-9月完成).
   */
  static String compact(String header) {
    StringBuilder out = new StringBuilder(header.length());
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E' && c != '（' && c != '）') {
        c = (char) (c - 0xFEE0); // full-width ASCII, but not the brackets the text reader's words are written with
      }
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The column a header names, or {@code null}. The columns only a workbook has (类别, 完成率, 单位,
   * 备注, an indicator's 考核指标) come first; then the vocabulary the text reader shares ({@link
   * TableHeaders}: 主要任务, 牵头单位, 截至9月底进展情况, 年度计划投资（万元）, 1-9月完成投资（万元） …); then the
   * looser words workbooks are found to use (情况, 部门, 举措).
   */
  static ExcelColumn classify(String raw, Map<ExcelColumn, List<String>> extra) {
    String h = normalize(raw);
    if (h.isEmpty() || h.length() > MAX_HEADER_LENGTH) {
      return null;
    }
    for (Map.Entry<ExcelColumn, List<String>> e : extra.entrySet()) {
      if (e.getValue().contains(h)) {
        return e.getKey();
      }
    }
    if (NUMBER.contains(h) || h.startsWith("序号") && h.length() <= 4) {
      return ExcelColumn.NUMBER;
    }
    if (SECTION.contains(h)) {
      return ExcelColumn.SECTION;
    }
    if (has(h, "完成率", "之比", "完成比例", "完成比重", "占比", "百分比", "进度%", "完成%")) {
      return ExcelColumn.RATIO;
    }
    if (UNIT.contains(h)) {
      return ExcelColumn.UNIT;
    }
    if (TARGET_OR_TASK.contains(h) || has(h, "任务数")) {
      return ExcelColumn.TARGET;
    }
    if (REMARK.contains(h)) {
      return ExcelColumn.REMARK;
    }
    Column shared = WORDS.column(compact(raw)).orElse(null);
    if (shared != null) {
      return of(shared, h);
    }
    if (has(h, "期限", "完成日期", "完成时序")) {
      return ExcelColumn.DEADLINE;
    }
    if (has(h, "协办", "协同", "参加单位")) {
      return ExcelColumn.SUPPORTING_UNITS;
    }
    if (has(h, "单位", "部门", "责任主体", "牵头")) {
      return ExcelColumn.UNITS;
    }
    if (has(h, "情况", "成效")) {
      return ExcelColumn.NARRATIVE;
    }
    if (has(h, "任务", "内容", "举措", "措施")) {
      return ExcelColumn.TASK;
    }
    return null;
  }

  /**
   * The workbook's column for a column of the shared vocabulary, which bears the same name but for
   * two: an indicator's name is an item, and the unit of measure is the unit column.
   */
  private static ExcelColumn of(Column column, String h) {
    switch (column) {
      case TASK:
        return has(h, "指标") || h.equals("项目") || h.equals("考核项目") ? ExcelColumn.ITEM : ExcelColumn.TASK;
      case MEASURE_UNIT:
        return ExcelColumn.UNIT;
      default:
        return ExcelColumn.valueOf(column.name()); // NUMBER, UNITS, SUPPORTING_UNITS, DEADLINE, NARRATIVE, TARGET, ACTUAL
    }
  }

  private static boolean has(String h, String... words) {
    for (String w : words) {
      if (h.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
