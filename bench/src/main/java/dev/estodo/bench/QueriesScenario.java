package dev.estodo.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 3: {@code GET /todos/outstanding} with 100 and with 10,000 outstanding todos, sent to
 * the server in its own process by a load generator in another, against the baseline of the same
 * SELECT over JDBC reading every row (the bench's generator, same concurrency), and, when the
 * server answers with an {@code ETag}, the same GET sending it back in {@code If-None-Match}.
 * The todos are loaded and projected before each measurement.
 */
final class QueriesScenario implements Scenario {
  static final String NAME = "3 queries";
  private static final String LIST = "/todos/outstanding";

  @Override
  public String name() {
    return "queries";
  }

  @Override
  public String label() {
    return NAME;
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    HikariDataSource pool = context.database().fresh(4);
    DatabaseAddress database = context.database().addressOf(pool);
    List<Measurement> rows = new ArrayList<>();
    try (EstodoProcess server = EstodoProcess.start("serve", database)) {
      long loaded = 0;
      for (int todos : context.settings().queryTodos()) {
        Loader.load(NAME, pool, todos - loaded, 1);
        loaded = todos;
        Projected.await(server, pool);
        rows.addAll(measure(context, server, database, todos));
      }
    }
    checkTargets(context, rows);
    return rows;
  }

  private static List<Measurement> measure(BenchContext context, EstodoProcess server, DatabaseAddress database,
      int todos) throws Exception {
    int connections = context.settings().connections();
    LoadTools tools = context.tools();
    CpuMeter serverCpu = context.cpu().forProcess(server.pid());
    String etag = etag(server.uri(LIST));
    List<Interleaved.Variant> variants = new ArrayList<>(List.of(
        timing -> tools.generator(Workload.of(Workload.SELECT, database.jdbcUrl()), connections, timing,
            context.cpu().postgresOnly()),
        timing -> tools.http(Workload.of(Workload.GET, server.base(), LIST, ""), connections, timing, serverCpu)));
    if (etag != null) {
      variants.add(timing -> tools.http(Workload.of(Workload.GET, server.base(), LIST, etag), connections, timing,
          serverCpu));
    } else {
      context.say("the server sent no ETag: GET with If-None-Match not measured");
    }
    List<LoadResult> results = context.rounds(variants);
    String size = String.format(Locale.ROOT, "%,d todos", todos);
    String tool = tools.httpTool(Workload.GET);
    Measurement raw = context.reported(Measurement.of(NAME, "raw SELECT, " + size + ", JDBC generator (baseline)",
        connections, "queries/s", results.get(0)));
    List<Measurement> rows = new ArrayList<>(List.of(raw));
    rows.add(context.reported(Measurement.of(NAME, "GET " + LIST + ", " + size + ", " + tool, connections,
        "requests/s", results.get(1)).against(raw)));
    if (etag != null) {
      rows.add(context.reported(Measurement.of(NAME, "GET " + LIST + ", " + size + ", If-None-Match (304), " + tool,
          connections, "requests/s", results.get(2)).against(raw)));
    }
    return rows;
  }

  private static String etag(URI list) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(list).build(), BodyHandlers.discarding())
        .headers().firstValue("ETag").orElse(null);
  }

  private static void checkTargets(BenchContext context, List<Measurement> rows) {
    List<Integer> sizes = context.settings().queryTodos();
    double[] atLeast = {1.0, 0.8};
    for (int i = 0; i < sizes.size() && i < atLeast.length; i++) {
      String size = String.format(Locale.ROOT, "%,d todos", sizes.get(i));
      Measurement get = Rows.find(rows, -1, "GET " + LIST + ", " + size + ", " + context.tools().httpTool(Workload.GET));
      Measurement raw = Rows.find(rows, -1, "raw SELECT, " + size);
      String forSize = i == 1 && sizes.get(i) != 10_000 ? " (the target is for 10,000)" : "";
      context.check(Target.ratio("GET " + LIST + ", " + size + forSize + " / raw SELECT", Rows.ratio(get, raw),
          atLeast[i]));
    }
  }
}
