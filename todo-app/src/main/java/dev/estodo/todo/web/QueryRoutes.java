package dev.estodo.todo.web;

import dev.estodo.eventsourcing.processing.CheckpointWatch;
import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import dev.estodo.eventsourcing.processing.Projector;
import dev.estodo.todo.projections.CompletedTodos;
import dev.estodo.todo.projections.ListsAt;
import dev.estodo.todo.projections.OutstandingTodos;
import dev.estodo.todo.projections.QueryRows;
import dev.estodo.todo.projections.ScheduledTodos;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code GET /todos/outstanding}, {@code /todos/scheduled}, {@code /todos/completed}. With
 * {@code ?after=<position>} (a write's {@code Todo-Position}) a query answers only once its
 * projection has processed that position, so a client reads its own writes; past the wait: 503.
 * A position beyond the store's last event can never be reached: 409 at once, not a wait. A wait
 * holds no request thread: the {@link CheckpointWatch} completes it, and the query then runs on
 * {@link WaitAnswers}; past the watch's limit of open waits: 503 with Retry-After.
 * {@code ?limit=} and {@code ?offset=} answer one page of the list (see {@link Page}); every answer
 * is streamed from the database as it is read. {@code ?at=} answers the list as it was at a moment
 * ({@link TimeTravelQueries}).
 */
public final class QueryRoutes implements Routes {
  private final OutstandingTodos outstanding;
  private final ScheduledTodos scheduled;
  private final CompletedTodos completed;
  private final ProcessorCheckpoints checkpoints;
  private final CheckpointWatch watch;
  private final StoreHead head;
  private final Duration readWait;
  private final Map<String, Projector> projections;
  private final TimeTravelQueries timeTravel;

  /**
   * Queries of these projections, waiting on {@code watch} up to {@code readWait} for a position a
   * client names if {@code head} has reached it and {@code checkpoints} show it is not reached yet;
   * {@code ?at=} answered from {@code lists}.
   */
  public QueryRoutes(OutstandingTodos outstanding, ScheduledTodos scheduled, CompletedTodos completed,
      ProcessorCheckpoints checkpoints, CheckpointWatch watch, StoreHead head, Duration readWait, ListsAt lists) {
    this.outstanding = outstanding;
    this.scheduled = scheduled;
    this.completed = completed;
    this.checkpoints = checkpoints;
    this.watch = watch;
    this.head = head;
    this.readWait = readWait;
    this.projections = Map.of(OutstandingTodos.NAME, outstanding, ScheduledTodos.NAME, scheduled,
        CompletedTodos.NAME, completed);
    this.timeTravel = new TimeTravelQueries(lists, checkpoints, watch, head, readWait);
  }

  @Override
  public void addTo(Javalin app) {
    app.get("/todos/outstanding", ctx -> answer(ctx, OutstandingTodos.NAME, outstanding::stream));
    app.get("/todos/scheduled", ctx -> answer(ctx, ScheduledTodos.NAME, scheduled::stream));
    app.get("/todos/completed", ctx -> answer(ctx, CompletedTodos.NAME, completed::stream));
  }

  /** A projection's query, one page of it passed row by row. */
  private interface PagedQuery<T> {
    void stream(long offset, long limit, QueryRows.Sink<T> sink) throws IOException;
  }

  private <T> void answer(Context ctx, String projection, PagedQuery<T> query) throws IOException {
    QueryString parameters = QueryString.of(ctx);
    Long after = after(parameters.value("after").orElse(null));
    Page page = Page.of(parameters);
    Optional<AtParameter> at = AtParameter.of(parameters);
    if (at.isPresent()) {
      if (after != null) throw AtParameter.withAfter();
      timeTravel.answer(ctx, projections.get(projection), at.get(), page);
      return;
    }
    if (after == null || reachedOrAhead(projection, after)) {
      send(ctx, page, query);
      return;
    }
    CompletableFuture<Boolean> reached = watch.await(projection, after, readWait);
    // set now: the server's after-handler, which sets it on every other answer, runs before this one is written
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.future(() -> reached.thenAcceptAsync(done -> {
      if (!done) throw unreached(projection, after);
      try {
        send(ctx, page, query);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, WaitAnswers.EXECUTOR));
  }

  // the head is read only when the projection is behind, so a query that is up to date costs nothing more
  private boolean reachedOrAhead(String projection, long after) {
    if (checkpoints.awaitPosition(List.of(projection), after, Duration.ZERO)) return true;
    long last = head.position();
    if (after > last) throw new PositionAheadException(after, last);
    return false;
  }

  private ServiceUnavailableException unreached(String projection, long after) {
    return new ServiceUnavailableException("the " + projection + " projection has not reached position "
        + after + " after " + readWait.toMillis() + " ms; try again later");
  }

  private static <T> void send(Context ctx, Page page, PagedQuery<T> query) throws IOException {
    JsonArrayResponse.send(ctx, sink -> query.stream(page.offset(), page.limit(), sink::accept));
  }

  private static Long after(String value) {
    if (value == null) return null;
    try {
      long position = Long.parseLong(value.trim());
      if (position >= 0) return position;
    } catch (NumberFormatException e) {
      // answered below, as every malformed parameter is
    }
    throw new BadRequestException("after is invalid");
  }
}
