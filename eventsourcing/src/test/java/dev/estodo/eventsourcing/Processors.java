package dev.estodo.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Shared helpers of the processor tests: quick settings, appending, waiting, expected rows. */
final class Processors {
  static final ProcessorSettings QUICK = new ProcessorSettings(
      10, Duration.ofMillis(100), Duration.ofMillis(50), Duration.ofMillis(20), Duration.ofMillis(200));
  static final Duration PATIENCE = Duration.ofSeconds(10);

  private Processors() {}

  /** Appends one event per type, each to a new aggregate; returns their positions. */
  static List<Long> append(EventStore store, String... types) {
    List<Long> positions = new ArrayList<>();
    for (String type : types) {
      positions.add(store.append(UUID.randomUUID(), 0, List.of(EventStoreContract.event(type, "{}"))));
    }
    return positions;
  }

  static String[] squats(int count) {
    String[] types = new String[count];
    Arrays.fill(types, "squats_done");
    return types;
  }

  /** Waits until {@code condition} holds, failing the test after {@link #PATIENCE}. */
  static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() < deadline).as("in time: " + what).isTrue();
      Thread.sleep(10);
    }
  }

  /** The rows a projector that never crashed leaves: every event once, in read order. */
  static List<Long> readOrder(EventStore store) {
    return store.readAfter(Checkpoint.START, 10_000).events().stream().map(StoredEvent::position).toList();
  }
}
