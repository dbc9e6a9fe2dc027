package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.reactors.RecordingEmail;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code ?at=} at the edges: bad values, positions not written or not projected yet, a todo's history. */
class TimeTravelEdgesRequestTest {
  private static TestServer server;
  private static MixedCommands user;
  private static TodoHistory history;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    user = new MixedCommands(server.uri("/"));
    history = new TodoHistory(server.application().store());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void a_value_that_is_neither_a_position_nor_a_date_time_with_an_offset_is_a_bad_request() {
    for (String at : List.of("soon", "-1", "", "1.5", "99999999999999999999", "2017-06-13", "2017-06-13T10:00:00",
        "10:00Z", "%2B10000-01-01T00:00:00Z", "3,2017-06-13T10:00:00Z", "1&at=2")) {
      for (String path : List.of("/todos/outstanding", "/todos/scheduled", "/todos/completed",
          "/todo/" + UUID.randomUUID() + "/events")) {
        HttpResponse<String> response = user.get(path + "?at=" + at);

        assertThat(response.statusCode()).as(path + "?at=" + at).isEqualTo(400);
        assertThat(response.body()).isEqualTo("Bad Request: at is invalid");
      }
    }
  }

  @Test
  void at_with_after_is_a_bad_request() {
    HttpResponse<String> response = user.get("/todos/outstanding?at=0&after=0");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: at is invalid: give at or after, not both");
  }

  @Test
  void a_position_beyond_the_store_s_last_event_is_409_for_lists_and_histories() {
    UUID chopper = UUID.randomUUID();
    long added = history.append(chopper, new TodoAdded("Get to the chopper", null, null, null));

    for (String path : List.of("/todos/completed", "/todo/" + chopper + "/events")) {
      HttpResponse<String> response = user.get(path + "?at=" + (added + 1_000));

      assertThat(response.statusCode()).isEqualTo(409);
      assertThat(response.body()).startsWith("Conflict: position " + (added + 1_000)
          + " is beyond the store's last position ");
    }
  }

  @Test
  void a_position_the_projection_has_not_reached_waits_for_it_then_answers_the_list_then() throws Exception {
    UUID squats = UUID.randomUUID();
    long added = history.append(squats, new TodoAdded("2000 squats", null, "2017-06-13", null));
    long amended = history.append(squats, new TodoAmended(Optional.of("3000 squats"), null, null, null));
    CompletableFuture<HttpResponse<String>> response = CompletableFuture.supplyAsync(
        () -> user.get("/todos/scheduled?at=" + added));
    Thread.sleep(300);
    assertThat(response).isNotDone();

    try (ProcessorRunner processors = server.application().processors(new RecordingEmail(), Clock.systemUTC())) {
      processors.start();

      assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(response.get().body()).contains(squats.toString(), "\"2000 squats\"").doesNotContain("3000");
      assertThat(user.get("/todos/scheduled?at=" + amended).body()).contains("\"3000 squats\"");
    }
  }

  @Test
  void a_history_at_a_moment_ends_there_and_a_todo_not_added_yet_is_404() throws Exception {
    UUID sarah = UUID.randomUUID();
    long before = history.append(UUID.randomUUID(), new TodoAdded("Buy a leather jacket", null, null, null));
    long added = history.append(sarah, new TodoAdded("Find Sarah Connor", null, null, null));
    Instant between = Instant.now();
    Thread.sleep(5);
    history.append(sarah, new TodoCompleted("2017-07-13"));
    String events = "/todo/" + sarah + "/events";

    assertThat(TodoApi.json(user.get(events + "?at=" + added).body())).hasSize(1);
    assertThat(TodoApi.json(user.get(events + "?at=" + between).body())).hasSize(1);
    assertThat(TodoApi.json(user.get(events).body())).hasSize(2);
    assertThat(user.get(events + "?at=" + before).statusCode()).isEqualTo(404);
    assertThat(user.get(events + "?at=" + added + "&offset=1").body()).isEqualTo("[]");
  }

  @Test
  void a_time_whose_plus_sign_was_not_escaped_reads_as_the_offset_it_was() {
    HttpResponse<String> escaped = user.get("/todos/outstanding?at=2017-06-13T10:00:00%2B02:00");
    HttpResponse<String> bare = user.get("/todos/outstanding?at=2017-06-13T10:00:00+02:00");

    assertThat(escaped.statusCode()).isEqualTo(200);
    assertThat(bare.statusCode()).isEqualTo(200);
    assertThat(bare.body()).isEqualTo(escaped.body()).isEqualTo("[]");
  }
}
