package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.EventStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.BiConsumer;
import javax.sql.DataSource;

/**
 * The processors' checkpoints as stored in {@code processor_checkpoints}, readable from any process:
 * where each processor stands, waiting for processors to catch up with a write (read-your-writes),
 * and resetting a processor to the start so it rebuilds.
 */
public final class ProcessorCheckpoints {
  private static final long MAX_PAUSE_MILLIS = 20;

  private final DataSource dataSource;
  private final EventStore store;
  private final Set<BiConsumer<String, Checkpoint>> advanceListeners = new CopyOnWriteArraySet<>();

  /** Checkpoints in {@code dataSource}, for processors following {@code store}. */
  public ProcessorCheckpoints(DataSource dataSource, EventStore store) {
    this.dataSource = dataSource;
    this.store = store;
  }

  /** Where the processor called {@code name} stands; {@link Checkpoint#START} if it never ran. */
  public Checkpoint of(String name) {
    return of(List.of(name)).getOrDefault(name, Checkpoint.START);
  }

  /**
   * Waits up to {@code timeout} until every named processor has handled the event at {@code position}
   * (as an append returned it), and says whether all did. A position of 0 or less is reached at once;
   * a position with no event (not appended yet, or a gap a rolled-back append left) and a processor
   * that never ran are not reached, so the answer is false at the timeout. Polls every few
   * milliseconds, and wakes at once when a processor of the runner these checkpoints came from
   * ({@link ProcessorRunner#checkpoints()}) advances; throws {@link EventStoreUnavailableException}
   * if the database is down.
   */
  public boolean awaitPosition(Collection<String> names, long position, Duration timeout) {
    if (position <= 0 || names.isEmpty()) return true;
    long deadline = System.nanoTime() + timeout.toNanos();
    Checkpoint target = null;
    for (long pause = 1; ; pause = Math.min(pause + 1, MAX_PAUSE_MILLIS)) {
      if (target == null) target = store.checkpointOf(position);
      if (target != null && allReached(names, target)) return true;
      long left = deadline - System.nanoTime();
      if (left <= 0 || !pause(Math.min(pause, left / 1_000_000 + 1))) return false;
    }
  }

  /**
   * Resets {@code projector} to the start in one transaction: its checkpoint first (which waits for,
   * or fences off, a batch another instance has in flight), then its rows. Its processor rebuilds it
   * from the first event, within a poll interval if it is running.
   */
  public void reset(Projector projector) {
    inTransaction(connection -> {
      CheckpointRows.reset(connection, projector.name());
      projector.reset(connection);
    });
  }

  /**
   * Resets the reactor called {@code reactorName} to the start, so it sees every event again and
   * relies on {@link Reactions#alreadyCaused} not to repeat itself. Not for projectors: their rows
   * would stay and take every event a second time; use {@link #reset(Projector)}.
   */
  public void reset(String reactorName) {
    inTransaction(connection -> CheckpointRows.reset(connection, reactorName));
  }

  /** Creates the checkpoint row of a processor that never ran; leaves an existing one alone. */
  void create(String name) {
    inTransaction(connection -> CheckpointRows.create(connection, name));
  }

  /**
   * Calls {@code listener} with a processor's name and new checkpoint each time a processor of the
   * runner these checkpoints came from commits a batch, on that thread (so it must be quick).
   */
  public AutoCloseable onAdvance(BiConsumer<String, Checkpoint> listener) {
    advanceListeners.add(listener);
    return () -> advanceListeners.remove(listener);
  }

  /** A processor of this process advanced to {@code checkpoint}: tells the listeners, wakes {@link #awaitPosition}. */
  void advanced(String name, Checkpoint checkpoint) {
    advanceListeners.forEach(listener -> listener.accept(name, checkpoint));
    synchronized (this) {
      notifyAll();
    }
  }

  private synchronized boolean pause(long millis) {
    try {
      wait(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private boolean allReached(Collection<String> names, Checkpoint target) {
    Map<String, Checkpoint> checkpoints = of(names);
    return names.stream().allMatch(name -> checkpoints.getOrDefault(name, Checkpoint.START).reached(target));
  }

  /** Where each named processor stands, in one query; a processor that never ran is absent. */
  public Map<String, Checkpoint> of(Collection<String> names) {
    try (Connection connection = dataSource.getConnection()) {
      return CheckpointRows.read(connection, names);
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }

  private void inTransaction(SqlWork work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        work.run(connection);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        FencedTransactions.rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }

  private interface SqlWork {
    void run(Connection connection) throws SQLException;
  }
}
