package dev.estodo.eventsourcing.processing;

import java.time.Duration;

/**
 * Hears of every batch a processor has handled and committed, so an application can measure
 * batch sizes and durations with whatever metrics library it likes. Called on the processor's
 * thread, so it must be quick and must not throw.
 */
@FunctionalInterface
public interface BatchObserver {
  /** Hears nothing: the runner's default. */
  BatchObserver NONE = (processor, events, took) -> {};

  /** The processor named {@code processor} handled and committed {@code events} events in {@code took}. */
  void committed(String processor, int events, Duration took);
}
