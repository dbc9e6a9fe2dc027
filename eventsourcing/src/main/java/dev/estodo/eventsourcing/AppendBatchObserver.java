package dev.estodo.eventsourcing;

import java.time.Duration;

/**
 * Hears of every batch of autocommitted appends a {@link PostgresEventStore} writes in one
 * transaction (group commit), so an application can measure batch sizes with whatever metrics
 * library it likes. Called on the store's writing thread, so it must be quick and must not throw.
 */
@FunctionalInterface
public interface AppendBatchObserver {
  /** Hears nothing: the store's default. */
  AppendBatchObserver NONE = (appends, events, took) -> {};

  /** A batch of {@code appends} appends, {@code events} events in all, was written (or failed) in {@code took}. */
  void written(int appends, int events, Duration took);
}
