package dev.estodo.eventsourcing;

import java.util.List;

/**
 * An aggregate's rules as pure functions: the state before any event, the events a command
 * produces in a state (or an exception that rejects it), and the state after an event.
 *
 * @param <C> the aggregate's commands
 * @param <E> the aggregate's events
 * @param <S> the state its decisions need
 */
public interface Decider<C, E, S> {

  /** The state of an aggregate that has no events. */
  S initialState();

  /** The events {@code command} produces in {@code state}; throws to reject it. */
  List<E> decide(C command, S state);

  /** The state after {@code event}. */
  S evolve(S state, E event);

  /** Folds events over the initial state. */
  default S fold(List<? extends E> events) {
    S state = initialState();
    for (E event : events) {
      state = evolve(state, event);
    }
    return state;
  }
}
