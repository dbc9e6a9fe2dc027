package dev.estodo.todo.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** Complete a todo on an ISO-8601 date (or date-time), kept as the text the request gave. */
public record CompleteTodo(UUID todoId, String completedOn) implements TodoCommand {

  /** The command {@code POST /todo/{todoId}/complete} with {@code body} asks for, or an InvalidCommandException. */
  public static CompleteTodo from(String todoId, JsonNode body) {
    UUID id = TodoId.parse(todoId);
    Fields fields = Fields.of(body);
    if (fields.isAbsent("completed_on")) throw new InvalidCommandException("completed_on is blank");
    return new CompleteTodo(id, fields.date("completed_on"));
  }
}
