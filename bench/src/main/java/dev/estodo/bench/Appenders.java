package dev.estodo.bench;

import dev.estodo.bench.ClosedLoop.Operation;
import dev.estodo.eventsourcing.EventData;
import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.PostgresEventStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The three ways scenario 1 appends one event: a raw INSERT of the same row into an identical
 * copy of the events table (the baseline), the library's append, and the library's SQL function
 * behind a global advisory lock, as the original serialises its writers. Each writer appends a
 * few events to one todo, then starts another.
 */
final class Appenders {
  static final String RAW_TABLE = "CREATE TABLE IF NOT EXISTS raw_events (LIKE events INCLUDING ALL)";
  static final int EVENTS_PER_TODO = 4;
  private static final String RAW_INSERT = """
      INSERT INTO raw_events (id, aggregate_id, version, type, body, correlation_id, causation_id)
      VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)""";
  private static final AtomicLong TODOS = new AtomicLong();

  private UUID todo;
  private long todoNumber;
  private long version = EVENTS_PER_TODO;

  private Appenders() {}

  /** One writer's raw single-row INSERTs, autocommitted, on a pooled connection each. */
  static Operation rawInsert(DataSource dataSource) {
    Appenders writer = new Appenders();
    return () -> writer.next((id, expected, event) -> {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement statement = connection.prepareStatement(RAW_INSERT)) {
        statement.setObject(1, event.id());
        statement.setObject(2, id);
        statement.setLong(3, expected + 1);
        statement.setString(4, event.type());
        statement.setString(5, event.body().toString());
        statement.setObject(6, event.correlationId());
        statement.setObject(7, event.causationId());
        statement.executeUpdate();
      }
    });
  }

  /** One writer's appends through the library, expecting the version it last wrote. */
  static Operation library(EventStore store) {
    Appenders writer = new Appenders();
    return () -> writer.next((id, expected, event) -> store.append(id, expected, List.of(event)));
  }

  /** One writer's appends through {@code append_events} after {@code pg_advisory_xact_lock(-1)}. */
  static Operation globalLock(PostgresEventStore store, DataSource dataSource) {
    Appenders writer = new Appenders();
    return () -> writer.next((id, expected, event) -> {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try (Statement lock = connection.createStatement()) {
          lock.execute("SELECT pg_advisory_xact_lock(-1)");
        }
        store.append(connection, id, expected, List.of(event));
        connection.commit();
      }
    });
  }

  private void next(Write write) throws Exception {
    if (version == EVENTS_PER_TODO) {
      todo = UUID.randomUUID();
      todoNumber = TODOS.incrementAndGet();
      version = 0;
    }
    write.write(todo, version, TodoStreams.event(version + 1, todoNumber));
    version++;
  }

  @FunctionalInterface
  private interface Write {
    void write(UUID todo, long expectedVersion, EventData event) throws Exception;
  }
}
