package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.processing.CheckpointWatch;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.WebLimits;
import dev.estodo.todo.events.TodoAdded;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A thousand far-off {@code ?after=} waits hold no request thread, the next one is refused, and the rest answers. */
class BoundedWaitsRequestTest {
  private static final int LIMIT = WebLimits.DEFAULT_MAX_WAITS;

  private final HttpClient http = HttpClient.newHttpClient();
  private final TestServer server = TestServer.start();
  private final TodoHistory history = new TodoHistory(server.application().store());
  // waits that outlast the test, so none ends while the thousand are still being opened
  private final WebServer web = server.application().webServer(Duration.ofSeconds(60), WebLimits.DEFAULTS)
      .start("127.0.0.1", 0);

  @AfterEach
  void close() throws Exception {
    web.close();
    server.close();
  }

  @Test
  void with_a_thousand_waits_open_a_query_a_command_and_health_answer_and_one_more_wait_is_refused() throws Exception {
    // no processors run, so the projection never reaches the todo
    long added = history.append(UUID.randomUUID(), new TodoAdded("Get to the chopper", null, null, null));
    String wait = "GET /todos/outstanding?after=" + added + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

    try (RawClients waits = RawClients.open(web.port(), LIMIT, wait)) {
      awaitOpen(server.application().watch(), LIMIT);

      HttpResponse<String> refused = get("/todos/scheduled?after=" + added);
      HttpResponse<String> query = get("/todos/outstanding");
      HttpResponse<String> command = send(HttpRequest.newBuilder(uri("/todo/" + UUID.randomUUID()))
          .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"2000 squats\"}")));
      HttpResponse<String> health = get("/health");

      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.body()).isEqualTo("Service Unavailable: too many waiting requests");
      assertThat(refused.headers().firstValue("Retry-After")).contains("1");
      assertThat(refused.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(query.statusCode()).isEqualTo(200);
      assertThat(command.statusCode()).isEqualTo(201);
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(waits.answered()).as("waits answered before their time").isZero();
      assertThat(server.application().watch().open()).isEqualTo(LIMIT);
    }
  }

  private static void awaitOpen(CheckpointWatch watch, int count) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (watch.open() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(watch.open()).as("waits open").isEqualTo(count);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + web.port() + path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
