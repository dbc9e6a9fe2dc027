package dev.estodo.todo.projections;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventBatch;
import dev.estodo.eventsourcing.processing.Projector;
import dev.estodo.todo.Application;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.StakeholderNotifiedOfTodoCompletion;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoEvent;
import dev.estodo.todo.events.TodoMovedUp;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchProjectionTest {
  private static final String[] TITLES =
      {"Get to the chopper", "2000 squats", "Milk is for babies", "Consider that a divorce"};
  private static final String[] DATES =
      {"2017-06-13", "2017-07-13T10:30:00", "2017-07-13T10:30:00+10:00", "2017-05-01T23:59:59Z"};
  private static final String[] EMAILS = {"dutch@example.com", "the-governator@example.com"};

  private final HikariDataSource dataSource = TestServer.freshDataSource();
  private final Application application = Application.on(dataSource, dataSource);
  private final TodoHistory history = new TodoHistory(application.store());
  private final OutstandingTodos outstanding = new OutstandingTodos(application.dataSource());
  private final ScheduledTodos scheduled = new ScheduledTodos(application.dataSource());
  private final CompletedTodos completed = new CompletedTodos(application.dataSource());
  private final List<Projector> projectors = List.of(outstanding, scheduled, completed);
  private final Random random = new Random(1984);

  @AfterEach
  void close() throws Exception {
    application.close();
  }

  @Test
  void projecting_events_in_batches_gives_the_same_lists_as_projecting_them_one_by_one() throws Exception {
    List<UUID> todos = IntStream.range(0, 15).mapToObj(i -> UUID.randomUUID()).toList();
    for (int i = 0; i < 400; i++) {
      UUID todo = todos.get(random.nextInt(todos.size()));
      history.append(todo, i < 15 ? added() : anyEvent());
    }

    for (Projector projector : projectors) {
      Replay.all(application.dataSource(), application.store(), projector);
    }
    List<Object> oneByOne = lists();
    resetAll();
    for (Projector projector : projectors) {
      inBatches(projector, 37);
    }

    assertThat(lists()).isEqualTo(oneByOne);
    assertThat(outstanding.list()).isNotEmpty();
    assertThat(scheduled.list()).isNotEmpty();
    assertThat(completed.list()).isNotEmpty();
  }

  @Test
  void a_todo_added_amended_moved_up_and_completed_within_one_batch_ends_as_it_does_one_event_at_a_time()
      throws Exception {
    UUID squats = UUID.randomUUID();
    UUID chopper = UUID.randomUUID();
    history.append(squats, new TodoAdded("2000 squats", "Leg day.", "2017-07-13", null));
    history.append(chopper, new TodoAdded("Get to the chopper", null, null, "dutch@example.com"));
    history.append(chopper, new TodoAmended(Optional.of("Get to the chopper NOW"), null, null, null));
    history.append(chopper, new TodoMovedUp());
    history.append(squats, new TodoAmended(null, Optional.of("It IS leg day!"), Optional.empty(), null));
    history.append(chopper, new TodoAmended(null, Optional.of("Do it now!"), null, null));

    for (Projector projector : projectors) inBatches(projector, 100);
    List<Object> beforeCompletion = lists();
    history.append(chopper, new TodoCompleted("2017-07-14"));
    resetAll();
    for (Projector projector : projectors) inBatches(projector, 100);
    List<Object> batched = lists();
    resetAll();
    for (Projector projector : projectors) Replay.all(application.dataSource(), application.store(), projector);

    assertThat(batched).isEqualTo(lists());
    assertThat(beforeCompletion.get(0).toString()).containsSubsequence("Get to the chopper NOW", "Do it now!", "2000 squats");
    assertThat(completed.list()).singleElement().asString().contains("Get to the chopper NOW", "Do it now!");
    assertThat(outstanding.list()).singleElement().asString().contains("It IS leg day!");
  }

  private List<Object> lists() {
    return List.of(outstanding.list(), scheduled.list(), completed.list());
  }

  private void resetAll() throws Exception {
    try (Connection transaction = application.dataSource().getConnection()) {
      for (Projector projector : projectors) {
        projector.reset(transaction);
      }
    }
  }

  private void inBatches(Projector projector, int size) throws Exception {
    try (Connection transaction = application.dataSource().getConnection()) {
      transaction.setAutoCommit(false);
      Checkpoint after = Checkpoint.START;
      EventBatch batch;
      while (!(batch = application.store().readAfter(after, size)).isEmpty()) {
        projector.projectBatch(transaction, batch.events());
        after = batch.events().get(batch.events().size() - 1).checkpoint();
      }
      transaction.commit();
    }
  }

  private TodoEvent anyEvent() {
    int pick = random.nextInt(20);
    if (pick < 2) return added();
    if (pick < 10) return new TodoAmended(maybe(TITLES), maybe(TITLES), maybe(DATES), maybe(EMAILS));
    if (pick < 14) return new TodoMovedUp();
    if (pick < 16) return new TodoCompleted(pickOf(DATES));
    if (pick < 18) return new TodoAbandoned(pickOf(DATES));
    return new StakeholderNotifiedOfTodoCompletion(pickOf(DATES));
  }

  private TodoAdded added() {
    return new TodoAdded(pickOf(TITLES), random.nextBoolean() ? "Now!" : null,
        random.nextBoolean() ? pickOf(DATES) : null, random.nextBoolean() ? "the-governator@example.com" : null);
  }

  /** Not given (null), cleared (empty) or set, a third of the time each. */
  @SuppressWarnings("OptionalAssignedToNull")
  private Optional<String> maybe(String[] values) {
    int pick = random.nextInt(3);
    return pick == 0 ? null : pick == 1 ? Optional.empty() : Optional.of(pickOf(values));
  }

  private String pickOf(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
