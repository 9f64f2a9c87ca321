package io.github.workreport;

/**
 * Progress of a running task with a cumulative target against the pro-rata target (序时进度): the
 * share of the target that the elapsed time calls for.
 */
public enum Pace {
  /** 超进度: beyond the pro-rata target. */
  AHEAD("超进度"),
  /** 达进度: at the pro-rata target, within the policy's tolerance. */
  ON_PACE("达进度"),
  /** 欠进度: behind the pro-rata target. */
  BEHIND("欠进度");

  private final String label;

  Pace(String label) {
    this.label = label;
  }

  /** The Chinese label, such as 欠进度. @return the label */
  public String label() {
    return label;
  }
}
