package dev.estodo.todo.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.TestLog;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.todo.Application;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.projections.OutstandingTodos;
import dev.estodo.todo.reactors.RecordingEmail;
import dev.estodo.todo.web.WebServer;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The processors' meters through a real server and real processors: lag, state, batches, a failing projector. */
class ProcessorMetricsTest {
  private static final String OUTSTANDING = OutstandingTodos.NAME;

  private final TestLog log = TestLog.mark();
  private final HikariDataSource dataSource = TestServer.freshDataSource();
  private final Application application = Application.on(dataSource, dataSource);
  private final TodoHistory history = new TodoHistory(application.store());
  private final WebServer web = application.webServer().start("127.0.0.1", 0);
  private final URI server = URI.create("http://127.0.0.1:" + web.port());

  @AfterEach
  void close() throws Exception {
    web.close();
    application.close();
  }

  @Test
  void lag_counts_the_events_not_yet_processed_then_is_zero_once_the_processors_caught_up() throws Exception {
    history.append(UUID.randomUUID(), new TodoAdded("2000 squats", null, null, null));
    history.append(UUID.randomUUID(), new TodoAdded("Get to the chopper", null, null, null));
    history.append(UUID.randomUUID(), new TodoAdded("Stop whining", null, null, null));

    Scrape behind = Scrape.of(server);
    try (ProcessorRunner processors = application.processors(new RecordingEmail(), Clock.systemUTC())) {
      processors.start();
      Scrape caughtUp = await(scrape -> scrape.value("estodo_processor_lag_events", "processor", OUTSTANDING) == 0
          && scrape.value("estodo_processor_state", "processor", OUTSTANDING, "state", "active") == 1);

      assertThat(behind.value("estodo_processor_lag_events", "processor", OUTSTANDING)).isEqualTo(3);
      assertThat(behind.value("estodo_processor_lag_seconds", "processor", OUTSTANDING)).isPositive();
      assertThat(behind.value("estodo_processor_state", "processor", OUTSTANDING, "state", "active")).isZero();
      assertThat(caughtUp.value("estodo_processor_lag_seconds", "processor", OUTSTANDING)).isZero();
      assertThat(caughtUp.value("estodo_processor_state", "processor", OUTSTANDING, "state", "failing")).isZero();
      assertThat(caughtUp.value("estodo_processor_parked_events", "processor", OUTSTANDING)).isZero();
      assertThat(caughtUp.value("estodo_processor_batch_events_sum", "processor", OUTSTANDING)).isEqualTo(3);
      assertThat(caughtUp.value("estodo_processor_batch_seconds_count", "processor", OUTSTANDING)).isPositive();
    }
  }

  @Test
  void a_reset_checkpoint_lags_by_the_whole_store_as_during_a_rebuild() throws Exception {
    history.append(UUID.randomUUID(), new TodoAdded("2000 squats", null, null, null));
    long head = history.append(UUID.randomUUID(), new TodoAdded("Get to the chopper", null, null, null));
    try (ProcessorRunner processors = application.processors(new RecordingEmail(), Clock.systemUTC())) {
      processors.start();
      await(scrape -> scrape.value("estodo_processor_lag_events", "processor", OUTSTANDING) == 0);
    }

    application.checkpoints().reset(application.projectors().get(0));

    Scrape rebuilding = await(scrape -> scrape.value("estodo_processor_lag_events", "processor", OUTSTANDING) > 0);
    assertThat(rebuilding.value("estodo_processor_lag_events", "processor", OUTSTANDING)).isEqualTo(head);
    assertThat(rebuilding.value("estodo_processor_lag_seconds", "processor", OUTSTANDING)).isPositive();
  }

  @Test
  void a_projector_stuck_on_an_event_shows_as_failing_and_behind_by_that_event() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE query_outstanding_todos ADD CONSTRAINT no_choppers"
          + " CHECK (title <> 'Get to the chopper')");
    }
    history.append(UUID.randomUUID(), new TodoAdded("Get to the chopper", null, null, null));

    Scrape failing;
    try (ProcessorRunner processors = application.processors(new RecordingEmail(), Clock.systemUTC())) {
      processors.start();
      failing = await(scrape -> scrape.value("estodo_processor_state", "processor", OUTSTANDING, "state", "failing") == 1);
    }

    assertThat(failing.value("estodo_processor_lag_events", "processor", OUTSTANDING)).isEqualTo(1);
    assertThat(failing.value("estodo_processor_state", "processor", "scheduled_todos", "state", "failing")).isZero();
    assertThat(log.containing("Processor outstanding_todos failed", "no_choppers")).isNotEmpty();
  }

  private Scrape await(Predicate<Scrape> condition) throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    Scrape scrape = Scrape.of(server);
    while (!condition.test(scrape)) {
      if (System.nanoTime() > deadline) throw new AssertionError("metrics never got there: " + scrape.response().statusCode() + "\n" + scrape.response().body());
      Thread.sleep(200);
      scrape = Scrape.of(server);
    }
    return scrape;
  }
}
