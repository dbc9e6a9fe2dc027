package dev.estodo.todo.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** Abandon a todo on an ISO-8601 date (or date-time), kept as the text the request gave. */
public record AbandonTodo(UUID todoId, String abandonedOn) implements TodoCommand {

  /** The command {@code POST /todo/{todoId}/abandon} with {@code body} asks for, or an InvalidCommandException. */
  public static AbandonTodo from(String todoId, JsonNode body) {
    UUID id = TodoId.parse(todoId);
    Fields fields = Fields.of(body);
    if (fields.isAbsent("abandoned_on")) throw new InvalidCommandException("abandoned_on is blank");
    return new AbandonTodo(id, fields.date("abandoned_on"));
  }
}
