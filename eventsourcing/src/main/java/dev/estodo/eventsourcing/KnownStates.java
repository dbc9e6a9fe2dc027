package dev.estodo.eventsourcing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.UUID;

/**
 * The decider states of recently commanded aggregates, each with the version it was folded up to,
 * at most {@code size} of them (the least used are evicted). An entry may be stale, as another
 * process may have written since, but is never ahead of the store: only what an append returned
 * (durable) is put here, so the next append's version check tells a stale entry from a fresh one.
 */
final class KnownStates<S> {
  /** A state folded from the first {@code version} events of an aggregate's stream. */
  record Known<S>(S state, long version) {}

  private final Cache<UUID, Known<S>> states;

  KnownStates(int size) {
    if (size < 0) throw new IllegalArgumentException("cache size must be 0 or more, was " + size);
    this.states = size == 0 ? null : Caffeine.newBuilder().maximumSize(size).build();
  }

  /** The state known for {@code aggregateId}, or null. */
  Known<S> get(UUID aggregateId) {
    return states == null ? null : states.getIfPresent(aggregateId);
  }

  /** Keeps {@code known} unless a later version is known already (two requests may finish out of order). */
  void remember(UUID aggregateId, Known<S> known) {
    if (states == null) return;
    states.asMap().merge(aggregateId, known, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
  }

  /** Drops what is known of {@code aggregateId}: after a failure, whose outcome may be unknown. */
  void forget(UUID aggregateId) {
    if (states != null) states.invalidate(aggregateId);
  }
}
