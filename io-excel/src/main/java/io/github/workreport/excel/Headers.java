package io.github.workreport.excel;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Recognizes column headers by the design's names, ignoring spaces, punctuation and width. */
final class Headers {
  private Headers() {}

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

  /** The column a header names, or {@code null}. */
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
    if (has(h, "时限", "完成时间", "截止时间", "期限", "完成日期", "时间节点", "时间要求", "完成时序")) {
      return ExcelColumn.DEADLINE;
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
    if (has(h, "配合", "协办", "协同", "参与单位", "参加单位")) {
      return ExcelColumn.SUPPORTING_UNITS;
    }
    if (has(h, "单位", "部门", "责任主体", "牵头")) {
      return ExcelColumn.UNITS;
    }
    if (TARGET_OR_TASK.contains(h)) {
      return ExcelColumn.TARGET;
    }
    if (has(h, "完成情况", "进展", "落实", "推进情况", "情况", "完成状况", "工作成效", "主要成效")) {
      return ExcelColumn.NARRATIVE;
    }
    if (has(h, "实际完成", "已完成数", "完成数", "完成值", "实际值", "完成额", "完成量", "实绩", "预计完成", "累计完成")
        || h.matches("\\d{1,2}[至到~]?\\d{0,2}月(份)?(实际)?(完成)?")) {
      return ExcelColumn.ACTUAL;
    }
    if (REMARK.contains(h)) {
      return ExcelColumn.REMARK;
    }
    if (has(h, "指标") || h.equals("项目") || h.equals("考核项目")) {
      return ExcelColumn.ITEM;
    }
    if (has(h, "目标值", "年度目标", "全年目标", "计划数", "预期目标", "计划目标", "目标数", "任务数") || h.equals("计划")) {
      return ExcelColumn.TARGET;
    }
    if (has(h, "任务", "重点工作", "工作内容", "项目名称", "事项", "工作要点", "主要工作", "内容", "举措", "措施")) {
      return ExcelColumn.TASK;
    }
    return null;
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
