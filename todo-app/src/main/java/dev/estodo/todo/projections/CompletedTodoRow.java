package dev.estodo.todo.projections;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A completed todo with the fields it had when completed, and when that was. */
@JsonPropertyOrder({"todo_id", "title", "description", "due_date", "stakeholder_email", "completed_on"})
public record CompletedTodoRow(
    @JsonProperty("todo_id") UUID todoId,
    @JsonProperty("title") String title,
    @JsonProperty("description") String description,
    @JsonProperty("due_date") String dueDate,
    @JsonProperty("stakeholder_email") String stakeholderEmail,
    @JsonProperty("completed_on") String completedOn) {

  static CompletedTodoRow read(ResultSet row) throws SQLException {
    TodoRow todo = TodoRow.read(row);
    return new CompletedTodoRow(todo.todoId(), todo.title(), todo.description(), todo.dueDate(),
        todo.stakeholderEmail(), TodoRow.date(row, "completed_on"));
  }
}
