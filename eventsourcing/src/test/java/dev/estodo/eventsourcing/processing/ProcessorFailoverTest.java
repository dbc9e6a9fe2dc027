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
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runners as if in separate processes on one database: one active instance per processor, takeover, and fencing. */
class ProcessorFailoverTest {
  private final TestLog log = TestLog.mark();
  @RegisterExtension final SquatsStore fresh = new SquatsStore();
  private final HikariDataSource dataSource = fresh.dataSource;
  private final PostgresEventStore store = fresh.store;
  private final ProcessorCheckpoints checkpoints = fresh.checkpoints;

  @Test
  void two_runners_never_both_process_and_the_standby_takes_over_at_once_when_the_active_one_closes() throws Exception {
    try (ProcessorRunner a = runner("a"); ProcessorRunner b = runner("b")) {
      a.start();
      b.start();
      List<Long> first = append(store, squats(20));
      assertThat(checkpoints.awaitPosition(List.of("squats"), first.get(19), PATIENCE)).isTrue();
      assertThat(active(a)).isNotEqualTo(active(b));
      String leader = active(a) ? "a" : "b";

      long closedAt = System.nanoTime();
      (active(a) ? a : b).close();
      List<Long> second = append(store, squats(20));

      assertThat(checkpoints.awaitPosition(List.of("squats"), second.get(19), PATIENCE)).isTrue();
      assertThat(System.nanoTime() - closedAt).as("taken over before the lease ran out")
          .isLessThan(QUICK.lease().toNanos());
      List<RowsProjector.Row> rows = RowsProjector.rows(dataSource, "squats");
      assertThat(positionsOf(rows)).containsExactlyElementsOf(readOrder(store));
      assertThat(rows.subList(0, 20)).extracting(RowsProjector.Row::instance).containsOnly(leader);
      assertThat(rows.subList(20, 40)).extracting(RowsProjector.Row::instance).doesNotContain(leader);
      assertThat(Leases.token(dataSource, "squats")).isEqualTo(2);
    }
  }

  @Test
  void a_batch_whose_token_moved_on_while_it_ran_commits_nothing_and_its_runner_steps_down() throws Exception {
    List<Long> positions = append(store, squats(3));
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch letGo = new CountDownLatch(1);
    RowsProjector held = new RowsProjector("squats", "a").withHook(event -> {
      if (event.position() == positions.get(2) && holding.getCount() > 0) Processors.hold(holding, letGo);
    });
    try (ProcessorRunner a = new ProcessorRunner(dataSource, store, QUICK).add(held)) {
      a.start();
      holding.await();

      Leases.takenElsewhere(dataSource, "squats", 1000);
      letGo.countDown();

      assertThat(log.await("Processor squats wrote nothing: lease of squats moved from token 1 to 2;"
          + " stepping down to standby").level()).isEqualTo("WARN");
      assertThat(RowsProjector.rows(dataSource, "squats")).isEmpty();
      assertThat(checkpoints.of("squats").position()).isZero();
      eventually("a standby again", () -> !active(a));
      assertThat(checkpoints.awaitPosition(List.of("squats"), positions.get(2), PATIENCE)).isTrue();
      assertThat(positionsOf(RowsProjector.rows(dataSource, "squats"))).containsExactlyElementsOf(positions);
      assertThat(Leases.token(dataSource, "squats")).as("taken back once the other lease expired").isEqualTo(3);
    }
  }

  @Test
  void a_runner_that_cannot_renew_stops_writing_before_its_lease_expires_and_a_standby_takes_over_after()
      throws Exception {
    HikariDataSource doomed = TestDatabase.pool(database(), 4);
    try (ProcessorRunner a = new ProcessorRunner(doomed, new PostgresEventStore(doomed), QUICK)
            .add(new RowsProjector("squats", "a"));
        ProcessorRunner b = runner("b")) {
      a.start();
      eventually("a is active", () -> active(a));
      b.start();

      doomed.close();
      long lost = System.nanoTime();
      long[] since = sinceFirst(lost, () -> !active(a), () -> active(b));
      long stoppedWriting = since[0];
      long tookOver = since[1];

      assertThat(stoppedWriting).isLessThanOrEqualTo(tookOver);
      assertThat(tookOver).isLessThan(QUICK.lease().plus(QUICK.standbyRetry()).toNanos() + 500_000_000L);
      List<Long> more = append(store, squats(5));
      assertThat(checkpoints.awaitPosition(List.of("squats"), more.get(4), PATIENCE)).isTrue();
      assertThat(log.await("Processor squats's lease was not renewed in time and may have expired; it stops writing")
          .level()).isEqualTo("WARN");
    }
  }

  private String database() {
    String url = dataSource.getJdbcUrl();
    return url.substring(url.lastIndexOf('/') + 1);
  }

  /** How long after {@code start} each condition first held, watching both at once. */
  private static long[] sinceFirst(long start, BooleanSupplier first, BooleanSupplier second) throws InterruptedException {
    long[] since = {-1, -1};
    eventually("both happen", () -> {
      if (since[0] < 0 && first.getAsBoolean()) since[0] = System.nanoTime() - start;
      if (since[1] < 0 && second.getAsBoolean()) since[1] = System.nanoTime() - start;
      return since[0] >= 0 && since[1] >= 0;
    });
    return since;
  }

  private ProcessorRunner runner(String instance) {
    return new ProcessorRunner(dataSource, store, QUICK).add(new RowsProjector("squats", instance));
  }

  private static boolean active(ProcessorRunner runner) {
    return runner.status().get(0).active();
  }
}
