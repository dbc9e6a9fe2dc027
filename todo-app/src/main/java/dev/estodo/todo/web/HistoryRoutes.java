package dev.estodo.todo.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.commands.TodoId;
import dev.estodo.todo.projections.ListsAt;
import dev.estodo.todo.projections.QueryRows;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * {@code GET /todo/{id}/events}: a todo's history, every event of its stream, oldest first, or one
 * page of it with {@code ?limit=} and {@code ?offset=} (see {@link Page}), streamed as it is read.
 * A todo without events is 404; a page past the end of a todo's history is an empty array. With
 * {@code ?at=} (see {@link AtParameter}) the history ends at that moment: a todo added after it is 404.
 */
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
          event.body(), event.correlationId(), event.causationId(), timeOf(event.createdAt()));
    }
  }

  /** A stored event's time as the history shows it, UTC to the millisecond. */
  static String timeOf(Instant time) {
    return CREATED_AT.format(time);
  }

  private final EventStore store;
  private final ListsAt lists;
  private final StoreHead head;

  /** The history of todos in {@code store}; {@code ?at=} resolved by {@code lists}, checked against {@code head}. */
  public HistoryRoutes(EventStore store, ListsAt lists, StoreHead head) {
    this.store = store;
    this.lists = lists;
    this.head = head;
  }

  @Override
  public void addTo(Javalin app) {
    app.get("/todo/{id}/events", this::history);
  }

  private void history(Context ctx) throws IOException {
    UUID todoId = TodoId.parse(ctx.pathParam("id"));
    QueryString parameters = QueryString.of(ctx);
    Page page = Page.of(parameters);
    // a todo's events are appended one transaction after another, so those up to a moment come first
    Predicate<StoredEvent> upToMoment = AtParameter.of(parameters).map(at -> at.resolve(lists, head))
        .<Predicate<StoredEvent>>map(moment -> event -> moment.reached(event.checkpoint())).orElse(event -> true);
    JsonArrayResponse.send(ctx, sink -> {
      AtomicBoolean any = new AtomicBoolean();
      store.readStream(todoId, page.offset(), page.limit(), event -> {
        if (!upToMoment.test(event)) return;
        any.set(true);
        write(sink, HistoryEvent.of(event));
      });
      if (!any.get() && !hasEvents(todoId, page, upToMoment)) throw new NotFoundResponse();
    });
  }

  private boolean hasEvents(UUID todoId, Page page, Predicate<StoredEvent> upToMoment) {
    if (page.fromStart()) return false;
    AtomicBoolean any = new AtomicBoolean();
    store.readStream(todoId, 0, 1, event -> any.set(upToMoment.test(event)));
    return any.get();
  }

  // the store's reader cannot throw IOException; JsonArrayResponse unwraps it again
  private static void write(QueryRows.Sink<Object> sink, HistoryEvent event) {
    try {
      sink.accept(event);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
