package dev.estodo.eventsourcing.processing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread of a {@link CheckpointWatch}: while waits are open it polls right after news of an
 * append, then after pauses that double up to {@link #LONGEST_PAUSE}, and never more often than every
 * {@link #SHORTEST_PAUSE}; with no wait open it sleeps until woken. A failing poll is logged once per
 * streak and retried: the waits end by their timeouts meanwhile.
 */
final class WatchLoop implements AutoCloseable {
  /** The least time between two polls, however often appends come. */
  static final Duration SHORTEST_PAUSE = Duration.ofMillis(5);
  /** The most time between two polls while a wait is open: the fallback if notifications are lost. */
  static final Duration LONGEST_PAUSE = Duration.ofMillis(100);
  private static final Duration IDLE = Duration.ofSeconds(1);
  private static final Logger log = LoggerFactory.getLogger(WatchLoop.class);

  private final Runnable poll;
  private final BooleanSupplier waiting;
  private final Wakeups wakeups = new Wakeups();
  private final Thread thread;
  private boolean failing;

  WatchLoop(Runnable poll, BooleanSupplier waiting) {
    this.poll = poll;
    this.waiting = waiting;
    this.thread = new Thread(this::run, "estodo-checkpoint-watch");
    thread.setDaemon(true);
    thread.start();
  }

  /** News: an append, or a new wait. */
  void wake() {
    wakeups.wake();
  }

  private void run() {
    Duration pause = SHORTEST_PAUSE;
    while (!wakeups.stopped()) {
      if (!waiting.getAsBoolean()) {
        wakeups.awaitNews(IDLE);
        continue;
      }
      pollQuietly();
      wakeups.pause(SHORTEST_PAUSE);
      boolean news = wakeups.awaitNews(pause.minus(SHORTEST_PAUSE));
      pause = news ? SHORTEST_PAUSE : longer(pause);
    }
  }

  private static Duration longer(Duration pause) {
    Duration doubled = pause.multipliedBy(2);
    return doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
  }

  // Errors are caught too: a thread that dies would leave every later wait to its timeout.
  private void pollQuietly() {
    try {
      poll.run();
      if (failing) log.info("Checkpoint watch reads checkpoints again");
      failing = false;
    } catch (RuntimeException | Error e) {
      if (!failing) log.warn("Checkpoint watch cannot read checkpoints, retrying: {}", e.toString());
      failing = true;
    }
  }

  static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      log.debug("Closing a subscription of the checkpoint watch failed", e);
    }
  }

  @Override
  public void close() {
    wakeups.stop();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
