package dev.estodo.todo.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.TestLog;
import dev.estodo.todo.DataDirectories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process that uses the embedded PostgreSQL starts it again, on its port, when it finds it gone. */
class EmbeddedRestartTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path home;

  @Test
  void a_killed_postgres_is_started_again_on_its_port_by_the_process_using_it_and_its_pool_reconnects()
      throws Exception {
    Path data = DataDirectories.fresh(home.resolve("postgres"));
    try (Database database = Database.open(null, data, null, 2)) {
      List<String> pidFile = Files.readAllLines(data.resolve("postmaster.pid"));
      TestLog log = TestLog.mark();

      ProcessHandle.of(Long.parseLong(pidFile.get(0).trim())).orElseThrow().destroyForcibly();

      assertThat(log.await("was gone; started it again on port " + pidFile.get(3).trim()).level()).isEqualTo("WARN");
      assertThat(answersOnceBack(database)).isEqualTo(2000);
      assertThat(Files.readAllLines(data.resolve("postmaster.pid")).get(3)).isEqualTo(pidFile.get(3));
    }
    assertThat(data.resolve("postmaster.pid")).as("its last user stopped it").doesNotExist();
  }

  /** A query through the pool, asked again while the pool still hands out connections of the killed server. */
  private static int answersOnceBack(Database database) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      try (Connection connection = database.dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT 2000")) {
        row.next();
        return row.getInt(1);
      } catch (SQLException e) {
        if (System.nanoTime() > deadline) throw new AssertionError("no answer after the restart", e);
        Thread.sleep(100);
      }
    }
  }
}
