package dev.estodo.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 2: commands sent to the server in its own process ({@code serve}: web and processors),
 * by a load generator in another, against the raw single-row INSERT at the same concurrency, on
 * the same database, measured in alternating rounds: adds at 1, 4, 16 and 64 connections; at 16
 * also amends of distinct todos (each connection its own), the mixed add, amend, complete
 * workload and adds with an {@code Idempotency-Key}. Then adds in an open loop at half the
 * highest add rate, for their latency, and the group commit's batch sizes from {@code /metrics}.
 */
final class CommandsScenario implements Scenario {
  static final String NAME = "2 commands";
  private static final int AMENDED_TODOS_PER_CONNECTION = 256;

  @Override
  public String name() {
    return "commands";
  }

  @Override
  public String label() {
    return NAME;
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    HikariDataSource pool = context.database().fresh(2);
    try (EstodoProcess server = EstodoProcess.start("serve", context.database().addressOf(pool))) {
      AppendScenario.execute(pool, Appenders.RAW_TABLE);
      CommandLoads loads = new CommandLoads(context, server, context.database().addressOf(pool));
      long nonce = TodoIds.nonce();
      int connections = context.settings().connections();
      Loader.loadIds(pool, nonce, connections, AMENDED_TODOS_PER_CONNECTION);
      Projected.await(server, pool);
      List<Measurement> rows = new ArrayList<>();
      for (int clients : context.settings().commandConnections()) {
        AppendScenario.execute(pool, "TRUNCATE raw_events", "CHECKPOINT");
        BatchSizes before = BatchSizes.in(server.metrics());
        rows.addAll(loads.measure(clients, clients == connections ? nonce : null, AMENDED_TODOS_PER_CONNECTION));
        context.note(clients + " connections: " + BatchSizes.between(before, BatchSizes.in(server.metrics())));
      }
      rows.add(loads.openLoop(rows));
      checkTargets(context, rows);
      return rows;
    }
  }

  private static void checkTargets(BenchContext context, List<Measurement> rows) {
    int at = context.settings().connections();
    Measurement raw = Rows.find(rows, at, "raw INSERT");
    Measurement add = Rows.find(rows, at, "POST /todo/{id} (add)");
    Measurement amend = Rows.find(rows, at, "PUT /todo/{id} (amend");
    Measurement open = Rows.find(rows, -1, "add, open loop");
    context.check(Target.ratio("HTTP add at " + at + " connections / raw INSERT at " + at, Rows.ratio(add, raw), 0.5));
    context.check(Target.ratio("HTTP add at " + at + " / Ruby's 611 req/s (from issue 13, not measured here)",
        add == null ? null : add.rate() / Target.RUBY_ADDS_PER_SECOND, 10));
    context.check(Target.millis("HTTP add p99 at half the maximum add rate (open loop)",
        open == null ? null : open.p99Ms(), 10));
    context.check(Target.ratio("HTTP amend at " + at + " on distinct todos / raw INSERT at " + at,
        Rows.ratio(amend, raw), 0.8));
  }
}
