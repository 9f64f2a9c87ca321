package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Report;
import io.github.workreport.Task;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million tasks written and read back one at a time in a heap of 256 MB, a document larger than
 * the heap itself. Runs in its own surefire execution with {@code -Xmx256m} (see the pom); the
 * default execution leaves it out.
 */
class MillionTaskScaleTest {
  private static final int TASKS = 1_000_000;
  private static final long HEAP_BOUND = 256L * 1024 * 1024;

  @Test
  void aMillionTasksWriteAndReadInA256MegabyteHeap(@TempDir Path dir) throws IOException {
    long maxHeap = Runtime.getRuntime().maxMemory();
    assertThat(maxHeap).as("run with -Xmx256m").isLessThanOrEqualTo(HEAP_BOUND);
    Path file = dir.resolve("million.json");
    Report header = Fixtures.header().build();
    long start = System.nanoTime();

    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        TaskWriter writer = ReportJson.taskWriter(header, out, ReportJsonFeature.COMPACT_OUTPUT)) {
      Fixtures.manyTasks(TASKS).forEach(task -> {
        writer.write(task);
        if (writer.written() % 10_000 == 0) {
          sample();
        }
      });
    }
    long written = System.nanoTime();
    long size = Files.size(file);

    long count = 0;
    List<Task> cycle = Fixtures.richTasks();
    try (TaskStream in = ReportJson.streamTasks(file)) {
      assertThat(in.header()).isEqualTo(header);
      for (Iterator<Task> tasks = in.iterator(); tasks.hasNext(); count++) {
        Task task = tasks.next();
        if (count % 10_000 == 0) {
          sample();
        }
        Task expected = cycle.get((int) (count % cycle.size())).withNumber((int) (count + 1));
        if (!task.equals(expected)) {
          assertThat(task).as("task %d", count).isEqualTo(expected);
        }
      }
      assertThat(in.isComplete()).isTrue();
    }
    long read = System.nanoTime();

    assertThat(count).isEqualTo(TASKS);
    // The document would not fit in this heap even as bytes, let alone as a million Task objects.
    assertThat(size).isGreaterThan(maxHeap);
    System.out.printf("%,d tasks, %,d bytes, max heap %,d MB, most heap in use (sampled) %,d MB; write %.1f s, read %.1f s%n",
        count, size, maxHeap >> 20, peakUsed >> 20, (written - start) / 1e9, (read - written) / 1e9);
  }

  private long peakUsed;

  /** Samples the heap in use; called every few thousand tasks. */
  private void sample() {
    Runtime runtime = Runtime.getRuntime();
    peakUsed = Math.max(peakUsed, runtime.totalMemory() - runtime.freeMemory());
  }
}
