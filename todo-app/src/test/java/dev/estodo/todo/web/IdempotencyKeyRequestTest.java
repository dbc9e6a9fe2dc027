package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyRequestTest {
  private static TodoApi api;
  private final UUID todoId = UUID.randomUUID();
  private final String key = "\"" + UUID.randomUUID() + "\"";

  @BeforeAll
  static void start() {
    api = new TodoApi();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private HttpResponse<String> send(String method, String path, String json, String idempotencyKey) {
    return api.send(method, path, BodyPublishers.ofString(json), "Idempotency-Key", idempotencyKey);
  }

  @Test
  void a_retry_with_the_same_key_gets_the_same_answer_and_writes_nothing() {
    HttpResponse<String> first = send("POST", "/todo/" + todoId, "{\"title\": \"2000 squats\"}", key);

    HttpResponse<String> retry = send("POST", "/todo/" + todoId, "{\"title\": \"2000 squats\"}", key);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEmpty();
    assertThat(retry.headers().firstValue("Todo-Position")).isEqualTo(first.headers().firstValue("Todo-Position"))
        .hasValue(Long.toString(api.lastEvent(todoId).position()));
    assertThat(retry.headers().firstValue("X-Correlation-Id")).isEqualTo(first.headers().firstValue("X-Correlation-Id"))
        .hasValue(api.lastEvent(todoId).correlationId().toString());
    assertThat(api.events(todoId)).hasSize(1);
  }

  @Test
  void the_same_key_for_a_different_request_is_unprocessable_and_writes_nothing() {
    send("POST", "/todo/" + todoId, "{\"title\": \"Get to the chopper\"}", key);

    HttpResponse<String> other = send("POST", "/todo/" + todoId, "{\"title\": \"Get to the choppa\"}", key);
    HttpResponse<String> elsewhere = send("POST", "/todo/" + UUID.randomUUID(), "{\"title\": \"Get to the chopper\"}", key);

    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.body()).isEqualTo("Unprocessable Entity: Idempotency-Key was used for a different request");
    assertThat(elsewhere.statusCode()).isEqualTo(422);
    assertThat(api.events(todoId)).hasSize(1);
    assertThat(api.lastEvent(todoId).body().get("title").asText()).isEqualTo("Get to the chopper");
  }

  @Test
  void the_quoted_and_the_bare_form_name_the_same_key() {
    String bare = UUID.randomUUID().toString();
    send("POST", "/todo/" + todoId, "{\"title\": \"Bicep curls for days\"}", bare);

    HttpResponse<String> retry = send("POST", "/todo/" + todoId, "{\"title\": \"Bicep curls for days\"}", "\"" + bare + "\"");

    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(api.events(todoId)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "\"unterminated", "two words", "\"a\"b\"", "\"tab\there\"", "(parens)", "a,b"})
  void a_malformed_key_is_a_bad_request_and_writes_nothing(String malformed) {
    HttpResponse<String> response = send("POST", "/todo/" + todoId, "{\"title\": \"2000 squats\"}", malformed);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: Idempotency-Key is invalid");
    assertThat(api.events(todoId)).isEmpty();
  }

  @Test
  void the_key_given_twice_is_a_bad_request() {
    HttpResponse<String> response = api.send("POST", "/todo/" + todoId, BodyPublishers.ofString("{\"title\": \"2000 squats\"}"),
        "Idempotency-Key", "one", "Idempotency-Key", "two");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(api.events(todoId)).isEmpty();
  }

  @Test
  void a_rule_rejection_is_stored_and_its_retry_gets_it_again() {
    HttpResponse<String> rejected = send("POST", "/todo/" + todoId + "/complete", "{\"completed_on\": \"2017-07-13\"}", key);
    api.post("/todo/" + todoId, "{\"title\": \"You are terminated!\"}");

    HttpResponse<String> retry = send("POST", "/todo/" + todoId + "/complete", "{\"completed_on\": \"2017-07-13\"}", key);

    assertThat(rejected.statusCode()).isEqualTo(422);
    assertThat(retry.statusCode()).isEqualTo(422);
    assertThat(retry.body()).isEqualTo(rejected.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" does not exist");
    HttpResponse<String> unkeyed = api.post("/todo/" + UUID.randomUUID() + "/complete", "{\"completed_on\": \"2017-07-13\"}");
    assertThat(retry.headers().firstValue("Content-Type")).isEqualTo(unkeyed.headers().firstValue("Content-Type"));
    assertThat(api.events(todoId)).extracting(event -> event.type()).containsExactly("todo_added");
  }

  @Test
  void an_invalid_request_is_not_stored_so_the_corrected_one_runs_with_the_same_key() {
    HttpResponse<String> invalid = send("POST", "/todo/" + todoId, "{\"title\": \"  \"}", key);

    HttpResponse<String> corrected = send("POST", "/todo/" + todoId, "{\"title\": \"2000 squats\"}", key);

    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(corrected.statusCode()).isEqualTo(201);
    assertThat(api.events(todoId)).hasSize(1);
  }

  @Test
  void a_body_too_large_is_not_stored() {
    String huge = "{\"title\": \"" + "x".repeat(70_000) + "\"}";
    HttpResponse<String> tooLarge = send("POST", "/todo/" + todoId, huge, key);

    HttpResponse<String> smaller = send("POST", "/todo/" + todoId, "{\"title\": \"2000 squats\"}", key);

    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(smaller.statusCode()).isEqualTo(201);
  }

  @Test
  void every_command_route_takes_a_key() {
    api.post("/todo/" + todoId, "{\"title\": \"Get to the chopper\"}");
    String[][] commands = {{"PUT", "", "{\"description\": \"Now!\"}"}, {"POST", "/moveup", "{}"},
        {"POST", "/complete", "{\"completed_on\": \"2017-07-13\"}"}};

    for (String[] command : commands) {
      String commandKey = UUID.randomUUID().toString();
      HttpResponse<String> first = send(command[0], "/todo/" + todoId + command[1], command[2], commandKey);
      HttpResponse<String> retry = send(command[0], "/todo/" + todoId + command[1], command[2], commandKey);
      assertThat(retry.statusCode()).as(command[0] + command[1]).isEqualTo(first.statusCode()).isEqualTo(200);
    }

    assertThat(api.events(todoId)).extracting(event -> event.type())
        .containsExactly("todo_added", "todo_amended", "todo_moved_up", "todo_completed");
  }
}
