package dev.estodo.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A steady load: operations started at a fixed rate whatever their latency, as independent
 * clients send them, each recording what it measures (a lag, say) rather than its own duration.
 * Operation i records into result {@code i % kinds}, so kinds of measurement can share one load.
 * Operations started during the warm-up are not recorded.
 */
final class OpenLoop {
  /** One operation, told its sequence number and when it was due to start; returns the nanoseconds to record. */
  @FunctionalInterface
  interface Measured {
    long run(long index, long dueNanos) throws Exception;
  }

  private final List<Latencies> latencies = new ArrayList<>();
  private final AtomicLong[] errors;
  private final AtomicReference<String> firstError = new AtomicReference<>();

  private OpenLoop(int kinds) {
    errors = new AtomicLong[kinds];
    for (int kind = 0; kind < kinds; kind++) {
      latencies.add(new Latencies());
      errors[kind] = new AtomicLong();
    }
  }

  /**
   * Starts {@code perSecond} operations a second for {@code warmup} plus {@code measure}, on up to
   * {@code threads} threads, and returns one result per kind.
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
    ExecutorService clients = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = start + i * interval;
      TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
      if (i == warm) window.opened();
      long index = i;
      clients.execute(() -> loop.attempt(operation, index, due, index >= warm));
    }
    clients.shutdown();
    clients.awaitTermination(1, TimeUnit.MINUTES);
    window.closed();
    List<LoadResult> results = new ArrayList<>();
    for (int kind = 0; kind < kinds; kind++) {
      long[] sorted = Latencies.sorted(List.of(loop.latencies.get(kind)));
      results.add(window.applyTo(LoadResult.of(sorted.length, loop.errors[kind].get(), measure.toNanos(), sorted,
          loop.firstError.get())));
    }
    return results;
  }

  private void attempt(Measured operation, long index, long due, boolean measured) {
    int kind = (int) (index % errors.length);
    try {
      long nanos = operation.run(index, due);
      if (!measured) return;
      Latencies recorded = latencies.get(kind);
      synchronized (recorded) {
        recorded.record(nanos);
      }
    } catch (Exception e) {
      if (measured) errors[kind].incrementAndGet();
      firstError.compareAndSet(null, e.toString());
    }
  }
}
