package dev.estodo.todo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.DataDirectories;
import dev.estodo.todo.EstodoProcess;
import dev.estodo.todo.database.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./todo serve} stopped by SIGTERM while it is still starting, as an orchestrator that
 * gives up on a slow start does: it stops what it had started, gives up any lease it took, and
 * leaves no PostgreSQL running.
 */
class StopDuringStartTest {
  @TempDir Path home;

  @Test
  void a_sigterm_as_soon_as_the_database_is_open_stops_the_start_and_leaves_no_lease_held() throws Exception {
    Path data = DataDirectories.fresh(home.resolve("postgres"));
    EstodoProcess serve = EstodoProcess.start(data, Map.of("JAVA_TOOL_OPTIONS",
        "-Dorg.slf4j.simpleLogger.logFile=System.out"), "serve").awaitOutput("estodo database:");

    int exitCode = serve.stop();

    assertThat(serve.output()).doesNotContain("Exception", "ERROR");
    assertThat(exitCode).as(serve.output()).isIn(0, 143);
    assertThat(data.resolve("postmaster.pid")).as("the last process out stopped PostgreSQL").doesNotExist();
    assertThat(heldLeases(data)).isZero();
  }

  /** Leases that still run: a stopped process must have given up every one it took. */
  private static int heldLeases(Path data) throws Exception {
    try (Database database = Database.open(null, data, null, 2);
        Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(
            "SELECT count(*) FROM processor_leases WHERE expires_at > clock_timestamp()")) {
      row.next();
      return row.getInt(1);
    }
  }
}
