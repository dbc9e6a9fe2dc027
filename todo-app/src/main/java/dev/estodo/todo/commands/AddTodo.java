package dev.estodo.todo.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** Add a todo; fields the request leaves out (or sends as null) are null here and left out of the event. */
public record AddTodo(UUID todoId, String title, String description, String dueDate, String stakeholderEmail)
    implements TodoCommand {

  /** The command {@code POST /todo/{todoId}} with {@code body} asks for, or an InvalidCommandException. */
  public static AddTodo from(String todoId, JsonNode body) {
    UUID id = TodoId.parse(todoId);
    Fields fields = Fields.of(body);
    if (fields.isBlank("title")) throw new InvalidCommandException("title is blank");
    String title = fields.title("title");
    String description = fields.optional("description", fields::description);
    String dueDate = fields.optional("due_date", fields::date);
    String stakeholderEmail = fields.optional("stakeholder_email", fields::email);
    return new AddTodo(id, title, description, dueDate, stakeholderEmail);
  }
}
