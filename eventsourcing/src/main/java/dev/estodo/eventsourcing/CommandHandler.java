package dev.estodo.eventsourcing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs commands against one kind of aggregate: loads its stream, folds it with the decider,
 * decides, and appends the new events expecting the version it loaded, so a concurrent writer
 * makes the append fail with a {@link ConcurrencyException} instead of being overwritten.
 *
 * @param <C> the aggregate's commands
 * @param <E> the aggregate's events
 * @param <S> the state its decisions need
 */
public final class CommandHandler<C, E, S> {
  /** Where a decision's events go: {@link EventStore#append(UUID, long, List)} or one of its kind. */
  @FunctionalInterface
  public interface Append {
    /**
     * Appends {@code events} as versions {@code expectedVersion + 1} onwards.
     *
     * @return the position of the last event appended
     * @throws ConcurrencyException when the stream's version is not {@code expectedVersion}
     */
    long append(UUID aggregateId, long expectedVersion, List<EventData> events);
  }

  private final EventStore store;
  private final EventTypes types;
  private final Decider<C, E, S> decider;
  private final Class<E> eventClass;

  /** Handles commands with {@code decider}, whose events {@code types} encodes as {@code eventClass}. */
  public CommandHandler(EventStore store, EventTypes types, Decider<C, E, S> decider, Class<E> eventClass) {
    this.store = store;
    this.types = types;
    this.decider = decider;
    this.eventClass = eventClass;
  }

  /**
   * Decides {@code command} on the aggregate's current state and appends what it produced, each
   * event carrying {@code correlationId}. Whatever the decider throws propagates, and nothing is
   * written.
   *
   * @return the position of the last event appended or, when the decision produced none, of the
   *     stream's latest event (0 for an empty stream), so callers can wait for followers to pass it
   * @throws ConcurrencyException when another writer appended to the stream after it was loaded
   */
  public long handle(UUID aggregateId, C command, UUID correlationId) {
    return handle(aggregateId, command, correlationId, store::append);
  }

  /**
   * Decides like {@link #handle(UUID, Object, UUID)}, but hands the events to {@code append}, such
   * as an append inside the caller's transaction, so that what else the caller writes there commits
   * with them. Nothing is appended when the decision produced no event.
   */
  public long handle(UUID aggregateId, C command, UUID correlationId, Append append) {
    List<StoredEvent> stream = store.readStream(aggregateId);
    S state = decider.fold(decode(stream));
    List<E> decided = decider.decide(command, state);
    if (decided.isEmpty()) return stream.isEmpty() ? 0 : stream.get(stream.size() - 1).position();
    List<EventData> data = new ArrayList<>(decided.size());
    for (E event : decided) {
      data.add(types.toData(event, correlationId, null));
    }
    long loadedVersion = stream.isEmpty() ? 0 : stream.get(stream.size() - 1).version();
    return append.append(aggregateId, loadedVersion, data);
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
