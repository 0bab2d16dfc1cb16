package org.impsci.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands items from the calling thread to one worker thread, in order, in batches through a small
 * bounded queue: the producer (say, a file reader) and the consumer (say, aggregation) then run on
 * two cores at once while memory stays bounded. An exception in the consumer is rethrown to the
 * producer at its next {@link #accept} or at {@link #close}.
 *
 * @param <T> the items
 */
public final class HandOff<T> implements Consumer<T>, AutoCloseable {
  private static final int QUEUED_BATCHES = 8;

  private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
  private final Thread worker;
  private volatile Throwable failure;
  private final int batchSize;
  private List<T> batch;
  private boolean closed;
  private boolean reported;

  /**
   * Starts the worker thread that feeds every item to {@code consumer}; items travel in batches
   * of {@code batchSize}.
   */
  public HandOff(Consumer<? super T> consumer, int batchSize, String threadName) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("a batch needs at least one item, got " + batchSize);
    }
    this.batchSize = batchSize;
    this.batch = new ArrayList<>(batchSize);
    worker =
        new Thread(
            () -> {
              try {
                for (List<T> items = queue.take(); !items.isEmpty(); items = queue.take()) {
                  items.forEach(consumer);
                }
              } catch (Throwable t) {
                failure = t;
                queue.clear();
              }
            },
            threadName);
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  public void accept(T item) {
    rethrow();
    batch.add(item);
    if (batch.size() == batchSize) {
      put(batch);
      batch = new ArrayList<>(batchSize);
    }
  }

  /** Sends what is left, waits for the worker, and rethrows its failure unless already thrown. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (!batch.isEmpty()) {
      put(batch);
    }
    put(List.of());
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the worker", e);
    }
    rethrow();
  }

  private void put(List<T> items) {
    try {
      while (!queue.offer(items, 10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (failure != null || !worker.isAlive()) {
          rethrow();
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing off work", e);
    }
  }

  /** Throws the worker's failure, once: a later call (say, from close) does not repeat it. */
  private void rethrow() {
    Throwable t = failure;
    if (t == null || reported) {
      return;
    }
    reported = true;
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }
}
