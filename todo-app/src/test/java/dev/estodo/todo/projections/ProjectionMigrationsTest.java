package dev.estodo.todo.projections;

import static dev.estodo.eventsourcing.AppliedSchema.functionSource;
import static dev.estodo.eventsourcing.AppliedSchema.repeatablesApplied;
import static dev.estodo.eventsourcing.MigrationFolder.functionBody;
import static dev.estodo.eventsourcing.MigrationFolder.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStoreSchema;
import dev.estodo.eventsourcing.MigrationFolder;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.TestDatabase;
import dev.estodo.eventsourcing.processing.Projector;
import dev.estodo.todo.Application;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoMovedUp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectionMigrationsTest {
  private static final String HERE = "dev/estodo/todo/projections";
  private static final String LISTS = "R__outstanding_and_scheduled_todos.sql";
  private static final String COMPLETED = "R__completed_todos.sql";
  private static final String HISTORY = "todo_schema_history";

  private final HikariDataSource dataSource = TestDatabase.pool(TestDatabase.createDatabase(), 4);
  private final OutstandingTodos outstanding = new OutstandingTodos(dataSource);
  private final ScheduledTodos scheduled = new ScheduledTodos(dataSource);
  private final CompletedTodos completed = new CompletedTodos(dataSource);
  private final List<Projector> projectors = List.of(outstanding, scheduled, completed);
  private final UUID chopper = UUID.randomUUID();
  private final UUID squats = UUID.randomUUID();
  private final UUID milk = UUID.randomUUID();
  @TempDir
  Path folder;

  @AfterEach
  void close() {
    dataSource.close();
  }

  @Test
  void a_fresh_database_gets_each_projection_function_from_the_repeatable_migrations() throws Exception {
    EventStoreSchema.migrate(dataSource);

    Application.migrate(dataSource);

    assertThat(repeatablesApplied(dataSource, HISTORY))
        .containsExactly("completed todos", "outstanding and scheduled todos");
    assertThat(functionSource(dataSource, "project_outstanding_todos")).isEqualTo(listBody("outstanding_todos"));
    assertThat(functionSource(dataSource, "project_scheduled_todos")).isEqualTo(listBody("scheduled_todos"));
    assertThat(functionSource(dataSource, "project_completed_todos"))
        .isEqualTo(functionBody(resource(HERE + "/" + COMPLETED)));
  }

  @Test
  void a_database_of_the_previous_release_gets_the_repeatable_migrations_on_its_next_start_and_projects_on()
      throws Exception {
    migrateAsThePreviousReleaseDid();
    Checkpoint projected;
    try (PostgresEventStore store = new PostgresEventStore(dataSource)) {
      TodoHistory history = new TodoHistory(store);
      history.append(chopper, due("Get to the chopper", "2017-06-13"));
      history.append(squats, due("2000 squats", "2017-06-14"));
      projected = Replay.batchesAfter(dataSource, store, projectors, Checkpoint.START);
    }

    EventStoreSchema.migrate(dataSource);
    try (Application application = Application.on(dataSource, () -> {})) {
      TodoHistory history = new TodoHistory(application.store());
      history.append(milk, due("Milk is for babies", "2017-06-12"));
      history.append(milk, new TodoMovedUp());
      history.append(chopper, new TodoCompleted("2017-06-15"));
      Replay.batchesAfter(dataSource, application.store(), projectors, projected);
    }

    assertThat(repeatablesApplied(dataSource, "eventsourcing_schema_history")).containsExactly("append events");
    assertThat(repeatablesApplied(dataSource, HISTORY))
        .containsExactly("completed todos", "outstanding and scheduled todos");
    assertThat(outstanding.list()).extracting(TodoRow::todoId).containsExactly(milk, squats);
    assertThat(scheduled.list()).extracting(TodoRow::todoId).containsExactly(milk, squats);
    assertThat(completed.list()).extracting(CompletedTodoRow::todoId).containsExactly(chopper);
  }

  @Test
  void a_changed_list_template_replaces_both_list_functions_in_place_and_the_next_start_puts_them_back()
      throws Exception {
    EventStoreSchema.migrate(dataSource);
    try (Application application = Application.on(dataSource, () -> {})) {
      TodoHistory history = new TodoHistory(application.store());
      history.append(chopper, due("Get to the chopper", "2017-06-13"));
      history.append(squats, due("2000 squats", "2017-06-13"));
      Checkpoint projected = Replay.batchesAfter(dataSource, application.store(), projectors, Checkpoint.START);
      String changed = resource(HERE + "/" + LISTS)
          .replace("  END LOOP;\nEND $$", "  END LOOP;\n  -- Get to the chopper: the next release\nEND $$");

      EventStoreSchema.migrate(dataSource, HISTORY, "classpath:db/migration/todo",
          new MigrationFolder(folder).copy(HERE, COMPLETED).write(LISTS, changed).location());
      history.append(squats, new TodoMovedUp());
      Replay.batchesAfter(dataSource, application.store(), projectors, projected);

      assertThat(functionSource(dataSource, "project_outstanding_todos")).contains("the next release");
      assertThat(functionSource(dataSource, "project_scheduled_todos")).contains("the next release");
      assertThat(functionSource(dataSource, "project_completed_todos")).doesNotContain("the next release");
      assertThat(outstanding.list()).extracting(TodoRow::todoId).containsExactly(squats, chopper);
      assertThat(scheduled.list()).extracting(TodoRow::todoId).containsExactly(squats, chopper);
    }
    Application.migrate(dataSource);
    assertThat(functionSource(dataSource, "project_outstanding_todos")).isEqualTo(listBody("outstanding_todos"));
    assertThat(repeatablesApplied(dataSource, HISTORY)).containsExactly("completed todos",
        "outstanding and scheduled todos", "outstanding and scheduled todos", "outstanding and scheduled todos");
  }

  private void migrateAsThePreviousReleaseDid() throws Exception {
    Path store = Files.createDirectory(folder.resolve("store"));
    Path app = Files.createDirectory(folder.resolve("app"));
    EventStoreSchema.migrate(dataSource, "eventsourcing_schema_history", new MigrationFolder(store).copy(
        "db/migration/eventsourcing", "V1__events.sql", "V2__processor_checkpoints.sql",
        "V3__single_event_append.sql").location());
    EventStoreSchema.migrate(dataSource, HISTORY, new MigrationFolder(app).copy(
        "db/migration/todo", "V1__projections.sql", "V2__projection_batch_functions.sql").location());
  }

  private static String listBody(String projection) {
    return functionBody(resource(HERE + "/" + LISTS)).replace("{projection}", projection);
  }

  private static TodoAdded due(String title, String dueDate) {
    return new TodoAdded(title, null, dueDate, null);
  }
}
