package dev.estodo.eventsourcing.processing;

import static dev.estodo.eventsourcing.processing.Processors.PATIENCE;
import static dev.estodo.eventsourcing.processing.Processors.QUICK;
import static dev.estodo.eventsourcing.processing.Processors.append;
import static dev.estodo.eventsourcing.processing.Processors.eventually;
import static dev.estodo.eventsourcing.processing.Processors.positionsOf;
import static dev.estodo.eventsourcing.processing.Processors.readOrder;
import static dev.estodo.eventsourcing.processing.Processors.squats;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.TestDatabase;
import dev.estodo.eventsourcing.TestLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runners as if in separate processes on one database: one active instance per processor, and takeover. */
class ProcessorFailoverTest {
  private static final String LOCK_HOLDER = """
      SELECT pid FROM pg_locks
      WHERE locktype = 'advisory' AND granted
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND ((classid::bigint << 32) | objid::bigint) = hashtextextended('estodo.processor:' || ?, 0)""";

  private final TestLog log = TestLog.mark();
  private HikariDataSource dataSource;
  private PostgresEventStore store;
  private ProcessorCheckpoints checkpoints;

  @BeforeEach
  void fresh_store() throws Exception {
    dataSource = TestDatabase.freshDataSource();
    store = new PostgresEventStore(dataSource);
    checkpoints = new ProcessorCheckpoints(dataSource, store);
    RowsProjector.createTable(dataSource, "squats");
  }

  @AfterEach
  void close() {
    store.close();
    dataSource.close();
  }

  @Test
  void two_runners_never_both_process_and_the_standby_takes_over_when_the_active_one_closes() throws Exception {
    try (ProcessorRunner a = runner("a"); ProcessorRunner b = runner("b")) {
      a.start();
      b.start();
      List<Long> first = append(store, squats(20));
      assertThat(checkpoints.awaitPosition(List.of("squats"), first.get(19), PATIENCE)).isTrue();
      assertThat(active(a)).isNotEqualTo(active(b));
      String leader = active(a) ? "a" : "b";

      (active(a) ? a : b).close();
      List<Long> second = append(store, squats(20));

      assertThat(checkpoints.awaitPosition(List.of("squats"), second.get(19), PATIENCE)).isTrue();
      List<RowsProjector.Row> rows = RowsProjector.rows(dataSource, "squats");
      assertThat(positionsOf(rows)).containsExactlyElementsOf(readOrder(store));
      assertThat(rows.subList(0, 20)).extracting(RowsProjector.Row::instance).containsOnly(leader);
      assertThat(rows.subList(20, 40)).extracting(RowsProjector.Row::instance).doesNotContain(leader);
    }
  }

  @Test
  void when_the_active_runners_lock_connection_is_killed_a_new_session_takes_the_lock_and_no_event_is_lost_or_repeated()
      throws Exception {
    try (ProcessorRunner a = runner("a"); ProcessorRunner b = runner("b")) {
      a.start();
      b.start();
      List<Long> first = append(store, squats(20));
      assertThat(checkpoints.awaitPosition(List.of("squats"), first.get(19), PATIENCE)).isTrue();
      Integer killed = lockHolder();

      terminate(killed);
      List<Long> second = append(store, squats(20));

      assertThat(checkpoints.awaitPosition(List.of("squats"), second.get(19), PATIENCE)).isTrue();
      eventually("a new session holds the lock", () -> lockHolder() != null && !lockHolder().equals(killed));
      eventually("exactly one runner is active", () -> active(a) != active(b));
      assertThat(positionsOf(RowsProjector.rows(dataSource, "squats"))).containsExactlyElementsOf(readOrder(store));
      assertThat(log.await("The connection holding the processors' locks [squats] was lost").level()).isEqualTo("WARN");
      assertThat(log.await("Processor squats lost its lock; standing by").hasTrace()).isFalse();
    }
  }

  private ProcessorRunner runner(String instance) {
    return new ProcessorRunner(dataSource, store, QUICK).add(new RowsProjector("squats", instance));
  }

  private static boolean active(ProcessorRunner runner) {
    return runner.status().get(0).active();
  }

  private Integer lockHolder() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(LOCK_HOLDER)) {
      statement.setString(1, "squats");
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getInt(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void terminate(int pid) throws SQLException {
    run("SELECT pg_terminate_backend(?)", pid);
  }

  private void run(String sql, Object parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      statement.execute();
    }
  }
}
