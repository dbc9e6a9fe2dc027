package dev.estodo.eventsourcing.processing;

import static dev.estodo.eventsourcing.processing.Processors.PATIENCE;
import static dev.estodo.eventsourcing.processing.Processors.QUICK;
import static dev.estodo.eventsourcing.processing.Processors.append;
import static dev.estodo.eventsourcing.processing.Processors.eventually;
import static dev.estodo.eventsourcing.processing.Processors.positionsOf;
import static dev.estodo.eventsourcing.processing.Processors.readOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.TestDatabase;
import dev.estodo.eventsourcing.TestLog;
import dev.estodo.eventsourcing.TestLog.Entry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchPoisonTest {
  private final TestLog log = TestLog.mark();
  private HikariDataSource dataSource;
  private PostgresEventStore store;
  private ProcessorCheckpoints checkpoints;

  @BeforeEach
  void fresh_store() throws Exception {
    dataSource = TestDatabase.freshDataSource();
    store = new PostgresEventStore(dataSource);
    checkpoints = new ProcessorCheckpoints(dataSource, store);
    RowsProjector.createTable(dataSource, "batchy");
  }

  @AfterEach
  void close() {
    store.close();
    dataSource.close();
  }

  @Test
  void a_failed_batch_is_retried_one_event_at_a_time_so_the_status_names_the_poison_event_and_nothing_is_skipped()
      throws Exception {
    AtomicBoolean broken = new AtomicBoolean(true);
    List<Long> positions = append(store, "todo_added", "todo_added", "terminator_sent", "todo_added", "todo_added");

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(new BatchProjector(broken))) {
      runner.start();
      eventually("the poison event named", () -> runner.status().get(0).consecutiveFailures() >= 3);
      ProcessorStatus stuck = runner.status().get(0);
      List<Long> rowsWhileStuck = positionsOf(RowsProjector.rows(dataSource, "batchy"));

      broken.set(false);

      assertThat(checkpoints.awaitPosition(List.of("batchy"), positions.get(4), PATIENCE)).isTrue();
      eventually("the status is healthy again", () -> runner.status().get(0).healthy());
      assertThat(stuck.lastError())
          .contains("on the event at position " + positions.get(2) + " (terminator_sent)", "I'll be back")
          .doesNotContain("batch");
      assertThat(stuck.checkpoint()).isEqualTo(store.checkpointOf(positions.get(1)));
      assertThat(rowsWhileStuck).containsExactlyElementsOf(positions.subList(0, 2));
    }
    assertThat(positionsOf(RowsProjector.rows(dataSource, "batchy"))).containsExactlyElementsOf(readOrder(store));
    assertLoggedOnceWithItsStackTrace("Processor batchy failed in the batch from position " + positions.get(0)
        + " to " + positions.get(4));
    assertLoggedOnceWithItsStackTrace("Processor batchy failed on the event at position " + positions.get(2)
        + " (terminator_sent)");
  }

  private void assertLoggedOnceWithItsStackTrace(String message) {
    assertThat(log.only(message)).extracting(Entry::level, Entry::exception)
        .containsExactly("ERROR", "java.lang.IllegalStateException: I'll be back");
  }

  /** Takes a whole batch in one call, which fails as a whole while a terminator is in it. */
  private static final class BatchProjector implements Projector {
    private final RowsProjector rows = new RowsProjector("batchy", "a");
    private final AtomicBoolean broken;

    BatchProjector(AtomicBoolean broken) {
      this.broken = broken;
    }

    @Override
    public String name() {
      return rows.name();
    }

    @Override
    public void project(Connection transaction, StoredEvent event) throws SQLException {
      projectBatch(transaction, List.of(event));
    }

    @Override
    public void projectBatch(Connection transaction, List<StoredEvent> events) throws SQLException {
      if (broken.get() && events.stream().anyMatch(event -> event.type().equals("terminator_sent"))) {
        throw new IllegalStateException("I'll be back");
      }
      for (StoredEvent event : events) {
        rows.project(transaction, event);
      }
    }

    @Override
    public void reset(Connection transaction) throws SQLException {
      rows.reset(transaction);
    }
  }
}
