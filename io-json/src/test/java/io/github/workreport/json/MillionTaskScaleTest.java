package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Report;
import io.github.workreport.Task;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A million tasks written and read back one at a time in a heap of 256 MB: a document larger than
 * the heap itself, written by a {@link TaskWriter} in one thread and read by a {@link TaskStream} in
 * another through a pipe, so that the test needs neither a gigabyte of disk nor the time to write
 * it. Runs in its own surefire execution with {@code -Xmx256m} (see the pom); the default execution
 * leaves it out.
 */
class MillionTaskScaleTest {
  private static final int TASKS = 1_000_000;
  private static final long HEAP_BOUND = 256L * 1024 * 1024;

  private volatile long peakUsed;

  @Test
  void aMillionTasksWriteAndReadInA256MegabyteHeap() throws Exception {
    long maxHeap = Runtime.getRuntime().maxMemory();
    assertThat(maxHeap).as("run with -Xmx256m").isLessThanOrEqualTo(HEAP_BOUND);
    Report header = Fixtures.header().build();
    PipedInputStream pipeIn = new PipedInputStream(1 << 20);
    PipedOutputStream pipeOut = new PipedOutputStream(pipeIn);
    long[] bytes = new long[1];
    ExecutorService writerThread = Executors.newSingleThreadExecutor();
    long start = System.nanoTime();

    Future<Long> written = writerThread.submit(() -> {
      try (OutputStream out = counting(pipeOut, bytes);
          TaskWriter writer = ReportJson.taskWriter(header, out, ReportJsonFeature.COMPACT_OUTPUT)) {
        Fixtures.manyTasks(TASKS).forEach(writer::write);
        return writer.written();
      }
    });

    long count = 0;
    List<Task> cycle = Fixtures.richTasks();
    try (TaskStream in = ReportJson.streamTasks(pipeIn)) {
      assertThat(in.header()).isEqualTo(header);
      for (Iterator<Task> tasks = in.iterator(); tasks.hasNext(); count++) {
        Task task = tasks.next();
        Task expected = cycle.get((int) (count % cycle.size())).withNumber((int) (count + 1));
        if (!task.equals(expected)) {
          assertThat(task).as("task %d", count).isEqualTo(expected);
        }
        if (count % 10_000 == 0) {
          sample();
        }
      }
      assertThat(in.isComplete()).isTrue();
    } finally {
      pipeIn.close();
      writerThread.shutdown();
    }
    assertThat(written.get(1, TimeUnit.MINUTES)).isEqualTo(TASKS);
    assertThat(writerThread.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    long elapsed = System.nanoTime() - start;

    assertThat(count).isEqualTo(TASKS);
    // The document would not fit in this heap even as bytes, let alone as a million Task objects.
    assertThat(bytes[0]).isGreaterThan(maxHeap);
    System.out.printf("%,d tasks, %,d bytes, max heap %,d MB, most heap in use (sampled) %,d MB;"
        + " written and read concurrently in %.1f s%n", count, bytes[0], maxHeap >> 20, peakUsed >> 20, elapsed / 1e9);
  }

  /** Samples the heap in use; called every ten thousand tasks. */
  private void sample() {
    Runtime runtime = Runtime.getRuntime();
    peakUsed = Math.max(peakUsed, runtime.totalMemory() - runtime.freeMemory());
  }

  private static OutputStream counting(OutputStream out, long[] count) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        count[0] += len;
      }

      @Override
      public void write(int b) throws IOException {
        out.write(b);
        count[0]++;
      }
    };
  }
}
