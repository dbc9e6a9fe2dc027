package dev.estodo.todo.aggregates;

import dev.estodo.eventsourcing.Decider;
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
import java.util.UUID;

/** The todo decider: which commands a todo accepts in which state, and the events they produce. */
public final class Todo implements Decider<TodoCommand, TodoEvent, Todo.State> {

  /** Where a todo is in its life; a todo is never both completed and abandoned. */
  public enum State { NEW, OUTSTANDING, COMPLETED, ABANDONED }

  /** The original's two wordings for a todo that is done: completing it again, or changing it. */
  private record Refusal(String ifCompleted, String ifAbandoned) {}

  private static final Refusal ALREADY_DONE = new Refusal("already complete", "already abandoned");
  private static final Refusal IS_DONE = new Refusal("is complete", "is abandoned");

  @Override
  public State initialState() {
    return State.NEW;
  }

  @Override
  public List<TodoEvent> decide(TodoCommand command, State state) {
    if (command instanceof AddTodo add) return add(add, state);
    if (command instanceof AmendTodo amend) return amend(amend, state);
    if (command instanceof CompleteTodo complete) {
      return onlyOutstanding(complete.todoId(), state, ALREADY_DONE, new TodoCompleted(complete.completedOn()));
    }
    if (command instanceof AbandonTodo abandon) {
      return onlyOutstanding(abandon.todoId(), state, ALREADY_DONE, new TodoAbandoned(abandon.abandonedOn()));
    }
    if (command instanceof MoveUpTodo moveUp) return onlyOutstanding(moveUp.todoId(), state, IS_DONE, new TodoMovedUp());
    throw new IllegalArgumentException("Todo cannot decide " + command);
  }

  private static List<TodoEvent> add(AddTodo add, State state) {
    if (state != State.NEW) throw new CommandRejectedException(add.todoId(), "already exists");
    return List.of(new TodoAdded(add.title(), add.description(), add.dueDate(), add.stakeholderEmail()));
  }

  private static List<TodoEvent> amend(AmendTodo amend, State state) {
    requireOutstanding(amend.todoId(), state, IS_DONE);
    if (amend.changesNothing()) return List.of();
    return List.of(new TodoAmended(amend.title(), amend.description(), amend.dueDate(), amend.stakeholderEmail()));
  }

  private static List<TodoEvent> onlyOutstanding(UUID todoId, State state, Refusal refusal, TodoEvent event) {
    requireOutstanding(todoId, state, refusal);
    return List.of(event);
  }

  private static void requireOutstanding(UUID todoId, State state, Refusal refusal) {
    if (state == State.NEW) throw new CommandRejectedException(todoId, "does not exist");
    if (state == State.COMPLETED) throw new CommandRejectedException(todoId, refusal.ifCompleted());
    if (state == State.ABANDONED) throw new CommandRejectedException(todoId, refusal.ifAbandoned());
  }

  /** Amendments, move-ups and notifications leave a todo where it is in its life. */
  @Override
  public State evolve(State state, TodoEvent event) {
    if (event instanceof TodoAdded) return State.OUTSTANDING;
    if (event instanceof TodoCompleted) return State.COMPLETED;
    if (event instanceof TodoAbandoned) return State.ABANDONED;
    if (event instanceof TodoAmended) return state;
    if (event instanceof TodoMovedUp) return state;
    if (event instanceof StakeholderNotifiedOfTodoCompletion) return state;
    throw new IllegalArgumentException("Todo cannot evolve with " + event);
  }
}
