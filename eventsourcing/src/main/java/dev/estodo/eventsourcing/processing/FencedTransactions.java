package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The transactions processors write in: each commits only while its lease's token is current, checked
 * in the same transaction with the lease row locked, so a takeover can never commit between the
 * check and the commit. The check comes last, sent with the COMMIT in one round trip, so the row is
 * locked only for a moment and the heartbeat's renewals never wait behind a long batch.
 *
 * <p>Round trips are most of what a processor's transaction costs the database and the driver, and
 * under command load every processor commits a small batch after nearly every append. So the
 * transaction's settings go out with its first statement, and the fence with its commit: a
 * projector's batch is three round trips (settings and checkpoint, the batch, fence and commit), a
 * reactor passing over events two.
 */
final class FencedTransactions {
  // A process frozen (SIGSTOP, a long pause) inside its transaction would keep its row locks and its
  // transaction id, which holds back every follower: the server ends such a transaction after a lease.
  // Both are set before the transaction's first statement runs, in the same round trip; the values
  // are this class's own numbers and words, never input.
  private static final String SETTINGS = """
      SET LOCAL idle_in_transaction_session_timeout = %d;
      SET LOCAL synchronous_commit = %s""";

  private FencedTransactions() {}

  /** What a processor writes in one fenced transaction; it may give up with up to two exceptions of its own. */
  interface Work<T, A extends Exception, B extends Exception> {
    T run(Connection transaction) throws SQLException, A, B;
  }

  /**
   * Runs {@code work} in a transaction on a connection of {@code dataSource} that commits only while
   * {@code lease}'s token is current ({@link #commit}), and rolls back on any failure; the server ends
   * it if it sits idle for {@code leaseDuration}, and {@code relaxed} is as for {@link #settings}.
   * The settings cost a round trip of their own here; {@link #advance} saves it.
   */
  static <T, A extends Exception, B extends Exception> T run(DataSource dataSource, Lease lease,
      Duration leaseDuration, boolean relaxed, Work<T, A, B> work) throws A, B {
    return FencedTransactions.<T, A, B>fenced(dataSource, lease, transaction -> {
      try (Statement statement = transaction.createStatement()) {
        statement.execute(settings(leaseDuration, relaxed));
      }
      return work.run(transaction);
    });
  }

  /**
   * As {@link #run}, in a transaction whose first statement moves the checkpoint {@code name} from
   * {@code from} to {@code to}, with the settings ahead of it in the same round trip; throws
   * {@link CheckpointMoved}, committing nothing, when the checkpoint no longer stands at {@code from}
   * (the row stays locked until the end, so a second instance waits there, then finds it moved).
   */
  static <T, A extends Exception> T advance(DataSource dataSource, Lease lease, Duration leaseDuration,
      boolean relaxed, String name, Checkpoint from, Checkpoint to, Work<T, A, RuntimeException> work)
      throws CheckpointMoved, A {
    return FencedTransactions.<T, CheckpointMoved, A>fenced(dataSource, lease, transaction -> {
      if (!CheckpointRows.advance(transaction, settings(leaseDuration, relaxed), name, from, to)) {
        throw new CheckpointMoved(name, from);
      }
      return work.run(transaction);
    });
  }

  private static <T, A extends Exception, B extends Exception> T fenced(DataSource dataSource, Lease lease,
      Work<T, A, B> work) throws A, B {
    try (Connection transaction = dataSource.getConnection()) {
      try {
        transaction.setAutoCommit(false);
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
   * The statements that set a transaction up: the server ends it if it sits idle for {@code lease};
   * {@code relaxed} commits without waiting for the WAL flush: only for writes that a crash may lose
   * because the processor then does them again (a projector's batch, a reactor passing over events).
   */
  static String settings(Duration lease, boolean relaxed) {
    return SETTINGS.formatted(lease.toMillis(), relaxed ? "off" : "on");
  }

  /** Commits if {@code lease} surely has not expired and its token is still current; else throws {@link LeaseLostException}. */
  static void commit(Connection transaction, Lease lease) throws SQLException {
    if (lease.expired()) throw new LeaseLostException(lease.processor(), "may have expired before it could be renewed");
    LeaseRows.confirmAndCommit(transaction, lease);
    // The server has committed; this tells the driver and the pool, without a round trip.
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
