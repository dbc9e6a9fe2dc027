package dev.estodo.eventsourcing.processing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.eventsourcing.StoredEvent;

/** What a {@link Reactor} may do besides its side effects: record them as events, and check for them. */
public interface Reactions {

  /**
   * True when the store already holds an event of {@code type} caused by {@code cause}: the
   * reaction happened before (say, ahead of a crash or a reset) and must not be repeated.
   */
  boolean alreadyCaused(StoredEvent cause, String type);

  /**
   * Appends an event of {@code type} to the cause's aggregate, after whatever its stream holds, with
   * {@code causation_id} the cause's id and {@code correlation_id} copied from the cause. The store
   * holds at most one event of a type per cause: when one is there already (another instance
   * recorded the same reaction), nothing is appended and that event's position is returned.
   *
   * @return the position of the event that records the reaction
   * @throws LeaseLostException when this instance no longer holds the reactor's lease: nothing was
   *     recorded, and the reactor must let the exception propagate
   */
  long emit(StoredEvent cause, String type, JsonNode body);
}
