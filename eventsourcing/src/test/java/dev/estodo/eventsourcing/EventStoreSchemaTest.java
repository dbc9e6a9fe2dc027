package dev.estodo.eventsourcing;

import static dev.estodo.eventsourcing.AppliedSchema.functionSource;
import static dev.estodo.eventsourcing.AppliedSchema.repeatablesApplied;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreSchemaTest {
  private static final String MIGRATIONS = "db/migration/eventsourcing";
  private static final String[] RELEASED = {"V1__events.sql", "V2__processor_checkpoints.sql",
      "V3__single_event_append.sql"};
  private static final String REPEATABLE = "R__append_events.sql";
  private static final String HISTORY = "eventsourcing_schema_history";

  private final HikariDataSource dataSource = TestDatabase.pool(TestDatabase.createDatabase(), 2);
  private final PostgresEventStore store = new PostgresEventStore(dataSource);
  @TempDir
  Path folder;

  @AfterEach
  void close() {
    store.close();
    dataSource.close();
  }

  @Test
  void a_fresh_database_gets_append_events_from_its_repeatable_migration() throws Exception {
    EventStoreSchema.migrate(dataSource);

    assertThat(functionSource(dataSource, "append_events")).isEqualTo(releasedBody());
    assertThat(repeatablesApplied(dataSource, HISTORY)).containsExactly("append events");
  }

  @Test
  void a_database_of_the_previous_release_gets_the_repeatable_migration_on_its_next_start() throws Exception {
    EventStoreSchema.migrate(dataSource, HISTORY, new MigrationFolder(folder).copy(MIGRATIONS, RELEASED).location());
    assertThat(repeatablesApplied(dataSource, HISTORY)).isEmpty();

    EventStoreSchema.migrate(dataSource);

    assertThat(repeatablesApplied(dataSource, HISTORY)).containsExactly("append events");
    assertThat(functionSource(dataSource, "append_events")).isEqualTo(releasedBody());
    assertAppendsWork();
  }

  @Test
  void a_changed_repeatable_migration_replaces_the_function_in_place_and_the_release_puts_it_back()
      throws Exception {
    EventStoreSchema.migrate(dataSource);
    assertAppendsWork();
    String changed = MigrationFolder.resource(MIGRATIONS + "/" + REPEATABLE)
        .replace("END\n$$;", "END -- 2000 squats, the next release\n$$;");

    EventStoreSchema.migrate(dataSource, HISTORY,
        new MigrationFolder(folder).copy(MIGRATIONS, RELEASED).write(REPEATABLE, changed).location());

    assertThat(functionSource(dataSource, "append_events")).contains("2000 squats, the next release");
    assertAppendsWork();
    EventStoreSchema.migrate(dataSource);
    assertThat(functionSource(dataSource, "append_events")).isEqualTo(releasedBody());
    assertThat(repeatablesApplied(dataSource, HISTORY)).containsExactly("append events", "append events",
        "append events");
  }

  private static String releasedBody() {
    return MigrationFolder.functionBody(MigrationFolder.resource(MIGRATIONS + "/" + REPEATABLE));
  }

  /** One event and then two, so both of append_events' paths run on the pool's live connections. */
  private void assertAppendsWork() {
    UUID workout = UUID.randomUUID();
    store.append(workout, List.of(set()));
    store.append(workout, 1, List.of(set(), set()));
    assertThat(store.readStream(workout)).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
  }

  private static EventData set() {
    return new EventData(UUID.randomUUID(), "set_done", JsonNodeFactory.instance.objectNode().put("squats", 20),
        null, null);
  }
}
