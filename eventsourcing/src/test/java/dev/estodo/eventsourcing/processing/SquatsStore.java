package dev.estodo.eventsourcing.processing;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What most processor tests start from, one per test: a database of its own with the store's
 * schema, the store and checkpoints on it, and the {@code squats} table a {@link RowsProjector}
 * writes; registered as an extension, it closes them after the test.
 */
final class SquatsStore implements AfterEachCallback {
  final HikariDataSource dataSource = TestDatabase.freshDataSource();
  final PostgresEventStore store = new PostgresEventStore(dataSource);
  final ProcessorCheckpoints checkpoints = new ProcessorCheckpoints(dataSource, store);

  SquatsStore() {
    try {
      RowsProjector.createTable(dataSource, "squats");
    } catch (SQLException e) {
      throw new IllegalStateException("the squats table could not be created", e);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    store.close();
    dataSource.close();
  }
}
