package dev.estodo.bench;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The generator's HTTP client for the server at one base address: one keep-alive
 * {@link HttpConnection} per thread, opened on the thread's first request, so N threads sending
 * one request at a time hold N connections and no thread hands a request to another (the JDK
 * HttpClient passes each through its selector and executor threads), which matters when
 * generator and server share two cores. A status other than the expected one fails.
 */
final class LeanHttp implements AutoCloseable {
  private final String host;
  private final int port;
  private final String hostHeader;
  private final List<HttpConnection> connections = new CopyOnWriteArrayList<>();
  private final ThreadLocal<HttpConnection> perThread = ThreadLocal.withInitial(this::newConnection);

  /** A client of {@code base}, {@code http://HOST:PORT}. */
  LeanHttp(String base) {
    URI address = URI.create(base);
    if (!"http".equals(address.getScheme()) || address.getPort() < 0) {
      throw new IllegalArgumentException("the generator speaks plain HTTP to http://HOST:PORT, not " + base);
    }
    host = address.getHost();
    port = address.getPort();
    hostHeader = host + ":" + port;
  }

  /** Sends {@code method path} with a JSON {@code body} (null for none) and returns the answer. */
  HttpAnswer send(String method, String path, String body, int expected) throws IOException {
    return exchange(method, path, HttpRequestBytes.of(method, path, hostHeader, body), expected);
  }

  /** {@link #send(String, String, String, int)} with an {@code Idempotency-Key} header. */
  HttpAnswer sendWithKey(String method, String path, String body, String key, int expected) throws IOException {
    return exchange(method, path, HttpRequestBytes.of(method, path, hostHeader, body,
        "Idempotency-Key: \"" + key + "\""), expected);
  }

  /** {@code GET path} with {@code If-None-Match: etag}, expecting 304 Not Modified. */
  HttpAnswer sendIfNoneMatch(String path, String etag) throws IOException {
    return exchange("GET", path, HttpRequestBytes.of("GET", path, hostHeader, null, "If-None-Match: " + etag), 304);
  }

  /** How many connections the threads have opened so far (one per thread that sent). */
  int connections() {
    return connections.size();
  }

  private HttpAnswer exchange(String method, String path, byte[] request, int expected) throws IOException {
    HttpAnswer answer = perThread.get().exchange(request);
    if (answer.status() != expected) {
      throw new IOException(method + " " + path + " answered " + answer.status() + " (expected " + expected + "): "
          + answer.text());
    }
    return answer;
  }

  private HttpConnection newConnection() {
    HttpConnection connection = new HttpConnection(host, port);
    connections.add(connection);
    return connection;
  }

  /** Closes every thread's connection; a thread that sends again opens a new one. */
  @Override
  public void close() {
    connections.forEach(HttpConnection::close);
  }
}
