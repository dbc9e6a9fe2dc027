package dev.estodo.todo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.Json;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Whether a server can listen on HOST:PORT and, when it cannot, why, in words that name the setting
 * to change: a name that does not resolve, an address of another machine, or a port another
 * program holds, and then whether that program is an estodo, which answers {@code GET /health} as
 * no other program does.
 */
final class ListenAddress {
  private static final Duration PATIENCE = Duration.ofSeconds(2);

  private ListenAddress() {}

  /**
   * Binds HOST:PORT for a moment, before anything else starts, so a start that cannot listen
   * changes nothing; throws why it cannot. The server binds again later, which can still fail if
   * another program takes the port in between.
   */
  static void check(String host, int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, port));
    } catch (IOException | RuntimeException e) {
      throw failure(host, port, e);
    }
  }

  /** The error for a server that could not listen on HOST:PORT because of {@code cause}. */
  static CliException failure(String host, int port, Throwable cause) {
    return new CliException("cannot listen on " + host + ":" + port + ": " + whyNot(host, port, cause));
  }

  private static String whyNot(String host, int port, Throwable cause) {
    InetAddress address = resolved(host);
    if (cause instanceof UnresolvedAddressException || address == null) {
      return "HOST " + host + " is not a name or address this machine can resolve (check HOST)";
    }
    if (!ofThisMachine(address)) {
      return "HOST " + host + " is not an address of this machine (check HOST; 0.0.0.0 listens on all of them)";
    }
    InetAddress reachable = address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address;
    if (!listening(reachable, port)) return cause + " (check HOST and PORT)";
    String who = isEstodo(reachable, port) ? "another estodo (./todo serve or ./todo web)" : "another program";
    return who + " is already listening there; stop it, or set PORT to another port (0 picks a free one)";
  }

  private static InetAddress resolved(String host) {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static boolean ofThisMachine(InetAddress address) {
    try {
      return address.isAnyLocalAddress() || address.isLoopbackAddress()
          || NetworkInterface.getByInetAddress(address) != null;
    } catch (IOException e) {
      return true;
    }
  }

  private static boolean listening(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), (int) PATIENCE.toMillis());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** An estodo answers 200 with the store's head and its processors, or 503 while its database is down. */
  private static boolean isEstodo(InetAddress address, int port) {
    String literal = address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + literal + ":" + port + "/health"))
        .timeout(PATIENCE).build();
    try {
      HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(PATIENCE).build()
          .send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 503) return response.body().startsWith("Service Unavailable: ");
      JsonNode health = Json.mapper().readTree(response.body());
      return response.statusCode() == 200 && health.has("head") && health.path("processors").isArray();
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
