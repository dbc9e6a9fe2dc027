package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAdded;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompleteTodoRequestTest {
  private static TodoApi api;
  private final UUID todoId = UUID.randomUUID();
  private final TodoAdded added = new TodoAdded("You are terminated!", null, null, "the-governator@example.com");

  @BeforeAll
  static void start() {
    api = new TodoApi();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void completing_a_todo_returns_success_and_stores_todo_completed() {
    api.seed(todoId, added);

    HttpResponse<String> response = api.post("/todo/" + todoId + "/complete", "{\"completed_on\": \"2017-07-13\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    StoredEvent last = api.lastEvent(todoId);
    assertThat(last.type()).isEqualTo("todo_completed");
    assertThat(last.aggregateId()).isEqualTo(todoId);
    assertThat(last.body()).isEqualTo(TodoApi.json("{\"completed_on\":\"2017-07-13\"}"));
  }

  @Test
  void a_completion_date_time_with_an_offset_is_stored_as_given() {
    api.seed(todoId, added);

    HttpResponse<String> response = api.post("/todo/" + todoId + "/complete", "{\"completed_on\": \"2017-07-13T10:30:00+10:00\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(api.lastEvent(todoId).body()).isEqualTo(TodoApi.json("{\"completed_on\":\"2017-07-13T10:30:00+10:00\"}"));
  }

  @Test
  void completing_a_todo_that_does_not_exist_is_unprocessable() {
    HttpResponse<String> response = api.post("/todo/" + todoId + "/complete", "{\"completed_on\": \"2017-07-13\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" does not exist");
    assertThat(api.events(todoId)).isEmpty();
  }

  @Test
  void completing_a_todo_twice_is_unprocessable() {
    api.seed(todoId, added);
    api.post("/todo/" + todoId + "/complete", "{\"completed_on\": \"2017-07-13\"}");

    HttpResponse<String> response = api.post("/todo/" + todoId + "/complete", "{\"completed_on\": \"2017-07-14\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" already complete");
    assertThat(api.events(todoId)).hasSize(2);
  }

  @Test
  void completing_an_abandoned_todo_is_unprocessable() {
    api.seed(todoId, added, new TodoAbandoned("2017-07-13"));

    HttpResponse<String> response = api.post("/todo/" + todoId + "/complete", "{\"completed_on\": \"2017-07-14\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" already abandoned");
  }

  @Test
  void completing_without_a_date_is_a_bad_request() {
    api.seed(todoId, added);

    HttpResponse<String> missing = api.post("/todo/" + todoId + "/complete", "");
    HttpResponse<String> nothing = api.post("/todo/" + todoId + "/complete", "{\"completed_on\": null}");

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).isEqualTo("Bad Request: completed_on is blank");
    assertThat(nothing.body()).isEqualTo("Bad Request: completed_on is blank");
  }

  @Test
  void completing_with_an_invalid_date_is_a_bad_request() {
    api.seed(todoId, added);

    HttpResponse<String> response = api.post("/todo/" + todoId + "/complete", "{\"completed_on\": \"invalid\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: completed_on is invalid");
    assertThat(api.events(todoId)).hasSize(1);
  }

  @Test
  void completing_on_a_day_that_does_not_exist_is_a_bad_request_even_for_an_unknown_todo() {
    HttpResponse<String> response = api.post("/todo/" + todoId + "/complete", "{\"completed_on\": \"2017-02-30\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: completed_on is invalid");
  }
}
