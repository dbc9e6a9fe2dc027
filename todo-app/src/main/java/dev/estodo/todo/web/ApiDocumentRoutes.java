package dev.estodo.todo.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 document of every route, a hand-written file kept
 * beside this class and served as it is; tests hold it to the routes the server registers and to
 * the README's examples.
 */
public final class ApiDocumentRoutes implements Routes {
  /** Where the document is on the class path. */
  public static final String RESOURCE = "/dev/estodo/todo/web/openapi.json";

  private final byte[] document = read();

  @Override
  public void addTo(Javalin app) {
    app.get("/openapi.json", ctx -> ctx.header("Cache-Control", "no-cache").contentType("application/json")
        .result(document));
  }

  private static byte[] read() {
    try (InputStream in = ApiDocumentRoutes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing from the jar: " + RESOURCE);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
