package dev.estodo.todo.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.todo.DataDirectories;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL's port: the one it last ran on, or the one ESTODO_DATA_PORT chooses, and
 * what a start that cannot have its port, or cannot start at all, says. Each test starts and stops
 * PostgreSQL in one data directory, shared by the class.
 */
class EmbeddedPortTest {
  @TempDir static Path home;
  private static Path dataDirectory;

  @BeforeAll
  static void a_data_directory() {
    dataDirectory = DataDirectories.fresh(home.resolve("postgres"));
  }

  @Test
  void the_embedded_database_starts_again_on_the_port_it_last_ran_on() {
    String first;
    try (Database database = Database.open(null, dataDirectory, null, 2)) {
      first = jdbcUrl(database);
    }

    try (Database restarted = Database.open(null, dataDirectory, null, 2)) {
      assertThat(jdbcUrl(restarted)).isEqualTo(first);
    }
  }

  @Test
  void the_data_port_setting_chooses_the_port_and_a_different_one_is_refused_while_it_runs() throws Exception {
    int port = freePort();
    try (Database database = Database.open(null, dataDirectory, port, 2);
        Database same = Database.open(null, dataDirectory, port, 2)) {

      assertThat(jdbcUrl(database)).isEqualTo("jdbc:postgresql://localhost:" + port + "/postgres");
      assertThat(jdbcUrl(same)).isEqualTo(jdbcUrl(database));
      assertThatThrownBy(() -> Database.open(null, dataDirectory, port + 1, 2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ESTODO_DATA_PORT is " + (port + 1))
          .hasMessageContaining("already runs on port " + port);
    }
    try (Database remembered = Database.open(null, dataDirectory, null, 2)) {
      assertThat(jdbcUrl(remembered)).isEqualTo("jdbc:postgresql://localhost:" + port + "/postgres");
    }
  }

  @Test
  void a_port_another_program_holds_is_refused_naming_the_setting_that_moves_it() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {

      assertThatThrownBy(() -> Database.open(null, dataDirectory, taken.getLocalPort(), 2))
          .hasMessageContaining("another program listens on port " + taken.getLocalPort())
          .hasMessageContaining("set ESTODO_DATA_PORT to another port");
    }
    assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void a_server_that_cannot_start_says_why_from_its_log_and_leaves_nothing_running() throws Exception {
    Path broken = DataDirectories.fresh(home.resolve("broken"));
    Files.writeString(broken.resolve("postgresql.auto.conf"), "shared_buffers = 'a lot'\n");

    assertThatThrownBy(() -> Database.open(null, broken, null, 2))
        .hasMessageContaining("cannot start the embedded PostgreSQL in " + broken.toRealPath())
        .hasMessageContaining("invalid value for parameter \"shared_buffers\": \"a lot\"")
        .hasMessageContaining("PostgreSQL's log: " + home.toRealPath().resolve("broken.log"));
    assertThat(broken.resolve("postmaster.pid")).doesNotExist();
  }

  private static String jdbcUrl(Database database) {
    return ((HikariDataSource) database.dataSource()).getJdbcUrl();
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
