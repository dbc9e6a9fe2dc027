package dev.estodo.eventsourcing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Loads one aggregate's stream as the decider's events, with its version and last position. */
final class LoadedStreams<E> {
  /** A stream as loaded: its events, its version (0 when empty) and its last event's position (0 when empty). */
  record Loaded<E>(List<E> events, long version, long lastPosition) {}

  private final EventStore store;
  private final EventTypes types;
  private final Class<E> eventClass;

  LoadedStreams(EventStore store, EventTypes types, Class<E> eventClass) {
    this.store = store;
    this.types = types;
    this.eventClass = eventClass;
  }

  Loaded<E> load(UUID aggregateId) {
    List<StoredEvent> stream = store.readStream(aggregateId);
    if (stream.isEmpty()) return new Loaded<>(List.of(), 0, 0);
    StoredEvent last = stream.get(stream.size() - 1);
    return new Loaded<>(decode(stream), last.version(), last.position());
  }

  /** Decisions on a partial history could be wrong, so an event the decider cannot take is an error. */
  private List<E> decode(List<StoredEvent> stream) {
    List<E> events = new ArrayList<>(stream.size());
    for (StoredEvent stored : stream) {
      Object event = types.toEvent(stored);
      if (!eventClass.isInstance(event)) {
        throw new IllegalStateException("Event " + stored.id() + " of type " + stored.type() + " in the stream of "
            + stored.aggregateId() + " is not a " + eventClass.getSimpleName());
      }
      events.add(eventClass.cast(event));
    }
    return events;
  }
}
