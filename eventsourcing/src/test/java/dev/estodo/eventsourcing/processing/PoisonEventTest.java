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
import dev.estodo.eventsourcing.TestDatabase;
import dev.estodo.eventsourcing.TestLog;
import dev.estodo.eventsourcing.TestLog.Entry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoisonEventTest {
  private final TestLog log = TestLog.mark();
  private HikariDataSource dataSource;
  private PostgresEventStore store;
  private ProcessorCheckpoints checkpoints;

  @BeforeEach
  void fresh_store() throws Exception {
    dataSource = TestDatabase.freshDataSource();
    store = new PostgresEventStore(dataSource);
    checkpoints = new ProcessorCheckpoints(dataSource, store);
    RowsProjector.createTable(dataSource, "fussy");
    RowsProjector.createTable(dataSource, "steady");
  }

  @AfterEach
  void close() {
    store.close();
    dataSource.close();
  }

  @Test
  void a_poison_event_is_retried_with_backoff_and_reported_while_others_go_on_and_is_processed_once_the_fault_clears()
      throws Exception {
    AtomicBoolean broken = new AtomicBoolean(true);
    List<Long> attempts = new CopyOnWriteArrayList<>();
    RowsProjector fussy = new RowsProjector("fussy", "a").withHook(event -> {
      if (!event.type().equals("terminator_sent")) return;
      attempts.add(System.nanoTime());
      if (broken.get()) throw new IllegalStateException("I'll be back");
    });
    List<Long> positions = append(store, "todo_added", "todo_added", "terminator_sent", "todo_added", "todo_added");

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(fussy).add(new RowsProjector("steady", "a"))) {
      runner.start();
      assertThat(checkpoints.awaitPosition(List.of("steady"), positions.get(4), PATIENCE)).isTrue();
      eventually("five failed attempts", () -> runner.status().get(0).consecutiveFailures() >= 5);
      ProcessorStatus stuck = runner.status().get(0);
      List<Long> rowsWhileStuck = positionsOf(RowsProjector.rows(dataSource, "fussy"));

      broken.set(false);

      assertThat(checkpoints.awaitPosition(List.of("fussy"), positions.get(4), PATIENCE)).isTrue();
      eventually("the status is healthy again", () -> runner.status().get(0).healthy());
      assertThat(stuck.lastError()).contains("position " + positions.get(2), "terminator_sent", "I'll be back");
      assertThat(stuck.active()).isTrue();
      assertThat(stuck.checkpoint()).isEqualTo(store.checkpointOf(positions.get(1)));
      assertThat(rowsWhileStuck).containsExactlyElementsOf(positions.subList(0, 2));
      assertThat(runner.status().get(0).consecutiveFailures()).isZero();
    }
    assertThat(positionsOf(RowsProjector.rows(dataSource, "fussy"))).containsExactlyElementsOf(readOrder(store));
    assertWaitsGrow(attempts.subList(0, 5));
    assertReportedOnceWithItsStackTraceThenInOneLine(positions.get(2));
  }

  /** The log names the poison event, prints the stack trace once, and says one line per retry and on recovery. */
  private void assertReportedOnceWithItsStackTraceThenInOneLine(long poison) {
    assertThat(log.only("Processor fussy failed on the event at position " + poison + " (terminator_sent)"))
        .extracting(Entry::level, Entry::exception)
        .containsExactly("ERROR", "java.lang.IllegalStateException: I'll be back");
    assertThat(log.containing("Processor fussy failed again")).isNotEmpty()
        .allSatisfy(retry -> assertThat(retry.level()).isEqualTo("WARN"))
        .noneMatch(Entry::hasTrace);
    assertThat(log.only("Processor fussy recovered after").level()).isEqualTo("INFO");
    assertThat(log.containing("steady")).extracting(Entry::message).containsExactly("Processor steady is active");
  }

  /** Each retry waited at least its backoff: 20, 40, 80, 160 ms (lower bounds only; a loaded machine is slower). */
  private static void assertWaitsGrow(List<Long> attempts) {
    for (int retry = 1; retry < attempts.size(); retry++) {
      Duration waited = Duration.ofNanos(attempts.get(retry) - attempts.get(retry - 1));
      assertThat(waited).isGreaterThanOrEqualTo(QUICK.backoff(retry).minusMillis(2));
    }
  }
}
