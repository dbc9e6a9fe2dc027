package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.estodo.eventsourcing.TestDatabase;
import dev.estodo.eventsourcing.TestLog;
import dev.estodo.eventsourcing.TestLog.Entry;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableRequestTest {
  private static final String ADD = "{\"title\": \"I'll be back\"}";

  @Test
  void while_the_database_is_unavailable_commands_answer_503_and_write_nothing_and_then_it_recovers() throws Exception {
    try (TodoApi api = new TodoApi()) {
      UUID todoId = UUID.randomUUID();
      Database database = Database.of(api);
      TestLog log = TestLog.mark();
      database.refuseConnections();

      HttpResponse<String> duringOutage = api.post("/todo/" + todoId, ADD);
      HttpResponse<String> historyDuringOutage = api.get("/todo/" + todoId + "/events");
      HttpResponse<String> healthDuringOutage = api.get("/health");
      database.allowConnections();
      HttpResponse<String> afterwards = addUntilAnswered(api, todoId);

      assertThat(duringOutage.statusCode()).isEqualTo(503);
      assertThat(duringOutage.body()).isEqualTo("Service Unavailable: database is unavailable");
      assertThat(historyDuringOutage.statusCode()).isEqualTo(503);
      assertThat(healthDuringOutage.statusCode()).isEqualTo(503);
      assertThat(afterwards.statusCode()).isEqualTo(201);
      assertThat(api.events(todoId)).hasSize(1);
      // An outage is not a bug: one warning per refused request, naming it, without a stack trace.
      assertThat(log.containing("/todo/" + todoId)).extracting(Entry::level, Entry::hasTrace)
          .containsOnly(tuple("WARN", false));
      assertThat(log.containing("POST /todo/" + todoId + ": database is unavailable")).isNotEmpty();
      assertThat(log.containing("GET /todo/" + todoId + "/events: database is unavailable")).hasSize(1);
    }
  }

  /** The pool may need a moment to open new connections; a 503 meanwhile has written nothing. */
  private static HttpResponse<String> addUntilAnswered(TodoApi api, UUID todoId) throws InterruptedException {
    HttpResponse<String> response = api.post("/todo/" + todoId, ADD);
    for (int attempt = 0; attempt < 30 && response.statusCode() == 503; attempt++) {
      Thread.sleep(1000);
      response = api.post("/todo/" + todoId, ADD);
    }
    return response;
  }

  /** The test server's database, switched off and on from the server's maintenance database. */
  private record Database(String name) {
    static Database of(TodoApi api) throws Exception {
      try (Connection connection = api.server().application().dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT current_database()")) {
        rows.next();
        return new Database(rows.getString(1));
      }
    }

    void refuseConnections() throws Exception {
      run("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
      run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    void allowConnections() throws Exception {
      run("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
    }

    private void run(String sql) throws Exception {
      try (Connection connection = TestDatabase.server().connect("postgres");
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    }
  }
}
