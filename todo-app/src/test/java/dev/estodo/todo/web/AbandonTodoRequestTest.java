package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoCompleted;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AbandonTodoRequestTest {
  private static TodoApi api;
  private final UUID todoId = UUID.randomUUID();
  private final TodoAdded added = new TodoAdded("Get your ass to Mars", null, null, null);

  @BeforeAll
  static void start() {
    api = new TodoApi();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void abandoning_a_todo_returns_success_and_stores_todo_abandoned() {
    api.seed(todoId, added);

    HttpResponse<String> response = api.post("/todo/" + todoId + "/abandon", "{\"abandoned_on\": \"2017-07-13\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    StoredEvent last = api.lastEvent(todoId);
    assertThat(last.type()).isEqualTo("todo_abandoned");
    assertThat(last.aggregateId()).isEqualTo(todoId);
    assertThat(last.body()).isEqualTo(TodoApi.json("{\"abandoned_on\":\"2017-07-13\"}"));
  }

  @Test
  void abandoning_a_todo_that_does_not_exist_is_unprocessable() {
    HttpResponse<String> response = api.post("/todo/" + todoId + "/abandon", "{\"abandoned_on\": \"2017-07-13\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" does not exist");
    assertThat(api.events(todoId)).isEmpty();
  }

  @Test
  void abandoning_a_completed_todo_is_unprocessable() {
    api.seed(todoId, added, new TodoCompleted("2017-07-13"));

    HttpResponse<String> response = api.post("/todo/" + todoId + "/abandon", "{\"abandoned_on\": \"2017-07-14\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" already complete");
  }

  @Test
  void abandoning_a_todo_twice_is_unprocessable() {
    api.seed(todoId, added, new TodoAbandoned("2017-07-13"));

    HttpResponse<String> response = api.post("/todo/" + todoId + "/abandon", "{\"abandoned_on\": \"2017-07-14\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" already abandoned");
    assertThat(api.events(todoId)).hasSize(2);
  }

  @Test
  void abandoning_without_a_date_is_a_bad_request() {
    api.seed(todoId, added);

    HttpResponse<String> response = api.post("/todo/" + todoId + "/abandon", "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: abandoned_on is blank");
  }

  @Test
  void abandoning_with_an_invalid_date_is_a_bad_request() {
    api.seed(todoId, added);

    HttpResponse<String> response = api.post("/todo/" + todoId + "/abandon", "{\"abandoned_on\": \"invalid\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: abandoned_on is invalid");
    assertThat(api.events(todoId)).hasSize(1);
  }

  @Test
  void abandoning_with_a_date_that_is_not_text_is_a_bad_request() {
    api.seed(todoId, added);

    HttpResponse<String> response = api.post("/todo/" + todoId + "/abandon", "{\"abandoned_on\": {\"day\": 13}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: abandoned_on is invalid");
  }
}
