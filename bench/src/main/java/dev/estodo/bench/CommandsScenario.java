package dev.estodo.bench;

import dev.estodo.bench.ClosedLoop.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Scenario 2: commands through the real server at N concurrent connections, add-todo alone and
 * the mixed add, amend, complete workload, against the baseline of raw single-row INSERTs at the
 * same concurrency on the server's own pool and database, and adds with an {@code Idempotency-Key},
 * whose record is written in the append's transaction. The four alternate.
 */
final class CommandsScenario implements Scenario {
  static final String NAME = "2 commands";

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
    int connections = context.settings().connections();
    try (BenchServer server = BenchServer.start(context)) {
      AppendScenario.execute(server.pool(), Appenders.RAW_TABLE);
      HttpLoad http = new HttpLoad();
      List<IntFunction<Operation>> variants = List.of(i -> Appenders.rawInsert(server.pool()),
          i -> TodoRequests.adds(server, http), i -> TodoRequests.mixed(server, http),
          i -> TodoRequests.addsWithKey(server, http));
      List<LoadResult> results = context.load(connections, variants);
      Measurement raw = context.reported(
          Measurement.of(NAME, "raw INSERT (baseline)", connections, "inserts/s", results.get(0)));
      List<Measurement> rows = new ArrayList<>(List.of(raw));
      rows.add(context.reported(Measurement.of(NAME, "POST /todo/{id} (add)", connections, "requests/s",
          results.get(1)).against(raw)));
      rows.add(context.reported(Measurement.of(NAME, "add, amend, complete (mixed)", connections,
          "requests/s", results.get(2)).against(raw)));
      rows.add(context.reported(Measurement.of(NAME, "add with an Idempotency-Key", connections, "requests/s",
          results.get(3)).against(raw)));
      return rows;
    }
  }
}
