package io.github.workreport.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads and classifies reports in parallel — they are independent — and returns the results in
 * the order of the inputs, whatever order they finish in. The work keeps what the output needs of
 * each report (a row of the combined table), so that a directory of any size is held in memory
 * one report per thread.
 */
final class Batch {
  /** What the work made of one input, or why it failed. */
  static final class Result<R> {
    final int index;
    final Input input;
    final R value;
    final Throwable error;

    Result(int index, Input input, R value, Throwable error) {
      this.index = index;
      this.input = input;
      this.value = value;
      this.error = error;
    }
  }

  private Batch() {}

  static <R> List<Result<R>> run(List<Input> inputs, Function<Input, R> work, int threads, Progress progress) {
    int pool = Math.max(1, Math.min(threads, inputs.size()));
    if (pool == 1) {
      List<Result<R>> results = new ArrayList<>();
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
      List<Future<Result<R>>> futures = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        int index = i;
        futures.add(executor.submit(() -> one(index, inputs.get(index), work, progress)));
      }
      List<Result<R>> results = new ArrayList<>();
      for (Future<Result<R>> future : futures) {
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

  private static <R> Result<R> one(int index, Input input, Function<Input, R> work, Progress progress) {
    try {
      return new Result<>(index, input, work.apply(input), null);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return new Result<>(index, input, null, e);
    } finally {
      progress.step();
    }
  }
}
