package dev.estodo.todo.metrics;

import dev.estodo.todo.metrics.ProcessorReadings.Reading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Gauges of each processor's lag, state and parked events, read from the database at most once a
 * second however often Prometheus scrapes, and NaN (no value) while the database cannot be read.
 */
public final class ProcessorGauges {
  private static final long FRESH_NANOS = 1_000_000_000L;

  private final ProcessorReadings readings;
  private final List<String> processors;
  private Map<String, Reading> last = Map.of();
  private long readAt;

  ProcessorGauges(ProcessorReadings readings, List<String> processors) {
    this.readings = readings;
    this.processors = List.copyOf(processors);
  }

  /** Registers the gauges of every processor. */
  void register(MeterRegistry registry) {
    for (String name : processors) {
      gauge(registry, "estodo.processor.lag.events", name, null, Reading::lagEvents);
      gauge(registry, "estodo.processor.lag.seconds", name, null, Reading::lagSeconds);
      gauge(registry, "estodo.processor.state", name, "active", Reading::active);
      gauge(registry, "estodo.processor.state", name, "standby", Reading::standby);
      gauge(registry, "estodo.processor.state", name, "failing", Reading::failing);
      gauge(registry, "estodo.processor.parked.events", name, null, Reading::parked);
    }
  }

  // Held strongly: nothing else keeps these gauges' source alive, and Micrometer's default weak
  // reference would turn them into NaN after the first garbage collection.
  private void gauge(MeterRegistry registry, String metric, String name, String state, ToDoubleFunction<Reading> value) {
    Gauge.Builder<ProcessorGauges> gauge = Gauge.builder(metric, this, gauges -> value.applyAsDouble(gauges.reading(name)))
        .tag("processor", name).strongReference(true);
    (state == null ? gauge : gauge.tag("state", state)).register(registry);
  }

  private synchronized Reading reading(String name) {
    if (readAt == 0 || System.nanoTime() - readAt > FRESH_NANOS) {
      readAt = System.nanoTime();
      try {
        last = readings.read(processors);
      } catch (SQLException | RuntimeException e) {
        last = Map.of();
      }
    }
    return last.getOrDefault(name, Reading.UNKNOWN);
  }
}
