package dev.estodo.todo;

import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.events.TodoEvent;
import dev.estodo.todo.events.TodoEventTypes;
import java.util.List;
import java.util.UUID;

/** Test data written straight into the store, as the original's specs seeded events. */
public final class TodoHistory {
  private final EventStore store;

  /** Writes to {@code store}. */
  public TodoHistory(EventStore store) {
    this.store = store;
  }

  /** Appends {@code event} to the todo's stream; returns its position. */
  public long append(UUID todoId, TodoEvent event) {
    return store.append(todoId, List.of(TodoEventTypes.registry().toData(event, UUID.randomUUID(), null)));
  }

  /** The stored event at the end of the todo's stream. */
  public StoredEvent last(UUID todoId) {
    List<StoredEvent> stream = store.readStream(todoId);
    return stream.get(stream.size() - 1);
  }
}
