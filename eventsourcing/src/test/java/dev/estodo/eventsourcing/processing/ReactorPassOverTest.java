package dev.estodo.eventsourcing.processing;

import static dev.estodo.eventsourcing.processing.Processors.PATIENCE;
import static dev.estodo.eventsourcing.processing.Processors.eventually;
import static dev.estodo.eventsourcing.processing.Processors.hold;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.EventData;
import dev.estodo.eventsourcing.EventStoreContract;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.TestLog;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reactor passes over the events it does not care about at the cost of one checkpoint write per
 * batch, counted by a trigger on the checkpoints table, and still reacts to the others once, even
 * when its process dies in the middle of a run.
 */
class ReactorPassOverTest {
  private static final ProcessorSettings BATCHES_OF_500 = new ProcessorSettings(500, Duration.ofMillis(100),
      Duration.ofMillis(50), Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofMillis(1500),
      Duration.ofMillis(250));
  private static final String COUNT_WRITES = """
      CREATE TABLE checkpoint_writes (name text NOT NULL);
      CREATE FUNCTION count_checkpoint_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO checkpoint_writes VALUES (NEW.name); RETURN NEW; END $$;
      CREATE TRIGGER counted AFTER UPDATE ON processor_checkpoints
      FOR EACH ROW EXECUTE FUNCTION count_checkpoint_write()""";

  private final TestLog log = TestLog.mark();
  @RegisterExtension final SquatsStore fresh = new SquatsStore();
  private final HikariDataSource dataSource = fresh.dataSource;
  private final PostgresEventStore store = fresh.store;
  private final ProcessorCheckpoints checkpoints = fresh.checkpoints;

  @Test
  void two_thousand_squats_the_notifier_ignores_cost_one_checkpoint_write_per_batch() throws Exception {
    long last = squats(UUID.randomUUID(), 0, 2000);
    countCheckpointWrites();
    PickyNotifier notifier = new PickyNotifier();

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, BATCHES_OF_500).add(notifier)) {
      runner.start();
      assertThat(checkpoints.awaitPosition(List.of("notifier"), last, PATIENCE)).isTrue();
    }

    assertThat(checkpointWrites()).isEqualTo(4);
    assertThat(notifier.asked).hasValue(2000);
    assertThat(notifier.sent).isEmpty();
  }

  @Test
  void a_completion_among_ignored_squats_is_notified_once_and_the_squats_around_it_cost_a_write_each_side()
      throws Exception {
    UUID squatter = UUID.randomUUID();
    squats(squatter, 0, 300);
    StoredEvent completion = complete(UUID.randomUUID());
    long last = squats(squatter, 300, 300);
    countCheckpointWrites();
    PickyNotifier notifier = new PickyNotifier();

    try (ProcessorRunner runner = new ProcessorRunner(dataSource, store, BATCHES_OF_500).add(notifier)) {
      runner.start();
      eventually("the notification is recorded", () -> store.readStream(completion.aggregateId()).size() == 2);
      long notified = store.readStream(completion.aggregateId()).get(1).position();
      assertThat(checkpoints.awaitPosition(List.of("notifier"), Math.max(last, notified), PATIENCE)).isTrue();
    }

    assertThat(notifier.sent).containsExactly(completion.id());
    assertThat(store.readStream(completion.aggregateId()).get(1).causationId()).isEqualTo(completion.id());
    // 300 squats, the completion, 199 squats; then 100 squats and the notification
    assertThat(checkpointWrites()).isEqualTo(4);
  }

  @Test
  void a_notifier_that_dies_while_reacting_mid_run_resumes_at_that_completion_and_notifies_it_once()
      throws Exception {
    UUID squatter = UUID.randomUUID();
    squats(squatter, 0, 300);
    StoredEvent completion = complete(UUID.randomUUID());
    long last = squats(squatter, 300, 300);
    DoomedDatabase doomedDatabase = new DoomedDatabase(dataSource);
    CountDownLatch halted = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    PickyNotifier doomed = new PickyNotifier(event -> hold(halted, resume));
    PickyNotifier restarted = new PickyNotifier();

    try (PostgresEventStore doomedStore = new PostgresEventStore(doomedDatabase.dataSource);
        ProcessorRunner crashing = new ProcessorRunner(doomedDatabase.dataSource, doomedStore, BATCHES_OF_500)
            .add(doomed)) {
      crashing.start();
      assertThat(halted.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
      doomedDatabase.die();
      resume.countDown();

      try (ProcessorRunner restart = new ProcessorRunner(dataSource, store, BATCHES_OF_500).add(restarted)) {
        restart.start();
        eventually("the notification is recorded", () -> store.readStream(completion.aggregateId()).size() == 2);
        long notified = store.readStream(completion.aggregateId()).get(1).position();
        assertThat(checkpoints.awaitPosition(List.of("notifier"), Math.max(last, notified), PATIENCE)).isTrue();
      }
    }

    assertThat(doomed.sent).isEmpty();
    assertThat(restarted.sent).containsExactly(completion.id());
    // the 300 squats before the completion were passed over for good before it died
    assertThat(restarted.asked).hasValue(1 + 300 + 1);
    assertThat(log.await("Processor notifier failed on the event at position " + completion.position()).level())
        .isEqualTo("ERROR");
  }

  /** Appends {@code count} squats to {@code todo} after {@code version}; returns the last one's position. */
  private long squats(UUID todo, long version, int count) {
    List<EventData> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(EventStoreContract.event("squats_done", "{\"reps\":2000}"));
    }
    return store.append(todo, version, events);
  }

  private StoredEvent complete(UUID todo) {
    store.append(todo, 0, List.of(EventStoreContract.event("todo_completed", "{\"completed_on\":\"2017-06-12\"}")));
    return store.readStream(todo).get(0);
  }

  private void countCheckpointWrites() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.createStatement().execute(COUNT_WRITES);
    }
  }

  private long checkpointWrites() throws Exception {
    try (Connection connection = dataSource.getConnection();
        ResultSet count = connection.createStatement().executeQuery(
            "SELECT count(*) FROM checkpoint_writes WHERE name = 'notifier'")) {
      count.next();
      return count.getLong(1);
    }
  }
}
