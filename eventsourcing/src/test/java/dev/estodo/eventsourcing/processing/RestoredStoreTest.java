package dev.estodo.eventsourcing.processing;

import static dev.estodo.eventsourcing.processing.Processors.PATIENCE;
import static dev.estodo.eventsourcing.processing.Processors.QUICK;
import static dev.estodo.eventsourcing.processing.Processors.append;
import static dev.estodo.eventsourcing.processing.Processors.positionsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.PostgresEventStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A store copied from a busier server, as a logical dump and restore leaves it: its events carry
 * transaction ids far above this server's counter.
 */
class RestoredStoreTest {
  private static final long AHEAD = 1_000_000_000L;

  @RegisterExtension final SquatsStore fresh = new SquatsStore();
  private final HikariDataSource dataSource = fresh.dataSource;
  private final PostgresEventStore store = fresh.store;
  private final ProcessorCheckpoints checkpoints = fresh.checkpoints;

  @Test
  void given_a_store_written_on_this_server_when_processors_start_then_they_run() throws Exception {
    append(store, "squats_done", "squats_done");

    try (ProcessorRunner runner = runner()) {
      runner.start();
    }
  }

  @Test
  void given_restored_events_above_the_servers_counter_when_processors_start_then_they_refuse_and_name_both_ids()
      throws Exception {
    restoreEvents(3);

    try (ProcessorRunner runner = runner()) {
      assertThatThrownBy(runner::start).isInstanceOfSatisfying(RestoredStoreException.class, e -> {
        assertThat(e.largestStored()).isGreaterThanOrEqualTo(AHEAD);
        assertThat(e.serverNext()).isLessThan(AHEAD);
        assertThat(e.getMessage()).contains("restored from another server", Long.toString(e.largestStored()));
      });
    }
  }

  @Test
  void given_restored_events_when_renumbered_then_processors_replay_them_in_position_order_and_follow_new_ones()
      throws Exception {
    List<Long> restored = restoreEvents(5);

    int renumbered = RestoredStore.renumber(dataSource, List.of(new RowsProjector("squats", "before")));
    List<Long> written = append(store, "squats_done", "squats_done");

    assertThat(renumbered).isEqualTo(5);
    RestoredStore.refuseIfRestored(dataSource);
    try (ProcessorRunner runner = runner()) {
      runner.start();
      assertThat(checkpoints.awaitPosition(List.of("squats"), written.get(1), PATIENCE)).isTrue();
    }
    List<Long> expected = new ArrayList<>(restored);
    expected.addAll(written);
    assertThat(positionsOf(RowsProjector.rows(dataSource, "squats"))).containsExactlyElementsOf(expected);
  }

  @Test
  void given_a_projection_built_before_the_restore_when_renumbered_then_it_is_emptied_and_every_checkpoint_reset()
      throws Exception {
    restoreEvents(2);
    insertRow("INSERT INTO squats VALUES (1, 1, 'squats_done', 'old server')");
    insertRow("INSERT INTO processor_checkpoints (name, transaction_id, position) VALUES ('squats', '"
        + (AHEAD + 2) + "', 2), ('notifier', '" + (AHEAD + 2) + "', 2)");

    RestoredStore.renumber(dataSource, List.of(new RowsProjector("squats", "before")));

    assertThat(RowsProjector.rows(dataSource, "squats")).isEmpty();
    assertThat(checkpoints.of("squats").position()).isZero();
    assertThat(checkpoints.of("notifier").position()).isZero();
  }

  private ProcessorRunner runner() {
    return new ProcessorRunner(dataSource, store, QUICK).add(new RowsProjector("squats", "after"));
  }

  /** Events as a restore writes them: every column copied, transaction ids from the other server. */
  private List<Long> restoreEvents(int count) throws SQLException {
    long next = serverNext();
    List<Long> positions = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO events (transaction_id, id, aggregate_id, version, type, body) "
            + "VALUES (?::text::xid8, ?, ?, 1, 'squats_done', '{}') RETURNING position")) {
      for (int i = 0; i < count; i++) {
        // later positions with smaller ids: the other server's commit order differed from its insert order
        insert.setString(1, Long.toString(next + AHEAD + (count - i) * 10L));
        insert.setObject(2, UUID.randomUUID());
        insert.setObject(3, UUID.randomUUID());
        try (ResultSet row = insert.executeQuery()) {
          row.next();
          positions.add(row.getLong(1));
        }
      }
    }
    return positions;
  }

  private long serverNext() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
      row.next();
      return row.getLong(1);
    }
  }

  private void insertRow(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
