package org.impsci.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
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
}
