package dev.estodo.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * Arranges a batch for the group commit: holds the advisory lock of a gate aggregate, so that the
 * store's writer stalls on a lone append to it, while the appends under test queue behind, in the
 * order they were queued; {@link #open()} lets the gate append through and them after it, as one batch.
 */
final class BatchGate implements AutoCloseable {
  private static final long PATIENCE_NANOS = 10_000_000_000L;

  private final DataSource dataSource;
  private final Connection holder;
  final CompletableFuture<Long> gateAppend;

  BatchGate(DataSource dataSource, PostgresEventStore store) throws Exception {
    this.dataSource = dataSource;
    this.holder = dataSource.getConnection();
    UUID gate = UUID.randomUUID();
    holder.setAutoCommit(false);
    lock(holder, gate);
    gateAppend = queue(() -> store.append(gate, 0, List.of(EventStoreContract.event("gate_opened", "{}"))));
    awaitBackendWaitingIn("append_events");
  }

  /** Runs {@code append} on a thread of its own and returns once it waits for its batch. */
  CompletableFuture<Long> queue(Callable<Long> append) throws InterruptedException {
    CompletableFuture<Long> outcome = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        outcome.complete(append.call());
      } catch (Throwable e) {
        outcome.completeExceptionally(e);
      }
    });
    thread.setDaemon(true);
    thread.start();
    long deadline = System.nanoTime() + PATIENCE_NANOS;
    while (thread.getState() != Thread.State.WAITING && !outcome.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(thread.getState()).as("an appending thread waiting for its batch").isEqualTo(Thread.State.WAITING);
    return outcome;
  }

  /** Lets the stalled writer go on. */
  void open() throws SQLException {
    holder.commit();
  }

  /** Takes {@code aggregate}'s append lock in {@code transaction}, as an append does. */
  static void lock(Connection transaction, UUID aggregate) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?::text, 0))")) {
      statement.setString(1, aggregate.toString());
      statement.execute();
    }
  }

  /** Waits until a backend of this database waits for an advisory lock in {@code function}; returns its pid. */
  int awaitBackendWaitingIn(String function) throws Exception {
    long deadline = System.nanoTime() + PATIENCE_NANOS;
    while (System.nanoTime() < deadline) {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement statement = connection.prepareStatement("""
              SELECT pid FROM pg_stat_activity WHERE datname = current_database()
                 AND wait_event = 'advisory' AND query LIKE '%' || ? || '%'""")) {
        statement.setString(1, function);
        try (ResultSet rows = statement.executeQuery()) {
          if (rows.next()) return rows.getInt(1);
        }
      }
      Thread.sleep(2);
    }
    throw new AssertionError("no backend waited for an advisory lock in " + function);
  }

  @Override
  public void close() throws SQLException {
    holder.rollback();
    holder.close();
  }
}
