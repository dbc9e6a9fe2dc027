package dev.estodo.todo.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.UUID;

/**
 * Change a todo's fields. As in {@code events.TodoAmended}: null means not given, {@code
 * Optional.empty()} clears the field (never the title), a value sets it.
 */
public record AmendTodo(
    UUID todoId,
    Optional<String> title,
    Optional<String> description,
    Optional<String> dueDate,
    Optional<String> stakeholderEmail)
    implements TodoCommand {

  /** The command {@code PUT /todo/{todoId}} with {@code body} asks for, or an InvalidCommandException. */
  public static AmendTodo from(String todoId, JsonNode body) {
    UUID id = TodoId.parse(todoId);
    Fields fields = Fields.of(body);
    if (fields.isGiven("title") && fields.isBlank("title")) throw new InvalidCommandException("title is blank");
    Optional<String> title = fields.change("title", fields::title);
    Optional<String> description = fields.change("description", fields::description);
    Optional<String> dueDate = fields.change("due_date", fields::date);
    Optional<String> stakeholderEmail = fields.change("stakeholder_email", fields::email);
    return new AmendTodo(id, title, description, dueDate, stakeholderEmail);
  }

  /** True when the request gave no field to change. */
  public boolean changesNothing() {
    return title == null && description == null && dueDate == null && stakeholderEmail == null;
  }
}
