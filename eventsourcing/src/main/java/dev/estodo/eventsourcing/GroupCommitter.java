package dev.estodo.eventsourcing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit of the autocommitted appends: callers queue their appends and wait; one writing
 * thread takes whatever is waiting, up to a bounded batch, and writes it in one transaction, so
 * concurrent appends share one round trip and one WAL flush. Nothing waits for a batch to fill:
 * when the writer is idle, a lone append goes out at once. Each caller returns only once its own
 * append's transaction has committed, or with the exception that append earned.
 */
final class GroupCommitter implements AutoCloseable {
  private static final long CLOSE_WAIT_MILLIS = 10_000;
  // Marks the end of the queue at close: every append queued before it is still written.
  private static final PendingAppend END = PendingAppend.of(new UUID(0, 0), null, List.of());

  private final LinkedBlockingQueue<PendingAppend> waiting = new LinkedBlockingQueue<>();
  private final BatchWriter writer;
  private final int maxBatch;
  private final Thread thread;
  private volatile boolean closed;

  GroupCommitter(BatchWriter writer, int maxBatch) {
    if (maxBatch < 1) throw new IllegalArgumentException("append batch " + maxBatch + " < 1");
    this.writer = writer;
    this.maxBatch = maxBatch;
    this.thread = new Thread(this::writeWhileOpen, "estodo-append");
    thread.setDaemon(true);
    thread.start();
  }

  /** Appends and waits for the outcome: the last event's position, or the exception it earned. */
  long append(UUID aggregateId, Long expectedVersion, List<EventData> events) {
    PendingAppend append = PendingAppend.of(aggregateId, expectedVersion, events);
    if (closed) throw closedStore();
    waiting.add(append);
    // A close between the check and the add may have missed it: take it back unless someone has it.
    if (closed && waiting.remove(append)) throw closedStore();
    return await(append);
  }

  private long await(PendingAppend append) {
    try {
      return append.outcome().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (waiting.remove(append)) {
        throw new EventStoreUnavailableException("interrupted while the append waited for its batch; nothing was written", e);
      }
      // Its batch is being written: its outcome is on its way, and is the truth about it.
      return outcomeOf(append);
    } catch (ExecutionException e) {
      throw (RuntimeException) e.getCause();
    }
  }

  private static long outcomeOf(PendingAppend append) {
    boolean interrupted = Thread.interrupted();
    try {
      return append.outcome().join();
    } catch (CompletionException e) {
      throw (RuntimeException) e.getCause();
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }

  private void writeWhileOpen() {
    try {
      boolean ended = false;
      while (!ended) {
        List<PendingAppend> batch = nextBatch();
        ended = batch.remove(END);
        if (!batch.isEmpty()) writer.write(batch);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closed = true;
      failWaiting();
    }
  }

  private List<PendingAppend> nextBatch() throws InterruptedException {
    List<PendingAppend> batch = new ArrayList<>(Math.min(maxBatch, 64));
    batch.add(waiting.take());
    waiting.drainTo(batch, maxBatch - 1);
    return batch;
  }

  private void failWaiting() {
    List<PendingAppend> left = new ArrayList<>();
    waiting.drainTo(left);
    left.stream().filter(append -> append != END).forEach(append -> writer.fail(append, closedStore()));
  }

  private static EventStoreUnavailableException closedStore() {
    return new EventStoreUnavailableException("the event store is closed; nothing was written", null);
  }

  /**
   * Takes no more appends, writes every one already waiting, then stops the writing thread. Appends
   * still not written after a while (the database does not answer) fail as unavailable.
   */
  @Override
  public void close() {
    closed = true;
    waiting.add(END);
    try {
      thread.join(CLOSE_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    failWaiting();
  }
}
