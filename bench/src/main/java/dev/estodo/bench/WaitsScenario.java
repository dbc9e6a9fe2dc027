package dev.estodo.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.todo.WebLimits;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scenario 7: {@code GET /todos/outstanding} and {@code /health} while 1,000 {@code ?after=} waits
 * are open (200 with {@code --quick}), against the same requests with none, on a web-only server
 * process ({@code ./todo web}, so no processor runs and no wait ends), loaded by a generator process; and (not with {@code --quick}) the database
 * transactions a second that the open waits cost with nothing else running (pg_stat_database's
 * xact_commit deltas), against none.
 */
final class WaitsScenario implements Scenario {
  static final String NAME = "7 waits";
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Duration COMMITS_WINDOW = Duration.ofSeconds(5);
  // backends report their commits to pg_stat_database at most once a second
  private static final Duration STATS_FLUSH = Duration.ofMillis(1100);

  @Override
  public String name() {
    return "waits";
  }

  @Override
  public String label() {
    return NAME;
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    boolean quick = context.settings().quick();
    int waits = quick ? 200 : WebLimits.DEFAULT_MAX_WAITS;
    int connections = context.settings().connections();
    HikariDataSource pool = context.database().fresh(2);
    try (EstodoProcess server = EstodoProcess.start("web", context.database().addressOf(pool),
        Map.of("ESTODO_READ_WAIT", WAIT.toSeconds() + "s"))) {
      Loader.load(NAME, pool, 1, 1);
      Listing list = new Listing(context, server);
      list.run(); // not reported: the first run also warms the JIT, which would flatter the second
      List<Measurement> rows = new ArrayList<>();
      Measurement alone = context.reported(Measurement.of(NAME, "GET /todos/outstanding, no wait open (baseline)",
          connections, "requests/s", list.run()));
      rows.add(alone);
      // the commit counts need the statistics flushed, seconds that --quick does without
      if (!quick) rows.add(context.reported(commits(pool, "database commits, no wait open, no requests", 0)));
      try (OpenWaits open = OpenWaits.open(server, head(pool), waits)) {
        String with = String.format(Locale.ROOT, "%,d waits open", waits);
        rows.add(1, context.reported(Measurement.of(NAME, "GET /todos/outstanding, " + with, connections,
            "requests/s", list.run()).against(alone)));
        if (!quick) rows.add(context.reported(commits(pool, "database commits, " + with + ", no requests", waits)));
        open.checkStillOpen();
        return rows;
      }
    }
  }

  /** {@code GET /todos/outstanding} at the run's concurrency, by the run's HTTP load tool, metering the server. */
  private record Listing(BenchContext context, EstodoProcess server) {
    LoadResult run() throws Exception {
      Workload list = Workload.of(Workload.GET, server.base(), "/todos/outstanding", "");
      return context.said(context.tools().http(list, context.settings().connections(), context.settings().timing(),
          context.cpu().forProcess(server.pid())));
    }
  }

  /**
   * Transactions the database committed over 5 s: pg_stat_database's xact_commit, read
   * after its statistics have been flushed (a second), so the count includes the first read itself.
   */
  private static Measurement commits(HikariDataSource pool, String variant, int concurrency) throws Exception {
    long before = xactCommit(pool);
    long start = System.nanoTime();
    Thread.sleep(COMMITS_WINDOW.toMillis());
    long after = xactCommit(pool);
    return Measurement.ofTotal(NAME, variant, concurrency, "commits/s", after - before, System.nanoTime() - start);
  }

  private static long xactCommit(HikariDataSource pool) throws Exception {
    Thread.sleep(STATS_FLUSH.toMillis());
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_stat_clear_snapshot()");
      try (ResultSet row = statement.executeQuery(
          "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static long head(HikariDataSource pool) throws Exception {
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT max(position) FROM events")) {
      row.next();
      return row.getLong(1);
    }
  }
}
