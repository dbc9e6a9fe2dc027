package dev.estodo.eventsourcing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Writes one batch of waiting appends and settles each one's outcome. A lone append runs
 * {@code append_events} exactly as before group commit; a batch runs {@code append_batch_with_races}, where a
 * conflict fails only its own append. A batch the database refuses as a whole (an event id already
 * stored, a reaction already recorded) is written again one append at a time, so that the innocent
 * commit and the guilty get the exception they would have had alone. A batch that lost its
 * connection is not retried: it may have committed just before the break, and a retry could then
 * store its events twice; its callers hear that the database is unavailable, as a lone append would.
 */
final class BatchWriter {
  private final DataSource dataSource;
  private final AppendSignals signals;
  private final Supplier<AppendObserver> appendObserver;
  private final Supplier<AppendBatchObserver> batchObserver;

  BatchWriter(DataSource dataSource, AppendSignals signals, Supplier<AppendObserver> appendObserver,
      Supplier<AppendBatchObserver> batchObserver) {
    this.dataSource = dataSource;
    this.signals = signals;
    this.appendObserver = appendObserver;
    this.batchObserver = batchObserver;
  }

  /**
   * Writes {@code batch}, tells the batch observer, then settles every append in it, whatever
   * happens: an observer that hears of a batch has heard of it before any of its callers returns.
   */
  void write(List<PendingAppend> batch) {
    long started = System.nanoTime();
    try {
      List<Runnable> settlements = batch.size() == 1 ? List.of(writeAlone(batch.get(0))) : writeTogether(batch);
      int events = batch.stream().mapToInt(append -> append.events().size()).sum();
      batchObserver.get().written(batch.size(), events, Duration.ofNanos(System.nanoTime() - started));
      settlements.forEach(Runnable::run);
    } catch (RuntimeException e) {
      // A bug, not the database: every append not settled yet hears of it rather than waiting forever.
      batch.forEach(append -> fail(append, new EventStoreException("append failed: " + e, e)));
    }
  }

  private List<Runnable> writeTogether(List<PendingAppend> batch) {
    List<AppendBatch.Outcome> outcomes;
    try (Connection connection = autocommitted()) {
      outcomes = AppendBatch.call(connection, batch);
    } catch (SQLException e) {
      if (SqlErrors.translate(e, null, null) instanceof EventStoreUnavailableException) {
        return batch.stream().map(append -> failing(append, e)).toList();
      }
      return batch.stream().map(this::writeAlone).toList();
    }
    signals.appended();
    List<Runnable> settlements = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      PendingAppend append = batch.get(i);
      AppendBatch.Outcome outcome = outcomes.get(i);
      settlements.add(outcome.position() != null ? () -> succeed(append, outcome.position())
          : () -> fail(append, append.conflict(outcome.foundVersion(), outcome.lostRace())));
    }
    return settlements;
  }

  private Runnable writeAlone(PendingAppend append) {
    long position;
    try (Connection connection = autocommitted()) {
      position = AppendEvents.call(connection, append.aggregateId(), append.expectedVersion(), append.events());
    } catch (SQLException e) {
      return failing(append, e);
    }
    signals.appended();
    return () -> succeed(append, position);
  }

  private Runnable failing(PendingAppend append, SQLException e) {
    RuntimeException failure = SqlErrors.translate(e, append.aggregateId(), append.expectedVersion());
    return () -> fail(append, failure);
  }

  /** A connection in autocommit: a returned position must mean a durable event, whatever the pool's default. */
  private Connection autocommitted() throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      connection.setAutoCommit(true);
      return connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  private void succeed(PendingAppend append, long position) {
    observe(append, true);
    append.outcome().complete(position);
  }

  /** Settles {@code append} with {@code failure}; an append settled already keeps its outcome. */
  void fail(PendingAppend append, RuntimeException failure) {
    if (append.outcome().isDone()) return;
    observe(append, false);
    append.outcome().completeExceptionally(failure);
  }

  private void observe(PendingAppend append, boolean succeeded) {
    appendObserver.get().appended(append.events().size(), Duration.ofNanos(System.nanoTime() - append.askedNanos()),
        succeeded);
  }
}
