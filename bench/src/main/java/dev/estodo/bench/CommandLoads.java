package dev.estodo.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The loads of scenario 2 against one server process: each variant a round of the load tools,
 * the server's CPU (and PostgreSQL's) metered over each measured time, the raw INSERT's
 * PostgreSQL's alone.
 */
final class CommandLoads {
  private static final int OPEN_LOOP_THREADS = 64;

  private final BenchContext context;
  private final EstodoProcess server;
  private final DatabaseAddress database;
  private final CpuMeter serverCpu;

  CommandLoads(BenchContext context, EstodoProcess server, DatabaseAddress database) {
    this.context = context;
    this.server = server;
    this.database = database;
    this.serverCpu = context.cpu().forProcess(server.pid());
  }

  /** Raw INSERTs and adds at {@code clients}; with a {@code nonce} (its todos loaded) amends, mixed and keyed adds too. */
  List<Measurement> measure(int clients, Long nonce, int todosPerConnection) throws Exception {
    LoadTools tools = context.tools();
    List<String> names = new ArrayList<>(List.of("raw INSERT, " + tools.insertTool() + " (baseline)",
        "POST /todo/{id} (add), " + tools.httpTool(Workload.ADD)));
    List<Interleaved.Variant> variants = new ArrayList<>(List.of(
        timing -> tools.inserts(database, clients, timing, context.cpu().postgresOnly()),
        timing -> tools.http(Workload.of(Workload.ADD, server.base()), clients, timing, serverCpu)));
    if (nonce != null) {
      names.addAll(List.of("PUT /todo/{id} (amend), distinct todos, " + tools.httpTool(Workload.AMEND),
          "add, amend, complete (mixed), " + tools.httpTool(Workload.MIXED),
          "add with an Idempotency-Key, " + tools.httpTool(Workload.ADD_WITH_KEY)));
      variants.add(timing -> tools.http(Workload.of(Workload.AMEND, server.base(), nonce, todosPerConnection),
          clients, timing, serverCpu));
      variants.add(timing -> tools.http(Workload.of(Workload.MIXED, server.base()), clients, timing, serverCpu));
      variants.add(timing -> tools.http(Workload.of(Workload.ADD_WITH_KEY, server.base()), clients, timing, serverCpu));
    }
    List<LoadResult> results = context.rounds(variants);
    Measurement raw = context.reported(Measurement.of(CommandsScenario.NAME, names.get(0), clients, "inserts/s",
        results.get(0)));
    List<Measurement> rows = new ArrayList<>(List.of(raw));
    for (int i = 1; i < results.size(); i++) {
      rows.add(context.reported(Measurement.of(CommandsScenario.NAME, names.get(i), clients, "requests/s",
          results.get(i)).against(raw)));
    }
    return rows;
  }

  /** Adds at half the highest add rate in {@code rows}, started on schedule, each timed from when it was due. */
  Measurement openLoop(List<Measurement> rows) throws Exception {
    double max = rows.stream().filter(row -> row.variant().startsWith("POST /todo/{id} (add)"))
        .mapToDouble(Measurement::rate).max().orElseThrow();
    Timing steady = new Timing(context.settings().timing().warmup(), context.settings().lagMeasure(), 1);
    LoadResult result = context.said(context.tools().generator(Workload.of(Workload.OPEN_ADD, server.base(), max / 2),
        OPEN_LOOP_THREADS, steady, serverCpu));
    return context.reported(Measurement.of(CommandsScenario.NAME, "add, open loop at half the max add rate, generator",
        OPEN_LOOP_THREADS, "requests/s", result));
  }
}
