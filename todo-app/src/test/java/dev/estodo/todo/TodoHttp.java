package dev.estodo.todo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A user of a running server over HTTP, for tests of whole processes: add a todo, read a list, ask for health. */
public final class TodoHttp {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  private TodoHttp() {}

  /** Adds a todo called {@code title} on {@code server} and returns its Todo-Position. */
  public static long add(URI server, String title) throws IOException, InterruptedException {
    HttpResponse<String> response = send(HttpRequest.newBuilder(server.resolve("/todo/" + UUID.randomUUID()))
        .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().createObjectNode().put("title", title).toString())));
    if (response.statusCode() != 201) throw new AssertionError("add answered " + response.statusCode() + ": " + response.body());
    return Long.parseLong(response.headers().firstValue("Todo-Position").orElseThrow());
  }

  /** The titles of the outstanding todos, once the projection has passed {@code after}. */
  public static List<String> outstanding(URI server, long after) throws IOException, InterruptedException {
    HttpResponse<String> response = send(HttpRequest.newBuilder(server.resolve("/todos/outstanding?after=" + after)).GET());
    if (response.statusCode() != 200) throw new AssertionError("list answered " + response.statusCode() + ": " + response.body());
    List<String> titles = new ArrayList<>();
    for (JsonNode todo : Json.mapper().readTree(response.body())) {
      titles.add(todo.get("title").asText());
    }
    return titles;
  }

  /** The status {@code GET /health} answers with. */
  public static int health(URI server) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(server.resolve("/health")).GET()).statusCode();
  }

  /** Asks for health until it answers {@code status}, for up to {@code patience}; says whether it did. */
  public static boolean awaitHealth(URI server, int status, Duration patience) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (health(server) != status) {
      if (System.nanoTime() > deadline) return false;
      Thread.sleep(100);
    }
    return true;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HTTP.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
  }
}
