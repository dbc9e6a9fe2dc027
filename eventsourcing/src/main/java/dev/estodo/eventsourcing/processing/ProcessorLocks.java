package dev.estodo.eventsourcing.processing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One active instance per processor, across processes and machines: a session-level advisory lock
 * per processor name, all held on one connection taken from the data source for as long as the
 * runner needs it (the pool must have room for it). If the session ends (the process dies, the
 * connection breaks) PostgreSQL releases the locks and a standby elsewhere takes them; this side
 * notices at its next check and stands by.
 */
final class ProcessorLocks implements AutoCloseable {
  private static final String TRY_LOCK = "SELECT pg_try_advisory_lock(hashtextextended('estodo.processor:' || ?, 0))";
  private static final String UNLOCK_ALL = "SELECT pg_advisory_unlock_all()";
  private static final int VALIDATION_TIMEOUT_SECONDS = 2;
  private static final Logger log = LoggerFactory.getLogger(ProcessorLocks.class);

  private final DataSource dataSource;
  private final long checkEveryNanos;
  private final Set<String> held = new HashSet<>();
  private Connection connection;
  private long checkedAt;
  private boolean closed;

  ProcessorLocks(DataSource dataSource, Duration checkEvery) {
    this.dataSource = dataSource;
    this.checkEveryNanos = checkEvery.toNanos();
  }

  /** Takes the lock of processor {@code name} if no session holds it, and says whether this one does now. */
  synchronized boolean tryAcquire(String name) throws SQLException {
    // After close a late thread must not open a new session whose locks nobody would release.
    if (closed) return false;
    if (held.contains(name)) return true;
    try (PreparedStatement statement = connection().prepareStatement(TRY_LOCK)) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        if (rows.next() && rows.getBoolean(1)) {
          held.add(name);
        }
      }
    } catch (SQLException e) {
      if (!valid()) {
        drop();
      }
      throw e;
    }
    return held.contains(name);
  }

  /** True while this runner holds {@code name}'s lock; checks that the session is alive at most once per interval. */
  synchronized boolean holds(String name) {
    if (!held.contains(name)) return false;
    if (System.nanoTime() - checkedAt > checkEveryNanos) {
      checkedAt = System.nanoTime();
      if (!valid()) {
        log.warn("The connection holding the processors' locks {} was lost; standing by", held);
        drop();
      }
    }
    return held.contains(name);
  }

  private Connection connection() throws SQLException {
    if (connection == null) {
      connection = dataSource.getConnection();
      connection.setAutoCommit(true);
      checkedAt = System.nanoTime();
    }
    return connection;
  }

  private boolean valid() {
    try {
      return connection != null && connection.isValid(VALIDATION_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Unlocks before giving the connection back: a pool keeps the session, and its session-level
   * locks, alive. A broken connection fails to unlock and the pool discards it; its session is gone.
   */
  private void drop() {
    held.clear();
    if (connection == null) return;
    try (Connection closing = connection; Statement statement = closing.createStatement()) {
      statement.execute(UNLOCK_ALL);
    } catch (SQLException e) {
      log.debug("Unlocking the processors' locks failed; the session is gone", e);
    }
    connection = null;
  }

  /** Releases every lock this runner holds. */
  @Override
  public synchronized void close() {
    closed = true;
    drop();
  }
}
