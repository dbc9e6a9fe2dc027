package dev.estodo.eventsourcing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The event store on PostgreSQL. Autocommitted appends are group committed: those waiting at one
 * moment go in one statement and transaction ({@code append_batch}, a lone one {@code
 * append_events}), each returning once it has committed; see {@link GroupCommitter}. Reads follow
 * the (transaction id, position) order described in the schema migration, so writers never take a
 * global lock and followers never skip a late commit.
 */
public final class PostgresEventStore implements EventStore, AutoCloseable {
  static final String COLUMNS = """
      position, transaction_id::text::bigint AS transaction_id, id, aggregate_id, version, type,
      body::text AS body, correlation_id, causation_id, created_at""";
  /** The appends a group commit batch takes at most when no limit is given. */
  public static final int DEFAULT_APPEND_BATCH = 64;

  private final DataSource dataSource;
  private final AppendSignals signals;
  private final GroupCommitter committer;
  private volatile AppendObserver observer = AppendObserver.NONE;
  private volatile AppendBatchObserver batchObserver = AppendBatchObserver.NONE;

  /** A store on {@code dataSource}, whose schema {@link EventStoreSchema#migrate} has created. */
  public PostgresEventStore(DataSource dataSource) {
    this(dataSource, DEFAULT_APPEND_BATCH);
  }

  /**
   * A store whose group commit writes at most {@code maxAppendBatch} appends in one transaction
   * (1: each in its own, as without group commit).
   */
  public PostgresEventStore(DataSource dataSource, int maxAppendBatch) {
    this.dataSource = dataSource;
    this.signals = new AppendSignals(dataSource);
    BatchWriter writer = new BatchWriter(dataSource, signals, () -> observer, () -> batchObserver);
    this.committer = new GroupCommitter(writer, maxAppendBatch);
  }

  @Override
  public long append(UUID aggregateId, long expectedVersion, List<EventData> events) {
    return committer.append(aggregateId, checked(expectedVersion), nonEmpty(aggregateId, events));
  }

  @Override
  public long append(UUID aggregateId, List<EventData> events) {
    return committer.append(aggregateId, null, nonEmpty(aggregateId, events));
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
    return AppendEvents.inTransaction(transaction, aggregateId, checked(expectedVersion), nonEmpty(aggregateId, events),
        observer);
  }

  /**
   * Appends in the caller's transaction like {@link #append(Connection, UUID, long, List)}, after
   * whatever the stream holds, as a reactor records what it did.
   *
   * @throws AlreadyCausedException when the store holds an event of one's type and causation id already
   */
  public long append(Connection transaction, UUID aggregateId, List<EventData> events) {
    return AppendEvents.inTransaction(transaction, aggregateId, null, nonEmpty(aggregateId, events), observer);
  }

  private static Long checked(long expectedVersion) {
    if (expectedVersion < 0) throw new IllegalArgumentException("expected version " + expectedVersion + " < 0");
    return expectedVersion;
  }

  private static List<EventData> nonEmpty(UUID aggregateId, List<EventData> events) {
    if (events.isEmpty()) throw new IllegalArgumentException("nothing to append to " + aggregateId);
    return List.copyOf(events);
  }

  /** Wakes followers once the caller committed a transactional append, so they need not wait for a poll. */
  public void signalCommitted() {
    signals.appended();
  }

  @Override
  public List<StoredEvent> readStream(UUID aggregateId) {
    return EventLookups.readStream(dataSource, aggregateId);
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
    return EventLookups.checkpointOf(dataSource, position);
  }

  @Override
  public AutoCloseable onAppend(Runnable listener) {
    return signals.subscribe(listener);
  }

  /** From now on tells {@code observer} of every append, in either form, with its duration: for metrics. */
  public void observeAppends(AppendObserver observer) {
    this.observer = observer;
  }

  /**
   * From now on tells {@code observer} of every batch the group commit writes, a lone append being a
   * batch of one: for metrics of the batch sizes.
   */
  public void observeAppendBatches(AppendBatchObserver observer) {
    this.batchObserver = observer;
  }

  /**
   * Writes the appends already waiting, then stops taking appends (they fail as unavailable) and
   * stops the writing and notification threads; the data source stays open (it is the caller's).
   */
  @Override
  public void close() {
    committer.close();
    signals.close();
  }
}
