package dev.estodo.eventsourcing.processing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A processor's failure as {@code processor_failures} keeps it for every process's health check.
 * Best effort: a failure is often the database's own, and then nothing can be written; the
 * processor's own status and log still tell. The database's clock dates it, never the JVM's.
 */
final class FailureRecords {
  private static final String RECORD = """
      INSERT INTO processor_failures AS f (processor, failing_since, position, event_type, error, attempts, updated_at)
      VALUES (?, clock_timestamp(), ?, ?, ?, ?, clock_timestamp())
      ON CONFLICT (processor) DO UPDATE SET
        failing_since = CASE WHEN ? OR f.position IS NOT DISTINCT FROM excluded.position
                             THEN f.failing_since ELSE excluded.failing_since END,
        position = excluded.position, event_type = excluded.event_type, error = excluded.error,
        attempts = excluded.attempts, updated_at = excluded.updated_at""";
  private static final String CLEAR = "DELETE FROM processor_failures WHERE processor = ?";
  private static final Logger log = LoggerFactory.getLogger(FailureRecords.class);

  private final DataSource dataSource;
  private final String processor;
  // Unknown at start: an instance that crashed while failing may have left a row behind.
  private volatile boolean recorded = true;

  FailureRecords(DataSource dataSource, String processor) {
    this.dataSource = dataSource;
    this.processor = processor;
  }

  /**
   * Records the failure of the {@code attempts}th try, on the event at {@code position} of {@code type}
   * (both null when no event is to blame). {@code sameStreak} keeps the failing-since time, as does
   * a stored failure on the same event (from before a restart).
   */
  void failed(boolean sameStreak, Long position, String type, String error, int attempts) {
    recorded = true;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(RECORD)) {
      connection.setAutoCommit(true);
      statement.setString(1, processor);
      statement.setObject(2, position);
      statement.setString(3, type);
      statement.setString(4, error);
      statement.setInt(5, attempts);
      statement.setBoolean(6, sameStreak);
      statement.executeUpdate();
    } catch (SQLException | RuntimeException e) {
      log.debug("Processor {} could not record its failure", processor, e);
    }
  }

  /** Another instance may have left a row: clear it at the next {@link #cleared()}. */
  void mayBeStale() {
    recorded = true;
  }

  /** The processor is past its failure: forget it, with one statement after each streak (and after start). */
  void cleared() {
    if (!recorded) return;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(CLEAR)) {
      connection.setAutoCommit(true);
      statement.setString(1, processor);
      statement.executeUpdate();
      recorded = false;
    } catch (SQLException | RuntimeException e) {
      log.debug("Processor {} could not clear its failure record", processor, e);
    }
  }
}
