package dev.estodo.todo.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.Json;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.events.TodoEvent;
import dev.estodo.todo.events.TodoEventTypes;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The todo HTTP API as request tests use it, like the original's request helpers: send, seed, last event. */
final class TodoApi implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final TestServer server = TestServer.start();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  /** {@code text} as a JSON tree: stored bodies are jsonb, which keeps keys but not their order. */
  static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  TestServer server() {
    return server;
  }

  HttpResponse<String> post(String path, String json) {
    return send("POST", path, BodyPublishers.ofString(json));
  }

  HttpResponse<String> put(String path, String json) {
    return send("PUT", path, BodyPublishers.ofString(json));
  }

  HttpResponse<String> get(String path) {
    return send("GET", path, BodyPublishers.noBody());
  }

  /** Sends {@code method} to {@code path} with {@code body} and header name/value pairs. */
  HttpResponse<String> send(String method, String path, BodyPublisher body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(TIMEOUT).method(method, body);
    if (headers.length > 0) request.headers(headers);
    return send(request.build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
    }
  }

  /** Appends {@code events} to the todo's stream directly, as the original's specs sink them. */
  void seed(UUID todoId, TodoEvent... events) {
    server.application().store().append(todoId,
        Arrays.stream(events).map(event -> TodoEventTypes.registry().toData(event, null, null)).toList());
  }

  List<StoredEvent> events(UUID todoId) {
    return server.application().store().readStream(todoId);
  }

  StoredEvent lastEvent(UUID todoId) {
    List<StoredEvent> events = events(todoId);
    if (events.isEmpty()) throw new AssertionError("todo " + todoId + " has no events");
    return events.get(events.size() - 1);
  }

  /** Every event in the store, of any todo. */
  long eventCount() {
    try (Connection connection = server.application().dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM events")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
