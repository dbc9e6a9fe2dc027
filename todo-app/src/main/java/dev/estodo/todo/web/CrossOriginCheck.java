package dev.estodo.todo.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a write that a browser marks as sent by another site's page: {@code Sec-Fetch-Site:
 * cross-site} or {@code same-site}, or an {@code Origin} that is not this server's own (scheme,
 * host and port, against the request's {@code Host}; {@code null}, as a sandboxed or local page
 * sends, is never ours). Without those headers (curl, the command line, scripts) a write is served:
 * browsers always send them, and a page cannot remove them. GET and HEAD never write, so they pass.
 */
final class CrossOriginCheck implements Handler {
  static final String REFUSAL = "cross-origin request refused";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

  @Override
  public void handle(Context ctx) {
    if (SAFE.contains(ctx.req().getMethod())) return;
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && OTHER_SITES.contains(site.trim().toLowerCase(Locale.ROOT))) throw refused();
    String origin = ctx.header("Origin");
    if (origin != null && !isOwn(origin.trim(), ctx)) throw refused();
  }

  private static RefusedRequestException refused() {
    return new RefusedRequestException(403, REFUSAL);
  }

  private static boolean isOwn(String origin, Context ctx) {
    URI uri;
    try {
      uri = new URI(origin);
    } catch (Exception e) {
      return false; // "null" parses, as a path; anything that does not is not an origin at all
    }
    String host = ctx.header("Host");
    if (uri.getScheme() == null || uri.getHost() == null || host == null) return false;
    String scheme = scheme(ctx);
    HostHeader own = HostHeader.parse(host, defaultPort(scheme));
    int port = uri.getPort() < 0 ? defaultPort(uri.getScheme().toLowerCase(Locale.ROOT)) : uri.getPort();
    return uri.getScheme().equalsIgnoreCase(scheme) && uri.getHost().equalsIgnoreCase(own.name()) && port == own.port();
  }

  /** The scheme the browser used: a proxy that ends TLS says so in {@code X-Forwarded-Proto}. */
  private static String scheme(Context ctx) {
    String forwarded = ctx.header("X-Forwarded-Proto");
    if (forwarded == null) return ctx.req().getScheme().toLowerCase(Locale.ROOT);
    return forwarded.split(",", -1)[0].trim().toLowerCase(Locale.ROOT);
  }

  private static int defaultPort(String scheme) {
    return "https".equals(scheme) ? 443 : 80;
  }
}
