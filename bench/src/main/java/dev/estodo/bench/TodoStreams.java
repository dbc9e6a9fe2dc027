package dev.estodo.bench;

import dev.estodo.eventsourcing.EventData;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoEventTypes;
import dev.estodo.todo.events.TodoMovedUp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Realistic todo events for loading and appending: the bodies the HTTP API would store, with
 * titles, descriptions, dates and emails varied, and a correlation id as every request has.
 */
final class TodoStreams {
  /** Events in a full history; the last one completes half the todos and abandons a quarter. */
  static final int HISTORY = 10;
  private static final String[] TITLES = {"2000 squats", "Get to the chopper", "Find Sarah Connor",
      "Buy a leather jacket", "Pump iron", "Say I'll be back"};
  private static final String[] DESCRIPTIONS = {"Leg day.", "It IS leg day!", "Do it now!",
      "Before the T-1000 finds us.", "Two sets of fifty, then the rest."};

  private TodoStreams() {}

  /** The todo's event at {@code version} in a stream of {@code HISTORY}: added, amended, moved up, ended. */
  static EventData event(long version, long todo) {
    int v = (int) version;
    if (v == 1) return data(added(todo));
    if (v == HISTORY) return data(ending(todo));
    if (v % 3 == 0) return data(new TodoMovedUp());
    if (v % 3 == 1) return data(amend(null, Optional.of(pick(DESCRIPTIONS, todo + v)), null));
    return data(amend(Optional.of(pick(TITLES, todo + v) + " #" + todo), null, Optional.of(date(todo + v))));
  }

  /** The first {@code count} events of the todo's history. */
  static List<EventData> history(long todo, int count) {
    List<EventData> events = new ArrayList<>(count);
    for (int version = 1; version <= count; version++) {
      events.add(event(version, todo));
    }
    return events;
  }

  /** An add-todo request body, as a client sends it. */
  static String addRequest(long todo) {
    return "{\"title\":\"" + pick(TITLES, todo) + " #" + todo + "\",\"description\":\""
        + pick(DESCRIPTIONS, todo) + "\",\"due_date\":\"" + date(todo)
        + "\",\"stakeholder_email\":\"the-governator@example.com\"}";
  }

  private static TodoAdded added(long todo) {
    return new TodoAdded(pick(TITLES, todo) + " #" + todo, pick(DESCRIPTIONS, todo), date(todo),
        "the-governator@example.com");
  }

  private static Object ending(long todo) {
    long kind = todo % 4;
    if (kind < 2) return new TodoCompleted(date(todo + 1));
    if (kind == 2) return new TodoAbandoned(date(todo + 2));
    return amend(null, Optional.of(pick(DESCRIPTIONS, todo + 3)), null);
  }

  private static TodoAmended amend(Optional<String> title, Optional<String> description, Optional<String> due) {
    return new TodoAmended(title, description, due, null);
  }

  private static EventData data(Object event) {
    return TodoEventTypes.registry().toData(event, UUID.randomUUID(), null);
  }

  private static String pick(String[] choices, long seed) {
    return choices[(int) Math.floorMod(seed, (long) choices.length)];
  }

  /** A due date in 2017, varying with {@code seed}. */
  static String date(long seed) {
    return "2017-" + String.format("%02d-%02d", 1 + Math.floorMod(seed, 12L), 1 + Math.floorMod(seed, 28L));
  }
}
