package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.StoredEvent;
import java.util.List;

/**
 * A processor failed to handle an event, or a batch of events that a projector took in one call (which
 * of them failed is not known then). Everything before {@code committed} is done, so the processor
 * retries from there after a backoff, one event at a time until it is past the events in question.
 */
final class EventFailure extends Exception {
  private final String where;
  private final Checkpoint until;
  private final Checkpoint committed;
  private final StoredEvent event;

  EventFailure(StoredEvent event, Checkpoint committed, Throwable cause) {
    this(List.of(event), committed, cause);
  }

  EventFailure(List<StoredEvent> events, Checkpoint committed, Throwable cause) {
    super(where(events) + ": " + cause, cause);
    this.where = where(events);
    this.until = events.get(events.size() - 1).checkpoint();
    this.committed = committed;
    this.event = events.size() == 1 ? events.get(0) : null;
  }

  private static String where(List<StoredEvent> events) {
    StoredEvent first = events.get(0);
    if (events.size() == 1) return "on the event at position " + first.position() + " (" + first.type() + ")";
    return "in the batch from position " + first.position() + " to " + events.get(events.size() - 1).position();
  }

  /** The events in question, for the status and the log: "on the event at position ..." or "in the batch ...". */
  String where() {
    return where;
  }

  /** The last event in question: the failure streak lasts until the processor is past it. */
  Checkpoint until() {
    return until;
  }

  /** The failing event when it is known, one event in question; null for a batch. */
  StoredEvent event() {
    return event;
  }

  Checkpoint committed() {
    return committed;
  }
}
