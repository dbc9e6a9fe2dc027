package dev.estodo.todo.commands;

import static dev.estodo.todo.commands.Bodies.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AmendTodoTest {
  private final String todoId = UUID.randomUUID().toString();

  @Test
  void each_field_is_not_given_cleared_or_set() {
    AmendTodo amend = AmendTodo.from(todoId, body("{\"description\": \"It IS leg day!\", \"due_date\": null}"));

    assertThat(amend).isEqualTo(new AmendTodo(UUID.fromString(todoId), null, Optional.of("It IS leg day!"),
        Optional.empty(), null));
    assertThat(amend.changesNothing()).isFalse();
  }

  @Test
  void an_empty_body_changes_nothing() {
    assertThat(AmendTodo.from(todoId, body("{}")).changesNothing()).isTrue();
  }

  @Test
  void without_a_todo_id_it_is_invalid() {
    assertThatThrownBy(() -> AmendTodo.from("", body("{\"title\": \"Stick around\", \"due_date\": \"2017-06-16\"}")))
        .isInstanceOf(InvalidCommandException.class).hasMessage("todo_id is invalid");
  }

  @Test
  void with_an_invalid_due_date_it_is_invalid() {
    assertThatThrownBy(() -> AmendTodo.from(todoId, body("{\"title\": \"Stick around\", \"due_date\": \"not a date\"}")))
        .isInstanceOf(InvalidCommandException.class).hasMessage("due_date is invalid");
  }

  @Test
  void the_title_cannot_be_cleared_and_a_blank_title_comes_before_invalid_fields() {
    assertThatThrownBy(() -> AmendTodo.from(todoId, body("{\"title\": null}"))).hasMessage("title is blank");
    assertThatThrownBy(() -> AmendTodo.from(todoId, body("{\"due_date\": \"Monday\", \"title\": \"\\u00a0\"}")))
        .hasMessage("title is blank");
  }

  @Test
  void a_field_that_is_not_text_is_invalid() {
    assertThatThrownBy(() -> AmendTodo.from(todoId, body("{\"description\": {\"text\": \"Leg day.\"}}")))
        .hasMessage("description is invalid");
  }
}
