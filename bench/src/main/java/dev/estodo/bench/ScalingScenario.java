package dev.estodo.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.todo.DatabaseSettings;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 6: library appends at 8 writers on an empty store, then again after loading millions
 * of events. Between load and measurement the store is vacuumed and checkpointed, as a live
 * store would be, so the second figure shows the size and not the load's write-back.
 */
final class ScalingScenario implements Scenario {
  static final String NAME = "6 scaling";
  private static final int WRITERS = 8;

  @Override
  public String name() {
    return "scaling";
  }

  @Override
  public String label() {
    return NAME;
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    try (HikariDataSource pool = context.database().fresh(DatabaseSettings.DEFAULT_POOL_SIZE);
        PostgresEventStore store = new PostgresEventStore(pool)) {
      Measurement empty = context.reported(measure(context, pool, store, "library append, empty store"));
      long events = context.settings().scalingEvents();
      context.say(String.format(Locale.ROOT, "loading %,d events", events));
      Measurement load = context.reported(Loader.load(NAME, pool, events));
      AppendScenario.execute(pool, "VACUUM ANALYZE events", "CHECKPOINT");
      String after = String.format(Locale.ROOT, "library append after %,d events", events);
      return List.of(empty, load, context.reported(measure(context, pool, store, after).against(empty)));
    }
  }

  private static Measurement measure(BenchContext context, HikariDataSource pool, PostgresEventStore store,
      String variant) throws Exception {
    AppendScenario.execute(pool, "CHECKPOINT");
    LoadResult result = context.load(WRITERS, i -> Appenders.library(store));
    return Measurement.of(NAME, variant, WRITERS, "appends/s", result);
  }
}
