package dev.estodo.todo.commands;

import static dev.estodo.todo.commands.Bodies.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MoveUpTodoTest {
  private final String todoId = UUID.randomUUID().toString();

  @Test
  void it_needs_only_the_todo_id_and_ignores_fields() {
    assertThat(MoveUpTodo.from(todoId, body("{\"places\": 3}"))).isEqualTo(new MoveUpTodo(UUID.fromString(todoId)));
  }

  @Test
  void without_a_todo_id_it_is_invalid() {
    assertThatThrownBy(() -> MoveUpTodo.from(null, body("{}"))).hasMessage("todo_id is invalid");
  }

  @Test
  void a_body_that_is_not_an_object_is_invalid() {
    assertThatThrownBy(() -> MoveUpTodo.from(todoId, body("\"up\""))).hasMessage("body is invalid");
  }
}
