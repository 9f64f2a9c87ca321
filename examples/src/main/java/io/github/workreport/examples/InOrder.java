package io.github.workreport.examples;

import io.github.workreport.Task;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Finishes tasks on several threads and hands them out in document order: the source is read on
 * the calling thread (reading is sequential), each task's remaining work — extraction, then
 * classification — runs in batches on a pool, and at most a few batches per thread are in flight, so
 * memory holds some thousand tasks whatever the size of the report. A report of one batch or less,
 * or one thread, runs on the calling thread alone: no pool is started.
 *
 * <p>The calling thread is one of the threads asked for: it reads the source and writes what it is
 * handed, so the pool has one thread fewer. With as many workers as processors beside a busy
 * caller, a cold run was slower than on one thread — the JIT compiler and the collector lost their
 * core (two processors, 300 000 tasks to JSON: 9.0 s on one thread, 10.7–11.6 s with two workers
 * and the caller, 9.3–9.9 s with one worker and the caller).
 */
final class InOrder implements Iterator<Task>, AutoCloseable {
  /** Tasks per unit of work: large enough that handing over costs nothing next to the work. */
  static final int BATCH = 256;

  private final Iterator<Supplier<Task>> source;
  private final UnaryOperator<Task> finish;
  private final int threads;
  private final ArrayDeque<Future<List<Task>>> inFlight = new ArrayDeque<>();
  private ExecutorService pool;
  private Iterator<Task> current = Collections.emptyIterator();

  /**
   * @param source the tasks, each as the work that produces it
   * @param finish what to do to each task produced (classify it), on the same thread
   * @param threads the threads to use, 1 for the calling thread only
   */
  InOrder(Iterator<Supplier<Task>> source, UnaryOperator<Task> finish, int threads) {
    this.source = source;
    this.finish = finish;
    this.threads = Math.max(1, threads);
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      List<Supplier<Task>> batch = take();
      if (pool == null && (threads == 1 || batch.isEmpty() || !source.hasNext()) && inFlight.isEmpty()) {
        // One thread, or the whole report in one batch: no pool.
        if (batch.isEmpty()) {
          return false;
        }
        current = run(batch).iterator();
        continue;
      }
      if (!batch.isEmpty()) {
        submit(batch);
      }
      while (inFlight.size() < 2 * threads && source.hasNext()) {
        submit(take());
      }
      if (inFlight.isEmpty()) {
        return false;
      }
      current = await(inFlight.poll()).iterator();
    }
    return true;
  }

  @Override
  public Task next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  private List<Supplier<Task>> take() {
    List<Supplier<Task>> batch = new ArrayList<>(BATCH);
    while (batch.size() < BATCH && source.hasNext()) {
      batch.add(source.next());
    }
    return batch;
  }

  private List<Task> run(List<Supplier<Task>> batch) {
    List<Task> done = new ArrayList<>(batch.size());
    for (Supplier<Task> work : batch) {
      done.add(finish.apply(work.get()));
    }
    return done;
  }

  private void submit(List<Supplier<Task>> batch) {
    if (pool == null) {
      pool = Executors.newFixedThreadPool(threads - 1, runnable -> {
        Thread thread = new Thread(runnable, "workreport-task");
        thread.setDaemon(true);
        return thread;
      });
    }
    inFlight.add(pool.submit(() -> run(batch)));
  }

  private static List<Task> await(Future<List<Task>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Stops the pool; work still in flight is abandoned. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
