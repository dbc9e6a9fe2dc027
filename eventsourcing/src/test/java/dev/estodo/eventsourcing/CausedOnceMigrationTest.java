package dev.estodo.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V5 on a store that already holds a reaction recorded twice (the bug it fixes): it migrates, keeps both, and refuses a third. */
class CausedOnceMigrationTest {
  private static final String MIGRATIONS = "db/migration/eventsourcing";
  private static final String[] BEFORE = {"V1__events.sql", "V2__processor_checkpoints.sql",
      "V3__single_event_append.sql", "V4__processor_leases.sql", "R__append_events.sql"};

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
  void a_store_holding_duplicate_notifications_migrates_keeps_them_and_refuses_another() throws Exception {
    EventStoreSchema.migrate(dataSource, "eventsourcing_schema_history",
        new MigrationFolder(folder).copy(MIGRATIONS, BEFORE).location());
    UUID todo = UUID.randomUUID();
    UUID completion = UUID.randomUUID();
    long first = appendNotified(todo, completion);
    long repeated = appendNotified(todo, completion);

    EventStoreSchema.migrate(dataSource);

    assertThat(store.readStream(todo)).extracting(StoredEvent::position).containsExactly(first, repeated);
    assertThat(indexDefinition()).endsWith("WHERE ((causation_id IS NOT NULL) AND (\"position\" <> ALL ('{" + repeated
        + "}'::bigint[])))");
    assertThatThrownBy(() -> appendNotified(todo, completion)).isInstanceOf(AlreadyCausedException.class);
    assertThat(store.readStream(todo)).hasSize(2);
  }

  private long appendNotified(UUID todo, UUID completion) throws SQLException {
    EventData notified = new EventData(UUID.randomUUID(), "stakeholder_notified_of_todo_completion",
        JsonNodeFactory.instance.objectNode().put("notified_on", "2017-06-13T14:00:00+00:00"), null, completion);
    try (Connection connection = dataSource.getConnection()) {
      return store.append(connection, todo, List.of(notified));
    }
  }

  private String indexDefinition() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.createStatement()
            .executeQuery("SELECT indexdef FROM pg_indexes WHERE indexname = 'events_caused_once'")) {
      return rows.next() ? rows.getString(1) : null;
    }
  }
}
