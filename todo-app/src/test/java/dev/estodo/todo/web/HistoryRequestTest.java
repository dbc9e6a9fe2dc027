package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.Json;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HistoryRequestTest {
  private static TodoApi api;
  private final UUID todoId = UUID.randomUUID();

  @BeforeAll
  static void start() {
    api = new TodoApi();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void a_todos_history_is_every_event_of_its_stream_oldest_first() throws Exception {
    String correlation = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    api.send("POST", "/todo/" + todoId, BodyPublishers.ofString("{\"title\": \"2000 squats\"}"), "X-Correlation-Id", correlation);
    api.put("/todo/" + todoId, "{\"due_date\": null}");
    api.post("/todo/" + todoId + "/complete", "{\"completed_on\": \"2017-07-13\"}");

    HttpResponse<String> response = api.get("/todo/" + todoId + "/events");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode history = Json.mapper().readTree(response.body());
    List<StoredEvent> stored = api.events(todoId);
    assertThat(history).hasSize(3);
    assertThat(history.get(0).fieldNames()).toIterable().containsExactly(
        "position", "id", "aggregate_id", "version", "type", "body", "correlation_id", "causation_id", "created_at");
    assertThat(history).extracting(event -> event.get("type").textValue())
        .containsExactly("todo_added", "todo_amended", "todo_completed");
    assertThat(history).extracting(event -> event.get("version").longValue()).containsExactly(1L, 2L, 3L);
    JsonNode first = history.get(0);
    assertThat(first.get("position").longValue()).isEqualTo(stored.get(0).position());
    assertThat(first.get("id").textValue()).isEqualTo(stored.get(0).id().toString());
    assertThat(first.get("aggregate_id").textValue()).isEqualTo(todoId.toString());
    assertThat(first.get("body")).isEqualTo(TodoApi.json("{\"title\":\"2000 squats\"}"));
    assertThat(first.get("correlation_id").textValue()).isEqualTo(correlation);
    assertThat(first.get("causation_id").isNull()).isTrue();
    assertThat(first.get("created_at").textValue()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(history.get(1).get("body")).isEqualTo(TodoApi.json("{\"due_date\":null}"));
  }

  @Test
  void a_todo_without_events_has_no_history() {
    HttpResponse<String> response = api.get("/todo/" + todoId + "/events");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("Not Found");
  }

  @Test
  void a_history_for_an_id_that_is_not_a_uuid_is_a_bad_request() {
    HttpResponse<String> response = api.get("/todo/1-2-3-4-5/events");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: todo_id is invalid");
  }
}
