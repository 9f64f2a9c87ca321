package io.github.workreport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Outcome;
import io.github.workreport.Status;
import io.github.workreport.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InOrderTest {

  /** Tasks come out in document order whatever the threads, and the caller is one of the threads asked for. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void tasksComeOutInOrderOnAtMostTheThreadsAskedFor(int threads) {
    int count = 10 * InOrder.BATCH + 17;
    List<Supplier<Task>> work = new ArrayList<>();
    Set<Thread> workers = ConcurrentHashMap.newKeySet();
    for (int i = 1; i <= count; i++) {
      int number = i;
      work.add(() -> {
        workers.add(Thread.currentThread());
        return Task.builder().number(number).text("任务" + number).outcome(Outcome.of("", Status.UNDETERMINED)).build();
      });
    }
    List<Integer> numbers = new ArrayList<>();
    try (InOrder tasks = new InOrder(work.iterator(), t -> t, threads)) {
      tasks.forEachRemaining(t -> numbers.add(t.number()));
    }
    assertThat(numbers).hasSize(count).isSorted();
    assertThat(numbers.get(count - 1)).isEqualTo(count);
    // The calling thread reads and hands out; the pool has the others, if any.
    assertThat(workers).hasSizeLessThanOrEqualTo(Math.max(1, threads - 1));
    if (threads == 1) {
      assertThat(workers).containsExactly(Thread.currentThread());
    } else {
      assertThat(workers).allMatch(thread -> thread.getName().equals("workreport-task"));
    }
  }
}
