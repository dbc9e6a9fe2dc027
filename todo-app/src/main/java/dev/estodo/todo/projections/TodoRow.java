package dev.estodo.todo.projections;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** A todo as the outstanding and scheduled queries show it; dates rendered as the original did. */
@JsonPropertyOrder({"todo_id", "title", "description", "due_date", "stakeholder_email"})
public record TodoRow(
    @JsonProperty("todo_id") UUID todoId,
    @JsonProperty("title") String title,
    @JsonProperty("description") String description,
    @JsonProperty("due_date") String dueDate,
    @JsonProperty("stakeholder_email") String stakeholderEmail) {
  private static final DateTimeFormatter RENDERED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

  static TodoRow read(ResultSet row) throws SQLException {
    return new TodoRow(row.getObject("todo_id", UUID.class), row.getString("title"), row.getString("description"),
        date(row, "due_date"), row.getString("stakeholder_email"));
  }

  /** The timestamp in {@code column} as the original showed it, "2017-06-13 00:00:00 UTC", or null. */
  static String date(ResultSet row, String column) throws SQLException {
    OffsetDateTime dateTime = row.getObject(column, OffsetDateTime.class);
    return dateTime == null ? null : dateTime.withOffsetSameInstant(ZoneOffset.UTC).format(RENDERED);
  }
}
