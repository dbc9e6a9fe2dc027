package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.EventStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The transactions processors write in: each commits only while its lease's token is current, checked
 * in the same transaction with the lease row locked, so a takeover can never commit between the
 * check and the commit. The check comes last, just before the commit, so the row is locked only for
 * a moment and the heartbeat's renewals never wait behind a long batch.
 */
final class FencedTransactions {
  // A process frozen (SIGSTOP, a long pause) inside its transaction would keep its row locks and its
  // transaction id, which holds back every follower: the server ends such a transaction after a lease.
  private static final String BEGIN = """
      SELECT set_config('idle_in_transaction_session_timeout', ?, true),
             set_config('synchronous_commit', ?, true)""";

  private FencedTransactions() {}

  /** What a processor writes in one fenced transaction; it may give up with up to two exceptions of its own. */
  interface Work<T, A extends Exception, B extends Exception> {
    T run(Connection transaction) throws SQLException, A, B;
  }

  /**
   * Runs {@code work} in a transaction on a connection of {@code dataSource} that commits only while
   * {@code lease}'s token is current ({@link #commit}), and rolls back on any failure; the server ends
   * it if it sits idle for {@code leaseDuration}, and {@code relaxed} is as for {@link #begin}.
   */
  static <T, A extends Exception, B extends Exception> T run(DataSource dataSource, Lease lease,
      Duration leaseDuration, boolean relaxed, Work<T, A, B> work) throws A, B {
    try (Connection transaction = dataSource.getConnection()) {
      try {
        begin(transaction, leaseDuration, relaxed);
        T result = work.run(transaction);
        commit(transaction, lease);
        return result;
      } catch (Throwable e) {
        rollback(transaction, e);
        throw e;
      }
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }

  /**
   * Opens a transaction on {@code connection} that the server ends if it sits idle for {@code lease};
   * {@code relaxed} commits without waiting for the WAL flush: only for writes that a crash may lose
   * because the processor then does them again (a projector's batch, a reactor passing over events).
   */
  static void begin(Connection connection, Duration lease, boolean relaxed) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement statement = connection.prepareStatement(BEGIN)) {
      statement.setString(1, Long.toString(lease.toMillis()));
      statement.setString(2, relaxed ? "off" : "on");
      statement.execute();
    }
  }

  /** Commits if {@code lease} surely has not expired and its token is still current; else throws {@link LeaseLostException}. */
  static void commit(Connection transaction, Lease lease) throws SQLException {
    if (lease.expired()) throw new LeaseLostException(lease.processor(), "may have expired before it could be renewed");
    LeaseRows.confirm(transaction, lease);
    transaction.commit();
  }

  /** A rollback that fails (the connection broke) must not hide why the transaction failed. */
  static void rollback(Connection transaction, Throwable cause) {
    try {
      transaction.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
