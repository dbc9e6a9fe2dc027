package dev.estodo.eventsourcing;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades the store's tables with Flyway, before anything reads or writes them, so
 * no two processes race to create them. Applications keep their own migrations apart, under
 * their own history table.
 */
public final class EventStoreSchema {
  private EventStoreSchema() {}

  /** Applies the store's pending migrations to {@code dataSource}; safe to call on every start. */
  public static void migrate(DataSource dataSource) {
    migrate(dataSource, "classpath:db/migration/eventsourcing", "eventsourcing_schema_history");
  }

  /** Applies the migrations at {@code location}, recording them in {@code historyTable}. */
  public static void migrate(DataSource dataSource, String location, String historyTable) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(location)
        .table(historyTable)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
