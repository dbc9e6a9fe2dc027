package dev.estodo.todo.web;

import dev.estodo.eventsourcing.ConcurrencyException;
import dev.estodo.eventsourcing.EventStoreUnavailableException;
import dev.estodo.todo.aggregates.CommandRejectedException;
import dev.estodo.todo.commands.InvalidCommandException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become answers: {@code <Status>: <message>} as plain text, or RFC
 * 9457 problem details for a client that accepts {@code application/problem+json}. Anything not
 * mapped here is a bug: 500, logged once, and the client never sees a stack trace.
 */
final class ErrorMapping {
  private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);
  // The original's wording, which is older than the names RFC 9110 gives 413 and 422.
  private static final Map<Integer, String> TITLES = Map.of(
      400, "Bad Request", 404, "Not Found", 405, "Method Not Allowed", 409, "Conflict",
      413, "Payload Too Large", 422, "Unprocessable Entity", 500, "Internal Server Error",
      503, "Service Unavailable");

  private ErrorMapping() {}

  static void addTo(Javalin app) {
    app.exception(InvalidCommandException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
    app.exception(BadRequestException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
    app.exception(CommandRejectedException.class, (e, ctx) -> answer(ctx, 422, e.getMessage()));
    app.exception(ConcurrencyException.class, (e, ctx) ->
        answer(ctx, 409, "Todo \"" + e.aggregateId() + "\" was changed by another request"));
    app.exception(PositionAheadException.class, (e, ctx) -> answer(ctx, 409, e.getMessage()));
    app.exception(PayloadTooLargeException.class, (e, ctx) -> answer(ctx, 413, e.getMessage()));
    app.exception(RefusedRequestException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
    app.exception(ServiceUnavailableException.class, (e, ctx) -> answer(ctx, 503, e.getMessage()));
    app.exception(EventStoreUnavailableException.class, (e, ctx) -> {
      log.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      answer(ctx, 503, "database is unavailable");
    });
    LoadAnswers.addTo(app);
    app.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 405) ctx.header("Allow", String.join(", ", e.getDetails().values()));
      answer(ctx, e.getStatus(), null);
    });
    app.exception(Exception.class, (e, ctx) -> {
      log.error("{} {} failed", ctx.method(), ctx.path(), e);
      answer(ctx, 500, null);
    });
  }

  /** The title an error answer with {@code status} starts with, as in {@code Unprocessable Entity}. */
  static String title(int status) {
    return TITLES.getOrDefault(status, HttpStatus.forStatus(status).getMessage());
  }

  /** Answers {@code status}; {@code detail} (may be null) follows the status title. */
  static void answer(Context ctx, int status, String detail) {
    String title = title(status);
    ErrorBody body = ErrorBody.of(status, title, detail, AcceptHeader.prefersProblemJson(ctx.header("Accept")));
    ctx.status(status).contentType(body.contentType()).result(body.text());
  }
}
