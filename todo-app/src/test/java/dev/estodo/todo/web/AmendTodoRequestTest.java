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

class AmendTodoRequestTest {
  private static TodoApi api;
  private final UUID todoId = UUID.randomUUID();
  private final TodoAdded added = new TodoAdded("2000 squats", "Leg day.", "2017-07-13", "the-governator@example.com");

  @BeforeAll
  static void start() {
    api = new TodoApi();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void amending_a_field_returns_success_and_stores_only_that_field() {
    api.seed(todoId, added);

    HttpResponse<String> response = api.put("/todo/" + todoId, "{\"description\": \"It IS leg day!\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    StoredEvent last = api.lastEvent(todoId);
    assertThat(last.type()).isEqualTo("todo_amended");
    assertThat(last.aggregateId()).isEqualTo(todoId);
    assertThat(last.body()).isEqualTo(TodoApi.json("{\"description\":\"It IS leg day!\"}"));
    assertThat(response.headers().firstValue("Todo-Position")).hasValue(Long.toString(last.position()));
  }

  @Test
  void an_explicit_null_clears_the_field() {
    api.seed(todoId, added);

    HttpResponse<String> response = api.put("/todo/" + todoId, "{\"due_date\": null, \"stakeholder_email\": \"\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(api.lastEvent(todoId).body()).isEqualTo(TodoApi.json("{\"due_date\":null,\"stakeholder_email\":\"\"}"));
  }

  @Test
  void an_amendment_without_fields_succeeds_without_an_event_and_tells_the_latest_position() {
    api.seed(todoId, added);
    long latest = api.lastEvent(todoId).position();

    HttpResponse<String> response = api.put("/todo/" + todoId, "{}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(api.events(todoId)).hasSize(1);
    assertThat(response.headers().firstValue("Todo-Position")).hasValue(Long.toString(latest));
  }

  @Test
  void amending_with_an_invalid_date_is_a_bad_request_even_when_the_todo_does_not_exist() {
    HttpResponse<String> response = api.put("/todo/" + todoId, "{\"due_date\": \"invalid\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: due_date is invalid");
  }

  @Test
  void amending_a_todo_that_does_not_exist_is_unprocessable() {
    HttpResponse<String> response = api.put("/todo/" + todoId, "");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" does not exist");
    assertThat(api.events(todoId)).isEmpty();
  }

  @Test
  void amending_a_completed_todo_is_unprocessable() {
    api.seed(todoId, added, new TodoCompleted("2017-07-13"));

    HttpResponse<String> response = api.put("/todo/" + todoId, "");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" is complete");
  }

  @Test
  void amending_an_abandoned_todo_is_unprocessable() {
    api.seed(todoId, added, new TodoAbandoned("2017-07-13"));

    HttpResponse<String> response = api.put("/todo/" + todoId, "{\"title\": \"Get to the chopper\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" is abandoned");
    assertThat(api.events(todoId)).hasSize(2);
  }

  @Test
  void the_title_cannot_be_cleared_or_blanked() {
    api.seed(todoId, added);

    HttpResponse<String> cleared = api.put("/todo/" + todoId, "{\"title\": null}");
    HttpResponse<String> blanked = api.put("/todo/" + todoId, "{\"title\": \"   \"}");

    assertThat(cleared.body()).isEqualTo("Bad Request: title is blank");
    assertThat(blanked.body()).isEqualTo("Bad Request: title is blank");
    assertThat(api.events(todoId)).hasSize(1);
  }

  @Test
  void fields_of_the_wrong_type_are_invalid() {
    api.seed(todoId, added);

    assertThat(api.put("/todo/" + todoId, "{\"title\": 2000}").body()).isEqualTo("Bad Request: title is invalid");
    assertThat(api.put("/todo/" + todoId, "{\"description\": [\"Leg day.\"]}").body())
        .isEqualTo("Bad Request: description is invalid");
    assertThat(api.put("/todo/" + todoId, "{\"due_date\": 20170713}").body()).isEqualTo("Bad Request: due_date is invalid");
    assertThat(api.put("/todo/" + todoId, "{\"stakeholder_email\": true}").body())
        .isEqualTo("Bad Request: stakeholder_email is invalid");
    assertThat(api.events(todoId)).hasSize(1);
  }

  @Test
  void a_stakeholder_email_without_an_at_is_invalid() {
    api.seed(todoId, added);

    HttpResponse<String> response = api.put("/todo/" + todoId, "{\"stakeholder_email\": \"the-governator\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: stakeholder_email is invalid");
  }
}
