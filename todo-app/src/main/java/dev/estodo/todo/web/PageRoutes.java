package dev.estodo.todo.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /}: the web page, and its stylesheet, scripts and icon under {@code /assets/}: plain
 * files from the jar's {@code public/} folder, no build step. Only the files listed here are served.
 */
public final class PageRoutes implements Routes {
  /** The page runs only its own scripts and talks only to this server; data never becomes markup. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("app.css", "text/css; charset=utf-8"),
      Map.entry("lists.css", "text/css; charset=utf-8"),
      Map.entry("log.css", "text/css; charset=utf-8"),
      Map.entry("app.js", "text/javascript; charset=utf-8"),
      Map.entry("add-form.js", "text/javascript; charset=utf-8"),
      Map.entry("pages.js", "text/javascript; charset=utf-8"),
      Map.entry("api.js", "text/javascript; charset=utf-8"),
      Map.entry("dates.js", "text/javascript; charset=utf-8"),
      Map.entry("dom.js", "text/javascript; charset=utf-8"),
      Map.entry("history.js", "text/javascript; charset=utf-8"),
      Map.entry("todos.js", "text/javascript; charset=utf-8"),
      Map.entry("actions.js", "text/javascript; charset=utf-8"),
      Map.entry("lists.js", "text/javascript; charset=utf-8"),
      Map.entry("live.js", "text/javascript; charset=utf-8"),
      Map.entry("log.js", "text/javascript; charset=utf-8"),
      Map.entry("messages.js", "text/javascript; charset=utf-8"),
      Map.entry("raw.js", "text/javascript; charset=utf-8"),
      Map.entry("sentences.js", "text/javascript; charset=utf-8"),
      Map.entry("travel.js", "text/javascript; charset=utf-8"),
      Map.entry("icon.svg", "image/svg+xml"));

  private final byte[] page = read("index.html");
  private final Map<String, byte[]> assets = new TreeMap<>();

  /** Reads the page and its assets from the class path once. */
  public PageRoutes() {
    TYPES.keySet().forEach(name -> assets.put(name, read(name)));
  }

  @Override
  public void addTo(Javalin app) {
    app.get("/", ctx -> serve(ctx, "text/html; charset=utf-8", page));
    app.get("/assets/{name}", ctx -> {
      String name = ctx.pathParam("name");
      if (!assets.containsKey(name)) throw new NotFoundResponse();
      serve(ctx, TYPES.get(name), assets.get(name));
    });
  }

  private static void serve(Context ctx, String type, byte[] content) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("Referrer-Policy", "no-referrer")
        .header("Cache-Control", "no-cache")
        .contentType(type)
        .result(content);
  }

  private static byte[] read(String name) {
    try (InputStream in = PageRoutes.class.getResourceAsStream("/public/" + name)) {
      if (in == null) throw new IllegalStateException("missing from the jar: public/" + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
