package dev.estodo.todo.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** News for the event streams' follower: a processor advanced or an event was appended; coalesced. */
final class StreamNews {
  private final Semaphore news = new Semaphore(0);

  /** Cheap enough for a processor's or the store's notifying thread. */
  void wake() {
    if (news.availablePermits() == 0) news.release();
  }

  /** Waits up to {@code millis} for news and says whether any came; an interrupt counts as none. */
  boolean await(long millis) {
    try {
      return news.tryAcquire(Math.max(millis, 1), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
