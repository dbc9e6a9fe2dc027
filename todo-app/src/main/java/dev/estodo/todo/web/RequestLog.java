package dev.estodo.todo.web;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
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
        tenths(executionTimeMs), correlation == null ? "-" : correlation);
  }

  /** {@code 4.2} for 4.19: the one decimal {@code %.1f} gives, without a Formatter per request (a few % of an add's CPU). */
  static String tenths(float millis) {
    long tenths = Math.round((double) millis * 10);
    return (tenths / 10) + "." + (tenths % 10);
  }
}
