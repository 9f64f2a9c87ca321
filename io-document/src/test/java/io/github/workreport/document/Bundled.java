package io.github.workreport.document;

import io.github.workreport.Report;
import io.github.workreport.Task;
import io.github.workreport.rules.Classifier;
import io.github.workreport.text.TableText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The bundled report (Baqiao 2020) as the tests of this module read it: from its text table. */
final class Bundled {
  private Bundled() {}

  /** The report as read from its text table, unclassified. */
  static Report unclassified() {
    try (InputStream in = Bundled.class.getResourceAsStream("text/baqiao-2020.txt")) {
      if (in == null) {
        throw new IllegalStateException("test resource text/baqiao-2020.txt is missing");
      }
      return TableText.read(in, "baqiao-2020.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report read and classified with the default policy. */
  static Report classified() {
    return Classifier.standard().classify(unclassified());
  }

  /**
   * A classified report of {@code size} tasks: the bundled tasks repeated and numbered on, for
   * pages far larger than any real report.
   */
  static Report ofSize(int size) {
    Report base = unclassified();
    List<Task> tasks = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      tasks.add(base.tasks().get(i % base.tasks().size()).withNumber(i + 1));
    }
    return Classifier.standard().classify(base.withTasks(tasks));
  }
}
