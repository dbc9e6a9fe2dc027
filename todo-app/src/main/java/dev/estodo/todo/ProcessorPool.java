package dev.estodo.todo;

import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.processing.CheckpointWatch;
import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.eventsourcing.processing.ProcessorSettings;
import javax.sql.DataSource;

/**
 * Where the processors take their connections: a pool of their own, with a store and checkpoints
 * on it whose advances the watch of this process hears, or (in tests) the requests' pool, store and
 * checkpoints themselves. Their own store hears of the requests' appends by the store's
 * notification, as a store in another process would.
 */
final class ProcessorPool implements AutoCloseable {
  private final DataSource dataSource;
  private final PostgresEventStore store;
  private final ProcessorCheckpoints checkpoints;
  private final PostgresEventStore own;

  private ProcessorPool(DataSource dataSource, PostgresEventStore store, ProcessorCheckpoints checkpoints, PostgresEventStore own) {
    this.dataSource = dataSource;
    this.store = store;
    this.checkpoints = checkpoints;
    this.own = own;
  }

  /** On {@code processing}, or on the requests' {@code store} and {@code checkpoints} when it is their pool. */
  static ProcessorPool on(DataSource processing, DataSource requests, PostgresEventStore store,
      ProcessorCheckpoints checkpoints, CheckpointWatch watch) {
    if (processing == requests) return new ProcessorPool(requests, store, checkpoints, null);
    PostgresEventStore own = new PostgresEventStore(processing);
    ProcessorCheckpoints ownCheckpoints = new ProcessorCheckpoints(processing, own);
    watch.follow(ownCheckpoints);
    return new ProcessorPool(processing, own, ownCheckpoints, own);
  }

  /** The store as processors use it. */
  PostgresEventStore store() {
    return store;
  }

  /** A runner on this pool, no processors added yet. */
  ProcessorRunner runner(ProcessorSettings tuning) {
    return new ProcessorRunner(dataSource, store, tuning, checkpoints);
  }

  @Override
  public void close() {
    if (own != null) own.close();
  }
}
