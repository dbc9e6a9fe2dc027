package dev.estodo.todo.commands;

import static dev.estodo.todo.commands.Bodies.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompleteTodoTest {
  private final String todoId = UUID.randomUUID().toString();

  @Test
  void it_keeps_the_date_as_given() {
    CompleteTodo complete = CompleteTodo.from(todoId, body("{\"completed_on\": \"2017-06-16T10:30:00Z\"}"));

    assertThat(complete).isEqualTo(new CompleteTodo(UUID.fromString(todoId), "2017-06-16T10:30:00Z"));
  }

  @Test
  void without_a_todo_id_it_is_invalid() {
    assertThatThrownBy(() -> CompleteTodo.from(null, body("{\"completed_on\": \"2017-06-16\"}")))
        .isInstanceOf(InvalidCommandException.class).hasMessage("todo_id is invalid");
  }

  @Test
  void without_a_date_it_is_blank() {
    assertThatThrownBy(() -> CompleteTodo.from(todoId, body("{\"completed_on\": null}"))).hasMessage("completed_on is blank");
  }

  @Test
  void with_an_invalid_completed_on_date_it_is_invalid() {
    assertThatThrownBy(() -> CompleteTodo.from(todoId, body("{\"completed_on\": \"not a date\"}")))
        .isInstanceOf(InvalidCommandException.class).hasMessage("completed_on is invalid");
  }
}
