package dev.estodo.eventsourcing.processing;

import static dev.estodo.eventsourcing.processing.Processors.QUICK;
import static dev.estodo.eventsourcing.processing.Processors.append;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.TestDatabase;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckpointWatchTest {
  private static final Duration LONG = Duration.ofSeconds(30);

  private HikariDataSource dataSource;
  private PostgresEventStore store;
  private ProcessorCheckpoints checkpoints;
  private CheckpointWatch watch;

  @BeforeEach
  void fresh_store() throws Exception {
    dataSource = TestDatabase.freshDataSource();
    store = new PostgresEventStore(dataSource);
    checkpoints = new ProcessorCheckpoints(dataSource, store);
    watch = new CheckpointWatch(checkpoints, store, 2);
    RowsProjector.createTable(dataSource, "squats");
  }

  @AfterEach
  void close() {
    watch.close();
    store.close();
    dataSource.close();
  }

  @Test
  void a_wait_completes_true_when_a_followed_runner_reaches_the_position() throws Exception {
    long position = append(store, "todo_added").get(0);
    CompletableFuture<Boolean> reached = watch.await("squats", position, LONG);

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, QUICK).add(new RowsProjector("squats", "a"))) {
      watch.follow(runner.checkpoints());
      runner.start();

      assertThat(reached.get(10, TimeUnit.SECONDS)).isTrue();
      assertThat(watch.open()).isZero();
    }
  }

  @Test
  void a_wait_that_is_not_reached_completes_false_at_its_timeout_and_frees_its_place() throws Exception {
    long position = append(store, "todo_added").get(0);

    CompletableFuture<Boolean> reached = watch.await("squats", position, Duration.ofMillis(200));

    assertThat(reached.get(5, TimeUnit.SECONDS)).isFalse();
    assertThat(watch.open()).isZero();
  }

  @Test
  void a_wait_beyond_the_limit_is_refused_and_a_freed_place_is_taken_again() throws Exception {
    long position = append(store, "todo_added").get(0);
    watch.await("squats", position, LONG);
    CompletableFuture<Boolean> second = watch.await("squats", position, Duration.ofMillis(100));

    assertThatThrownBy(() -> watch.await("squats", position, LONG))
        .isInstanceOf(TooManyWaitsException.class)
        .hasMessage("too many waiting requests (2 at once); try again later");
    assertThat(second.get(5, TimeUnit.SECONDS)).isFalse();
    assertThat(watch.await("squats", position, LONG)).isNotDone();
  }

  @Test
  void closing_the_watch_completes_open_waits_false() throws Exception {
    CompletableFuture<Boolean> reached = watch.await("squats", append(store, "todo_added").get(0), LONG);

    watch.close();

    assertThat(reached.get(5, TimeUnit.SECONDS)).isFalse();
  }
}
