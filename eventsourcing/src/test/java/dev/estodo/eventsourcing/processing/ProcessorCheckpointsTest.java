package dev.estodo.eventsourcing.processing;

import static dev.estodo.eventsourcing.processing.Processors.PATIENCE;
import static dev.estodo.eventsourcing.processing.Processors.QUICK;
import static dev.estodo.eventsourcing.processing.Processors.append;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.PostgresEventStore;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProcessorCheckpointsTest {
  private static final Duration BRIEFLY = Duration.ofMillis(200);

  @RegisterExtension final SquatsStore fresh = new SquatsStore();
  private final HikariDataSource dataSource = fresh.dataSource;
  private final PostgresEventStore store = fresh.store;
  private final ProcessorCheckpoints checkpoints = fresh.checkpoints;

  @Test
  void waiting_for_a_position_returns_true_once_the_processors_have_it_and_the_rows_are_there() throws Exception {
    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(new RowsProjector("squats", "a"))) {
      runner.start();

      long position = append(store, "todo_added").get(0);

      assertThat(runner.checkpoints().awaitPosition(List.of("squats"), position, PATIENCE)).isTrue();
      assertThat(RowsProjector.rows(dataSource, "squats")).extracting(RowsProjector.Row::position).containsExactly(position);
    }
  }

  @Test
  void a_processor_that_never_ran_stands_at_the_start_and_waiting_for_it_returns_false_at_the_timeout() {
    long position = append(store, "todo_added").get(0);

    boolean reached = checkpoints.awaitPosition(List.of("squats"), position, BRIEFLY);

    assertThat(reached).isFalse();
    assertThat(checkpoints.of("squats")).isEqualTo(Checkpoint.START);
  }

  @Test
  void a_position_beyond_the_store_is_not_reached_and_nothing_to_wait_for_is_reached_at_once() throws Exception {
    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(new RowsProjector("squats", "a"))) {
      runner.start();
      long position = append(store, "todo_added").get(0);
      assertThat(checkpoints.awaitPosition(List.of("squats"), position, PATIENCE)).isTrue();

      assertThat(checkpoints.awaitPosition(List.of("squats"), position + 1, BRIEFLY)).isFalse();
      assertThat(checkpoints.awaitPosition(List.of("squats", "never_ran"), position, BRIEFLY)).isFalse();
      assertThat(checkpoints.awaitPosition(List.of("squats"), 0, BRIEFLY)).isTrue();
      assertThat(checkpoints.awaitPosition(List.of(), position + 1, BRIEFLY)).isTrue();
    }
  }

  @Test
  void two_processors_of_one_name_are_refused_and_none_may_join_after_the_start() {
    ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(new RowsProjector("squats", "a"));

    assertThatThrownBy(() -> runner.add(new RowsProjector("squats", "b"))).hasMessageContaining("squats");
    runner.start();
    assertThatThrownBy(() -> runner.add(new ReactorTest.Notifier())).isInstanceOf(IllegalStateException.class);
    runner.close();
  }
}
