package dev.estodo.eventsourcing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Turns rows of the events table into {@link StoredEvent}s. */
final class StoredEventRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredEventRows() {}

  static List<StoredEvent> readAll(PreparedStatement statement) throws SQLException {
    List<StoredEvent> events = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        events.add(read(rows));
      }
    }
    return events;
  }

  static StoredEvent read(ResultSet row) throws SQLException {
    return new StoredEvent(
        row.getLong("position"),
        row.getLong("transaction_id"),
        row.getObject("id", UUID.class),
        row.getObject("aggregate_id", UUID.class),
        row.getLong("version"),
        row.getString("type"),
        body(row.getString("body")),
        row.getObject("correlation_id", UUID.class),
        row.getObject("causation_id", UUID.class),
        row.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  private static JsonNode body(String json) throws SQLException {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SQLException("stored body is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
