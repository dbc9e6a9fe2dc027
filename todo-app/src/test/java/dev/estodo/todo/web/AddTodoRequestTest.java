package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.Json;
import dev.estodo.todo.events.TodoAdded;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AddTodoRequestTest {
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
  void adding_a_todo_returns_created_and_stores_todo_added() {
    HttpResponse<String> response = api.post("/todo/" + todoId, """
        {"title": "2000 squats", "description": "Leg day.", "due_date": "2017-07-13",
         "stakeholder_email": "the-governator@example.com"}""");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).isEmpty();
    StoredEvent last = api.lastEvent(todoId);
    assertThat(last.type()).isEqualTo("todo_added");
    assertThat(last.aggregateId()).isEqualTo(todoId);
    assertThat(last.body()).isEqualTo(TodoApi.json("{\"title\":\"2000 squats\",\"description\":\"Leg day.\","
        + "\"due_date\":\"2017-07-13\",\"stakeholder_email\":\"the-governator@example.com\"}"));
  }

  @Test
  void the_answer_tells_the_position_of_the_new_event() {
    HttpResponse<String> response = api.post("/todo/" + todoId, "{\"title\": \"Get to the chopper\"}");

    assertThat(response.headers().firstValue("Todo-Position")).hasValue(Long.toString(api.lastEvent(todoId).position()));
  }

  @Test
  void adding_a_todo_that_already_exists_is_unprocessable() {
    api.post("/todo/" + todoId, "{\"title\": \"Bicep curls for days\"}");

    HttpResponse<String> response = api.post("/todo/" + todoId, "{\"title\": \"Get to the chopper!\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" already exists");
    assertThat(api.events(todoId)).hasSize(1);
  }

  @Test
  void adding_a_todo_without_a_title_is_a_bad_request() {
    HttpResponse<String> response = api.post("/todo/" + todoId, "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: title is blank");
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type.replace(" ", "")).isEqualToIgnoringCase("text/plain;charset=utf-8"));
  }

  @Test
  void adding_a_todo_with_a_blank_title_is_a_bad_request() {
    HttpResponse<String> response = api.post("/todo/" + todoId, "{\"title\": \" \\t\\n\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: title is blank");
  }

  @Test
  void adding_a_todo_with_an_invalid_date_is_a_bad_request() {
    HttpResponse<String> response = api.post("/todo/" + todoId, "{\"title\": \"It's not a tumor\", \"due_date\": \"invalid\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: due_date is invalid");
    assertThat(api.events(todoId)).isEmpty();
  }

  @Test
  void an_invalid_date_on_a_todo_that_exists_is_a_bad_request_not_unprocessable() {
    api.seed(todoId, new TodoAdded("Bicep curls for days", null, null, null));

    HttpResponse<String> response = api.post("/todo/" + todoId, "{\"title\": \"Get to the chopper\", \"due_date\": \"Monday\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: due_date is invalid");
  }

  @Test
  void adding_a_todo_with_an_id_that_is_not_a_uuid_is_a_bad_request() {
    HttpResponse<String> response = api.post("/todo/not-a-uuid", "{\"title\": \"2000 squats\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: todo_id is invalid");
  }

  @Test
  void only_the_fields_given_are_stored_and_unknown_keys_and_a_todo_id_in_the_body_are_ignored() {
    UUID other = UUID.randomUUID();

    HttpResponse<String> response = api.post("/todo/" + todoId + "?todo_id=" + other,
        "{\"title\": \"Get to the chopper\", \"todo_id\": \"" + other + "\", \"priority\": \"high\", \"description\": null}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(api.lastEvent(todoId).body()).isEqualTo(TodoApi.json("{\"title\":\"Get to the chopper\"}"));
    assertThat(api.events(other)).isEmpty();
  }

  @Test
  void a_title_like_sql_or_script_is_stored_exactly_as_given() {
    String title = "'; DROP TABLE events; -- <script>alert(\"I'll be back\")</script> \u00e9\ud83d\udcaa \\";

    HttpResponse<String> response = api.post("/todo/" + todoId, Json.mapper().createObjectNode().put("title", title).toString());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(api.lastEvent(todoId).body().get("title").textValue()).isEqualTo(title);
  }

  @Test
  void a_title_of_500_characters_is_accepted_and_501_is_invalid() {
    HttpResponse<String> longest = api.post("/todo/" + todoId, "{\"title\": \"" + "a".repeat(499) + "\ud83d\udcaa\"}");
    HttpResponse<String> tooLong = api.post("/todo/" + UUID.randomUUID(), "{\"title\": \"" + "a".repeat(501) + "\"}");

    assertThat(longest.statusCode()).isEqualTo(201);
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).isEqualTo("Bad Request: title is invalid");
  }
}
