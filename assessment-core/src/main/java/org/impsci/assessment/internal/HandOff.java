package org.impsci.assessment.internal;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands items from the calling thread to one worker thread, in order, through a small bounded
 * queue: the producer (say, a file reader) and the consumer (say, aggregation) then run on two
 * cores at once while memory stays bounded. Hand over items that are worth a trip between threads,
 * such as blocks of rows. An exception in the consumer is rethrown to the producer at its next
 * {@link #accept} or at {@link #close}.
 *
 * @param <T> the items
 */
public final class HandOff<T> implements Consumer<T>, AutoCloseable {
  private static final int QUEUED_ITEMS = 8;

  /** The items, and an empty one after the last. */
  private final BlockingQueue<Optional<T>> queue = new ArrayBlockingQueue<>(QUEUED_ITEMS);
  private final Thread worker;
  private volatile Throwable failure;
  private boolean closed;
  private boolean reported;

  /** Starts the worker thread that feeds every item to {@code consumer}. */
  public HandOff(Consumer<? super T> consumer, String threadName) {
    worker =
        new Thread(
            () -> {
              try {
                for (Optional<T> item = queue.take(); item.isPresent(); item = queue.take()) {
                  consumer.accept(item.get());
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

  /** Queues an item (not null) for the worker. */
  @Override
  public void accept(T item) {
    rethrow();
    put(Optional.of(item));
  }

  /** Marks the end, waits for the worker, and rethrows its failure unless already thrown. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    put(Optional.empty());
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the worker", e);
    }
    rethrow();
  }

  private void put(Optional<T> item) {
    try {
      while (!queue.offer(item, 10, TimeUnit.MILLISECONDS)) {
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
