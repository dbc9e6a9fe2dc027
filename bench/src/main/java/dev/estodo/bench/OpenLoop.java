package dev.estodo.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A steady load: operations started at a fixed rate whatever their latency, as independent
 * clients send them, each recording what it measures (a lag, say) rather than its own duration.
 * Operation i records into result {@code i % kinds}, so kinds of measurement can share one load.
 * Operations started during the warm-up are not recorded.
 *
 * <p>A due operation goes to an idle client thread, or to a new one when all are busy (up to
 * {@link #MAX_IN_FLIGHT}), so a slow answer never holds back the next operation. One that still
 * starts over a millisecond after it was due (the scheduler or the machine fell behind) is counted
 * as late, so a row can say its latencies include the generator's own queue.
 */
final class OpenLoop {
  /** The most operations in flight at once; past it the server is hopelessly behind, and one more is an error. */
  static final int MAX_IN_FLIGHT = 2_000;
  private static final long LATE_NANOS = 1_000_000;
  private static final long IDLE_SECONDS = 60;

  /** One operation, told its sequence number and when it was due to start; returns the nanoseconds to record. */
  @FunctionalInterface
  interface Measured {
    long run(long index, long dueNanos) throws Exception;
  }

  private final List<Latencies> latencies = new ArrayList<>();
  private final AtomicLong[] errors;
  private final AtomicReference<String> firstError = new AtomicReference<>();
  private final AtomicLong late = new AtomicLong();

  private OpenLoop(int kinds) {
    errors = new AtomicLong[kinds];
    for (int kind = 0; kind < kinds; kind++) {
      latencies.add(new Latencies());
      errors[kind] = new AtomicLong();
    }
  }

  /**
   * Starts {@code perSecond} operations a second for {@code warmup} plus {@code measure}, on
   * {@code threads} threads started up front and more when they are all busy, and returns one
   * result per kind.
   */
  static List<LoadResult> run(double perSecond, Timing timing, int threads, int kinds, Measured operation)
      throws InterruptedException {
    return run(perSecond, timing, threads, kinds, operation, Window.cpu(CpuMeter.none()));
  }

  /** {@link #run(double, Timing, int, int, Measured)}, telling {@code window} when the measured operations start and end. */
  static List<LoadResult> run(double perSecond, Timing timing, int threads, int kinds, Measured operation,
      Window window) throws InterruptedException {
    OpenLoop loop = new OpenLoop(kinds);
    Duration warmup = timing.warmup();
    Duration measure = timing.measure();
    long interval = (long) (1e9 / perSecond);
    long warm = warmup.toNanos() / interval;
    long total = warm + measure.toNanos() / interval;
    ThreadPoolExecutor clients = new ThreadPoolExecutor(threads, Math.max(threads, MAX_IN_FLIGHT), IDLE_SECONDS,
        TimeUnit.SECONDS, new SynchronousQueue<>());
    clients.prestartAllCoreThreads();
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = start + i * interval;
      TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
      if (i == warm) window.opened();
      loop.start(clients, operation, i, due, i >= warm);
    }
    clients.shutdown();
    clients.awaitTermination(1, TimeUnit.MINUTES);
    window.closed();
    List<LoadResult> results = new ArrayList<>();
    for (int kind = 0; kind < kinds; kind++) {
      long[] sorted = Latencies.sorted(List.of(loop.latencies.get(kind)));
      results.add(window.applyTo(LoadResult.of(sorted.length, loop.errors[kind].get(), measure.toNanos(), sorted,
          loop.firstError.get())).withLate(kind == 0 ? loop.late.get() : 0));
    }
    return results;
  }

  private void start(ThreadPoolExecutor clients, Measured operation, long index, long due, boolean measured) {
    try {
      clients.execute(() -> attempt(operation, index, due, measured));
    } catch (RejectedExecutionException e) {
      failed(index, measured, "more than " + clients.getMaximumPoolSize() + " operations in flight");
    }
  }

  private void attempt(Measured operation, long index, long due, boolean measured) {
    if (measured && System.nanoTime() - due > LATE_NANOS) late.incrementAndGet();
    try {
      long nanos = operation.run(index, due);
      if (!measured) return;
      Latencies recorded = latencies.get((int) (index % errors.length));
      synchronized (recorded) {
        recorded.record(nanos);
      }
    } catch (Exception e) {
      failed(index, measured, e.toString());
    }
  }

  private void failed(long index, boolean measured, String error) {
    if (measured) errors[(int) (index % errors.length)].incrementAndGet();
    firstError.compareAndSet(null, error);
  }
}
