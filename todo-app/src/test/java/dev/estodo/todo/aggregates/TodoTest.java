package dev.estodo.todo.aggregates;

import static dev.estodo.todo.aggregates.Todo.State.ABANDONED;
import static dev.estodo.todo.aggregates.Todo.State.COMPLETED;
import static dev.estodo.todo.aggregates.Todo.State.NEW;
import static dev.estodo.todo.aggregates.Todo.State.OUTSTANDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estodo.todo.aggregates.Todo.State;
import dev.estodo.todo.commands.AbandonTodo;
import dev.estodo.todo.commands.AddTodo;
import dev.estodo.todo.commands.AmendTodo;
import dev.estodo.todo.commands.CompleteTodo;
import dev.estodo.todo.commands.MoveUpTodo;
import dev.estodo.todo.commands.TodoCommand;
import dev.estodo.todo.events.StakeholderNotifiedOfTodoCompletion;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoEvent;
import dev.estodo.todo.events.TodoMovedUp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TodoTest {
  private static final UUID ID = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
  private static final Map<String, TodoCommand> COMMANDS = Map.of(
      "add", new AddTodo(ID, "2000 squats", "Leg day.", "2017-07-13", "the-governator@example.com"),
      "amend", new AmendTodo(ID, null, Optional.of("It IS leg day!"), Optional.empty(), null),
      "complete", new CompleteTodo(ID, "2017-07-13"),
      "abandon", new AbandonTodo(ID, "2017-07-14"),
      "moveup", new MoveUpTodo(ID));
  private static final Map<Class<?>, TodoEvent> EXAMPLES = Map.of(
      TodoAdded.class, new TodoAdded("2000 squats", null, null, null),
      TodoAmended.class, new TodoAmended(null, Optional.of("It IS leg day!"), null, null),
      TodoCompleted.class, new TodoCompleted("2017-07-13"),
      TodoAbandoned.class, new TodoAbandoned("2017-07-13"),
      TodoMovedUp.class, new TodoMovedUp(),
      StakeholderNotifiedOfTodoCompletion.class, new StakeholderNotifiedOfTodoCompletion("2017-07-13T14:00:00+00:00"));

  private final Todo todo = new Todo();

  static Stream<Arguments> the_contracts_rule_table() {
    return Stream.of(
        Arguments.of("add", NEW, new TodoAdded("2000 squats", "Leg day.", "2017-07-13", "the-governator@example.com")),
        Arguments.of("add", OUTSTANDING, "already exists"),
        Arguments.of("add", COMPLETED, "already exists"),
        Arguments.of("add", ABANDONED, "already exists"),
        Arguments.of("amend", NEW, "does not exist"),
        Arguments.of("amend", OUTSTANDING, new TodoAmended(null, Optional.of("It IS leg day!"), Optional.empty(), null)),
        Arguments.of("amend", COMPLETED, "is complete"),
        Arguments.of("amend", ABANDONED, "is abandoned"),
        Arguments.of("complete", NEW, "does not exist"),
        Arguments.of("complete", OUTSTANDING, new TodoCompleted("2017-07-13")),
        Arguments.of("complete", COMPLETED, "already complete"),
        Arguments.of("complete", ABANDONED, "already abandoned"),
        Arguments.of("abandon", NEW, "does not exist"),
        Arguments.of("abandon", OUTSTANDING, new TodoAbandoned("2017-07-14")),
        Arguments.of("abandon", COMPLETED, "already complete"),
        Arguments.of("abandon", ABANDONED, "already abandoned"),
        Arguments.of("moveup", NEW, "does not exist"),
        Arguments.of("moveup", OUTSTANDING, new TodoMovedUp()),
        Arguments.of("moveup", COMPLETED, "is complete"),
        Arguments.of("moveup", ABANDONED, "is abandoned"));
  }

  @ParameterizedTest(name = "{0} when {1}: {2}")
  @MethodSource
  void the_contracts_rule_table(String command, State state, Object outcome) {
    if (outcome instanceof TodoEvent event) {
      assertThat(todo.decide(COMMANDS.get(command), state)).containsExactly(event);
    } else {
      assertThatThrownBy(() -> todo.decide(COMMANDS.get(command), state))
          .isInstanceOf(CommandRejectedException.class)
          .hasMessage("Todo \"" + ID + "\" " + outcome);
    }
  }

  @Test
  void an_amendment_without_fields_produces_no_event() {
    assertThat(todo.decide(new AmendTodo(ID, null, null, null, null), OUTSTANDING)).isEmpty();
  }

  @Test
  void an_amendment_without_fields_of_a_todo_that_does_not_exist_is_still_rejected() {
    assertThatThrownBy(() -> todo.decide(new AmendTodo(ID, null, null, null, null), NEW))
        .hasMessage("Todo \"" + ID + "\" does not exist");
  }

  @Test
  void evolve_handles_every_todo_event() {
    assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrder(TodoEvent.class.getPermittedSubclasses());

    for (Class<?> eventClass : TodoEvent.class.getPermittedSubclasses()) {
      assertThat(todo.evolve(OUTSTANDING, EXAMPLES.get(eventClass))).as(eventClass.getSimpleName()).isNotNull();
    }
  }

  @Test
  void only_adding_completing_and_abandoning_change_where_a_todo_is_in_its_life() {
    assertThat(todo.evolve(NEW, EXAMPLES.get(TodoAdded.class))).isEqualTo(OUTSTANDING);
    assertThat(todo.evolve(OUTSTANDING, EXAMPLES.get(TodoCompleted.class))).isEqualTo(COMPLETED);
    assertThat(todo.evolve(OUTSTANDING, EXAMPLES.get(TodoAbandoned.class))).isEqualTo(ABANDONED);
    assertThat(todo.evolve(OUTSTANDING, EXAMPLES.get(TodoAmended.class))).isEqualTo(OUTSTANDING);
    assertThat(todo.evolve(OUTSTANDING, EXAMPLES.get(TodoMovedUp.class))).isEqualTo(OUTSTANDING);
    assertThat(todo.evolve(COMPLETED, EXAMPLES.get(StakeholderNotifiedOfTodoCompletion.class))).isEqualTo(COMPLETED);
  }

  @Test
  void a_history_folds_into_the_state_of_its_last_change() {
    List<TodoEvent> history = List.of(EXAMPLES.get(TodoAdded.class), EXAMPLES.get(TodoAmended.class),
        EXAMPLES.get(TodoCompleted.class), EXAMPLES.get(StakeholderNotifiedOfTodoCompletion.class));

    assertThat(todo.fold(history)).isEqualTo(COMPLETED);
    assertThat(todo.fold(List.of())).isEqualTo(NEW);
  }
}
