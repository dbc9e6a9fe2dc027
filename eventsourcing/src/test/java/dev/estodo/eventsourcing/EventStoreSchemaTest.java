package dev.estodo.eventsourcing;

import static dev.estodo.eventsourcing.AppliedSchema.functionSource;
import static dev.estodo.eventsourcing.AppliedSchema.repeatablesApplied;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreSchemaTest {
  private static final String MIGRATIONS = "db/migration/eventsourcing";
  private static final String[] RELEASED = {"V1__events.sql", "V2__processor_checkpoints.sql",
      "V3__single_event_append.sql"};
  // Not released yet: a later release has them too.
  private static final String[] UNRELEASED = {"V6__parked_events.sql", "V7__processor_failures.sql"};
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

  @Test
  void a_database_that_a_later_release_migrated_still_opens() throws Exception {
    String later = "CREATE OR REPLACE FUNCTION squats() RETURNS int LANGUAGE sql AS $$ SELECT 2000 $$;";
    EventStoreSchema.migrate(dataSource, HISTORY, "classpath:" + MIGRATIONS, new MigrationFolder(folder)
        .write("V1000__later.sql", "CREATE TABLE later (id int);").write("R__squats.sql", later).location());

    TestLog log = TestLog.mark();
    EventStoreSchema.migrate(dataSource);

    assertThat(log.only("has a version (1000) that is newer than the latest available migration").level())
        .isEqualTo("WARN");
    assertThat(repeatablesApplied(dataSource, HISTORY)).containsExactly("append events", "squats");
    assertAppendsWork();
  }

  private static String releasedBody() {
    return MigrationFolder.functionBody(MigrationFolder.resource(MIGRATIONS + "/" + REPEATABLE));
  }

  /**
   * One event and then two, so both of append_events' paths run on the pool's live connections.
   * Called as the store calls it, but without the store's notification thread, which a test that
   * ends right after an append would race with the pool's closing.
   */
  private void assertAppendsWork() throws SQLException {
    UUID workout = UUID.randomUUID();
    try (Connection connection = dataSource.getConnection()) {
      AppendEvents.call(connection, workout, 0L, List.of(set()));
      AppendEvents.call(connection, workout, 1L, List.of(set(), set()));
    }
    assertThat(store.readStream(workout)).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
  }

  /** What {@code action} logs (Flyway's warnings go to the standard error), kept out of the test output. */
  private static EventData set() {
    return new EventData(UUID.randomUUID(), "set_done", JsonNodeFactory.instance.objectNode().put("squats", 20),
        null, null);
  }
}
