package dev.estodo.eventsourcing.processing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.eventsourcing.AlreadyCausedException;
import dev.estodo.eventsourcing.EventData;
import dev.estodo.eventsourcing.EventStoreException;
import dev.estodo.eventsourcing.EventStoreUnavailableException;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * {@link Reactions} on the event store under one lease: causation ids link an emitted event to its
 * cause, the store holds at most one event of a type per cause, and an event is recorded only while
 * the lease's token is current.
 */
final class StoreReactions implements Reactions {
  private static final String CAUSED = """
      SELECT position FROM events WHERE causation_id = ? AND type = ? ORDER BY position LIMIT 1""";

  private final DataSource dataSource;
  private final PostgresEventStore store;
  private final Lease lease;
  private final Duration leaseDuration;

  StoreReactions(DataSource dataSource, PostgresEventStore store, Lease lease, Duration leaseDuration) {
    this.dataSource = dataSource;
    this.store = store;
    this.lease = lease;
    this.leaseDuration = leaseDuration;
  }

  @Override
  public boolean alreadyCaused(StoredEvent cause, String type) {
    return causedAt(cause, type) != null;
  }

  /**
   * The side effect has happened by now, so a broken connection is retried (a new one from the pool,
   * a pause doubling from 50 ms up to 1 s) for as long as the lease surely lasts, rather than
   * failing the reaction and repeating the effect. A retry is safe: if the lost commit went through,
   * the causation index finds it and the answer is "already done".
   */
  @Override
  public long emit(StoredEvent cause, String type, JsonNode body) {
    EventData event = new EventData(UUID.randomUUID(), type, body, cause.correlationId(), cause.id());
    for (long pause = 50; ; pause = Math.min(pause * 2, 1000)) {
      try {
        return record(cause, event);
      } catch (EventStoreUnavailableException e) {
        if (!lease.lasts(TimeUnit.MILLISECONDS.toNanos(pause))) throw e;
        sleep(pause, e);
      }
    }
  }

  private long record(StoredEvent cause, EventData event) {
    try {
      return FencedTransactions.run(dataSource, lease, leaseDuration, false,
          transaction -> store.append(transaction, cause.aggregateId(), List.of(event)));
    } catch (AlreadyCausedException e) {
      // Another instance, or this one before a crash, recorded this reaction: it is done.
      return causedAt(cause, event.type());
    }
  }

  private static void sleep(long millis, RuntimeException unavailable) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable;
    }
  }

  private Long causedAt(StoredEvent cause, String type) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(CAUSED)) {
      statement.setObject(1, cause.id());
      statement.setString(2, type);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : null;
      }
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }
}
