package dev.estodo.todo.metrics;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Times every request by its route's pattern ({@code /todo/{id}}, never the raw path, so the
 * number of series stays bounded), method and status, and counts commands by type and outcome.
 * It hears of a request when its answer is written, waited answers included.
 */
public final class HttpMetrics implements RequestLogger {
  static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
      Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
      Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
      Duration.ofSeconds(10), Duration.ofSeconds(30)};
  private static final String UNMATCHED = "unmatched";

  private final MeterRegistry registry;

  /** Records into the registry of {@code metrics}, with every command counter at 0 to begin with. */
  public HttpMetrics(Metrics metrics) {
    this.registry = metrics.registry();
    CommandOutcome.all().forEach(outcome -> counter(outcome));
  }

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    String route = route(ctx);
    String method = ctx.method().name();
    int status = ctx.statusCode();
    Timer.builder("estodo.http.requests").description("HTTP requests by route pattern, method and status")
        .tags("route", route, "method", method, "status", Integer.toString(status))
        .serviceLevelObjectives(LATENCY_BUCKETS).register(registry).record(Metrics.millis(executionTimeMs));
    CommandOutcome.of(method, route, status).ifPresent(outcome -> counter(outcome).increment());
  }

  private Counter counter(CommandOutcome outcome) {
    return registry.counter("estodo.commands", "type", outcome.type(), "outcome", outcome.outcome());
  }

  // A request no route matched (a 404 or 405) has no pattern (Javalin puts a sentence there, or
  // throws); its raw path must never become a label.
  private static String route(Context ctx) {
    try {
      String pattern = ctx.endpointHandlerPath();
      return pattern != null && pattern.startsWith("/") ? pattern : UNMATCHED;
    } catch (RuntimeException e) {
      return UNMATCHED;
    }
  }
}
