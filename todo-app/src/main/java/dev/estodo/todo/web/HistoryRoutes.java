package dev.estodo.todo.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.commands.TodoId;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** {@code GET /todo/{id}/events}: a todo's history, every event of its stream, oldest first. */
public final class HistoryRoutes implements Routes {
  private static final DateTimeFormatter CREATED_AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** One event as the route shows it: the stored event without the store's transaction id. */
  record HistoryEvent(
      @JsonProperty("position") long position,
      @JsonProperty("id") UUID id,
      @JsonProperty("aggregate_id") UUID aggregateId,
      @JsonProperty("version") long version,
      @JsonProperty("type") String type,
      @JsonProperty("body") JsonNode body,
      @JsonProperty("correlation_id") UUID correlationId,
      @JsonProperty("causation_id") UUID causationId,
      @JsonProperty("created_at") String createdAt) {

    static HistoryEvent of(StoredEvent event) {
      return new HistoryEvent(event.position(), event.id(), event.aggregateId(), event.version(), event.type(),
          event.body(), event.correlationId(), event.causationId(), CREATED_AT.format(event.createdAt()));
    }
  }

  private final EventStore store;

  /** The history of todos in {@code store}. */
  public HistoryRoutes(EventStore store) {
    this.store = store;
  }

  @Override
  public void addTo(Javalin app) {
    app.get("/todo/{id}/events", this::history);
  }

  private void history(Context ctx) throws Exception {
    List<StoredEvent> stream = store.readStream(TodoId.parse(ctx.pathParam("id")));
    if (stream.isEmpty()) throw new NotFoundResponse();
    List<HistoryEvent> events = stream.stream().map(HistoryEvent::of).toList();
    String json = PrettyJson.write(events);
    ctx.contentType("application/json").result(json);
  }
}
