package dev.estodo.todo.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.estodo.eventsourcing.processing.CheckpointWatch;
import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import dev.estodo.todo.projections.CompletedTodos;
import dev.estodo.todo.projections.OutstandingTodos;
import dev.estodo.todo.projections.ScheduledTodos;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * {@code GET /todos/outstanding}, {@code /todos/scheduled}, {@code /todos/completed}. With
 * {@code ?after=<position>} (a write's {@code Todo-Position}) a query answers only once its
 * projection has processed that position, so a client reads its own writes; past the wait: 503.
 * A position beyond the store's last event can never be reached: 409 at once, not a wait. A wait
 * holds no request thread: the {@link CheckpointWatch} completes it, and the query then runs on
 * {@link WaitAnswers}; past the watch's limit of open waits: 503 with Retry-After.
 */
public final class QueryRoutes implements Routes {
  private final OutstandingTodos outstanding;
  private final ScheduledTodos scheduled;
  private final CompletedTodos completed;
  private final ProcessorCheckpoints checkpoints;
  private final CheckpointWatch watch;
  private final StoreHead head;
  private final Duration readWait;

  /**
   * Queries of these projections, waiting on {@code watch} up to {@code readWait} for a position a
   * client names if {@code head} has reached it and {@code checkpoints} show it is not reached yet.
   */
  public QueryRoutes(OutstandingTodos outstanding, ScheduledTodos scheduled, CompletedTodos completed,
      ProcessorCheckpoints checkpoints, CheckpointWatch watch, StoreHead head, Duration readWait) {
    this.outstanding = outstanding;
    this.scheduled = scheduled;
    this.completed = completed;
    this.checkpoints = checkpoints;
    this.watch = watch;
    this.head = head;
    this.readWait = readWait;
  }

  @Override
  public void addTo(Javalin app) {
    app.get("/todos/outstanding", ctx -> answer(ctx, OutstandingTodos.NAME, outstanding::list));
    app.get("/todos/scheduled", ctx -> answer(ctx, ScheduledTodos.NAME, scheduled::list));
    app.get("/todos/completed", ctx -> answer(ctx, CompletedTodos.NAME, completed::list));
  }

  private void answer(Context ctx, String projection, Supplier<List<?>> query) {
    Long after = after(QueryString.of(ctx).value("after").orElse(null));
    if (after == null || reachedOrAhead(projection, after)) {
      result(ctx, query);
      return;
    }
    CompletableFuture<Boolean> reached = watch.await(projection, after, readWait);
    // set now: the server's after-handler, which sets it on every other answer, runs before this one is written
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.future(() -> reached.thenAcceptAsync(done -> {
      if (!done) throw unreached(projection, after);
      result(ctx, query);
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

  private static void result(Context ctx, Supplier<List<?>> query) {
    try {
      ctx.contentType("application/json").result(PrettyJson.write(query.get()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list could not be written as JSON", e);
    }
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
