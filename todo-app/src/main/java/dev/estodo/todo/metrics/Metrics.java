package dev.estodo.todo.metrics;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.AppendObserver;
import dev.estodo.eventsourcing.processing.BatchObserver;
import dev.estodo.eventsourcing.processing.CheckpointWatch;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.IntSupplier;
import javax.sql.DataSource;

/** One process's meters, in a registry of its own (never a global one, so tests stay apart). */
public final class Metrics implements AutoCloseable {
  private static final double[] BATCH_SIZES = {1, 10, 50, 100, 500, 1000};

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();

  /** A registry with the JVM's, the process's and the system's usual meters. */
  public Metrics() {
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
  }

  /** Measures a HikariCP pool ({@code hikaricp_*}); any other data source has nothing to tell. */
  public void measurePool(DataSource dataSource) {
    if (dataSource instanceof HikariDataSource pool && pool.getMetricRegistry() == null) {
      pool.setMetricRegistry(registry);
    }
  }

  /** The number of {@code ?after=} waits open on {@code watch}. */
  public void measureWaits(CheckpointWatch watch) {
    Gauge.builder("estodo.waits.open", watch, CheckpointWatch::open).strongReference(true)
        .description("?after= waits open in this process").register(registry);
  }

  /** The number of event streams {@code open} tells are open; the first web server's, if a process has several. */
  public void measureStreams(IntSupplier open) {
    Gauge.builder("estodo.event.streams.open", open, supplier -> supplier.getAsInt()).strongReference(true)
        .description("event streams (GET /events/stream) open in this process").register(registry);
  }

  /** What the store tells of its appends: how many, how long, how many events. */
  public AppendObserver appends() {
    return (events, took, succeeded) -> {
      Timer.builder("estodo.appends").description("appends to the event store")
          .tag("outcome", succeeded ? "ok" : "failed").register(registry).record(took);
      if (succeeded) registry.counter("estodo.appended.events").increment(events);
    };
  }

  /** What the processors tell of their batches: events per batch and how long each took. */
  public BatchObserver batches() {
    return (processor, events, took) -> {
      DistributionSummary.builder("estodo.processor.batch.events").tag("processor", processor)
          .serviceLevelObjectives(BATCH_SIZES).register(registry).record(events);
      Timer.builder("estodo.processor.batch").tag("processor", processor)
          .serviceLevelObjectives(HttpMetrics.LATENCY_BUCKETS).register(registry).record(took);
    };
  }

  PrometheusMeterRegistry registry() {
    return registry;
  }

  /** Every meter in the Prometheus text format, version 0.0.4. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }

  static Duration millis(double millis) {
    return Duration.ofNanos(Math.round(millis * 1_000_000));
  }
}
