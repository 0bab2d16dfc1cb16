package org.impsci.assessment.internal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The hand-off to a worker thread keeps order and reports the worker's failure. */
class HandOffTest {

  @Test
  void everyItemArrivesInOrderOnTheWorker() {
    List<Integer> seen = new ArrayList<>();
    List<String> threads = new ArrayList<>();
    try (HandOff<Integer> handOff =
        new HandOff<>(
            i -> {
              seen.add(i);
              if (threads.isEmpty()) {
                threads.add(Thread.currentThread().getName());
              }
            },
            "worker")) {
      for (int i = 0; i < 10_000; i++) {
        handOff.accept(i);
      }
    }
    assertThat(seen).hasSize(10_000);
    for (int i = 0; i < seen.size(); i++) {
      assertThat(seen.get(i)).isEqualTo(i);
    }
    assertThat(threads).containsExactly("worker");
  }

  @Test
  void aFailureOnTheWorkerReachesTheProducer() {
    assertThatThrownBy(
            () -> {
              try (HandOff<Integer> handOff =
                  new HandOff<>(
                      i -> {
                        if (i == 5000) {
                          throw new IllegalStateException("boom at " + i);
                        }
                      },
                      "worker")) {
                for (int i = 0; i < 100_000; i++) {
                  handOff.accept(i);
                }
              }
            })
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("boom at 5000");
  }

  @Test
  void aHostExecutorRunsTheWorker() throws InterruptedException {
    ExecutorService host = Executors.newSingleThreadExecutor(r -> new Thread(r, "host-pool"));
    List<Integer> seen = new ArrayList<>();
    List<String> threads = new ArrayList<>();
    try (HandOff<Integer> handOff =
        new HandOff<>(
            i -> {
              seen.add(i);
              threads.add(Thread.currentThread().getName());
            },
            host)) {
      for (int i = 0; i < 1_000; i++) {
        handOff.accept(i);
      }
    }
    host.shutdown();
    assertThat(host.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).hasSize(1_000).isSorted();
    assertThat(threads).containsOnly("host-pool");
  }

  @Test
  void anExecutorThatRunsOnTheCallingThreadMakesItAPlainCall() {
    List<Integer> seen = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    try (HandOff<Integer> handOff =
        new HandOff<>(
            i -> {
              seen.add(i);
              threads.add(Thread.currentThread());
            },
            Runnable::run)) {
      handOff.accept(1);
      // Consumed at once, before the next item or close.
      assertThat(seen).containsExactly(1);
      handOff.accept(2);
    }
    assertThat(seen).containsExactly(1, 2);
    assertThat(threads).containsOnly(Thread.currentThread());
    assertThatThrownBy(
            () -> {
              try (HandOff<Integer> handOff =
                  new HandOff<>(
                      i -> {
                        throw new IllegalStateException("boom at " + i);
                      },
                      Runnable::run)) {
                handOff.accept(7);
              }
            })
        .hasMessage("boom at 7");
  }
}
