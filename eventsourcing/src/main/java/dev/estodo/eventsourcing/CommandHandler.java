package dev.estodo.eventsourcing;

import dev.estodo.eventsourcing.KnownStates.Known;
import java.util.List;
import java.util.UUID;

/**
 * Runs commands against one kind of aggregate: decides on its state and appends the new events
 * expecting the version that state was folded up to, so a concurrent writer makes the append fail
 * with a {@link ConcurrencyException} instead of being overwritten. With a cache, a command on an
 * aggregate this handler wrote recently decides on the state it remembers and appends at once, one
 * round trip; the append's version check verifies that state, and a stale one (another process
 * wrote since) is reloaded and decided once more. Rejections and decisions without events are
 * always made on the stream as loaded, never on a remembered state.
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
  private final LoadedStreams<E> streams;
  private final Decider<C, E, S> decider;
  private final EventTypes types;
  private final KnownStates<S> known;

  /** Handles commands with {@code decider}, whose events {@code types} encodes as {@code eventClass}; no cache. */
  public CommandHandler(EventStore store, EventTypes types, Decider<C, E, S> decider, Class<E> eventClass) {
    this(store, types, decider, eventClass, 0);
  }

  /** As the uncached handler, remembering the states of up to {@code cacheSize} aggregates (0: none). */
  public CommandHandler(EventStore store, EventTypes types, Decider<C, E, S> decider, Class<E> eventClass,
      int cacheSize) {
    this.store = store;
    this.streams = new LoadedStreams<>(store, types, eventClass);
    this.decider = decider;
    this.types = types;
    this.known = new KnownStates<>(cacheSize);
  }

  /**
   * Decides {@code command} on the aggregate's current state and appends what it produced, each
   * event carrying {@code correlationId}. Whatever the decider throws on the loaded stream
   * propagates, and nothing is written.
   *
   * @return the position of the last event appended or, when the decision produced none, of the
   *     stream's latest event (0 for an empty stream), so callers can wait for followers to pass it
   * @throws ConcurrencyException when another writer appended to the stream after it was loaded
   */
  public long handle(UUID aggregateId, C command, UUID correlationId) {
    return handleKnown(aggregateId, command, correlationId, false);
  }

  /**
   * Handles like {@link #handle(UUID, Object, UUID)} a command that starts an aggregate, such as an
   * add of a new id, with no read when nothing is remembered of it: decides on the initial state
   * and appends expecting version 0. A stream that was there before makes that append conflict,
   * and the command is decided once more on the stream as loaded; one that a concurrent append
   * started while this one waited ({@link ConcurrencyException#lostRace()}) is the conflict.
   */
  public long handleNew(UUID aggregateId, C command, UUID correlationId) {
    return handleKnown(aggregateId, command, correlationId, true);
  }

  private long handleKnown(UUID aggregateId, C command, UUID correlationId, boolean startsNew) {
    Known<S> remembered = known.get(aggregateId);
    Known<S> assumed = remembered != null || !startsNew ? remembered : new Known<>(decider.initialState(), 0);
    boolean guessed = remembered == null;
    Long position = assumed == null ? null : appendedOrNull(aggregateId, assumed, command, correlationId, guessed);
    return position != null ? position : handleLoaded(aggregateId, command, correlationId, store::append, true);
  }

  // Appends what the command decides on an assumed state; null when that decided no event, or its
  // append found the assumption stale, so the caller decides on the loaded stream instead.
  private Long appendedOrNull(UUID aggregateId, Known<S> assumed, C command, UUID correlationId, boolean guessed) {
    List<E> decided = decidedOrNull(command, assumed.state());
    if (decided == null) return null;
    try {
      return append(aggregateId, assumed, decided, correlationId, store::append);
    } catch (ConcurrencyException stale) {
      if (guessed && stale.lostRace()) throw stale;
      return null;
    }
  }

  /**
   * Decides like {@link #handle(UUID, Object, UUID)}, always on the stream as loaded now, but hands
   * the events to {@code append}, such as an append inside the caller's transaction, so that what
   * else the caller writes there commits with them. Nothing is appended when the decision produced
   * no event. As that transaction may still roll back, nothing of it is remembered, and what was
   * remembered of the aggregate is dropped.
   */
  public long handle(UUID aggregateId, C command, UUID correlationId, Append append) {
    known.forget(aggregateId);
    return handleLoaded(aggregateId, command, correlationId, append, false);
  }

  private long handleLoaded(UUID aggregateId, C command, UUID correlationId, Append append, boolean durable) {
    LoadedStreams.Loaded<E> stream = streams.load(aggregateId);
    Known<S> loaded = new Known<>(decider.fold(stream.events()), stream.version());
    if (durable) known.remember(aggregateId, loaded);
    List<E> decided = decider.decide(command, loaded.state());
    if (decided.isEmpty()) return stream.lastPosition();
    if (!durable) return append.append(aggregateId, loaded.version(), types.toData(decided, correlationId));
    return append(aggregateId, loaded, decided, correlationId, append);
  }

  /** Appends {@code decided} after {@code before}; remembers the outcome once durable, forgets on any failure. */
  private long append(UUID aggregateId, Known<S> before, List<E> decided, UUID correlationId, Append append) {
    long position;
    try {
      position = append.append(aggregateId, before.version(), types.toData(decided, correlationId));
    } catch (RuntimeException e) {
      known.forget(aggregateId);
      throw e;
    }
    S after = before.state();
    for (E event : decided) {
      after = decider.evolve(after, event);
    }
    known.remember(aggregateId, new Known<>(after, before.version() + decided.size()));
    return position;
  }

  // A remembered or assumed state may be stale, so its rejections and empty decisions are not
  // answers: null sends the command to the loaded stream instead.
  private List<E> decidedOrNull(C command, S remembered) {
    try {
      List<E> decided = decider.decide(command, remembered);
      return decided.isEmpty() ? null : decided;
    } catch (RuntimeException rejection) {
      return null;
    }
  }
}
