package io.github.workreport.excel;

/**
 * What a column of a task table holds, recognized from its header. {@link ExcelLayout} lists the
 * headers that name each column; the reader matches them ignoring spaces, line breaks and
 * punctuation, and by the words a header contains (落实进展情况 is a {@link #NARRATIVE}).
 */
public enum ExcelColumn {
  /** 序号, 编号: the task's number. */
  NUMBER,
  /** 类别, 完成状态: the section a task belongs to, such as 已完成. */
  SECTION,
  /** 主要任务, 工作任务, 任务内容, 重点工作, 项目名称: the task text. */
  TASK,
  /** 责任单位, 牵头单位, 责任部门: the responsible units, the lead first. */
  UNITS,
  /** 配合单位, 协办单位: further responsible units, after the lead. */
  SUPPORTING_UNITS,
  /** 完成情况, 落实情况, 进展情况, 落实情况及下一步工作: the narrative. */
  NARRATIVE,
  /** 完成时限: the deadline. */
  DEADLINE,
  /** 考核指标, 指标名称, 项目: the metric of a row whose numbers stand in columns of their own. */
  ITEM,
  /** 单位, 计量单位: the unit of the target and actual columns. */
  UNIT,
  /** 工作目标, 目标任务, 年度目标: the target value. */
  TARGET,
  /** 已完成数, 实际完成, 完成值, 1-8月实际完成: the achieved value. */
  ACTUAL,
  /** 占年任务之比, 完成率: the achieved share of the target. */
  RATIO,
  /** 备注: remarks, which may give the unit or the responsible unit. */
  REMARK
}
