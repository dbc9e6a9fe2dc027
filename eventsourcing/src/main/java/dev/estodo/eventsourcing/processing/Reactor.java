package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.StoredEvent;

/**
 * Reacts to events with side effects (an email) and new events that record them. Reactions run at
 * least once: the checkpoint is saved after each reaction, so a crash in between repeats it. A
 * reactor that must not repeat an effect asks {@link Reactions#alreadyCaused} before acting; the
 * store records a reaction at most once per cause and type, and a reaction starts only while the
 * reactor's lease lasts at least half the lease more. Events the reactor does not care about
 * ({@link #caresAbout}) are passed over without a call and their checkpoint saved once per run of
 * them, so a crash may show them again, never a reaction twice.
 */
public interface Reactor {

  /** The processor's name, unique among the processors sharing the database; its checkpoint's key. */
  String name();

  /**
   * Whether {@code event} may need a reaction; for those that do not, {@link #react} is never
   * called and the checkpoint moves past them in one write per batch. Decide from the event alone
   * (its type, say): every event by default.
   */
  default boolean caresAbout(StoredEvent event) {
    return true;
  }

  /** Reacts to {@code event}; throwing makes the runner retry the same event after a backoff. */
  void react(StoredEvent event, Reactions reactions) throws Exception;
}
