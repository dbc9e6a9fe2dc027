package dev.estodo.todo.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Refuses a request whose {@code Host} is not one of this server's names, with {@code 421
 * Misdirected Request}: a server on a loopback address answers only to loopback names
 * ({@code localhost}, {@code *.localhost}, {@code 127.x.x.x}, {@code [::1]}) and to those of
 * {@code ALLOWED_HOSTS}. Another site's page can point a name of its own at 127.0.0.1 (DNS
 * rebinding) and read the answers as its own; its requests carry that name, so they stop here.
 * A server on another address checks only when {@code ALLOWED_HOSTS} is set.
 */
final class HostCheck implements Handler {
  static final String REFUSAL = "Host is not one of this server's names; ALLOWED_HOSTS adds names";
  private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

  private final Set<String> allowed;

  private HostCheck(Set<String> allowed) {
    this.allowed = allowed;
  }

  /** The check for a server on {@code listenHost}, with the names {@code allowedHosts} adds; empty when none is needed. */
  static Optional<HostCheck> forServer(String listenHost, List<String> allowedHosts) {
    if (allowedHosts.isEmpty() && !isLoopbackAddress(listenHost)) return Optional.empty();
    Set<String> names = allowedHosts.stream().map(name -> HostHeader.parse(name, 0).name()).collect(Collectors.toSet());
    return Optional.of(new HostCheck(names));
  }

  @Override
  public void handle(Context ctx) {
    String host = ctx.header("Host");
    String name = host == null ? "" : HostHeader.parse(host, 0).name();
    if (!isLoopbackName(name) && !allowed.contains(name)) throw new RefusedRequestException(421, REFUSAL);
  }

  static boolean isLoopbackName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("localhost") || lower.endsWith(".localhost") || LOOPBACK_IPV4.matcher(lower).matches()
        || lower.equals("[::1]") || lower.equals("[0:0:0:0:0:0:0:1]");
  }

  private static boolean isLoopbackAddress(String listenHost) {
    try {
      return InetAddress.getByName(listenHost).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false; // the server cannot listen there either, and says so when it starts
    }
  }
}
