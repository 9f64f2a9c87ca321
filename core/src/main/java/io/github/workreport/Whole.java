package io.github.workreport;

/**
 * What a target written in percent is a share of, when it is a share of something other than its
 * metric's own measure: {@code 完成全年目标任务的100%} is a share of the task itself ({@link #TASK}),
 * while {@code 森林覆盖率达到45%} is a rate of its metric and has no value of this type ({@link
 * Target#shareOf()} is empty).
 *
 * <p>The reader decides it from the words; the rules only compare it. A completion rate in the
 * narrative (完成目标任务的102%) is judged against a share of the task, not against the whole.
 */
public enum Whole {
  /** The task itself, its plan or its target: 完成全年目标任务的100%, 完成年度计划的95%. */
  TASK
}
