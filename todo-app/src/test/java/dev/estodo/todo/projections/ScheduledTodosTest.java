package dev.estodo.todo.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.todo.Application;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoMovedUp;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScheduledTodosTest {
  private final HikariDataSource dataSource = TestServer.freshDataSource();
  private final Application application = Application.on(dataSource, dataSource);
  private final TodoHistory history = new TodoHistory(application.store());
  private final ScheduledTodos scheduled = new ScheduledTodos(application.dataSource());
  private final UUID chopper = UUID.randomUUID();
  private final UUID squats = UUID.randomUUID();
  private final UUID milk = UUID.randomUUID();

  @AfterEach
  void close() throws Exception {
    application.close();
  }

  @Test
  void todos_with_a_due_date_are_listed_earliest_first() throws Exception {
    history.append(chopper, due("Get to the chopper", "2017-06-22"));
    history.append(squats, due("2000 squats", "2017-06-13T10:30:00+10:00"));
    history.append(milk, due("Milk is for babies", null));

    Replay.all(application.dataSource(), application.store(), scheduled);

    assertThat(scheduled.list()).extracting(TodoRow::todoId, TodoRow::dueDate).containsExactly(
        tuple(squats, "2017-06-13 00:30:00 UTC"),
        tuple(chopper, "2017-06-22 00:00:00 UTC"));
  }

  @Test
  void todos_due_at_the_same_time_keep_their_list_order_which_moving_up_changes() throws Exception {
    history.append(chopper, due("Get to the chopper", "2017-06-13"));
    history.append(milk, due("Milk is for babies", null));
    history.append(squats, due("2000 squats", "2017-06-13"));
    history.append(squats, new TodoMovedUp());
    history.append(squats, new TodoMovedUp());

    Replay.all(application.dataSource(), application.store(), scheduled);

    assertThat(scheduled.list()).extracting(TodoRow::todoId).containsExactly(squats, chopper);
  }

  @Test
  void amending_the_due_date_schedules_reschedules_and_unschedules() throws Exception {
    history.append(chopper, due("Get to the chopper", "2017-06-13"));
    history.append(squats, due("2000 squats", "2017-06-14"));
    history.append(milk, due("Milk is for babies", null));
    history.append(milk, new TodoAmended(null, null, Optional.of("2017-06-01"), null));
    history.append(squats, new TodoAmended(null, null, Optional.empty(), null));
    history.append(chopper, new TodoAmended(Optional.of("Get to da choppa"), null, null, null));

    Replay.all(application.dataSource(), application.store(), scheduled);

    assertThat(scheduled.list()).extracting(TodoRow::todoId, TodoRow::title).containsExactly(
        tuple(milk, "Milk is for babies"),
        tuple(chopper, "Get to da choppa"));
  }

  @Test
  void completed_todos_are_no_longer_scheduled() throws Exception {
    history.append(chopper, due("Get to the chopper", "2017-06-13"));
    history.append(chopper, new TodoCompleted("2017-06-13"));

    Replay.all(application.dataSource(), application.store(), scheduled);

    assertThat(scheduled.list()).isEmpty();
  }

  private static TodoAdded due(String title, String dueDate) {
    return new TodoAdded(title, null, dueDate, null);
  }
}
