package io.github.workreport.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What classify writes. */
enum OutputFormat {
  /** A readable table and summary. */
  TEXT("txt"),
  /** The workreport/1 JSON format. */
  JSON("json"),
  /** The styled workbook. */
  XLSX("xlsx"),
  /** The self-contained HTML page. */
  HTML("html");

  final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The format a file name's extension names, if any. */
  static Optional<OutputFormat> ofFile(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    for (OutputFormat format : values()) {
      if (name.endsWith("." + format.extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
