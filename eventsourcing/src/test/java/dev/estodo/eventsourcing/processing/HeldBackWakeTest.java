package dev.estodo.eventsourcing.processing;

import static dev.estodo.eventsourcing.processing.Processors.QUICK;
import static dev.estodo.eventsourcing.processing.Processors.append;
import static dev.estodo.eventsourcing.processing.Processors.positionsOf;
import static dev.estodo.eventsourcing.processing.Processors.readOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A processor held back by an older transaction still in flight backs off (5 ms, doubling, up to the
 * poll interval), but news of an append ends the pause: the transaction holding it back is most
 * often an append about to commit, and a fixed pause was most of the live lag under load.
 */
class HeldBackWakeTest {
  @RegisterExtension final SquatsStore fresh = new SquatsStore();

  @Test
  void a_processor_held_back_by_an_open_transaction_moves_on_at_the_next_append_not_after_its_backoff() throws Exception {
    ProcessorSettings longPoll = new ProcessorSettings(10, Duration.ofSeconds(30), QUICK.standbyRetry(),
        QUICK.initialBackoff(), QUICK.maxBackoff(), QUICK.lease(), QUICK.leaseRenewal());
    try (ProcessorRunner runner = new ProcessorRunner(fresh.dataSource, fresh.store, longPoll)
        .add(new RowsProjector("squats", "held"));
        Connection slow = fresh.dataSource.getConnection()) {
      runner.start();
      slow.setAutoCommit(false);
      try (PreparedStatement statement = slow.prepareStatement("""
          SELECT append_events(?, NULL, ARRAY[?]::uuid[], ARRAY['squats_done'], ARRAY['{}'],
                               ARRAY[NULL]::uuid[], ARRAY[NULL]::uuid[])""")) {
        statement.setObject(1, UUID.randomUUID());
        statement.setObject(2, UUID.randomUUID());
        statement.execute();
      }
      append(fresh.store, "squats_done");
      // held back for 6 s, its pause has grown to 2.56 s and then 5.12 s (the next ends 10.2 s in)
      Thread.sleep(6_000);
      slow.commit();
      long last = append(fresh.store, "squats_done").get(0);

      assertThat(fresh.checkpoints.awaitPosition(List.of("squats"), last, Duration.ofMillis(1_500)))
          .as("caught up within 1.5 s of the append, not at the end of its backoff").isTrue();
    }
    assertThat(positionsOf(RowsProjector.rows(fresh.dataSource, "squats"))).containsExactlyElementsOf(readOrder(fresh.store));
  }
}
