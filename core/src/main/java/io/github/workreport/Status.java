package io.github.workreport;

/**
 * How a task turned out, best to worst: {@link #EXCEEDED} 超额完成, {@link #MET} 完成, {@link
 * #BASICALLY_MET} 基本完成, {@link #ONGOING} 持续推进, {@link #NOT_MET} 未完成; and {@link
 * #UNDETERMINED} where there is neither evidence nor a claim. {@code UNDETERMINED} stands outside
 * the order: it is neither better nor worse than any other status.
 */
public enum Status {
  /** 超额完成: the achieved value beats the target. */
  EXCEEDED("超额完成"),
  /** 完成: the target is reached. */
  MET("完成"),
  /** 基本完成: close to the target, within the policy's tolerance. */
  BASICALLY_MET("基本完成"),
  /** 持续推进: short of the target, but the task is still running. */
  ONGOING("持续推进"),
  /** 未完成: short of the target, and the task's time is up. */
  NOT_MET("未完成"),
  /** 无法判定: no evidence and no claim. */
  UNDETERMINED("无法判定");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  /** The Chinese label, such as 基本完成. @return the label */
  public String label() {
    return label;
  }

  /** Whether this is one of the ordered statuses, i.e. not {@link #UNDETERMINED}. @return true if determined */
  public boolean isDetermined() {
    return this != UNDETERMINED;
  }

  /**
   * Whether this status is strictly better than {@code other}; false when either is {@link
   * #UNDETERMINED}.
   *
   * @param other another status
   * @return true if better
   */
  public boolean isBetterThan(Status other) {
    return isDetermined() && other.isDetermined() && ordinal() < other.ordinal();
  }

  /**
   * The weaker of two statuses; an {@link #UNDETERMINED} side gives way to a determined one.
   *
   * @param a a status
   * @param b another status
   * @return the weaker
   */
  public static Status weaker(Status a, Status b) {
    if (!a.isDetermined()) {
      return b;
    }
    if (!b.isDetermined()) {
      return a;
    }
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
