package dev.estodo.todo.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** Move a todo one place up the outstanding list; it has no fields, but its body must still be an object. */
public record MoveUpTodo(UUID todoId) implements TodoCommand {

  /** The command {@code POST /todo/{todoId}/moveup} with {@code body} asks for, or an InvalidCommandException. */
  public static MoveUpTodo from(String todoId, JsonNode body) {
    UUID id = TodoId.parse(todoId);
    Fields.of(body);
    return new MoveUpTodo(id);
  }
}
