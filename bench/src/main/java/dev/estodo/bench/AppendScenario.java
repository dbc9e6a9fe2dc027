package dev.estodo.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.bench.ClosedLoop.Operation;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.todo.DatabaseSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Scenario 1: single-event appends at 1, 8 and 16 writers, through the library, against raw
 * INSERTs of the same rows (the baseline) and against the library's function behind one global
 * advisory lock, as the original writes. All share one pool, start on empty tables and alternate.
 */
final class AppendScenario implements Scenario {
  static final String NAME = "1 append";
  private static final List<String> VARIANTS = List.of("raw INSERT (baseline)", "library append",
      "global advisory lock + append");

  @Override
  public String name() {
    return "append";
  }

  @Override
  public String label() {
    return NAME;
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    List<Measurement> rows = new ArrayList<>();
    try (HikariDataSource pool = context.database().fresh(DatabaseSettings.DEFAULT_POOL_SIZE);
        PostgresEventStore store = new PostgresEventStore(pool)) {
      execute(pool, Appenders.RAW_TABLE);
      List<IntFunction<Operation>> variants = List.of(i -> Appenders.rawInsert(pool),
          i -> Appenders.library(store), i -> Appenders.globalLock(store, pool));
      for (int writers : context.settings().writers()) {
        execute(pool, "TRUNCATE events, raw_events", "CHECKPOINT");
        rows.addAll(compared(context, writers, context.load(writers, variants)));
      }
    }
    return rows;
  }

  private static List<Measurement> compared(BenchContext context, int writers, List<LoadResult> results) {
    Measurement raw = context.reported(Measurement.of(NAME, VARIANTS.get(0), writers, "appends/s", results.get(0)));
    List<Measurement> rows = new ArrayList<>(List.of(raw));
    for (int i = 1; i < results.size(); i++) {
      Measurement row = Measurement.of(NAME, VARIANTS.get(i), writers, "appends/s", results.get(i));
      rows.add(context.reported(row.against(raw)));
    }
    return rows;
  }

  static void execute(HikariDataSource pool, String... sql) throws SQLException {
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    }
  }
}
