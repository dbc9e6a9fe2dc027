package dev.estodo.todo.commands;

import static dev.estodo.todo.commands.Bodies.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AddTodoTest {
  private final String todoId = UUID.randomUUID().toString();

  @Test
  void it_takes_the_todo_id_from_the_path_and_the_fields_from_the_body() {
    AddTodo add = AddTodo.from(todoId, body("""
        {"title": "2000 squats", "description": "Leg day.", "due_date": "2017-07-13",
         "stakeholder_email": "the-governator@example.com", "todo_id": "%s"}""".formatted(UUID.randomUUID())));

    assertThat(add).isEqualTo(new AddTodo(UUID.fromString(todoId), "2000 squats", "Leg day.", "2017-07-13",
        "the-governator@example.com"));
  }

  @Test
  void fields_left_out_or_null_are_not_given() {
    AddTodo add = AddTodo.from(todoId, body("{\"title\": \"Stick around\", \"description\": null}"));

    assertThat(add).isEqualTo(new AddTodo(UUID.fromString(todoId), "Stick around", null, null, null));
  }

  @Test
  void without_a_todo_id_it_is_invalid() {
    assertThatThrownBy(() -> AddTodo.from(null, body("{\"title\": \"Stick around\", \"due_date\": \"2017-06-16\"}")))
        .isInstanceOf(InvalidCommandException.class).hasMessage("todo_id is invalid");
  }

  @Test
  void without_a_title_it_is_invalid() {
    assertThatThrownBy(() -> AddTodo.from(todoId, body("{\"due_date\": \"2017-06-16\"}")))
        .isInstanceOf(InvalidCommandException.class).hasMessage("title is blank");
  }

  @Test
  void with_an_invalid_due_date_it_is_invalid() {
    assertThatThrownBy(() -> AddTodo.from(todoId, body("{\"title\": \"Stick around\", \"due_date\": \"not a date\"}")))
        .isInstanceOf(InvalidCommandException.class).hasMessage("due_date is invalid");
  }

  @Test
  void a_body_that_is_not_an_object_is_invalid_but_a_bad_id_is_reported_first() {
    assertThatThrownBy(() -> AddTodo.from(todoId, MissingNode.getInstance())).hasMessage("body is invalid");
    assertThatThrownBy(() -> AddTodo.from(todoId, body("[\"2000 squats\"]"))).hasMessage("body is invalid");
    assertThatThrownBy(() -> AddTodo.from("squats", MissingNode.getInstance())).hasMessage("todo_id is invalid");
  }

  @Test
  void an_empty_stakeholder_email_means_nobody_and_anything_without_an_at_is_invalid() {
    AddTodo nobody = AddTodo.from(todoId, body("{\"title\": \"Stick around\", \"stakeholder_email\": \"\"}"));

    assertThat(nobody.stakeholderEmail()).isEmpty();
    assertThatThrownBy(() -> AddTodo.from(todoId, body("{\"title\": \"x\", \"stakeholder_email\": \"arnie\"}")))
        .hasMessage("stakeholder_email is invalid");
    assertThatThrownBy(() -> AddTodo.from(todoId, body("{\"title\": \"x\", \"stakeholder_email\": \"a@b@c\"}")))
        .hasMessage("stakeholder_email is invalid");
  }
}
