package dev.estodo.todo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.TestDatabase;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.todo.Application;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.cli.Cli.Run;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoMovedUp;
import dev.estodo.todo.projections.CompletedTodos;
import dev.estodo.todo.projections.OutstandingTodos;
import dev.estodo.todo.projections.ScheduledTodos;
import dev.estodo.todo.reactors.RecordingEmail;
import dev.estodo.todo.reactors.TodoCompletedNotifier;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./todo renumber-transactions}: a store dumped from a busy server and restored here keeps
 * the other server's transaction ids; the processors refuse it until it is renumbered.
 */
class RenumberCommandTest {
  private static final List<String> PROCESSORS =
      List.of(OutstandingTodos.NAME, ScheduledTodos.NAME, CompletedTodos.NAME, TodoCompletedNotifier.NAME);

  private final HikariDataSource dataSource = TestDatabase.freshDataSource();
  private final Application application = Application.on(dataSource, dataSource);
  private final TodoHistory history = new TodoHistory(application.store());
  private final RecordingEmail email = new RecordingEmail();

  @AfterEach
  void close() throws Exception {
    application.close();
  }

  @Test
  void given_a_restored_store_the_processors_refuse_it_and_after_the_renumbering_rebuild_the_same_lists()
      throws Exception {
    long last = seedTodos();
    processorsReach(last);
    List<List<?>> before = lists();
    restoredFromABusierServer();

    Run refused = Cli.bare("processors", "--database-url", Cli.databaseUrl(dataSource));
    Run repaired = Cli.bare(RenumberCommand.NAME, "--database-url", Cli.databaseUrl(dataSource));
    processorsReach(last);

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("the processors cannot start", "restored from another server",
        "./todo renumber-transactions");
    assertThat(repaired.exitCode()).isZero();
    assertThat(repaired.out()).contains("estodo: renumbered the transaction ids of 6 events and reset every processor");
    assertThat(lists()).isEqualTo(before);
    assertThat(email.sent()).hasSize(1);
  }

  /** Five commands; the notifier records a sixth event, its email. */
  private long seedTodos() {
    UUID chopper = UUID.randomUUID();
    UUID squats = UUID.randomUUID();
    history.append(chopper, new TodoAdded("Get to the chopper", "Now!", "2017-06-14", "dutch@example.com"));
    history.append(squats, new TodoAdded("2000 squats", "Leg day.", null, null));
    history.append(squats, new TodoMovedUp());
    history.append(chopper, new TodoCompleted("2017-06-15"));
    return history.append(squats, new TodoMovedUp());
  }

  private void restoredFromABusierServer() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("UPDATE events SET transaction_id = (transaction_id::text::bigint + 1000000000)::text::xid8");
      statement.execute("UPDATE processor_checkpoints SET transaction_id = (transaction_id::text::bigint + 1000000000)::text::xid8");
    }
  }

  private List<List<?>> lists() {
    var projectors = application.projectors();
    return List.of(((OutstandingTodos) projectors.get(0)).list(), ((ScheduledTodos) projectors.get(1)).list(),
        ((CompletedTodos) projectors.get(2)).list());
  }

  private void processorsReach(long position) throws Exception {
    try (ProcessorRunner processors = application.processors(email, Clock.systemUTC())) {
      processors.start();
      assertThat(processors.checkpoints().awaitPosition(PROCESSORS, position, Duration.ofSeconds(30)))
          .as("the processors reached position %d", position).isTrue();
    }
    assertThat(application.store().readAfter(Checkpoint.START, 100).events())
        .extracting(StoredEvent::type).contains("stakeholder_notified_of_todo_completion");
  }
}
