package dev.estodo.todo.web;

import dev.estodo.todo.WebLimits;
import io.javalin.Javalin;
import io.javalin.http.RequestLogger;
import io.javalin.router.ParsedEndpoint;
import java.util.List;
import java.util.Set;

/**
 * The HTTP server: one Javalin app made of route groups, with errors mapped in one place.
 * It listens on the given address; port 0 picks a free one, which {@link #port()} tells.
 */
public final class WebServer implements AutoCloseable {
  /** Bodies over this are refused with 413 before anything reads them. */
  public static final long MAX_BODY_BYTES = 64 * 1024;

  private static final Set<String> ROUTE_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  private final Javalin app;
  private final RequestLog requestLog = new RequestLog();
  private List<String> allowedHosts = List.of();
  private volatile RequestLogger observer = (ctx, executionTimeMs) -> {};

  /** A server made of {@code routes} with the default limits; not yet listening. */
  public WebServer(List<Routes> routes) {
    this(routes, WebLimits.DEFAULTS);
  }

  /** A server made of {@code routes}, allowing clients what {@code limits} says; not yet listening. */
  public WebServer(List<Routes> routes, WebLimits limits) {
    this.app = Javalin.create(config -> {
      SlowClients.configure(config, limits);
      config.requestLogger.http((ctx, executionTimeMs) -> {
        requestLog.handle(ctx, executionTimeMs);
        observer.handle(ctx, executionTimeMs);
      });
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.http.prefer405over404 = true;
      config.jetty.modifyServer(server -> server.setErrorHandler(new PlainErrorHandler()));
      config.jetty.modifyServer(LenientConnectionFactory::installOn);
      config.jetty.modifyServletContextHandler(MethodFilter::installOn);
    });
    ErrorMapping.addTo(app);
    app.before(ctx -> ctx.attribute(BodyRate.ATTRIBUTE, limits.minBodyRate()));
    routes.forEach(group -> group.addTo(app));
    app.after(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
  }

  /** Adds {@code names} to those a request's {@code Host} may name ({@link HostCheck}); before {@link #start}. */
  public WebServer allowHosts(List<String> names) {
    this.allowedHosts = List.copyOf(names);
    return this;
  }

  /** Logs one line per request ({@link RequestLog}) when {@code on}; off unless asked. */
  public WebServer logRequests(boolean on) {
    requestLog.turn(on);
    return this;
  }

  /** Tells {@code observer} of every request once it is answered, as the request log hears of it: for metrics. */
  public WebServer observeRequests(RequestLogger observer) {
    this.observer = observer;
    return this;
  }

  /**
   * Starts listening on {@code host}:{@code port}. If it cannot, it stops what it started and
   * throws with the real cause: Javalin says "port already in use" whatever went wrong, so its
   * own exception is dropped for the one beneath (an address that does not resolve, say).
   */
  public WebServer start(String host, int port) {
    HostCheck.forServer(host, allowedHosts).ifPresent(app::before);
    app.before(new CrossOriginCheck());
    try {
      app.start(host, port);
      return this;
    } catch (RuntimeException e) {
      app.stop();
      throw new IllegalStateException("cannot listen on " + host + ":" + port, rootCause(e));
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /** The method and path of every route, such as {@code GET /todo/{id}/events}, in the order they were added. */
  public List<String> routes() {
    return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream().map(ParsedEndpoint::getEndpoint)
        .filter(endpoint -> ROUTE_METHODS.contains(endpoint.getMethod().name()))
        .map(endpoint -> endpoint.getMethod().name() + " " + endpoint.getPath()).toList();
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
