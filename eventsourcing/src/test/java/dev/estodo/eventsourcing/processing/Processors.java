package dev.estodo.eventsourcing.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.EventStoreContract;
import dev.estodo.eventsourcing.StoredEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

/** Shared helpers of the processor tests: quick settings, appending, waiting, holding, expected rows. */
final class Processors {
  static final ProcessorSettings QUICK = new ProcessorSettings(10, Duration.ofMillis(100), Duration.ofMillis(50),
      Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofMillis(1500), Duration.ofMillis(250));
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

  /** The positions of {@code rows}, checking they are numbered 1, 2, 3... as applied. */
  static List<Long> positionsOf(List<RowsProjector.Row> rows) {
    assertThat(rows).extracting(RowsProjector.Row::seq)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, rows.size()).boxed().toList());
    return rows.stream().map(RowsProjector.Row::position).toList();
  }

  /** Holds a processor's thread in the middle of a batch: says so, then waits to be let go. */
  static void hold(CountDownLatch holding, CountDownLatch letGo) {
    holding.countDown();
    try {
      letGo.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The rows a projector that never crashed leaves: every event once, in read order. */
  static List<Long> readOrder(EventStore store) {
    return store.readAfter(Checkpoint.START, 10_000).events().stream().map(StoredEvent::position).toList();
  }
}
