package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.reactors.RecordingEmail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code ?after=<position>}: a query answers once its projection has caught up with a write. */
class ReadYourWritesTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final TestServer server = TestServer.start();
  private final TodoHistory history = new TodoHistory(server.application().store());
  private final UUID chopper = UUID.randomUUID();

  @AfterEach
  void close() throws Exception {
    server.close();
  }

  @Test
  void a_query_after_a_position_waits_until_its_projection_has_processed_it() throws Exception {
    long added = history.append(chopper, new TodoAdded("Get to the chopper", null, null, null));
    CompletableFuture<HttpResponse<String>> response = getAsync(server.uri("/todos/outstanding?after=" + added));
    Thread.sleep(300);
    assertThat(response).isNotDone();

    try (ProcessorRunner processors = server.application().processors(new RecordingEmail(), Clock.systemUTC())) {
      processors.start();

      assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(response.get().body()).contains(chopper.toString(), "Get to the chopper");
    }
  }

  @Test
  void a_position_the_projection_does_not_reach_in_time_answers_503() throws Exception {
    long added = history.append(chopper, new TodoAdded("Get to the chopper", null, "2017-06-13", null));
    try (WebServer impatient = new WebServer(List.of(server.application().queryRoutes(Duration.ofMillis(300))))) {
      impatient.start("127.0.0.1", 0);

      HttpResponse<String> response = get(URI.create("http://127.0.0.1:" + impatient.port()
          + "/todos/scheduled?after=" + added));

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body()).isEqualTo("Service Unavailable: the scheduled_todos projection has not reached "
          + "position " + added + " after 300 ms; try again later");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
  }

  @Test
  void a_position_beyond_the_store_s_last_event_answers_409_without_waiting() throws Exception {
    long added = history.append(chopper, new TodoAdded("Get to the chopper", null, null, null));

    HttpResponse<String> response = get(server.uri("/todos/outstanding?after=1000000"));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).isEqualTo("Conflict: position 1000000 is beyond the store's last position " + added
        + "; this server never wrote it (was its data reset?)");
  }

  @Test
  void a_malformed_position_is_a_bad_request() throws Exception {
    for (String after : List.of("soon", "-1", "", "1.5", "99999999999999999999")) {
      HttpResponse<String> response = get(server.uri("/todos/completed?after=" + after));

      assertThat(response.statusCode()).as(after).isEqualTo(400);
      assertThat(response.body()).isEqualTo("Bad Request: after is invalid");
    }
  }

  @Test
  void position_zero_answers_at_once() throws Exception {
    HttpResponse<String> response = get(server.uri("/todos/outstanding?after=0"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[]");
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private CompletableFuture<HttpResponse<String>> getAsync(URI uri) {
    return http.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
