package io.github.workreport.examples.cli;

import io.github.workreport.Status;

/** ANSI colours, or none: one place decides, so that piped output never holds an escape. */
final class Style {
  static final String RESET = "\u001B[0m";
  static final String BOLD = "1";
  static final String DIM = "2";
  static final String RED = "31";
  static final String GREEN = "32";
  static final String YELLOW = "33";
  static final String CYAN = "36";
  static final String BOLD_GREEN = "1;32";
  static final String BOLD_RED = "1;31";

  private final boolean enabled;

  Style(boolean enabled) {
    this.enabled = enabled;
  }

  boolean enabled() {
    return enabled;
  }

  String paint(String colour, String text) {
    return enabled && colour != null && !text.isEmpty() ? "\u001B[" + colour + "m" + text + RESET : text;
  }

  String bold(String text) {
    return paint(BOLD, text);
  }

  String dim(String text) {
    return paint(DIM, text);
  }

  /** The colour of a status: green for met and better, yellow and cyan on the way, red for not met. */
  static String of(Status status) {
    switch (status) {
      case EXCEEDED: return BOLD_GREEN;
      case MET: return GREEN;
      case BASICALLY_MET: return YELLOW;
      case ONGOING: return CYAN;
      case NOT_MET: return BOLD_RED;
      default: return DIM;
    }
  }
}
