package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.Json;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoMovedUp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventLogRequestTest {
  private static TodoApi api;
  private static final UUID CHOPPER = UUID.randomUUID();
  private static final UUID SQUATS = UUID.randomUUID();

  @BeforeAll
  static void start() {
    api = new TodoApi();
    api.seed(CHOPPER, new TodoAdded("Get to the chopper", null, null, null));
    api.seed(SQUATS, new TodoAdded("2000 squats", null, "2017-07-13", null), new TodoMovedUp());
    api.seed(CHOPPER, new TodoCompleted("2017-07-13"));
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void the_log_is_every_event_of_every_todo_newest_first_as_the_history_shows_them() throws Exception {
    JsonNode log = json(api.get("/events"));

    assertThat(types(log)).containsExactly("todo_completed", "todo_moved_up", "todo_added", "todo_added");
    assertThat(positions(log)).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    JsonNode history = json(api.get("/todo/" + CHOPPER + "/events"));
    assertThat(log.get(3)).isEqualTo(history.get(0));
    assertThat(log.get(0)).isEqualTo(history.get(1));
  }

  @Test
  void the_log_pages_back_with_limit_and_before() throws Exception {
    JsonNode first = json(api.get("/events?limit=3"));
    long last = positions(first).get(2);

    JsonNode next = json(api.get("/events?limit=3&before=" + last));

    assertThat(types(first)).containsExactly("todo_completed", "todo_moved_up", "todo_added");
    assertThat(types(next)).containsExactly("todo_added");
    assertThat(next.get(0).get("aggregate_id").textValue()).isEqualTo(CHOPPER.toString());
  }

  @Test
  void the_log_shows_only_the_types_asked_for() throws Exception {
    assertThat(types(json(api.get("/events?type=todo_completed,todo_moved_up"))))
        .containsExactly("todo_completed", "todo_moved_up");
    assertThat(types(json(api.get("/events?type=todo_abandoned")))).isEmpty();
  }

  @Test
  void bad_paging_or_types_are_bad_requests_naming_the_parameter() {
    assertBadRequest("/events?limit=0", "limit is invalid");
    assertBadRequest("/events?limit=10001", "limit is invalid");
    assertBadRequest("/events?before=chopper", "before is invalid");
    assertBadRequest("/events?before=0", "before is invalid");
    assertBadRequest("/events?type=todo_aded", "type is invalid");
    assertBadRequest("/events?type=todo_added,", "type is invalid");
  }

  private static void assertBadRequest(String path, String message) {
    HttpResponse<String> response = api.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: " + message);
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }

  private static List<String> types(JsonNode events) {
    List<String> types = new ArrayList<>();
    events.forEach(event -> types.add(event.get("type").textValue()));
    return types;
  }

  private static List<Long> positions(JsonNode events) {
    List<Long> positions = new ArrayList<>();
    events.forEach(event -> positions.add(event.get("position").longValue()));
    return positions;
  }
}
