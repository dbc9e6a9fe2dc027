package dev.estodo.eventsourcing.processing;

import static dev.estodo.eventsourcing.processing.Processors.PATIENCE;
import static dev.estodo.eventsourcing.processing.Processors.QUICK;
import static dev.estodo.eventsourcing.processing.Processors.append;
import static dev.estodo.eventsourcing.processing.Processors.eventually;
import static dev.estodo.eventsourcing.processing.Processors.hold;
import static dev.estodo.eventsourcing.processing.Processors.positionsOf;
import static dev.estodo.eventsourcing.processing.Processors.readOrder;
import static dev.estodo.eventsourcing.processing.Processors.squats;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.PostgresEventStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProjectorTest {
  @RegisterExtension final SquatsStore fresh = new SquatsStore();
  private final HikariDataSource dataSource = fresh.dataSource;
  private final PostgresEventStore store = fresh.store;
  private final ProcessorCheckpoints checkpoints = fresh.checkpoints;

  @Test
  void a_projector_sees_every_event_once_in_order_and_its_rows_commit_with_its_checkpoint() throws Exception {
    List<Long> positions = append(store, squats(40));
    List<Long[]> samples = new ArrayList<>();

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(new RowsProjector("squats", "a"))) {
      runner.start();
      positions.addAll(append(store, squats(40)));
      while (!checkpoints.awaitPosition(List.of("squats"), positions.get(79), Duration.ZERO)) {
        samples.add(rowsAndEventsCovered());
      }
    }

    assertThat(positionsOf(RowsProjector.rows(dataSource, "squats"))).containsExactlyElementsOf(readOrder(store));
    assertThat(samples).allSatisfy(sample -> assertThat(sample[0]).isEqualTo(sample[1]));
    assertThat(checkpoints.of("squats")).isEqualTo(store.checkpointOf(positions.get(79)));
  }

  @Test
  void a_batch_that_fails_midway_commits_nothing_and_a_restart_ends_with_the_same_table() throws Exception {
    List<Long> positions = append(store, squats(25));
    long fifteenth = positions.get(14);
    AtomicBoolean reached = new AtomicBoolean();
    RowsProjector crashing = new RowsProjector("squats", "crashing").withHook(event -> {
      if (event.position() != fifteenth) return;
      reached.set(true);
      throw new IllegalStateException("the power went out");
    });

    ProcessorSettings noRetryBeforeClose = new ProcessorSettings(10, QUICK.pollInterval(), QUICK.standbyRetry(),
        Duration.ofSeconds(30), Duration.ofSeconds(30), QUICK.lease(), QUICK.leaseRenewal());

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, noRetryBeforeClose).add(crashing)) {
      runner.start();
      eventually("the fifteenth event failed", reached::get);
    }
    List<RowsProjector.Row> afterCrash = RowsProjector.rows(dataSource, "squats");
    try (ProcessorRunner restarted = new ProcessorRunner(dataSource, store, QUICK).add(new RowsProjector("squats", "restarted"))) {
      restarted.start();
      assertThat(checkpoints.awaitPosition(List.of("squats"), positions.get(24), PATIENCE)).isTrue();
    }

    assertThat(positionsOf(afterCrash)).containsExactlyElementsOf(positions.subList(0, 10));
    assertThat(positionsOf(RowsProjector.rows(dataSource, "squats"))).containsExactlyElementsOf(readOrder(store));
  }

  @Test
  void closing_lets_the_batch_in_hand_commit_and_starts_no_other() throws Exception {
    List<Long> positions = append(store, squats(15));
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch letGo = new CountDownLatch(1);
    RowsProjector slow = new RowsProjector("squats", "slow").withHook(event -> {
      if (event.position() == positions.get(4)) hold(holding, letGo);
    });
    ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(slow);
    runner.start();
    assertThat(holding.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> closing = CompletableFuture.runAsync(runner::close);
    Thread.sleep(200);
    boolean closedBeforeTheBatchEnded = closing.isDone();
    letGo.countDown();
    closing.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

    assertThat(closedBeforeTheBatchEnded).isFalse();
    assertThat(positionsOf(RowsProjector.rows(dataSource, "squats"))).containsExactlyElementsOf(positions.subList(0, 10));
    assertThat(checkpoints.of("squats")).isEqualTo(store.checkpointOf(positions.get(9)));
  }

  @Test
  void resetting_a_projector_rebuilds_the_same_table_from_the_start() throws Exception {
    List<Long> positions = append(store, squats(12));
    AtomicInteger applied = new AtomicInteger();
    RowsProjector projector = new RowsProjector("squats", "a").withHook(event -> applied.incrementAndGet());
    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(projector)) {
      runner.start();
      assertThat(checkpoints.awaitPosition(List.of("squats"), positions.get(11), PATIENCE)).isTrue();
      List<RowsProjector.Row> before = RowsProjector.rows(dataSource, "squats");

      checkpoints.reset(projector);

      assertThat(checkpoints.awaitPosition(List.of("squats"), positions.get(11), PATIENCE)).isTrue();
      assertThat(RowsProjector.rows(dataSource, "squats")).isEqualTo(before);
      assertThat(applied).hasValue(24);
    }
  }

  /** How many rows the projection has and how many events its checkpoint covers, in one snapshot. */
  private Long[] rowsAndEventsCovered() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("""
            SELECT (SELECT count(*) FROM squats),
                   (SELECT count(*) FROM events e WHERE (e.transaction_id, e.position) <= (c.transaction_id, c.position))
            FROM processor_checkpoints c WHERE c.name = 'squats'""")) {
      return row.next() ? new Long[] {row.getLong(1), row.getLong(2)} : new Long[] {0L, 0L};
    }
  }
}
