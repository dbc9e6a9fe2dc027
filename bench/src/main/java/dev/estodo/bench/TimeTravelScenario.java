package dev.estodo.bench;

import dev.estodo.eventsourcing.processing.Projector;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * Scenario 9: loads 100,000 events (the quick run: the catch-up scenario's few thousand), lets the
 * projections catch up, then asks for one of the three lists at a random position, or at a random
 * time of the load, one request at a time, and reports the latency of {@code ?at=} (p50, p99 and,
 * said on its own line, the slowest) against the target: every answer in under 1 s.
 */
final class TimeTravelScenario implements Scenario {
  static final String NAME = "9 time travel";
  private static final long FULL_EVENTS = 100_000;
  private static final Duration CATCH_UP = Duration.ofMinutes(10);
  private static final List<String> LISTS = List.of("outstanding", "scheduled", "completed");

  @Override
  public String name() {
    return "time-travel";
  }

  @Override
  public String label() {
    return NAME;
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    try (BenchServer server = BenchServer.start(context)) {
      long events = context.settings().quick() ? context.settings().catchUpEvents() : FULL_EVENTS;
      context.say(String.format(Locale.ROOT, "loading %,d events", events));
      Instant start = Instant.now();
      List<Measurement> rows = new ArrayList<>(List.of(context.reported(Loader.load(NAME, server.pool(), events))));
      Instant end = Instant.now();
      awaitProjected(server);
      long head = server.head();
      HttpLoad http = new HttpLoad();
      LongAccumulator slowest = new LongAccumulator(Math::max, 0);
      LoadResult byPosition = context.load(1, i -> timed(slowest, () -> http.send("GET", at(server, positionIn(head)), null, 200)));
      rows.add(reported(context, "GET /todos/{list}?at=<random position>", byPosition, slowest));
      LongAccumulator slowestByTime = new LongAccumulator(Math::max, 0);
      LoadResult byTime = context.load(1, i -> timed(slowestByTime, () -> http.send("GET", at(server, timeIn(start, end)), null, 200)));
      rows.add(reported(context, "GET /todos/{list}?at=<random time>", byTime, slowestByTime));
      return rows;
    }
  }

  // the slowest answer, which the load's percentiles do not give
  private static ClosedLoop.Operation timed(LongAccumulator slowest, ClosedLoop.Operation operation) {
    return () -> {
      long started = System.nanoTime();
      operation.run();
      slowest.accumulate(System.nanoTime() - started);
    };
  }

  private static Measurement reported(BenchContext context, String variant, LoadResult result, LongAccumulator slowest) {
    double max = result.count() == 0 ? Double.NaN : slowest.get() / 1e6;
    context.say(String.format(Locale.ROOT, "%s: slowest %.1f ms of %d (target: every answer under 1,000 ms: %s)",
        variant, max, result.count(), max < 1000 ? "met" : "missed"));
    return context.reported(Measurement.of(NAME, variant, 1, "requests/s", result));
  }

  private static URI at(BenchServer server, String at) {
    String list = LISTS.get(ThreadLocalRandom.current().nextInt(LISTS.size()));
    return server.uri("/todos/" + list + "?at=" + at);
  }

  private static String positionIn(long head) {
    return Long.toString(ThreadLocalRandom.current().nextLong(1, head + 1));
  }

  // an instant of the load, in UTC (Z): no + to escape
  private static String timeIn(Instant start, Instant end) {
    long nanos = ThreadLocalRandom.current().nextLong(Duration.between(start, end).toNanos() + 1);
    return start.plusNanos(nanos).toString();
  }

  private static void awaitProjected(BenchServer server) throws Exception {
    List<String> names = server.application().projectors().stream().map(Projector::name).toList();
    if (!server.application().checkpoints().awaitPosition(names, server.head(), CATCH_UP)) {
      throw new IllegalStateException("the projections did not catch up in " + CATCH_UP);
    }
  }
}
