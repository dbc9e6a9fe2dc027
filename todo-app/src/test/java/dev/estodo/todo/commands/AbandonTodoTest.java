package dev.estodo.todo.commands;

import static dev.estodo.todo.commands.Bodies.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AbandonTodoTest {
  private final String todoId = UUID.randomUUID().toString();

  @Test
  void it_keeps_the_date_as_given() {
    AbandonTodo abandon = AbandonTodo.from(todoId, body("{\"abandoned_on\": \"2017-06-16\"}"));

    assertThat(abandon).isEqualTo(new AbandonTodo(UUID.fromString(todoId), "2017-06-16"));
  }

  @Test
  void without_a_todo_id_it_is_invalid() {
    assertThatThrownBy(() -> AbandonTodo.from(null, body("{\"abandoned_on\": \"2017-06-16\"}")))
        .isInstanceOf(InvalidCommandException.class).hasMessage("todo_id is invalid");
  }

  @Test
  void without_a_date_it_is_blank() {
    assertThatThrownBy(() -> AbandonTodo.from(todoId, body("{}"))).hasMessage("abandoned_on is blank");
  }

  @Test
  void with_an_invalid_abandoned_on_date_it_is_invalid() {
    assertThatThrownBy(() -> AbandonTodo.from(todoId, body("{\"abandoned_on\": \"not a date\"}")))
        .isInstanceOf(InvalidCommandException.class).hasMessage("abandoned_on is invalid");
  }
}
