package dev.estodo.eventsourcing.processing;

import static dev.estodo.eventsourcing.processing.Processors.PATIENCE;
import static dev.estodo.eventsourcing.processing.Processors.QUICK;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.EventStoreContract;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.TestDatabase;
import dev.estodo.eventsourcing.TestLog;
import dev.estodo.eventsourcing.processing.ParkedEvents.Outcome;
import dev.estodo.eventsourcing.processing.ParkedEvents.Retry;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParkingTest {
  private final TestLog log = TestLog.mark();
  private final UUID chopper = UUID.randomUUID();
  private final UUID squats = UUID.randomUUID();
  private final FussyNotifier notifier = new FussyNotifier();
  private HikariDataSource dataSource;
  private PostgresEventStore store;
  private ProcessorCheckpoints checkpoints;
  private ParkedEvents parked;

  @BeforeEach
  void fresh_store() {
    dataSource = TestDatabase.freshDataSource();
    store = new PostgresEventStore(dataSource);
    checkpoints = new ProcessorCheckpoints(dataSource, store);
    parked = new ParkedEvents(dataSource);
  }

  @AfterEach
  void close() {
    store.close();
    dataSource.close();
  }

  @Test
  void a_reaction_that_fails_for_good_is_parked_with_the_later_events_of_its_aggregate_and_the_reactor_moves_on()
      throws Exception {
    notifier.refused.add(chopper);
    long first = append(chopper, "todo_completed");
    long behind = append(chopper, "todo_amended");
    long other = append(squats, "todo_completed");

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(notifier)) {
      runner.start();
      assertThat(checkpoints.awaitPosition(List.of("notifier"), other, PATIENCE)).isTrue();
      assertThat(runner.status().get(0).healthy()).isTrue();
    }

    assertThat(notifier.handled).containsExactly(other);
    List<ParkedEvent> rows = parked.list();
    assertThat(rows).extracting(ParkedEvent::position).containsExactly(first, behind);
    assertThat(rows.get(0).error()).isEqualTo("550 5.1.1 dillon@cia.gov: no such user");
    assertThat(rows.get(0).attempts()).isEqualTo(1);
    assertThat(rows.get(0).behind()).isNull();
    assertThat(rows.get(1).behind()).isEqualTo(first);
    assertThat(rows.get(1).attempts()).isZero();
    assertThat(rows).allSatisfy(row -> assertThat(row.aggregateId()).isEqualTo(chopper));
    assertThat(log.only("Processor notifier parked the event at position " + first).level()).isEqualTo("WARN");
  }

  @Test
  void a_retry_after_the_fix_runs_the_parked_events_in_order_in_the_active_instance_and_unparks_them()
      throws Exception {
    notifier.refused.add(chopper);
    long first = append(chopper, "todo_completed");
    long behind = append(chopper, "todo_amended");

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(notifier)) {
      runner.start();
      assertThat(checkpoints.awaitPosition(List.of("notifier"), behind, PATIENCE)).isTrue();
      notifier.refused.clear();

      List<Retry> retries = parked.awaitRetries(parked.requestRetry(List.of(behind)), PATIENCE);

      assertThat(retries).extracting(retry -> retry.event().position()).containsExactly(first, behind);
      assertThat(retries).extracting(Retry::outcome).containsExactly(Outcome.UNPARKED, Outcome.UNPARKED);
    }
    assertThat(notifier.handled).containsExactly(first, behind);
    assertThat(parked.list()).isEmpty();
  }

  @Test
  void a_retry_that_fails_again_keeps_the_event_and_those_behind_it_parked_and_counts_the_attempt() throws Exception {
    notifier.refused.add(chopper);
    long first = append(chopper, "todo_completed");
    long behind = append(chopper, "todo_amended");

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(notifier)) {
      runner.start();
      assertThat(checkpoints.awaitPosition(List.of("notifier"), behind, PATIENCE)).isTrue();

      List<Retry> retries = parked.awaitRetries(parked.requestRetryOfAll(), PATIENCE);

      assertThat(retries).extracting(Retry::outcome).containsExactly(Outcome.FAILED_AGAIN, Outcome.FAILED_AGAIN);
      assertThat(retries.get(1).error()).isEqualTo("still behind an earlier parked event of aggregate " + chopper);
    }
    assertThat(notifier.handled).isEmpty();
    assertThat(parked.list()).extracting(ParkedEvent::attempts).containsExactly(2, 1);
    assertThat(parked.list()).allSatisfy(row -> assertThat(row.retryRequestedAt()).isNull());
    assertThat(log.containing("retried the parked event at position " + first, "failed again")).hasSize(1);
  }

  @Test
  void a_transient_failure_backs_off_and_is_never_parked() throws Exception {
    notifier.downFor.set(3);
    long completed = append(squats, "todo_completed");

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(notifier)) {
      runner.start();
      assertThat(checkpoints.awaitPosition(List.of("notifier"), completed, PATIENCE)).isTrue();
    }

    assertThat(notifier.handled).containsExactly(completed);
    assertThat(parked.list()).isEmpty();
    assertThat(log.containing("Processor notifier failed", "421 4.3.2")).hasSize(3);
  }

  @Test
  void a_projector_that_says_its_failure_is_permanent_is_not_parked_but_retried() throws Exception {
    RowsProjector.createTable(dataSource, "fussy");
    int[] left = {2};
    RowsProjector fussy = new RowsProjector("fussy", "a").withHook(event -> {
      if (left[0]-- > 0) throw new PermanentReactionFailure("I'll be back");
    });
    long completed = append(squats, "todo_completed");

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(fussy)) {
      runner.start();
      assertThat(checkpoints.awaitPosition(List.of("fussy"), completed, PATIENCE)).isTrue();
    }

    assertThat(parked.list()).isEmpty();
    assertThat(log.containing("Processor fussy failed", "I'll be back")).hasSize(2);
  }

  private long append(UUID aggregate, String type) {
    return store.append(aggregate, List.of(EventStoreContract.event(type, "{}")));
  }
}
