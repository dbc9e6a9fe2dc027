package dev.estodo.eventsourcing.processing;

import static dev.estodo.eventsourcing.processing.Processors.PATIENCE;
import static dev.estodo.eventsourcing.processing.Processors.QUICK;
import static dev.estodo.eventsourcing.processing.Processors.append;
import static dev.estodo.eventsourcing.processing.Processors.eventually;
import static dev.estodo.eventsourcing.processing.Processors.positionsOf;
import static dev.estodo.eventsourcing.processing.Processors.squats;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.TestLog;
import dev.estodo.eventsourcing.TestLog.Entry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What stops a processor instead of a retry: an interrupt, an Error. Either way it gives its lease up at once. */
class ProcessorStopTest {
  private final TestLog log = TestLog.mark();
  @RegisterExtension final SquatsStore fresh = new SquatsStore();
  private final HikariDataSource dataSource = fresh.dataSource;
  private final PostgresEventStore store = fresh.store;
  private final ProcessorCheckpoints checkpoints = fresh.checkpoints;

  @Test
  void an_error_is_not_retried_the_processor_stops_and_a_standby_takes_over_at_once() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    RowsProjector broken = new RowsProjector("squats", "broken").withHook(event -> {
      attempts.incrementAndGet();
      throw new LinkageError("I'll be back");
    });
    List<Long> positions = append(store, squats(3));
    try (ProcessorRunner a = new ProcessorRunner(dataSource, store, QUICK).add(broken);
        ProcessorRunner b = new ProcessorRunner(dataSource, store, QUICK).add(new RowsProjector("squats", "b"))) {
      a.start();
      Entry stopped = log.await("Processor squats stopped by java.lang.LinkageError: I'll be back;"
          + " it gives up its lease and stays stopped until the process restarts");
      long stoppedAt = System.nanoTime();
      b.start();

      assertThat(checkpoints.awaitPosition(List.of("squats"), positions.get(2), PATIENCE)).isTrue();
      assertThat(System.nanoTime() - stoppedAt).as("before the lease expired").isLessThan(QUICK.lease().toNanos());
      assertThat(stopped.level()).isEqualTo("ERROR");
      assertThat(stopped.exception()).isEqualTo("java.lang.LinkageError: I'll be back");
      assertThat(attempts).hasValue(1);
      assertThat(a.status().get(0).active()).isFalse();
      assertThat(a.status().get(0).lastError()).isEqualTo("stopped by java.lang.LinkageError: I'll be back");
      assertThat(positionsOf(RowsProjector.rows(dataSource, "squats"))).containsExactlyElementsOf(positions);
    }
  }

  @Test
  void an_interrupted_processor_says_so_stops_and_gives_up_its_lease() throws Exception {
    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(new RowsProjector("squats", "a"))) {
      runner.start();
      eventually("active", () -> runner.status().get(0).active());

      processorThread("squats").interrupt();

      assertThat(log.await("Processor squats was interrupted; it stops and gives up its lease").level()).isEqualTo("WARN");
      eventually("the lease is free", () -> Leases.free(dataSource, "squats"));
      assertThat(runner.status().get(0).active()).isFalse();
    }
  }

  private static Thread processorThread(String name) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().equals("estodo-processor-" + name)).findFirst().orElseThrow();
  }
}
