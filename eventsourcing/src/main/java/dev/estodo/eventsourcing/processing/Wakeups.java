package dev.estodo.eventsourcing.processing;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * How a processor's thread waits: for news of appends (an idle wait, which a stop also ends) or for
 * a stop alone (a backoff or standby pause, which news must not cut short). An interrupt counts as
 * a stop, so a thread never spins on a pending interrupt.
 */
final class Wakeups {
  private final Semaphore news = new Semaphore(0);
  private final CountDownLatch stop = new CountDownLatch(1);
  private volatile boolean interrupted;

  /** Events may have been appended; coalesced, and cheap enough for the appending thread. */
  void wake() {
    if (news.availablePermits() == 0) news.release();
  }

  void stop() {
    stop.countDown();
    news.release();
  }

  /** True once stopped; an interrupt of the calling thread, even one no wait saw, counts as a stop. */
  boolean stopped() {
    if (Thread.currentThread().isInterrupted()) interruptedWhileWaiting();
    return stop.getCount() == 0;
  }

  /** True when the stop came from an interrupt. */
  boolean interrupted() {
    return interrupted;
  }

  private void interruptedWhileWaiting() {
    interrupted = true;
    stop.countDown();
  }

  /** Waits for news or a stop, at most {@code timeout}; says whether anything came. */
  boolean awaitNews(Duration timeout) {
    try {
      boolean woken = news.tryAcquire(timeout.toNanos(), NANOSECONDS);
      news.drainPermits();
      return woken;
    } catch (InterruptedException e) {
      interruptedWhileWaiting();
      return true;
    }
  }

  /** Waits {@code duration}, or less if stopped. */
  void pause(Duration duration) {
    try {
      stop.await(duration.toNanos(), NANOSECONDS);
    } catch (InterruptedException e) {
      interruptedWhileWaiting();
    }
  }
}
