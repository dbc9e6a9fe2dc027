package dev.estodo.eventsourcing.processing;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * Waits for processors to reach a position with neither a thread nor a query per wait: one watch
 * per process keeps the latest checkpoint heard of for each processor waited for, and completes
 * every wait that it reaches. It hears of the advances of a runner in this process as they commit
 * ({@link #follow}), at no cost; for processors elsewhere it reads every waited-for checkpoint in
 * one query, soon after the store signals an append and then less and less often, at least every
 * {@link WatchLoop#LONGEST_PAUSE} while a wait is open. At most {@code limit} waits are open at once.
 */
public final class CheckpointWatch implements AutoCloseable {
  private final ProcessorCheckpoints checkpoints;
  private final EventStore store;
  private final int limit;
  private final Semaphore slots;
  private final Set<PositionWait> waits = ConcurrentHashMap.newKeySet();
  private final Map<String, Checkpoint> known = new ConcurrentHashMap<>();
  private final List<AutoCloseable> subscriptions = new CopyOnWriteArrayList<>();
  private WatchLoop loop;
  private boolean closed;

  /** A watch on {@code checkpoints} of processors following {@code store}, holding at most {@code limit} waits. */
  public CheckpointWatch(ProcessorCheckpoints checkpoints, EventStore store, int limit) {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    this.checkpoints = checkpoints;
    this.store = store;
    this.limit = limit;
    this.slots = new Semaphore(limit);
  }

  /**
   * Completes with true once the processor {@code name} has handled the event at {@code position}
   * (as an append returned it), with false after {@code timeout}, exceptionally if the database is
   * down when the wait starts. Completion may run on a processor's thread: do slow work asynchronously.
   *
   * @throws TooManyWaitsException when {@code limit} waits are open already
   */
  public CompletableFuture<Boolean> await(String name, long position, Duration timeout) {
    if (position <= 0) return CompletableFuture.completedFuture(true);
    if (!slots.tryAcquire()) throw new TooManyWaitsException(limit);
    PositionWait wait = new PositionWait(name, position);
    waits.add(wait);
    wait.reached().whenComplete((reached, error) -> {
      waits.remove(wait);
      slots.release();
    });
    wait.reached().completeOnTimeout(false, timeout.toNanos(), NANOSECONDS);
    try {
      wait.resolve(store);
      wait.check(known);
      started().wake();
    } catch (RuntimeException e) {
      wait.reached().completeExceptionally(e);
    }
    return wait.reached();
  }

  /** Hears of the advances of {@code local}, the checkpoints of a runner in this process, as they commit. */
  public void follow(ProcessorCheckpoints local) {
    subscriptions.add(local.onAdvance(this::advanced));
  }

  /** How many waits are open now. */
  public int open() {
    return waits.size();
  }

  private void advanced(String name, Checkpoint checkpoint) {
    known.put(name, checkpoint);
    waits.stream().filter(wait -> wait.name().equals(name)).forEach(wait -> wait.check(known));
  }

  /** One query for every processor waited for, then every open wait checked against the answer. */
  private void poll() {
    Set<String> names = waits.stream().map(PositionWait::name).collect(Collectors.toSet());
    if (names.isEmpty()) return;
    known.putAll(checkpoints.of(names));
    for (PositionWait wait : waits) {
      wait.resolve(store);
      wait.check(known);
    }
  }

  // The loop and its subscription to appends start with the first wait: a process that never
  // waits holds no thread and no listening connection for it.
  private synchronized WatchLoop started() {
    if (closed) throw new IllegalStateException("the checkpoint watch is closed");
    if (loop == null) {
      loop = new WatchLoop(this::poll, () -> !waits.isEmpty());
      subscriptions.add(store.onAppend(loop::wake));
    }
    return loop;
  }

  /** Stops watching; waits still open complete with false. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      if (loop != null) loop.close();
    }
    subscriptions.forEach(WatchLoop::closeQuietly);
    waits.forEach(wait -> wait.reached().complete(false));
  }
}
