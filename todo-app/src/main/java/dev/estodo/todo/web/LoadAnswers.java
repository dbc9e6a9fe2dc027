package dev.estodo.todo.web;

import dev.estodo.eventsourcing.EventStoreBusyException;
import dev.estodo.eventsourcing.processing.TooManyWaitsException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.eclipse.jetty.http.BadMessageException;

/**
 * The answers of a server under load, beside {@link ErrorMapping}'s: a client too slow to send its
 * body gets 408; too many open waits, or no pooled connection free in time, get 503 with {@code
 * Retry-After}, worded apart from {@code database is unavailable} (a database that cannot be reached).
 */
final class LoadAnswers {
  /** Seconds a client is asked to wait: the load is usually gone by then, and a retry costs little. */
  static final String RETRY_AFTER_SECONDS = "1";

  private LoadAnswers() {}

  static void addTo(Javalin app) {
    app.exception(RequestTimeoutException.class, (e, ctx) -> ErrorMapping.answer(ctx, 408, e.getMessage()));
    // Jetty's own, thrown from a body read: a body below the minimum rate is its 408
    app.exception(BadMessageException.class, (e, ctx) -> ErrorMapping.answer(ctx, e.getCode(), e.getReason()));
    app.exception(TooManyWaitsException.class, (e, ctx) -> retryLater(ctx, "too many waiting requests"));
    app.exception(EventStoreBusyException.class, (e, ctx) -> retryLater(ctx, "server is busy"));
  }

  private static void retryLater(Context ctx, String detail) {
    ctx.header("Retry-After", RETRY_AFTER_SECONDS);
    ErrorMapping.answer(ctx, 503, detail);
  }
}
