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

  /** Events may have been appended; coalesced, and cheap enough for the appending thread. */
  void wake() {
    if (news.availablePermits() == 0) news.release();
  }

  void stop() {
    stop.countDown();
    news.release();
  }

  boolean stopped() {
    return stop.getCount() == 0;
  }

  /** Waits for news or a stop, at most {@code timeout}; says whether anything came. */
  boolean awaitNews(Duration timeout) {
    try {
      boolean woken = news.tryAcquire(timeout.toNanos(), NANOSECONDS);
      news.drainPermits();
      return woken;
    } catch (InterruptedException e) {
      stop.countDown();
      return true;
    }
  }

  /** Waits {@code duration}, or less if stopped. */
  void pause(Duration duration) {
    try {
      stop.await(duration.toNanos(), NANOSECONDS);
    } catch (InterruptedException e) {
      stop.countDown();
    }
  }
}
