package dev.estodo.todo.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes idempotency keys older than their time to live, in the background of a web process:
 * every minute (or every TTL, when shorter), in batches of {@value #BATCH}, each its own
 * transaction. A key is kept at least its TTL and removed within a minute after.
 */
public final class IdempotencyPurge implements AutoCloseable {
  static final int BATCH = 1000;
  private static final Duration LONGEST_INTERVAL = Duration.ofMinutes(1);
  private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

  private final DataSource dataSource;
  private final Duration ttl;
  private final ScheduledExecutorService schedule;

  /** Purges keys older than {@code ttl} from {@code dataSource}, from now on. */
  public IdempotencyPurge(DataSource dataSource, Duration ttl) {
    this.dataSource = dataSource;
    this.ttl = ttl;
    this.schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "estodo-idempotency-purge");
      thread.setDaemon(true);
      return thread;
    });
    long every = Math.min(ttl.toMillis(), LONGEST_INTERVAL.toMillis());
    schedule.scheduleWithFixedDelay(this::purgeQuietly, every, every, TimeUnit.MILLISECONDS);
  }

  /** Deletes every expired key now; returns how many. */
  public int purge() throws SQLException {
    int total = 0;
    int deleted;
    do {
      try (Connection connection = dataSource.getConnection()) {
        deleted = IdempotencyKeys.purge(connection, ttl, BATCH);
      }
      total += deleted;
    } while (deleted == BATCH);
    return total;
  }

  // an unreachable database is not this task's to report: the next round tries again
  private void purgeQuietly() {
    try {
      purge();
    } catch (SQLException | RuntimeException e) {
      log.debug("idempotency keys not purged this round", e);
    }
  }

  /** Stops purging; a round in progress finishes. */
  @Override
  public void close() {
    schedule.shutdown();
  }
}
