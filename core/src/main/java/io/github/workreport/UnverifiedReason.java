package io.github.workreport;

import java.util.Optional;

/**
 * Why a target has no evidence: what a supervisor needs to trust a 无法判定, and what a reader of
 * the code needs to find a miss. The reader that pairs targets with measures gives the reason; the
 * rules add their own when a pair cannot be judged. Each reason has the label the assessments and
 * the JSON format write.
 */
public enum UnverifiedReason {
  /** The narrative reports no number at all. */
  NO_NUMBERS("叙述中无数值"),
  /** The narrative reports numbers, none in a unit comparable with the target's. */
  NO_SAME_UNIT("叙述中无该单位的数值"),
  /** Numbers of the unit are there, but state another kind of thing: a growth for a total, a level for a change. */
  OTHER_KIND("叙述中该单位的数值口径不同"),
  /** Numbers of the unit are there, but each names another subject. */
  OTHER_METRIC("数值属于另一指标"),
  /** The only numbers of the unit count what exists (累计, 现有), the target counts new things (新增, 新建). */
  STOCK_NOT_INCREMENT("存量与增量不可比"),
  /**
   * The only numbers of the unit count work started (开工) or things past a first step of it (完成招标,
   * 选址), the target counts work done.
   */
  STARTED_NOT_DONE("开工数不能说明完成"),
  /** The only numbers of the unit count another kind of work: new things against work on what exists. */
  OTHER_WORK("新建与改造不可比"),
  /** The numbers that fit were taken as the evidence of other targets of the task. */
  TAKEN("可比数值已用于其他目标"),
  /** A number was paired with the target, but the two cannot be compared (a completion rate for a ceiling). */
  INCOMPARABLE("配对的数值无法与目标比较"),
  /** The task is too large to pair its targets and numbers. */
  TOO_LARGE("任务过大，未配对"),
  /** Nothing paired the target: no reader or matcher said why. */
  NOT_MATCHED("未配对");

  private final String label;

  UnverifiedReason(String label) {
    this.label = label;
  }

  /** The reason in Chinese, as assessments and the JSON format write it. @return the label */
  public String label() {
    return label;
  }

  /**
   * The reason whose {@link #label()} is {@code label}.
   *
   * @param label a label such as {@code 叙述中无该单位的数值}
   * @return the reason, or empty if no reason has that label
   */
  public static Optional<UnverifiedReason> ofLabel(String label) {
    for (UnverifiedReason r : values()) {
      if (r.label.equals(label)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
