package dev.estodo.todo.projections;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.todo.Application;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import java.sql.Connection;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CompletedTodosTest {
  private final HikariDataSource dataSource = TestServer.freshDataSource();
  private final Application application = Application.on(dataSource, dataSource);
  private final TodoHistory history = new TodoHistory(application.store());
  private final CompletedTodos completed = new CompletedTodos(application.dataSource());
  private final UUID chopper = UUID.randomUUID();
  private final UUID squats = UUID.randomUUID();
  private final UUID milk = UUID.randomUUID();

  @AfterEach
  void close() throws Exception {
    application.close();
  }

  @Test
  void completed_todos_carry_their_latest_fields_in_order_of_completion() throws Exception {
    history.append(chopper, new TodoAdded("Get to the chopper", null, "2017-06-13", "dutch@example.com"));
    history.append(squats, new TodoAdded("2000 squats", null, null, null));
    history.append(squats, new TodoCompleted("2017-06-14T18:00:00-04:00"));
    history.append(chopper, new TodoAmended(null, Optional.of("Now!"), Optional.empty(), null));
    history.append(chopper, new TodoCompleted("2017-06-15"));

    Replay.all(application.dataSource(), application.store(), completed);

    assertThat(completed.list()).containsExactly(
        new CompletedTodoRow(squats, "2000 squats", null, null, null, "2017-06-14 22:00:00 UTC"),
        new CompletedTodoRow(chopper, "Get to the chopper", "Now!", null, "dutch@example.com",
            "2017-06-15 00:00:00 UTC"));
  }

  @Test
  void abandoned_and_open_todos_never_appear() throws Exception {
    history.append(chopper, new TodoAdded("Get to the chopper", null, null, null));
    history.append(milk, new TodoAdded("Milk is for babies", null, null, null));
    history.append(milk, new TodoAbandoned("2017-06-01"));

    Replay.all(application.dataSource(), application.store(), completed);

    assertThat(completed.list()).isEmpty();
  }

  @Test
  void a_reset_and_replay_rebuilds_the_same_list() throws Exception {
    history.append(chopper, new TodoAdded("Get to the chopper", null, null, null));
    history.append(squats, new TodoAdded("2000 squats", null, null, null));
    history.append(squats, new TodoCompleted("2017-06-14"));
    history.append(chopper, new TodoCompleted("2017-06-15"));
    Replay.all(application.dataSource(), application.store(), completed);
    var live = completed.list();

    try (Connection transaction = application.dataSource().getConnection()) {
      completed.reset(transaction);
    }
    Replay.all(application.dataSource(), application.store(), completed);

    assertThat(completed.list()).isEqualTo(live).hasSize(2);
  }
}
