package dev.estodo.eventsourcing.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fence with its statements folded: the settings go out with the transaction's first statement
 * and the token check with its COMMIT, and still every setting is in force from the start and a
 * lease lost by the time of the commit commits nothing, neither the checkpoint nor the work.
 */
class FencedTransactionsTest {
  private static final String PROCESSOR = "squats";
  private static final Duration LEASE = Duration.ofMillis(4321);
  private static final Checkpoint TO = new Checkpoint(1, 1);

  private final HikariDataSource dataSource = TestDatabase.freshDataSource();
  private Lease lease;

  @BeforeEach
  void a_held_lease_and_a_checkpoint_at_the_start() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE written (n int)");
      CheckpointRows.create(connection, PROCESSOR);
      Long token = LeaseRows.take(connection, PROCESSOR, LeaseRows.Owner.thisProcess(), 60_000);
      lease = new Lease(PROCESSOR, token, System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
    }
  }

  @AfterEach
  void close() {
    dataSource.close();
  }

  @Test
  void the_settings_are_in_force_from_the_first_statement_and_relaxed_only_when_asked() throws Exception {
    String outside = settingsOutside();
    List<String> seen = new ArrayList<>();
    for (boolean relaxed : new boolean[] {true, false}) {
      Checkpoint from = checkpoint();
      Checkpoint to = new Checkpoint(from.transactionId() + 1, from.position() + 1);
      FencedTransactions.advance(dataSource, lease, LEASE, relaxed, PROCESSOR, from, to,
          transaction -> seen.add(settingsIn(transaction)));
      FencedTransactions.run(dataSource, lease, LEASE, relaxed, transaction -> seen.add(settingsIn(transaction)));
    }

    assertThat(seen).containsExactly("4321ms off", "4321ms off", "4321ms on", "4321ms on");
    assertThat(settingsOutside()).as("nothing outlives the transaction").isEqualTo(outside).startsWith("0 ");
  }

  @Test
  void a_token_that_moved_on_before_the_commit_commits_neither_the_checkpoint_nor_the_work() {
    assertThatThrownBy(() -> FencedTransactions.advance(dataSource, lease, LEASE, true, PROCESSOR, Checkpoint.START, TO,
        transaction -> {
          write(transaction, 1);
          Leases.takenElsewhere(dataSource, PROCESSOR, 60_000);
          return null;
        }))
        .isInstanceOf(LeaseLostException.class)
        .hasMessage("lease of squats moved from token 1 to 2");

    assertThat(checkpoint()).isEqualTo(Checkpoint.START);
    assertThat(written()).isEmpty();
  }

  @Test
  void a_lease_row_that_is_gone_commits_nothing() {
    assertThatThrownBy(() -> FencedTransactions.run(dataSource, lease, LEASE, false, transaction -> {
      write(transaction, 1);
      try (Statement statement = transaction.createStatement()) {
        statement.execute("DELETE FROM processor_leases");
      }
      return null;
    })).isInstanceOf(LeaseLostException.class).hasMessage("lease of squats moved from token 1 to 0");

    assertThat(written()).isEmpty();
  }

  @Test
  void after_a_refused_commit_the_pooled_connection_commits_the_next_holders_work() throws Exception {
    assertThatThrownBy(() -> FencedTransactions.advance(dataSource, lease, LEASE, true, PROCESSOR, Checkpoint.START, TO,
        transaction -> {
          Leases.takenElsewhere(dataSource, PROCESSOR, 60_000);
          return null;
        })).isInstanceOf(LeaseLostException.class);
    Lease next = new Lease(PROCESSOR, Leases.token(dataSource, PROCESSOR), System.nanoTime() + TimeUnit.SECONDS.toNanos(60));

    FencedTransactions.advance(dataSource, next, LEASE, true, PROCESSOR, Checkpoint.START, TO, transaction -> write(transaction, 2));
    FencedTransactions.run(dataSource, next, LEASE, false, transaction -> write(transaction, 3));

    assertThat(checkpoint()).isEqualTo(TO);
    assertThat(written()).containsExactly(2, 3);
  }

  @Test
  void a_checkpoint_that_moved_commits_nothing_of_the_work() {
    assertThatThrownBy(() -> FencedTransactions.advance(dataSource, lease, LEASE, true, PROCESSOR, TO, TO,
        transaction -> write(transaction, 1))).isInstanceOf(CheckpointMoved.class);

    assertThat(written()).isEmpty();
  }

  private String settingsOutside() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return settingsIn(connection);
    }
  }

  private static String settingsIn(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("""
            SELECT current_setting('idle_in_transaction_session_timeout') || ' '
                   || current_setting('synchronous_commit')""")) {
      row.next();
      return row.getString(1);
    }
  }

  private static Integer write(Connection transaction, int n) throws SQLException {
    try (Statement statement = transaction.createStatement()) {
      statement.execute("INSERT INTO written VALUES (" + n + ")");
    }
    return n;
  }

  private Checkpoint checkpoint() {
    try (Connection connection = dataSource.getConnection()) {
      return CheckpointRows.read(connection, List.of(PROCESSOR)).get(PROCESSOR);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Integer> written() {
    List<Integer> values = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT n FROM written ORDER BY n")) {
      while (rows.next()) values.add(rows.getInt(1));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return values;
  }
}
