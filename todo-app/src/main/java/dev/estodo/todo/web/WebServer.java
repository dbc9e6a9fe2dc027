package dev.estodo.todo.web;

import io.javalin.Javalin;
import java.util.List;

/**
 * The HTTP server: one Javalin app made of route groups, with errors mapped in one place.
 * It listens on the given address; port 0 picks a free one, which {@link #port()} tells.
 */
public final class WebServer implements AutoCloseable {
  /** Bodies over this are refused with 413 before anything reads them. */
  public static final long MAX_BODY_BYTES = 64 * 1024;

  private final Javalin app;

  /** A server made of {@code routes}; not yet listening. */
  public WebServer(List<Routes> routes) {
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.http.prefer405over404 = true;
      config.jetty.modifyServer(server -> server.setErrorHandler(new PlainErrorHandler()));
    });
    ErrorMapping.addTo(app);
    routes.forEach(group -> group.addTo(app));
    app.after(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
  }

  /** Starts listening on {@code host}:{@code port}. */
  public WebServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Stops accepting requests and finishes those in progress. */
  @Override
  public void close() {
    app.stop();
  }
}
