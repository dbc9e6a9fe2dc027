package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.Json;
import dev.estodo.todo.events.TodoAdded;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API accepts only the stakeholder emails the notifier can deliver to, and stores nothing else. */
class UndeliverableEmailRequestTest {
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

  @ParameterizedTest
  @ValueSource(strings = {"a,b@c.d", "a@b..c", "a@b.c.", ".a@b.c", "a@b.c;", "a@b.c\u200B", "Dutch <a@b.c>",
      "a@-b.c", "d\u00fctch@example.com"})
  void adding_a_todo_for_an_undeliverable_stakeholder_is_a_bad_request_and_stores_nothing(String email) {
    String body = Json.mapper().createObjectNode().put("title", "Get to the chopper").put("stakeholder_email", email)
        .toString();

    HttpResponse<String> response = api.post("/todo/" + todoId, body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: stakeholder_email is invalid");
    assertThat(api.events(todoId)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a@b.c;", "a@b.c\u200B"})
  void amending_to_an_undeliverable_stakeholder_is_a_bad_request_and_changes_nothing(String email) {
    api.seed(todoId, new TodoAdded("2000 squats", "Leg day.", null, "dutch@example.com"));
    String body = Json.mapper().createObjectNode().put("stakeholder_email", email).toString();

    HttpResponse<String> response = api.put("/todo/" + todoId, body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: stakeholder_email is invalid");
    assertThat(api.events(todoId)).hasSize(1);
  }
}
