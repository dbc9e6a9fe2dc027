package dev.estodo.todo.web;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of a request: the client's {@code X-Correlation-Id} when it is a UUID, else a
 * new one. It is echoed in the response and recorded on every event the request causes.
 */
final class Correlation {
  static final String HEADER = "X-Correlation-Id";
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Correlation() {}

  static UUID of(Context ctx) {
    String given = ctx.header(HEADER);
    UUID id = given != null && UUID_TEXT.matcher(given.trim()).matches()
        ? UUID.fromString(given.trim())
        : UUID.randomUUID();
    ctx.header(HEADER, id.toString());
    return id;
  }
}
