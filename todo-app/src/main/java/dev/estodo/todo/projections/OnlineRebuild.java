package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.EventStoreException;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.processing.Projector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Rebuilds a projection while the live one keeps answering: builds its tables afresh in the shadow
 * schema from the first event with the projection's own functions, catches the shadow up to the
 * live checkpoint, and then, in one transaction with that checkpoint's row locked, compares the two
 * row by row and (unless verifying only, or they differ) puts the shadow in the live tables' place.
 * The live checkpoint is left as it is, which the swapped tables match. Only the projection is
 * involved: the notifier never sees an event again. A crash before the last commit leaves the live
 * tables untouched; the next rebuild drops the shadow and starts afresh.
 */
public final class OnlineRebuild {
  /** Events applied to the shadow per transaction while it catches up. */
  static final int BATCH = 1_000;

  /** What a rebuild found: the checkpoint it compared at, the events it applied, the differences. */
  public record Outcome(String projection, Checkpoint checkpoint, long events, List<TableDifference> differences,
      boolean swapped) {
    /** Copies the differences so the record never changes. */
    public Outcome {
      differences = List.copyOf(differences);
    }
  }

  /** Hears how far a rebuild is: called after each committed shadow batch, and before the comparison. */
  public interface Progress {
    void at(String projection, String step, long events) throws SQLException;
  }

  private final DataSource dataSource;
  private final EventStore store;
  private final Progress progress;
  private final int batch;

  /** Rebuilds in the database {@code dataSource} reaches, reading {@code store}, telling {@code progress}. */
  public OnlineRebuild(DataSource dataSource, EventStore store, Progress progress) {
    this(dataSource, store, progress, BATCH);
  }

  /** As the public constructor, {@code batch} events per shadow transaction (tests use small ones). */
  OnlineRebuild(DataSource dataSource, EventStore store, Progress progress, int batch) {
    this.dataSource = dataSource;
    this.store = store;
    this.progress = progress;
    this.batch = batch;
  }

  /** Rebuilds {@code projector} (one of the app's projections) and swaps it in unless {@code verifyOnly}. */
  public Outcome run(Projector projector, boolean verifyOnly) {
    if (!(projector instanceof TodoProjection<?> projection)) {
      throw new IllegalArgumentException("an online rebuild takes a todo projection, got " + projector.name());
    }
    try (Connection session = dataSource.getConnection(); RebuildLock lock = RebuildLock.take(session)) {
      String live = ShadowTables.liveSchema(session, projection.tables().get(0));
      ShadowTables.create(session, live, projection.tables());
      Outcome outcome = rebuild(session, projection, live, verifyOnly);
      session.setAutoCommit(true);
      ShadowTables.drop(session);
      return outcome;
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }

  // A failure rolls back what is not committed and leaves the shadow for the next rebuild to drop:
  // the live tables are only ever changed by the last commit.
  private Outcome rebuild(Connection session, TodoProjection<?> projection, String live, boolean verifyOnly)
      throws SQLException {
    try {
      return finish(session, projection, live, build(session, projection), verifyOnly);
    } catch (SQLException | RuntimeException e) {
      try {
        session.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    }
  }

  // Catches up in committed batches until a round finds less than a batch to do, so the last
  // catch-up, under the checkpoint's lock, holds the live projector back for a moment only.
  private Shadow build(Connection session, TodoProjection<?> projection) throws SQLException {
    Shadow shadow = new Shadow(Checkpoint.START, 0);
    session.setAutoCommit(false);
    while (true) {
      long before = shadow.events();
      shadow = catchUp(session, projection, shadow, LiveCheckpoint.read(session, projection.name()), true);
      session.commit();
      if (shadow.events() - before < batch) return shadow;
    }
  }

  private Outcome finish(Connection transaction, TodoProjection<?> projection, String live, Shadow built,
      boolean verifyOnly) throws SQLException {
    Checkpoint target = LiveCheckpoint.lock(transaction, projection.name());
    if (!target.reached(built.checkpoint())) {
      throw new IllegalStateException(projection.name() + " went back to " + target + " during the rebuild (reset?)");
    }
    Shadow shadow = catchUp(transaction, projection, built, target, false);
    progress.at(projection.name(), "comparing", shadow.events());
    List<TableDifference> differences = new ArrayList<>();
    for (String table : projection.tables()) {
      ShadowComparison.compare(transaction, live, table).ifPresent(differences::add);
    }
    boolean swap = differences.isEmpty() && !verifyOnly;
    if (swap) swap(transaction, projection, live);
    transaction.commit();
    return new Outcome(projection.name(), target, shadow.events(), differences, swap);
  }

  private static void swap(Connection transaction, TodoProjection<?> projection, String live) throws SQLException {
    try {
      ShadowTables.swap(transaction, live, projection.tables());
    } catch (SQLException e) {
      if (!"55P03".equals(e.getSQLState())) throw e;
      throw new IllegalStateException("the swap waited " + ShadowTables.SWAP_WAIT + " for queries still reading "
          + projection.tables() + "; nothing changed, run it again", e);
    }
  }

  private Shadow catchUp(Connection transaction, TodoProjection<?> projection, Shadow shadow, Checkpoint target,
      boolean commitEach) throws SQLException {
    while (!shadow.checkpoint().reached(target)) {
      List<StoredEvent> events = upTo(target, store.readAfter(shadow.checkpoint(), batch).events());
      // The live projector read every event up to its checkpoint, so all of them are readable now.
      if (events.isEmpty()) throw new IllegalStateException("no event readable after " + shadow.checkpoint());
      ShadowTables.enter(transaction);
      projection.projectBatch(transaction, events);
      shadow = new Shadow(events.get(events.size() - 1).checkpoint(), shadow.events() + events.size());
      if (commitEach) {
        transaction.commit();
        progress.at(projection.name(), "built", shadow.events());
      }
    }
    return shadow;
  }

  private static List<StoredEvent> upTo(Checkpoint target, List<StoredEvent> events) {
    return events.stream().takeWhile(event -> target.reached(event.checkpoint())).toList();
  }

  private record Shadow(Checkpoint checkpoint, long events) {}
}
