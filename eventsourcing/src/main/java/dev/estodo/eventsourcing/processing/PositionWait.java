package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStore;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One open wait of a {@link CheckpointWatch}: for the processor {@code name} to reach the event at
 * {@code position}, whose read-order place is found once it exists (a position a transaction still
 * holds has none yet).
 */
final class PositionWait {
  private final String name;
  private final long position;
  private final CompletableFuture<Boolean> reached = new CompletableFuture<>();
  private volatile Checkpoint target;

  PositionWait(String name, long position) {
    this.name = name;
    this.position = position;
  }

  String name() {
    return name;
  }

  CompletableFuture<Boolean> reached() {
    return reached;
  }

  /** Looks the target up in {@code store} unless it is known: one query, and only until it exists. */
  void resolve(EventStore store) {
    if (target == null) target = store.checkpointOf(position);
  }

  /** Completes the wait if {@code known} (the latest checkpoints heard of) has reached the target. */
  void check(Map<String, Checkpoint> known) {
    Checkpoint now = known.get(name);
    Checkpoint wanted = target;
    if (now != null && wanted != null && now.reached(wanted)) reached.complete(true);
  }
}
