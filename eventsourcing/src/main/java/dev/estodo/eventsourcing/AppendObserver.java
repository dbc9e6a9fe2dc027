package dev.estodo.eventsourcing;

import java.time.Duration;

/**
 * Hears of every append a {@link PostgresEventStore} makes, successful or not, so an application
 * can measure them with whatever metrics library it likes; the store itself depends on none.
 * Called on the appending thread, or for a group committed append on the store's writing thread
 * (its time then counts from when it was asked for), so it must be quick and must not throw.
 */
@FunctionalInterface
public interface AppendObserver {
  /** Hears nothing: the store's default. */
  AppendObserver NONE = (events, took, succeeded) -> {};

  /** {@code events} were appended (or, when {@code succeeded} is false, refused or failed) in {@code took}. */
  void appended(int events, Duration took, boolean succeeded);
}
