package dev.estodo.eventsourcing;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades the store's tables with Flyway, before anything reads or writes them, so
 * no two processes race to create them. Applications keep their own migrations apart, under
 * their own history table.
 *
 * <p>Tables change by versioned migrations ({@code V4__what.sql}), which are applied once and
 * never edited after a release. Functions live in repeatable ones ({@code R__name.sql}), applied
 * after the versioned ones and again whenever their text changes, so each function is written in
 * one file and a change replaces it in place. A database that a later release migrated still
 * opens: versioned migrations this release does not know are ignored, as are repeatable ones.
 */
public final class EventStoreSchema {
  private EventStoreSchema() {}

  /** Applies the store's pending migrations to {@code dataSource}; safe to call on every start. */
  public static void migrate(DataSource dataSource) {
    migrate(dataSource, "eventsourcing_schema_history", "classpath:db/migration/eventsourcing");
  }

  /**
   * Applies the migrations found at {@code locations} (Flyway locations such as {@code
   * classpath:db/migration/todo}), recording them in {@code historyTable}: the pending versioned
   * ones in order, then each repeatable one that is new or changed since it was last applied.
   */
  public static void migrate(DataSource dataSource, String historyTable, String... locations) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(locations)
        .table(historyTable)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .ignoreMigrationPatterns("*:future", "repeatable:missing")
        .load()
        .migrate();
  }
}
