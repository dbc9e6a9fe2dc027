package dev.estodo.todo.web;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.estodo.todo.projections.QueryRows;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JSON array written to the response row by row as a query reads them, laid out as
 * {@link PrettyJson} lays out a list, so a long answer is never built whole in memory. Nothing is
 * sent before the first row, so a query that fails at once still gets its proper status; one that
 * fails later can only cut the answer off, which the client sees as a broken response.
 */
final class JsonArrayResponse {
  /** Reads rows and passes each to a sink. */
  interface Rows {
    void writeTo(QueryRows.Sink<Object> sink) throws IOException;
  }

  private static final Logger log = LoggerFactory.getLogger(JsonArrayResponse.class);

  private final Context ctx;
  private JsonGenerator json;

  private JsonArrayResponse(Context ctx) {
    this.ctx = ctx;
  }

  /** Answers 200 with the array of every row {@code rows} passes. */
  static void send(Context ctx, Rows rows) throws IOException {
    JsonArrayResponse response = new JsonArrayResponse(ctx);
    try {
      rows.writeTo(response::row);
      response.finish();
    } catch (UncheckedIOException e) {
      response.fail(e.getCause());
    } catch (IOException e) {
      response.fail(e);
    } catch (RuntimeException e) {
      response.fail(e);
    }
  }

  // before the first byte the error mapping answers; after it, only cutting the answer off is honest
  private <E extends Exception> void fail(E e) throws E {
    if (json == null) throw e;
    if (e instanceof RuntimeException) log.warn("{} {} failed after its answer began: {}", ctx.method(), ctx.path(), e.toString());
    if (ctx.res() instanceof Response jetty) jetty.getHttpChannel().abort(e);
  }

  private void row(Object row) throws IOException {
    if (json == null) start();
    json.writeObject(row);
  }

  private void finish() throws IOException {
    if (json == null) start();
    json.writeEndArray();
    json.close();
  }

  // Headers go out with the first byte; the server's after-handler would be too late to add them.
  private void start() throws IOException {
    ctx.status(200).contentType("application/json").header("X-Content-Type-Options", "nosniff");
    json = PrettyJson.generator(ctx.outputStream());
    json.writeStartArray();
  }
}
