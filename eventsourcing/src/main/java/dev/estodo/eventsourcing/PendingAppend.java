package dev.estodo.eventsourcing;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One autocommitted append waiting for its batch: what to append, when it was asked for, and the
 * outcome its caller waits on (the last event's position, or the exception it would have had alone).
 */
record PendingAppend(UUID aggregateId, Long expectedVersion, List<EventData> events, long askedNanos,
    CompletableFuture<Long> outcome) {

  /** A new append asked for now. */
  static PendingAppend of(UUID aggregateId, Long expectedVersion, List<EventData> events) {
    return new PendingAppend(aggregateId, expectedVersion, events, System.nanoTime(), new CompletableFuture<>());
  }

  /** A conflict: the aggregate was at {@code foundVersion}, not the expected one; see {@link ConcurrencyException#lostRace()}. */
  ConcurrencyException conflict(long foundVersion, boolean lostRace) {
    return new ConcurrencyException(aggregateId, expectedVersion == null ? -1 : expectedVersion, foundVersion, lostRace);
  }
}
