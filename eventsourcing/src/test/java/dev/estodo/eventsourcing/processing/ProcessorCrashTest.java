package dev.estodo.eventsourcing.processing;

import static dev.estodo.eventsourcing.processing.Processors.PATIENCE;
import static dev.estodo.eventsourcing.processing.Processors.QUICK;
import static dev.estodo.eventsourcing.processing.Processors.append;
import static dev.estodo.eventsourcing.processing.Processors.hold;
import static dev.estodo.eventsourcing.processing.Processors.positionsOf;
import static dev.estodo.eventsourcing.processing.Processors.readOrder;
import static dev.estodo.eventsourcing.processing.Processors.squats;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.TestLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A runner whose process dies in the middle of a batch: its sessions end and it never reconnects.
 * It connects without a pool, so pointing it at a database that does not exist keeps it away.
 */
class ProcessorCrashTest {
  private final TestLog log = TestLog.mark();
  @RegisterExtension final SquatsStore fresh = new SquatsStore();
  private final HikariDataSource dataSource = fresh.dataSource;
  private final PostgresEventStore store = fresh.store;
  private final ProcessorCheckpoints checkpoints = fresh.checkpoints;

  @Test
  void a_runner_that_dies_mid_batch_leaves_nothing_of_the_batch_and_a_restart_finishes_the_same_table()
      throws Exception {
    List<Long> positions = append(store, squats(30));
    PGSimpleDataSource doomedDatabase = new PGSimpleDataSource();
    doomedDatabase.setUrl(dataSource.getJdbcUrl());
    doomedDatabase.setUser(dataSource.getUsername());
    doomedDatabase.setPassword(dataSource.getPassword());
    doomedDatabase.setApplicationName("doomed");
    CountDownLatch halted = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    RowsProjector doomed = new RowsProjector("squats", "doomed").withHook(event -> {
      if (event.position() == positions.get(14)) hold(halted, resume);
    });

    try (PostgresEventStore doomedStore = new PostgresEventStore(doomedDatabase);
        ProcessorRunner crashing = new ProcessorRunner(doomedDatabase, doomedStore, QUICK).add(doomed)) {
      crashing.start();
      assertThat(halted.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
      doomedDatabase.setDatabaseName("estodo_gone");
      terminateSessionsOf("doomed");
      resume.countDown();

      try (ProcessorRunner restarted = runner("restarted")) {
        restarted.start();
        assertThat(checkpoints.awaitPosition(List.of("squats"), positions.get(29), PATIENCE)).isTrue();
      }
    }

    List<RowsProjector.Row> rows = RowsProjector.rows(dataSource, "squats");
    assertThat(positionsOf(rows)).containsExactlyElementsOf(readOrder(store));
    assertThat(rows).extracting(RowsProjector.Row::instance).startsWith("doomed").containsOnly("doomed", "restarted");
    assertThat(rows.subList(10, 30)).extracting(RowsProjector.Row::instance).containsOnly("restarted");
    TestLog.Entry crash = log.only("Processor squats failed in the batch from position " + positions.get(10)
        + " to " + positions.get(19) + ": org.postgresql.util.PSQLException");
    assertThat(crash.level()).isEqualTo("ERROR");
    assertThat(crash.exception()).startsWith("org.postgresql.util.PSQLException");
  }

  private ProcessorRunner runner(String instance) {
    return new ProcessorRunner(dataSource, store, QUICK).add(new RowsProjector("squats", instance));
  }

  private void terminateSessionsOf(String applicationName) throws Exception {
    try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")) {
      statement.setString(1, applicationName);
      statement.execute();
    }
  }
}
