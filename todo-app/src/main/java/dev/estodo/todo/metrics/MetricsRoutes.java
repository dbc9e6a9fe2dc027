package dev.estodo.todo.metrics;

import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import dev.estodo.todo.web.Routes;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/** {@code GET /metrics}: every meter of {@link Metrics}, the processors' read from {@code dataSource}. */
public final class MetricsRoutes implements Routes {
  /** The content type of the Prometheus text format that {@code /metrics} answers in. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final Metrics metrics;

  /** Exports {@code metrics} with gauges of the {@code processors} named, whose standbys are judged by {@code lease}. */
  public MetricsRoutes(Metrics metrics, DataSource dataSource, ProcessorCheckpoints checkpoints,
      List<String> processors, Duration lease) {
    this.metrics = metrics;
    new ProcessorGauges(new ProcessorReadings(dataSource, checkpoints, lease), processors).register(metrics.registry());
  }

  @Override
  public void addTo(Javalin app) {
    app.get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(metrics.scrape()));
  }
}
