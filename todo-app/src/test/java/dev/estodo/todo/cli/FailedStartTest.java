package dev.estodo.todo.cli;

import static dev.estodo.todo.TodoHttp.add;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.estodo.todo.DataDirectories;
import dev.estodo.todo.EstodoProcess;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.database.Database;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code ./todo serve} that cannot start, in a process of its own: what it says, and what it leaves behind. */
class FailedStartTest {
  @TempDir Path home;

  @Test
  void an_address_that_does_not_resolve_is_named_as_such_and_nothing_starts() throws Exception {
    Path data = home.resolve("postgres");

    EstodoProcess serve = EstodoProcess.start(data, Map.of("HOST", "999.1.1.1"), "serve");

    assertThat(serve.exitCode()).isEqualTo(1);
    assertThat(serve.output()).isEqualTo("cannot listen on 999.1.1.1:0: HOST 999.1.1.1 is not a name or "
        + "address this machine can resolve (check HOST)\n");
    assertThat(data).as("no database was started").doesNotExist();
  }

  @Test
  void a_port_another_program_holds_is_named_as_such_and_nothing_starts() throws Exception {
    Path data = home.resolve("postgres");
    HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    other.createContext("/", exchange -> exchange.sendResponseHeaders(404, -1));
    other.start();
    int port = other.getAddress().getPort();
    try {

      EstodoProcess serve = EstodoProcess.start(data, Map.of("PORT", String.valueOf(port)), "serve");

      assertThat(serve.exitCode()).isEqualTo(1);
      assertThat(serve.output()).isEqualTo("cannot listen on 127.0.0.1:" + port + ": another program is "
          + "already listening there; stop it, or set PORT to another port (0 picks a free one)\n");
      assertThat(data).doesNotExist();
    } finally {
      other.stop(0);
    }
  }

  @Test
  void a_second_serve_on_the_port_of_a_running_estodo_says_so_before_any_processor_starts() throws Exception {
    try (TestServer running = TestServer.start()) {
      int port = running.uri("").getPort();

      EstodoProcess serve = EstodoProcess.start(home.resolve("postgres"), Map.of("PORT", String.valueOf(port)), "serve");

      assertThat(serve.exitCode()).isEqualTo(1);
      assertThat(serve.output()).isEqualTo("cannot listen on 127.0.0.1:" + port + ": another estodo (./todo serve "
          + "or ./todo web) is already listening there; stop it, or set PORT to another port (0 picks a free one)\n");
      assertThat(add(running.uri(""), "Get to the chopper")).isPositive();
    }
  }

  @Test
  void a_start_that_fails_once_the_database_runs_stops_the_database_it_started() throws Exception {
    Path data = DataDirectories.fresh(home.resolve("postgres"));
    try (Database database = Database.open(null, data, null, 2);
        Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      // Not the history Flyway keeps of the app's migrations: they fail once the database runs.
      statement.execute("CREATE TABLE todo_schema_history (squats integer)");
    }

    EstodoProcess serve = EstodoProcess.start(data, "serve");

    assertThat(serve.exitCode()).isEqualTo(1);
    assertThat(serve.output()).contains("cannot open the database").doesNotContain("estodo listening", "processors started");
    assertThat(data.resolve("postmaster.pid")).as("the embedded PostgreSQL was stopped").doesNotExist();
  }
}
