package dev.estodo.bench;

import dev.estodo.bench.ClosedLoop.Operation;
import dev.estodo.todo.projections.OutstandingTodos;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Scenario 3: {@code GET /todos/outstanding} with 100 and with 10,000 outstanding todos, against
 * the baseline of the same SELECT over JDBC reading every row, at the same concurrency on the
 * server's pool. The todos are loaded and projected before each measurement.
 */
final class QueriesScenario implements Scenario {
  static final String NAME = "3 queries";
  // The query OutstandingTodos runs, as the baseline runs it without HTTP and JSON.
  private static final String LIST = """
      SELECT todo_id, title, description, due_date, stakeholder_email
      FROM query_outstanding_todos
      ORDER BY list_position""";

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
    int connections = context.settings().connections();
    List<Measurement> rows = new ArrayList<>();
    try (BenchServer server = BenchServer.start(context)) {
      HttpLoad http = new HttpLoad();
      long loaded = 0;
      for (int todos : context.settings().queryTodos()) {
        Loader.load(NAME, server.pool(), todos - loaded, 1);
        loaded = todos;
        awaitProjected(server);
        List<IntFunction<Operation>> variants = List.of(i -> () -> selectAll(server),
            i -> () -> http.send("GET", server.uri("/todos/outstanding"), null, 200));
        List<LoadResult> results = context.load(connections, variants);
        String size = String.format(Locale.ROOT, "%,d todos", todos);
        Measurement raw = context.reported(Measurement.of(NAME, "raw SELECT, " + size + " (baseline)",
            connections, "queries/s", results.get(0)));
        rows.add(raw);
        rows.add(context.reported(Measurement.of(NAME, "GET /todos/outstanding, " + size, connections,
            "requests/s", results.get(1)).against(raw)));
      }
    }
    return rows;
  }

  private static void awaitProjected(BenchServer server) throws Exception {
    long head = server.head();
    if (!server.processors().checkpoints().awaitPosition(List.of(OutstandingTodos.NAME), head, Duration.ofMinutes(2))) {
      throw new IllegalStateException("the outstanding todos did not reach position " + head + " in 2 minutes");
    }
  }

  private static void selectAll(BenchServer server) throws Exception {
    try (Connection connection = server.pool().getConnection();
        PreparedStatement statement = connection.prepareStatement(LIST);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        for (int column = 1; column <= 5; column++) {
          rows.getString(column);
        }
      }
    }
  }
}
