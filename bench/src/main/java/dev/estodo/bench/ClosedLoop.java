package dev.estodo.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * The load harness: N threads each run their own operation once (before the clock starts), then
 * back to back, first for the warm-up (not recorded), then for the measured time, recording each
 * operation's latency. Operations started in the measured window count; the rate is over that window.
 */
final class ClosedLoop {
  /** One unit of work; a thrown exception counts as an error, not as a measured operation. */
  @FunctionalInterface
  interface Operation {
    void run() throws Exception;
  }

  private final AtomicLong errors = new AtomicLong();
  private final AtomicReference<String> firstError = new AtomicReference<>();
  private final long measureFrom;
  private final long measureUntil;

  private ClosedLoop(Duration warmup, Duration measure) {
    this.measureFrom = System.nanoTime() + warmup.toNanos();
    this.measureUntil = measureFrom + measure.toNanos();
  }

  /** Runs {@code operations.apply(i)} on thread i of {@code threads}, metering CPU with {@code cpu}. */
  static LoadResult run(int threads, Timing timing, CpuMeter cpu, IntFunction<Operation> operations)
      throws InterruptedException {
    return run(threads, timing, Window.cpu(cpu), operations);
  }

  /** Runs {@code operations.apply(i)} on thread i of {@code threads}, telling {@code window} the measured time. */
  static LoadResult run(int threads, Timing timing, Window window, IntFunction<Operation> operations)
      throws InterruptedException {
    List<Operation> perThread = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      perThread.add(primed(operations.apply(i)));
    }
    return new ClosedLoop(timing.warmup(), timing.measure()).runAll(perThread, window);
  }

  /**
   * {@code operation} after running it once, before the clock starts: a fresh process's first
   * operation loads classes and opens a connection, which on a loaded machine (load 40 seen) can
   * outlast a short warm-up. A failure here is not counted; the measured run meets it again.
   */
  private static Operation primed(Operation operation) {
    try {
      operation.run();
    } catch (Exception e) {
      // counted when measured, if it persists
    }
    return operation;
  }

  private LoadResult runAll(List<Operation> perThread, Window window) throws InterruptedException {
    List<Latencies> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (Operation operation : perThread) {
      Latencies recorded = new Latencies();
      latencies.add(recorded);
      threads.add(new Thread(() -> loop(operation, recorded), "bench-load-" + threads.size()));
    }
    threads.forEach(Thread::start);
    TimeUnit.NANOSECONDS.sleep(Math.max(0, measureFrom - System.nanoTime()));
    window.opened();
    TimeUnit.NANOSECONDS.sleep(Math.max(0, measureUntil - System.nanoTime()));
    window.closed();
    for (Thread thread : threads) {
      thread.join();
    }
    long[] sorted = Latencies.sorted(latencies);
    return window.applyTo(LoadResult.of(sorted.length, errors.get(), measureUntil - measureFrom, sorted,
        firstError.get()));
  }

  private void loop(Operation operation, Latencies recorded) {
    for (long start = System.nanoTime(); start < measureUntil; start = System.nanoTime()) {
      boolean ok = attempt(operation, start >= measureFrom);
      long elapsed = System.nanoTime() - start;
      if (ok && start >= measureFrom) recorded.record(elapsed);
    }
  }

  private boolean attempt(Operation operation, boolean measured) {
    try {
      operation.run();
      return true;
    } catch (Exception e) {
      if (measured) errors.incrementAndGet();
      firstError.compareAndSet(null, e.toString());
      return false;
    }
  }
}
