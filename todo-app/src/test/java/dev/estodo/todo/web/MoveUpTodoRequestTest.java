package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.events.StakeholderNotifiedOfTodoCompletion;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoMovedUp;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MoveUpTodoRequestTest {
  private static TodoApi api;
  private final UUID todoId = UUID.randomUUID();
  private final TodoAdded added = new TodoAdded("Stick around", null, null, null);

  @BeforeAll
  static void start() {
    api = new TodoApi();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void moving_up_an_outstanding_todo_stores_todo_moved_up() {
    api.seed(todoId, added, new TodoAmended(null, Optional.of("Until the chopper comes"), null, null), new TodoMovedUp());

    HttpResponse<String> response = api.post("/todo/" + todoId + "/moveup", "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    StoredEvent last = api.lastEvent(todoId);
    assertThat(last.type()).isEqualTo("todo_moved_up");
    assertThat(last.aggregateId()).isEqualTo(todoId);
    assertThat(last.body()).isEqualTo(TodoApi.json("{}"));
    assertThat(response.headers().firstValue("Todo-Position")).hasValue(Long.toString(last.position()));
  }

  @Test
  void moving_up_a_todo_that_does_not_exist_is_unprocessable() {
    HttpResponse<String> response = api.post("/todo/" + todoId + "/moveup", "");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" does not exist");
  }

  @Test
  void moving_up_a_completed_todo_is_unprocessable_even_after_its_stakeholder_was_notified() {
    api.seed(todoId, added, new TodoCompleted("2017-07-13"),
        new StakeholderNotifiedOfTodoCompletion("2017-07-13T14:00:00+00:00"));

    HttpResponse<String> response = api.post("/todo/" + todoId + "/moveup", "");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" is complete");
  }

  @Test
  void moving_up_an_abandoned_todo_is_unprocessable() {
    api.seed(todoId, added, new TodoAbandoned("2017-07-13"));

    HttpResponse<String> response = api.post("/todo/" + todoId + "/moveup", "");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" is abandoned");
    assertThat(api.events(todoId)).hasSize(2);
  }

  @Test
  void a_move_up_body_must_still_be_a_json_object() {
    api.seed(todoId, added);

    HttpResponse<String> response = api.post("/todo/" + todoId + "/moveup", "[]");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("Bad Request: body is invalid");
    assertThat(api.events(todoId)).hasSize(1);
  }
}
