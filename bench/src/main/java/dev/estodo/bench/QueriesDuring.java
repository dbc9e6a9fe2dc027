package dev.estodo.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Queries that run while something else is measured: threads sending {@code GET uri} one after another
 * until stopped, each answer expected to be 200 and, when the first was not empty, not empty either.
 */
final class QueriesDuring {
  private final HttpLoad http = new HttpLoad();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong errors = new AtomicLong();
  private final AtomicReference<String> firstError = new AtomicReference<>();
  private final List<Latencies> latencies = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final URI uri;
  private final boolean expectRows;
  private final long start = System.nanoTime();

  private QueriesDuring(URI uri, boolean expectRows) {
    this.uri = uri;
    this.expectRows = expectRows;
  }

  /** Starts {@code count} threads querying {@code uri}. */
  static QueriesDuring start(URI uri, int count) throws Exception {
    QueriesDuring queries = new QueriesDuring(uri, !empty(new HttpLoad().send("GET", uri, null, 200).body()));
    for (int i = 0; i < count; i++) {
      Latencies recorded = new Latencies();
      queries.latencies.add(recorded);
      queries.threads.add(new Thread(() -> queries.loop(recorded), "bench-queries-" + i));
    }
    queries.threads.forEach(Thread::start);
    return queries;
  }

  /** Stops the threads and returns what they measured. */
  LoadResult stop() throws InterruptedException {
    running.set(false);
    for (Thread thread : threads) {
      thread.join();
    }
    long[] sorted = Latencies.sorted(latencies);
    return LoadResult.of(sorted.length, errors.get(), System.nanoTime() - start, sorted, firstError.get());
  }

  private void loop(Latencies recorded) {
    while (running.get()) {
      long sent = System.nanoTime();
      try {
        String body = http.send("GET", uri, null, 200).body();
        if (expectRows && empty(body)) throw new IllegalStateException(uri.getPath() + " answered an empty list");
        recorded.record(System.nanoTime() - sent);
      } catch (Exception e) {
        errors.incrementAndGet();
        firstError.compareAndSet(null, e.toString());
      }
    }
  }

  private static boolean empty(String body) {
    return body.replaceAll("\\s", "").equals("[]");
  }
}
