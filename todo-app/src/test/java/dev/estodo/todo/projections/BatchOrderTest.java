package dev.estodo.todo.projections;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.processing.Projector;
import dev.estodo.todo.Application;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoEvent;
import dev.estodo.todo.events.TodoMovedUp;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The orders a batch is applied in that one event at a time would not use: every table, every column, alike. */
class BatchOrderTest {
  private final HikariDataSource dataSource = TestServer.freshDataSource();
  private final Application application = Application.on(dataSource, dataSource);
  private final TodoHistory history = new TodoHistory(application.store());
  private final OutstandingTodos outstanding = new OutstandingTodos(dataSource);
  private final List<Projector> projectors = List.of(outstanding, new ScheduledTodos(dataSource), new CompletedTodos(dataSource));
  private final UUID chopper = UUID.randomUUID();
  private final UUID squats = UUID.randomUUID();
  private final UUID milk = UUID.randomUUID();
  private final UUID divorce = UUID.randomUUID();

  @AfterEach
  void close() throws Exception {
    application.close();
  }

  @Test
  void a_second_add_after_a_completion_keeps_its_place_and_the_adds_after_it_stay_below_it() throws Exception {
    add(chopper, "Get to the chopper");
    add(squats, "2000 squats");
    history.append(chopper, new TodoCompleted("2017-06-13"));
    add(chopper, "Get to the chopper again");
    add(milk, "Milk is for babies");

    assertEveryBatchingMatchesOneByOne();
    assertThat(outstanding.list()).extracting(TodoRow::todoId).containsExactly(squats, chopper, milk);
  }

  @Test
  void a_move_up_right_after_deleting_the_todo_just_above_swaps_with_the_todo_above_that() throws Exception {
    add(chopper, "Get to the chopper");
    add(squats, "2000 squats");
    add(milk, "Milk is for babies");
    history.append(squats, new TodoAbandoned("2017-06-13"));
    history.append(milk, new TodoMovedUp());
    add(divorce, "Consider that a divorce");
    history.append(divorce, new TodoMovedUp());

    assertEveryBatchingMatchesOneByOne();
    assertThat(outstanding.list()).extracting(TodoRow::todoId).containsExactly(milk, divorce, chopper);
  }

  @Test
  void amends_around_a_completion_reach_the_completed_list_only_if_made_before_it() throws Exception {
    add(chopper, "Get to the chopper");
    history.append(chopper, new TodoAmended(Optional.of("Get to the chopper NOW"), null, null, null));
    history.append(chopper, new TodoCompleted("2017-06-13"));
    history.append(chopper, new TodoAmended(null, Optional.of("Too late"), null, null));
    add(squats, "2000 squats");
    history.append(squats, new TodoAmended(null, Optional.of("Leg day."), Optional.of("2017-07-13"), null));

    assertEveryBatchingMatchesOneByOne();
    assertThat(new CompletedTodos(dataSource).list()).singleElement().asString()
        .contains("Get to the chopper NOW").doesNotContain("Too late");
  }

  @Test
  void many_events_of_one_todo_in_one_batch_end_as_they_do_one_by_one() throws Exception {
    add(squats, "2000 squats");
    history.append(chopper, new TodoMovedUp());
    history.append(chopper, new TodoAmended(Optional.of("Not yet added"), null, null, null));
    add(chopper, "Get to the chopper");
    history.append(chopper, new TodoMovedUp());
    history.append(chopper, new TodoAmended(null, Optional.of("Do it now!"), Optional.of("2017-06-13"), null));
    history.append(chopper, new TodoAbandoned("2017-06-13"));
    add(chopper, "Get to the chopper, again");
    add(milk, "Milk is for babies");
    history.append(chopper, new TodoMovedUp());
    history.append(milk, new TodoMovedUp());
    history.append(milk, new TodoMovedUp());
    history.append(chopper, new TodoCompleted("2017-06-14"));
    add(chopper, "Get to the chopper, a third time");

    assertEveryBatchingMatchesOneByOne();
    assertThat(outstanding.list()).extracting(TodoRow::todoId).containsExactly(milk, squats, chopper);
  }

  @Test
  void random_histories_full_of_moves_give_the_same_rows_in_batches_of_any_size_as_one_by_one() throws Exception {
    Random random = new Random(1984);
    List<UUID> todos = Stream.generate(UUID::randomUUID).limit(10).toList();
    for (int i = 0; i < 150; i++) {
      history.append(todos.get(random.nextInt(todos.size())), randomEvent(random, i));
    }

    assertBatchesMatchOneByOne(IntStream.of(2, 3, 7, 19, 150));
  }

  private void assertEveryBatchingMatchesOneByOne() throws Exception {
    int events = application.store().readAfter(Checkpoint.START, 1_000).events().size();
    assertBatchesMatchOneByOne(IntStream.rangeClosed(1, events));
  }

  /** One event at a time, then batches of each of {@code sizes}: each ends with the same rows. */
  private void assertBatchesMatchOneByOne(IntStream sizes) throws Exception {
    for (Projector projector : projectors) {
      Replay.all(dataSource, application.store(), projector);
    }
    List<String> oneByOne = TableRows.all(dataSource);
    for (int size : sizes.toArray()) {
      try (Connection transaction = dataSource.getConnection()) {
        for (Projector projector : projectors) {
          projector.reset(transaction);
          Replay.inBatches(dataSource, application.store(), projector, size);
        }
      }
      assertThat(TableRows.all(dataSource)).as("batches of %d", size).isEqualTo(oneByOne);
    }
  }

  private static TodoEvent randomEvent(Random random, int i) {
    int pick = random.nextInt(20);
    if (pick < 4) return new TodoAdded("2000 squats #" + i, null, "2017-06-13", "dutch@example.com");
    if (pick < 11) return new TodoMovedUp();
    if (pick < 15) return new TodoAmended(null, Optional.of("Set " + i), null, null);
    return pick < 18 ? new TodoCompleted("2017-06-13") : new TodoAbandoned("2017-06-13");
  }

  private void add(UUID todo, String title) {
    history.append(todo, new TodoAdded(title, null, "2017-06-13", "dutch@example.com"));
  }
}
