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
   * {@code causation_id} the cause's id and {@code correlation_id} copied from the cause.
   *
   * @return the new event's position
   */
  long emit(StoredEvent cause, String type, JsonNode body);
}
