package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.events.TodoAdded;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MethodOverrideRequestTest {
  private static final List<String> OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");
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
  void a_get_or_head_that_asks_to_be_a_write_is_served_as_sent_and_writes_nothing() {
    for (String override : OVERRIDES) {
      for (String method : List.of("GET", "HEAD")) {

        HttpResponse<String> add = api.send(method, "/todo/" + todoId, BodyPublishers.ofString("{\"title\": \"2000 squats\"}"),
            override, "POST");

        assertThat(add.statusCode()).as(method + " with " + override).isEqualTo(405);
      }
    }

    assertThat(api.events(todoId)).isEmpty();
  }

  @Test
  void a_method_parameter_is_ignored_too() {
    api.seed(todoId, new TodoAdded("2000 squats", null, null, null));

    HttpResponse<String> complete = api.get("/todo/" + todoId + "/complete?_method=POST&completed_on=2017-07-13");

    assertThat(complete.statusCode()).isEqualTo(405);
    assertThat(api.events(todoId)).hasSize(1);
  }

  @Test
  void a_write_that_asks_to_be_a_read_is_still_the_write() {
    HttpResponse<String> add = api.send("POST", "/todo/" + todoId, BodyPublishers.ofString("{\"title\": \"2000 squats\"}"),
        "X-HTTP-Method-Override", "GET");

    assertThat(add.statusCode()).isEqualTo(201);
    assertThat(api.lastEvent(todoId).type()).isEqualTo("todo_added");
  }
}
