package dev.estodo.eventsourcing.processing;

import static dev.estodo.eventsourcing.processing.Processors.PATIENCE;
import static dev.estodo.eventsourcing.processing.Processors.QUICK;
import static dev.estodo.eventsourcing.processing.Processors.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.EventStoreContract;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.TestDatabase;
import dev.estodo.eventsourcing.TestLog;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailureRecordsTest {
  private final TestLog log = TestLog.mark();
  private final FussyNotifier notifier = new FussyNotifier();
  private HikariDataSource dataSource;
  private PostgresEventStore store;

  @BeforeEach
  void fresh_store() {
    dataSource = TestDatabase.freshDataSource();
    store = new PostgresEventStore(dataSource);
  }

  @AfterEach
  void close() {
    store.close();
    dataSource.close();
  }

  @Test
  void a_failing_processor_records_since_when_on_which_event_and_why_until_it_gets_past_it() throws Exception {
    notifier.downFor.set(Integer.MAX_VALUE);
    long completed = store.append(UUID.randomUUID(), List.of(EventStoreContract.event("todo_completed", "{}")));

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(notifier)) {
      runner.start();
      eventually("three failed attempts recorded", () -> attempts() >= 3);
      Map<String, Object> failure = failure();
      assertThat(failure.get("position")).isEqualTo(completed);
      assertThat(failure.get("event_type")).isEqualTo("todo_completed");
      assertThat((String) failure.get("error")).contains("on the event at position " + completed, "421 4.3.2");
      eventually("a later attempt recorded", () -> attempts() > (int) failure.get("attempts"));
      assertThat(failure().get("failing_since")).isEqualTo(failure.get("failing_since"));

      notifier.downFor.set(0);

      eventually("the record cleared", () -> failure() == null);
    }
    assertThat(log.containing("Processor notifier failed")).isNotEmpty();
  }

  @Test
  void a_record_left_by_an_instance_that_died_is_cleared_by_the_next_one_that_works() throws Exception {
    execute("INSERT INTO processor_failures VALUES ('notifier', now() - interval '1 hour', 1, 'todo_completed',"
        + " 'I''ll be back', 42, now())");

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(notifier)) {
      runner.start();

      eventually("the stale record cleared", () -> failure() == null);
    }
  }

  private int attempts() {
    Map<String, Object> failure = failure();
    return failure == null ? 0 : (int) failure.get("attempts");
  }

  private Map<String, Object> failure() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM processor_failures WHERE processor = 'notifier'")) {
      if (!rows.next()) return null;
      return Map.of("failing_since", rows.getTimestamp("failing_since").toInstant(), "position",
          rows.getLong("position"), "event_type", rows.getString("event_type"), "error", rows.getString("error"),
          "attempts", rows.getInt("attempts"));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
