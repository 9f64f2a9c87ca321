package io.github.workreport.examples.cli;

import io.github.workreport.Report;
import io.github.workreport.ReportReadException;
import io.github.workreport.examples.WorkReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One report to read: a file, standard input ({@code -}) or the bundled report. */
final class Input {
  /** The extensions a directory is searched for. */
  static final List<String> EXTENSIONS = List.of(".txt", ".csv", ".xlsx", ".xls", ".json", ".pdf", ".docx", ".doc", ".html", ".htm");

  private final String name;
  private final Path path;
  private final boolean stdin;

  private Input(String name, Path path, boolean stdin) {
    this.name = name;
    this.path = path;
    this.stdin = stdin;
  }

  static Input bundled() {
    return new Input(WorkReports.BUNDLED_NAME, null, false);
  }

  static Input stdin() {
    return new Input("<stdin>", null, true);
  }

  static Input file(Path path) {
    return new Input(path.toString(), path, false);
  }

  /** The name in messages and in the combined summary. */
  String name() {
    return name;
  }

  /** The file, if this input is one. */
  Path path() {
    return path;
  }

  /** The file name without its extension, for naming outputs: {@code baqiao-2020}. */
  String stem() {
    String file = path == null ? (stdin ? "stdin" : "baqiao-2020") : String.valueOf(path.getFileName());
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /** Whether this is the bundled report. */
  boolean isBundled() {
    return path == null && !stdin;
  }

  /**
   * The file to read this input from: its own, or for standard input a temporary copy of it, which
   * closing deletes. Not for the bundled report.
   */
  Spooled spool(InputStream in) {
    if (!stdin) {
      return new Spooled(path, null);
    }
    Path copy;
    try {
      copy = Files.createTempFile("workreport-stdin-", ".tmp");
    } catch (IOException e) {
      throw new ReportReadException(name, "", "cannot save standard input to a temporary file: " + e.getMessage(), e);
    }
    try {
      Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(copy);
      throw new ReportReadException(name, "", "cannot read: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      deleteQuietly(copy);
      throw e;
    }
    return new Spooled(copy, copy);
  }

  /** A file to read, and the temporary copy to delete when done, if it is one. */
  static final class Spooled implements AutoCloseable {
    final Path file;
    private final Path temporary;

    Spooled(Path file, Path temporary) {
      this.file = file;
      this.temporary = temporary;
    }

    @Override
    public void close() {
      if (temporary != null) {
        deleteQuietly(temporary);
      }
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A copy left in the temporary directory is no failure of the command.
    }
  }

  /** The report as written, not classified. */
  Report read(InputStream in) {
    if (stdin) {
      return WorkReports.readUnclassified(in, name);
    }
    return path == null ? WorkReports.bundledUnclassified() : WorkReports.readUnclassified(path);
  }

  /**
   * The inputs the arguments name: files as given, {@code -} for standard input, and for a
   * directory the files in it with a supported extension (not hidden, not Office lock files
   * {@code ~$…}), by name.
   *
   * @throws ReportReadException for a directory that cannot be listed or holds no such file
   */
  static List<Input> resolve(List<String> arguments) {
    List<Input> inputs = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(stdin());
        continue;
      }
      Path path = pathOf(argument);
      if (Files.isDirectory(path)) {
        inputs.addAll(list(path));
      } else {
        inputs.add(file(path));
      }
    }
    return inputs;
  }

  /** The input an argument names: {@code -} for standard input, else a file. */
  static Input of(String argument) {
    return argument.equals("-") ? stdin() : file(pathOf(argument));
  }

  /** Whether an argument names a directory. */
  static boolean isDirectory(String argument) {
    return !argument.equals("-") && Files.isDirectory(pathOf(argument));
  }

  private static Path pathOf(String argument) {
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      throw new ReportReadException(argument, "", "not a file name: " + e.getReason(), e);
    }
  }

  private static List<Input> list(Path directory) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        String file = String.valueOf(entry.getFileName());
        String lower = file.toLowerCase(Locale.ROOT);
        if (!file.startsWith(".") && !file.startsWith("~$") && Files.isRegularFile(entry)
            && EXTENSIONS.stream().anyMatch(lower::endsWith)) {
          files.add(entry);
        }
      }
    } catch (IOException e) {
      throw new ReportReadException(directory.toString(), "", "cannot list the directory: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new ReportReadException(directory.toString(), "", "no .txt, .csv, .xlsx, .xls, .json, .pdf, .docx, .doc or .html file in the directory");
    }
    files.sort(null);
    List<Input> inputs = new ArrayList<>();
    files.forEach(f -> inputs.add(file(f)));
    return inputs;
  }
}
