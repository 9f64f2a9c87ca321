package io.github.workreport.excel;

import io.github.workreport.Status;

/**
 * The colour of each {@link Status}, one palette for every output (the workbook's fills, and any
 * HTML or terminal rendering that wants to match it): greens for targets met, yellow for close,
 * blue for still running, red for missed, grey for unknown. Light enough that black text on them
 * stays readable.
 */
public final class StatusPalette {
  private StatusPalette() {}

  /**
   * The colour of {@code status} as {@code 0xRRGGBB}.
   *
   * @param status a status
   * @return the colour
   */
  public static int rgb(Status status) {
    switch (status) {
      case EXCEEDED: return 0x9BD6A4;
      case MET: return 0xC6EFCE;
      case BASICALLY_MET: return 0xFFEB9C;
      case ONGOING: return 0xBDD7EE;
      case NOT_MET: return 0xFFC7CE;
      default: return 0xD9D9D9;
    }
  }

  /**
   * The colour of {@code status} as {@code #RRGGBB}.
   *
   * @param status a status
   * @return the colour, such as {@code #C6EFCE}
   */
  public static String hex(Status status) {
    return String.format("#%06X", rgb(status));
  }
}
