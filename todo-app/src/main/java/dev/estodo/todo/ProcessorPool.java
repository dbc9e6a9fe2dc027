package dev.estodo.todo;

import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.processing.CheckpointWatch;
import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.eventsourcing.processing.ProcessorSettings;
import javax.sql.DataSource;

/**
 * Where the processors take their connections: a pool of their own, with a store and checkpoints
 * on it whose advances the watch of this process hears, or (in tests) the requests' pool, store and
 * checkpoints themselves.
 */
final class ProcessorPool implements AutoCloseable {
  private final DataSource dataSource;
  private final EventStore store;
  private final ProcessorCheckpoints checkpoints;
  private final ProcessorStore own;

  private ProcessorPool(DataSource dataSource, EventStore store, ProcessorCheckpoints checkpoints, ProcessorStore own) {
    this.dataSource = dataSource;
    this.store = store;
    this.checkpoints = checkpoints;
    this.own = own;
  }

  /** On {@code processing}, or on the requests' {@code store} and {@code checkpoints} when it is their pool. */
  static ProcessorPool on(DataSource processing, DataSource requests, EventStore store,
      ProcessorCheckpoints checkpoints, CheckpointWatch watch) {
    if (processing == requests) return new ProcessorPool(requests, store, checkpoints, null);
    ProcessorStore own = new ProcessorStore(processing, store);
    ProcessorCheckpoints ownCheckpoints = new ProcessorCheckpoints(processing, own);
    watch.follow(ownCheckpoints);
    return new ProcessorPool(processing, own, ownCheckpoints, own);
  }

  /** The store as processors use it. */
  EventStore store() {
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
