package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.PostgresEventStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs projectors and reactors, each on its own thread, each active in one runner at a time across
 * processes (a lease per processor, renewed by a heartbeat thread, with a fencing token that every
 * write checks) while other runners stand by to take over. Each processor borrows a connection of
 * the data source per batch, and the heartbeat one per renewal (size the pool for that); its
 * threads keep the JVM alive until {@link #close()}.
 */
public final class ProcessorRunner implements AutoCloseable {
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
  private static final Logger log = LoggerFactory.getLogger(ProcessorRunner.class);

  private final DataSource dataSource;
  private final PostgresEventStore store;
  private final ProcessorSettings settings;
  private final ProcessorCheckpoints checkpoints;
  private final ProcessorLeases leases;
  private final List<EventProcessor> processors = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile BatchObserver observer = BatchObserver.NONE;
  private AutoCloseable subscription;
  private boolean started;
  private boolean closed;

  /** A runner of processors that follow {@code store}, keeping checkpoints and leases in {@code dataSource}, the store's. */
  public ProcessorRunner(DataSource dataSource, PostgresEventStore store, ProcessorSettings settings) {
    this(dataSource, store, settings, new ProcessorCheckpoints(dataSource, store));
  }

  /**
   * A runner whose processors advance {@code checkpoints}, so that waits on it in this process (a
   * query's read-your-writes) wake the moment a processor commits instead of at their next poll.
   */
  public ProcessorRunner(DataSource dataSource, PostgresEventStore store, ProcessorSettings settings,
      ProcessorCheckpoints checkpoints) {
    this.dataSource = dataSource;
    this.store = store;
    this.settings = settings;
    this.checkpoints = checkpoints;
    this.leases = new ProcessorLeases(dataSource, settings);
  }

  /** Adds a projector before {@link #start()}; names must be unique among all processors. */
  public synchronized ProcessorRunner add(Projector projector) {
    return add(new ProjectorHandler(dataSource, projector, settings.lease()));
  }

  /** Adds a reactor before {@link #start()}; names must be unique among all processors. */
  public synchronized ProcessorRunner add(Reactor reactor) {
    return add(new ReactorHandler(dataSource, store, reactor, settings));
  }

  private ProcessorRunner add(BatchHandler handler) {
    if (started || closed) throw new IllegalStateException("processor " + handler.name() + " added after start");
    if (processors.stream().anyMatch(p -> p.name().equals(handler.name()))) {
      throw new IllegalArgumentException("two processors are named " + handler.name());
    }
    processors.add(new EventProcessor(handler, store, checkpoints, leases, settings,
        new FailureRecords(dataSource, handler.name()), (name, events, took) -> observer.committed(name, events, took)));
    return this;
  }

  /**
   * Creates the checkpoints of processors that never ran (at the start of the store) and starts
   * their threads. The store's and the projectors' tables must exist already. Throws {@link
   * RestoredStoreException}, starting nothing, if the store was restored from another server.
   */
  public synchronized void start() {
    if (started || closed) throw new IllegalStateException("the processor runner was already started");
    RestoredStore.refuseIfRestored(dataSource);
    started = true;
    processors.forEach(processor -> checkpoints.create(processor.name()));
    subscription = store.onAppend(() -> processors.forEach(EventProcessor::wake));
    leases.start(processors.stream().map(EventProcessor::name).toList());
    for (EventProcessor processor : processors) {
      threads.add(new Thread(processor, "estodo-processor-" + processor.name()));
    }
    threads.forEach(Thread::start);
  }

  /** From now on tells {@code observer} of every batch its processors commit: for metrics. */
  public ProcessorRunner observeBatches(BatchObserver observer) {
    this.observer = observer;
    return this;
  }

  /** Each processor's status, in the order they were added. */
  public List<ProcessorStatus> status() {
    return processors.stream().map(EventProcessor::status).toList();
  }

  /** The checkpoints, whose waits wake as soon as this runner's processors advance. */
  public ProcessorCheckpoints checkpoints() {
    return checkpoints;
  }

  /**
   * Lets each processor commit the batch in hand (interrupting one that takes over 10 s), stops the
   * threads and gives up the leases (their expiry set to now), so standbys elsewhere take over at
   * once. Safe to call more than once.
   */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    processors.forEach(EventProcessor::stop);
    threads.forEach(ProcessorRunner::join);
    if (subscription != null) closeQuietly(subscription);
    leases.close();
  }

  private static void join(Thread thread) {
    try {
      thread.join(CLOSE_WAIT.toMillis());
      if (!thread.isAlive()) return;
      log.warn("{} did not finish its batch within {}; interrupting it", thread.getName(), CLOSE_WAIT);
      thread.interrupt();
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(AutoCloseable subscription) {
    try {
      subscription.close();
    } catch (Exception e) {
      log.debug("Closing the append subscription failed", e);
    }
  }
}
