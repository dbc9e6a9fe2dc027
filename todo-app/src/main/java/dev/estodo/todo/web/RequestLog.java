package dev.estodo.todo.web;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request log: one line per request, {@code POST /todo/3f.. 201 4.2 ms 8e03978e-..}, naming
 * the method, the path, the status, how long it took and the correlation id ({@code -} for a
 * request that has none, as queries). Off until turned on, as the servers do by default.
 */
final class RequestLog implements RequestLogger {
  private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

  private volatile boolean on;

  void turn(boolean on) {
    this.on = on;
  }

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    if (!on) return;
    String correlation = ctx.res().getHeader(Correlation.HEADER);
    log.info("{} {} {} {} ms {}", ctx.method(), ctx.path(), ctx.statusCode(),
        String.format(Locale.ROOT, "%.1f", executionTimeMs), correlation == null ? "-" : correlation);
  }
}
