package io.github.workreport;

/** What a number in a narrative stands for. */
public enum Role {
  /** A value achieved: 完成 542.06 亿元, 增长 8.5%. */
  ACHIEVED,
  /** A revised target: 增速由 6% 调整为 0.08% gives 0.08%. */
  REVISED_TARGET,
  /** A completion rate against the target: 完成目标任务 116.89%, 占年任务 62%. */
  COMPLETION_RATE
}
