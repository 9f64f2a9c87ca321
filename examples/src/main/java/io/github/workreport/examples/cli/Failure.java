package io.github.workreport.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A failure the command line reports in one line, such as an output that cannot be written. */
final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Failure(String message, Throwable cause) {
    super(message, cause);
  }

  static Failure cannotWrite(Path file, Throwable cause) {
    Throwable io = cause.getCause() instanceof IOException ? cause.getCause() : cause;
    return new Failure(file + ": cannot write: " + reason(io), cause);
  }

  /** What an I/O failure means, without the class name. */
  static String reason(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
