package dev.estodo.todo.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;

/** The HTTP side of the client commands: one request to the server and the position it reports. */
final class TodoClient {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  // a list waits on the server until the projections caught up; the server gives up first (503)
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  private final URI server;
  private final PositionFile positions;

  TodoClient(URI server, PositionFile positions) {
    this.server = server;
    this.positions = positions;
  }

  /** An answer: its status and body. */
  record Reply(int status, String body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /**
   * Sends a command to {@code /todo/{id}{suffix}} under a fresh {@code Idempotency-Key} and
   * remembers the position it answers with. After a network error or a 503 it sends it once more
   * with the same key: a command stored before the connection broke then answers as it did, so a
   * flaky connection never adds a todo twice.
   */
  Reply command(String method, String id, String suffix, String json) {
    URI uri = URI.create(server + "/todo/" + segment(id) + suffix);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(ANSWER_TIMEOUT)
        .header("Content-Type", "application/json").header("Idempotency-Key", "\"" + UUID.randomUUID() + "\"")
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
    HttpResponse<String> response = sendRetryingOnce(request);
    response.headers().firstValue("Todo-Position")
        .filter(value -> value.matches("\\d{1,18}"))
        .ifPresent(value -> positions.remember(server, Long.parseLong(value)));
    return new Reply(response.statusCode(), response.body());
  }

  /** {@code GET /todos/{list}}, once the lists reflect the last command this client sent. */
  Reply list(String list) {
    OptionalLong last = lastPosition();
    String after = last.isPresent() ? "?after=" + last.getAsLong() : "";
    HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/todos/" + list + after))
        .timeout(ANSWER_TIMEOUT).header("Accept", "application/json").GET().build();
    HttpResponse<String> response = send(request);
    return new Reply(response.statusCode(), response.body());
  }

  /** {@code GET /todos/{list}?at=}: the list as it was at {@code at}, a position or a time, as given. */
  Reply listAt(String list, String at) {
    return get("/todos/" + list + "?at=" + URLEncoder.encode(at, StandardCharsets.UTF_8));
  }

  /** {@code GET path} (with its query), as JSON, without waiting for any position. */
  Reply get(String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server + path)).timeout(ANSWER_TIMEOUT)
        .header("Accept", "application/json").GET().build();
    HttpResponse<String> response = send(request);
    return new Reply(response.statusCode(), response.body());
  }

  /** The server this client talks to. */
  URI server() {
    return server;
  }

  /** Forgets the last position seen from this server, so {@link #list} no longer waits for it. */
  void forgetPosition() {
    positions.forget(server);
  }

  /** The last position seen from this server, which {@link #list} waits for. */
  OptionalLong lastPosition() {
    return positions.last(server);
  }

  /** Where the last position seen is kept. */
  Path positionFile() {
    return positions.file();
  }

  private HttpResponse<String> sendRetryingOnce(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 503) return response;
    } catch (IOException e) {
      // retried below, once; the second failure is reported as any other
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted while waiting for " + server);
    }
    pause();
    return send(request);
  }

  private void pause() {
    try {
      Thread.sleep(RETRY_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted while waiting for " + server);
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException | HttpConnectTimeoutException e) {
      throw new CliException("cannot reach " + server + ": is ./todo serve running?");
    } catch (HttpTimeoutException e) {
      throw new CliException("no answer from " + server + " within " + ANSWER_TIMEOUT.toSeconds() + " seconds");
    } catch (IOException e) {
      throw new CliException("lost the connection to " + server + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted while waiting for " + server);
    }
  }

  // the server answers "todo_id is invalid" for anything that is not a UUID; it must still get there
  private static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
