package dev.estodo.eventsourcing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The event store on PostgreSQL. Appends run the {@code append_events} function in one
 * autocommitted statement; reads follow the (transaction id, position) order described in the
 * schema migration, so writers never take a global lock and followers never skip a late commit.
 */
public final class PostgresEventStore implements EventStore, AutoCloseable {
  static final String COLUMNS = """
      position, transaction_id::text::bigint AS transaction_id, id, aggregate_id, version, type,
      body::text AS body, correlation_id, causation_id, created_at""";
  private static final String READ_STREAM = "SELECT " + COLUMNS + """

      FROM events WHERE aggregate_id = ? ORDER BY version""";
  private static final String CHECKPOINT_OF = "SELECT transaction_id::text::bigint FROM events WHERE position = ?";

  private final DataSource dataSource;
  private final AppendSignals signals;
  private volatile AppendObserver observer = AppendObserver.NONE;

  /** A store on {@code dataSource}, whose schema {@link EventStoreSchema#migrate} has created. */
  public PostgresEventStore(DataSource dataSource) {
    this.dataSource = dataSource;
    this.signals = new AppendSignals(dataSource);
  }

  @Override
  public long append(UUID aggregateId, long expectedVersion, List<EventData> events) {
    if (expectedVersion < 0) throw new IllegalArgumentException("expected version " + expectedVersion + " < 0");
    return appendEvents(aggregateId, expectedVersion, events);
  }

  @Override
  public long append(UUID aggregateId, List<EventData> events) {
    return appendEvents(aggregateId, null, events);
  }

  /**
   * Appends like {@link #append(UUID, long, List)}, but inside the caller's open transaction on
   * {@code transaction}: the events, and whatever else the caller writes there, commit or roll back
   * together. Followers see them after the commit, at their next look (within a poll interval);
   * the version check and the aggregate's lock hold as for any append.
   *
   * @return the position of the last event appended
   * @throws ConcurrencyException when the stream's version is not {@code expectedVersion}
   */
  public long append(Connection transaction, UUID aggregateId, long expectedVersion, List<EventData> events) {
    if (expectedVersion < 0) throw new IllegalArgumentException("expected version " + expectedVersion + " < 0");
    return appendIn(transaction, aggregateId, expectedVersion, events);
  }

  /**
   * Appends in the caller's transaction like {@link #append(Connection, UUID, long, List)}, after
   * whatever the stream holds, as a reactor records what it did.
   *
   * @throws AlreadyCausedException when the store holds an event of one's type and causation id already
   */
  public long append(Connection transaction, UUID aggregateId, List<EventData> events) {
    return appendIn(transaction, aggregateId, null, events);
  }

  private long appendIn(Connection transaction, UUID aggregateId, Long expectedVersion, List<EventData> events) {
    if (events.isEmpty()) throw new IllegalArgumentException("nothing to append to " + aggregateId);
    try {
      return AppendEvents.call(transaction, aggregateId, expectedVersion, events, observer);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, aggregateId, expectedVersion);
    }
  }

  /** Wakes followers once the caller committed a transactional append, so they need not wait for a poll. */
  public void signalCommitted() {
    signals.appended();
  }

  private long appendEvents(UUID aggregateId, Long expectedVersion, List<EventData> events) {
    if (events.isEmpty()) throw new IllegalArgumentException("nothing to append to " + aggregateId);
    try (Connection connection = dataSource.getConnection()) {
      // A returned position must mean a durable event, whatever the pool's default.
      connection.setAutoCommit(true);
      long position = AppendEvents.call(connection, aggregateId, expectedVersion, events, observer);
      signals.appended();
      return position;
    } catch (SQLException e) {
      throw SqlErrors.translate(e, aggregateId, expectedVersion);
    }
  }

  @Override
  public List<StoredEvent> readStream(UUID aggregateId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(READ_STREAM)) {
      statement.setObject(1, aggregateId);
      return StoredEventRows.readAll(statement);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, aggregateId, null);
    }
  }

  @Override
  public void readStream(UUID aggregateId, long offset, long limit, Consumer<StoredEvent> reader) {
    StreamCursor.read(dataSource, aggregateId, offset, limit, reader);
  }

  @Override
  public EventBatch readAfter(Checkpoint after, int limit) {
    try (Connection connection = dataSource.getConnection()) {
      return FollowerReads.readAfter(connection, after, limit);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, null, null);
    }
  }

  @Override
  public Checkpoint checkpointOf(long position) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(CHECKPOINT_OF)) {
      statement.setLong(1, position);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? new Checkpoint(rows.getLong(1), position) : null;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(e, null, null);
    }
  }

  @Override
  public AutoCloseable onAppend(Runnable listener) {
    return signals.subscribe(listener);
  }

  /** From now on tells {@code observer} of every append, in either form, with its duration: for metrics. */
  public void observeAppends(AppendObserver observer) {
    this.observer = observer;
  }

  /** Stops the notification threads; the data source stays open (it is the caller's). */
  @Override
  public void close() {
    signals.close();
  }
}
