package dev.estodo.todo.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.estodo.todo.Json;
import dev.estodo.todo.events.TodoEventTypes;
import dev.estodo.todo.projections.QueryRows;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@code GET /events}: the whole store, newest first by position, one page at a time: at most
 * {@code ?limit=} events (1 to 10,000, default 100) before {@code ?before=<position>}, only of the
 * types {@code ?type=todo_added,todo_completed} names (the app's event types). Each event reads as
 * one element of a todo's history. The next page is {@code ?before=} the last position shown.
 */
public final class EventLogRoutes implements Routes {
  static final long DEFAULT_LIMIT = 100;
  private static final String SELECT = """
      SELECT position, id, aggregate_id, version, type, body::text AS body, correlation_id, causation_id, created_at
        FROM events WHERE position < ?""";

  private final DataSource dataSource;

  /** The log of the store in {@code dataSource}. */
  public EventLogRoutes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void addTo(Javalin app) {
    app.get("/events", this::log);
  }

  private void log(Context ctx) throws IOException {
    QueryString parameters = QueryString.of(ctx);
    long limit = Page.number("limit", parameters.value("limit").orElse(null), 1, Page.MAX_LIMIT, DEFAULT_LIMIT);
    long before = Page.number("before", parameters.value("before").orElse(null), 1, Long.MAX_VALUE, Long.MAX_VALUE);
    List<String> types = types(parameters.value("type").orElse(null));
    List<Object> values = new ArrayList<>(List.of(before));
    values.addAll(types);
    values.add(limit);
    String sql = SELECT + typeFilter(types.size()) + " ORDER BY position DESC LIMIT ?";
    JsonArrayResponse.send(ctx, sink -> QueryRows.stream(dataSource, sql, values, EventLogRoutes::event, sink::accept));
  }

  private static List<String> types(String value) {
    if (value == null) return List.of();
    List<String> types = List.of(value.split(",", -1));
    if (!TodoEventTypes.registry().registered().keySet().containsAll(types)) throw new BadRequestException("type is invalid");
    return types;
  }

  private static String typeFilter(int types) {
    return types == 0 ? "" : " AND type IN (" + String.join(", ", Collections.nCopies(types, "?")) + ")";
  }

  private static HistoryRoutes.HistoryEvent event(ResultSet row) throws SQLException {
    try {
      return new HistoryRoutes.HistoryEvent(row.getLong("position"), row.getObject("id", UUID.class),
          row.getObject("aggregate_id", UUID.class), row.getLong("version"), row.getString("type"),
          Json.mapper().readTree(row.getString("body")), row.getObject("correlation_id", UUID.class),
          row.getObject("causation_id", UUID.class), HistoryRoutes.timeOf(row.getObject("created_at", OffsetDateTime.class).toInstant()));
    } catch (JsonProcessingException e) {
      throw new SQLException("stored body is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
