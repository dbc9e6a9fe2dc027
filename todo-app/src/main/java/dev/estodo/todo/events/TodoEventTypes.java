package dev.estodo.todo.events;

import dev.estodo.eventsourcing.EventTypes;
import dev.estodo.todo.Json;

/** The stored names of todo events: the original app's, so its data reads unchanged. */
public final class TodoEventTypes {
  private static final EventTypes TYPES = new EventTypes(Json.mapper())
      .register("todo_added", TodoAdded.class)
      .register("todo_amended", TodoAmended.class)
      .register("todo_completed", TodoCompleted.class)
      .register("todo_abandoned", TodoAbandoned.class)
      .register("todo_moved_up", TodoMovedUp.class)
      .register("stakeholder_notified_of_todo_completion", StakeholderNotifiedOfTodoCompletion.class);

  private TodoEventTypes() {}

  /** The registry; immutable after class initialisation. */
  public static EventTypes registry() {
    return TYPES;
  }
}
