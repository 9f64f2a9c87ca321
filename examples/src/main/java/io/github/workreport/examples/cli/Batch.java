package io.github.workreport.examples.cli;

import io.github.workreport.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads and classifies reports in parallel — they are independent — and returns the results in
 * the order of the inputs, whatever order they finish in.
 */
final class Batch {
  /** A report, or why it could not be read. */
  static final class Result {
    final int index;
    final Input input;
    final Report report;
    final Throwable error;

    Result(int index, Input input, Report report, Throwable error) {
      this.index = index;
      this.input = input;
      this.report = report;
      this.error = error;
    }
  }

  private Batch() {}

  static List<Result> run(List<Input> inputs, Function<Input, Report> work, int threads, Progress progress) {
    int pool = Math.max(1, Math.min(threads, inputs.size()));
    if (pool == 1) {
      List<Result> results = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        results.add(one(i, inputs.get(i), work, progress));
      }
      return results;
    }
    ExecutorService executor = Executors.newFixedThreadPool(pool, runnable -> {
      Thread thread = new Thread(runnable, "workreport-classify");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Result>> futures = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        int index = i;
        futures.add(executor.submit(() -> one(index, inputs.get(index), work, progress)));
      }
      List<Result> results = new ArrayList<>();
      for (Future<Result> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // one() catches everything; this is only reached if it did not.
      throw new IllegalStateException(e.getCause());
    } finally {
      executor.shutdownNow();
    }
  }

  private static Result one(int index, Input input, Function<Input, Report> work, Progress progress) {
    try {
      return new Result(index, input, work.apply(input), null);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return new Result(index, input, null, e);
    } finally {
      progress.step();
    }
  }
}
