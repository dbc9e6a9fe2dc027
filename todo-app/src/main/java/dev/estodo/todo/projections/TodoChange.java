package dev.estodo.todo.projections;

import dev.estodo.todo.events.IsoDates;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoMovedUp;
import java.util.Optional;
import java.util.UUID;

/**
 * What one event does to a projection's todo tables, as a row of the batch functions' columns: its
 * kind, the todo, the fields with a flag each saying whether the event gave it (an amend that gives
 * nothing changes nothing, a field given as null clears it), dates as the UTC ISO-8601 text of the
 * instants {@link IsoDates} reads, the parser the commands validated them with.
 */
record TodoChange(
    String kind, UUID todoId,
    String title, String description, String dueDate, String stakeholderEmail,
    boolean titleGiven, boolean descriptionGiven, boolean dueDateGiven, boolean stakeholderEmailGiven,
    String completedOn) {

  /** The change {@code event} of todo {@code todoId} makes, or null for events that change no todo table. */
  static TodoChange of(UUID todoId, Object event) {
    if (event instanceof TodoAdded added) {
      return new TodoChange("added", todoId, added.title(), added.description(), date(added.dueDate()),
          added.stakeholderEmail(), true, true, true, true, null);
    } else if (event instanceof TodoAmended amended) {
      return amended(todoId, amended);
    } else if (event instanceof TodoCompleted completed) {
      return bare("completed", todoId, date(completed.completedOn()));
    } else if (event instanceof TodoAbandoned) {
      return bare("abandoned", todoId, null);
    } else if (event instanceof TodoMovedUp) {
      return bare("moved_up", todoId, null);
    }
    return null;
  }

  /** This amend followed by {@code later}, another of the same todo, as one: a field either gives wins from the later one. */
  TodoChange then(TodoChange later) {
    return new TodoChange(kind, todoId,
        later.titleGiven ? later.title : title, later.descriptionGiven ? later.description : description,
        later.dueDateGiven ? later.dueDate : dueDate,
        later.stakeholderEmailGiven ? later.stakeholderEmail : stakeholderEmail,
        titleGiven || later.titleGiven, descriptionGiven || later.descriptionGiven,
        dueDateGiven || later.dueDateGiven, stakeholderEmailGiven || later.stakeholderEmailGiven, null);
  }

  private static TodoChange amended(UUID todoId, TodoAmended amended) {
    return new TodoChange("amended", todoId, value(amended.title()), value(amended.description()),
        date(value(amended.dueDate())), value(amended.stakeholderEmail()), amended.title() != null,
        amended.description() != null, amended.dueDate() != null, amended.stakeholderEmail() != null, null);
  }

  /** A change that names only the todo (and, for a completion, when). */
  private static TodoChange bare(String kind, UUID todoId, String completedOn) {
    return new TodoChange(kind, todoId, null, null, null, null, false, false, false, false, completedOn);
  }

  // A Java null field was not given, Optional.empty() clears it: both are null here, the flag tells them apart.
  @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
  private static String value(Optional<String> field) {
    return field == null ? null : field.orElse(null);
  }

  private static String date(String text) {
    return text == null ? null : IsoDates.parse(text).toString();
  }
}
