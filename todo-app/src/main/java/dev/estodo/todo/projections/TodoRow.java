package dev.estodo.todo.projections;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A todo as the outstanding and scheduled queries show it; dates rendered as the original did. */
@JsonPropertyOrder({"todo_id", "title", "description", "due_date", "stakeholder_email"})
public record TodoRow(
    @JsonProperty("todo_id") UUID todoId,
    @JsonProperty("title") String title,
    @JsonProperty("description") String description,
    @JsonProperty("due_date") String dueDate,
    @JsonProperty("stakeholder_email") String stakeholderEmail) {

  static TodoRow read(ResultSet row) throws SQLException {
    return new TodoRow(row.getObject("todo_id", UUID.class), row.getString("title"), row.getString("description"),
        TodoDates.render(row.getObject("due_date", OffsetDateTime.class)), row.getString("stakeholder_email"));
  }
}
