package dev.estodo.todo.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estodo.eventsourcing.EventStoreContract;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.DataDirectories;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each embedded test starts and stops PostgreSQL in one data directory, shared by the class. */
class DatabaseTest {
  @TempDir static Path home;
  private static Path dataDirectory;

  @BeforeAll
  static void a_data_directory() {
    dataDirectory = DataDirectories.fresh(home.resolve("postgres"));
  }

  @Test
  void the_embedded_database_keeps_its_events_across_restarts_and_is_shared_while_running() {
    UUID todo = UUID.randomUUID();
    try (Database first = Database.open(null, dataDirectory, null, 4);
        PostgresEventStore store = new PostgresEventStore(first.dataSource())) {
      store.append(todo, 0, List.of(EventStoreContract.event("todo_added", "{\"title\":\"2000 squats\"}")));

      try (Database second = Database.open(null, dataDirectory, null, 2);
          PostgresEventStore shared = new PostgresEventStore(second.dataSource())) {
        assertThat(shared.readStream(todo)).hasSize(1);
      }
    }

    try (Database restarted = Database.open(null, dataDirectory, null, 2);
        PostgresEventStore store = new PostgresEventStore(restarted.dataSource())) {
      assertThat(store.readStream(todo)).extracting(StoredEvent::type).containsExactly("todo_added");
      assertThat(restarted.description()).contains(dataDirectory.toString());
    }
  }

  @Test
  void the_embedded_database_flushes_every_commit_to_disk_before_it_is_acknowledged() throws Exception {
    try (Database database = Database.open(null, dataDirectory, null, 2);
        Connection connection = database.dataSource().getConnection()) {

      assertThat(setting(connection, "fsync")).isEqualTo("on");
      assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
      assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
    }
  }


  private static String setting(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW " + name)) {
      rows.next();
      return rows.getString(1);
    }
  }

  @Test
  void database_urls_in_the_originals_form_become_jdbc_urls() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://arnold:t%40rminator@db.example.com:5433/todos?sslmode=require");

    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5433/todos?sslmode=require");
    assertThat(url.user()).isEqualTo("arnold");
    assertThat(url.password()).isEqualTo("t@rminator");
    assertThat(DatabaseUrl.parse("jdbc:postgresql://localhost/todos").jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/todos");
  }

  @Test
  void a_plus_in_the_credentials_is_a_plus() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://t+800:sky+net@localhost/todos");

    assertThat(url.user()).isEqualTo("t+800");
    assertThat(url.password()).isEqualTo("sky+net");
  }

  @Test
  void a_database_url_of_another_kind_is_refused_naming_the_setting_without_the_password() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:hunter2@localhost/todos"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DATABASE_URL")
        .hasMessageNotContaining("hunter2");
  }
}
