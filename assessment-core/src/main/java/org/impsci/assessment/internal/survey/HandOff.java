package org.impsci.assessment.internal.survey;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands items from the calling thread to one worker, in order, through a small bounded queue: the
 * producer (say, a file reader) and the consumer (say, aggregation) then run on two cores at once
 * while memory stays bounded. Hand over items that are worth a trip between threads, such as
 * blocks of rows. An exception in the consumer is rethrown to the producer at its next {@link
 * #accept} or at {@link #close}.
 *
 * <p>The worker runs as one task of an {@link Executor}: a new daemon thread by default, or the
 * host's executor, which must start it promptly (it runs until {@link #close}). An executor that
 * runs the task on the calling thread itself makes the hand-off a plain call of the consumer.
 *
 * @param <T> the items
 */
public final class HandOff<T> implements Consumer<T>, AutoCloseable {
  private static final int QUEUED_ITEMS = 8;

  /** The items, and an empty one after the last. */
  private final BlockingQueue<Optional<T>> queue = new ArrayBlockingQueue<>(QUEUED_ITEMS);
  private final Consumer<? super T> consumer;
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile Throwable failure;
  private boolean inline;
  private boolean closed;
  private boolean reported;

  /** Starts a daemon thread of this name that feeds every item to {@code consumer}. */
  public HandOff(Consumer<? super T> consumer, String threadName) {
    this(consumer, newThread(threadName));
  }

  /** Starts a task on {@code executor} that feeds every item to {@code consumer}. */
  public HandOff(Consumer<? super T> consumer, Executor executor) {
    this.consumer = consumer;
    Thread producer = Thread.currentThread();
    executor.execute(
        () -> {
          if (Thread.currentThread() == producer) {
            inline = true;
            return;
          }
          try {
            for (Optional<T> item = queue.take(); item.isPresent(); item = queue.take()) {
              consumer.accept(item.get());
            }
          } catch (Throwable t) {
            failure = t;
            queue.clear();
          } finally {
            done.countDown();
          }
        });
  }

  /** An executor that runs each task on a new daemon thread of this name. */
  public static Executor newThread(String threadName) {
    return task -> {
      Thread thread = new Thread(task, threadName);
      thread.setDaemon(true);
      thread.start();
    };
  }

  /** Queues an item (not null) for the worker. */
  @Override
  public void accept(T item) {
    if (inline) {
      consumer.accept(item);
      return;
    }
    rethrow();
    put(Optional.of(item));
  }

  /** Marks the end, waits for the worker, and rethrows its failure unless already thrown. */
  @Override
  public void close() {
    if (closed || inline) {
      closed = true;
      return;
    }
    closed = true;
    put(Optional.empty());
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the worker", e);
    }
    rethrow();
  }

  private void put(Optional<T> item) {
    try {
      while (!queue.offer(item, 10, TimeUnit.MILLISECONDS)) {
        if (failure != null || done.getCount() == 0) {
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
