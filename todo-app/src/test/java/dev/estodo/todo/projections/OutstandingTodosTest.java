package dev.estodo.todo.projections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.EventData;
import dev.estodo.todo.Application;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoMovedUp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutstandingTodosTest {
  private final HikariDataSource dataSource = TestServer.freshDataSource();
  private final Application application = Application.on(dataSource, dataSource);
  private final TodoHistory history = new TodoHistory(application.store());
  private final OutstandingTodos outstanding = new OutstandingTodos(application.dataSource());
  private final UUID chopper = UUID.randomUUID();
  private final UUID squats = UUID.randomUUID();
  private final UUID milk = UUID.randomUUID();

  @AfterEach
  void close() throws Exception {
    application.close();
  }

  @Test
  void a_new_todo_goes_to_the_bottom_and_amends_change_only_the_fields_given() throws Exception {
    history.append(chopper, new TodoAdded("Get to the chopper", "Now!", "2017-06-13", "dutch@example.com"));
    history.append(squats, added("2000 squats"));
    history.append(chopper, new TodoAmended(null, Optional.of("It's not a tumor"), null, null));

    Replay.all(application.dataSource(), application.store(), outstanding);

    assertThat(outstanding.list()).containsExactly(
        new TodoRow(chopper, "Get to the chopper", "It's not a tumor", "2017-06-13 00:00:00 UTC", "dutch@example.com"),
        new TodoRow(squats, "2000 squats", null, null, null));
  }

  @Test
  void completed_and_abandoned_todos_leave_the_list() throws Exception {
    history.append(chopper, added("Get to the chopper"));
    history.append(squats, added("2000 squats"));
    history.append(milk, added("Milk is for babies"));
    history.append(chopper, new TodoCompleted("2017-06-13"));
    history.append(milk, new TodoAbandoned("2017-06-14"));

    Replay.all(application.dataSource(), application.store(), outstanding);

    assertThat(outstanding.list()).extracting(TodoRow::todoId).containsExactly(squats);
  }

  @Test
  void moving_up_swaps_a_todo_with_the_one_just_above_it() throws Exception {
    addAll();
    history.append(milk, new TodoMovedUp());

    Replay.all(application.dataSource(), application.store(), outstanding);

    assertThat(outstanding.list()).extracting(TodoRow::todoId).containsExactly(chopper, milk, squats);
  }

  @Test
  void moving_up_the_top_todo_changes_nothing() throws Exception {
    addAll();
    history.append(chopper, new TodoMovedUp());

    Replay.all(application.dataSource(), application.store(), outstanding);

    assertThat(outstanding.list()).extracting(TodoRow::todoId).containsExactly(chopper, squats, milk);
  }

  @Test
  void moving_up_skips_todos_that_have_left_the_list() throws Exception {
    addAll();
    history.append(squats, new TodoCompleted("2017-06-13"));
    history.append(milk, new TodoMovedUp());
    history.append(milk, new TodoMovedUp());

    Replay.all(application.dataSource(), application.store(), outstanding);

    assertThat(outstanding.list()).extracting(TodoRow::todoId).containsExactly(milk, chopper);
  }

  @Test
  void an_empty_amend_changes_nothing_and_does_not_jam_later_events() throws Exception {
    history.append(chopper, added("Get to the chopper"));
    history.append(chopper, new TodoAmended(null, null, null, null));
    history.append(squats, added("2000 squats"));

    Replay.all(application.dataSource(), application.store(), outstanding);

    assertThat(outstanding.list()).containsExactly(
        new TodoRow(chopper, "Get to the chopper", null, null, null),
        new TodoRow(squats, "2000 squats", null, null, null));
  }

  @Test
  void an_amend_with_explicit_nulls_clears_those_fields() throws Exception {
    history.append(chopper, new TodoAdded("Get to the chopper", "Now!", "2017-06-13", "dutch@example.com"));
    history.append(chopper, new TodoAmended(Optional.of("Get to da choppa"), Optional.empty(), Optional.empty(),
        Optional.empty()));

    Replay.all(application.dataSource(), application.store(), outstanding);

    assertThat(outstanding.list()).containsExactly(new TodoRow(chopper, "Get to da choppa", null, null, null));
  }

  @Test
  void a_date_time_keeps_its_time_and_an_offset_is_converted_to_utc() throws Exception {
    history.append(chopper, new TodoAdded("Get to the chopper", null, "2017-07-13T10:30:00", null));
    history.append(squats, new TodoAdded("2000 squats", null, "2017-07-13T10:30:00+10:00", null));
    history.append(milk, new TodoAdded("Milk is for babies", null, "2017-07-13T23:59:59Z", null));

    Replay.all(application.dataSource(), application.store(), outstanding);

    assertThat(outstanding.list()).extracting(TodoRow::dueDate)
        .containsExactly("2017-07-13 10:30:00 UTC", "2017-07-13 00:30:00 UTC", "2017-07-13 23:59:59 UTC");
  }

  @Test
  void events_of_unknown_types_are_ignored() throws Exception {
    history.append(chopper, added("Get to the chopper"));
    application.store().append(chopper, List.of(new EventData(UUID.randomUUID(), "todo_list_created",
        JsonNodeFactory.instance.objectNode(), null, null)));

    Replay.all(application.dataSource(), application.store(), outstanding);

    assertThat(outstanding.list()).extracting(TodoRow::todoId).containsExactly(chopper);
  }

  private void addAll() {
    history.append(chopper, added("Get to the chopper"));
    history.append(squats, added("2000 squats"));
    history.append(milk, added("Milk is for babies"));
  }

  static TodoAdded added(String title) {
    return new TodoAdded(title, null, null, null);
  }
}
