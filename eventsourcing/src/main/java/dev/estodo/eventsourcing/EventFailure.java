package dev.estodo.eventsourcing;

/**
 * A processor failed to handle {@code event}; everything before {@code committed} is done, so the
 * processor retries from there after a backoff.
 */
final class EventFailure extends Exception {
  private final StoredEvent event;
  private final Checkpoint committed;

  EventFailure(StoredEvent event, Checkpoint committed, Throwable cause) {
    super("event at position " + event.position() + " (" + event.type() + "): " + cause, cause);
    this.event = event;
    this.committed = committed;
  }

  StoredEvent event() {
    return event;
  }

  Checkpoint committed() {
    return committed;
  }
}
