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
import dev.estodo.todo.reactors.RecordingEmail;
import dev.estodo.todo.reactors.RecordingEmail.Sent;
import dev.estodo.todo.reactors.TodoCompletedNotifier;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code ./todo rebuild notifier}: the notifier replays from the first event and sends nothing twice. */
class RebuildNotifierTest {
  private static final String TERMINATED = "Your todo item You are terminated! has been completed!";

  private final HikariDataSource dataSource = TestDatabase.freshDataSource();
  private final Application application = Application.on(dataSource, dataSource);
  private final TodoHistory history = new TodoHistory(application.store());
  private final RecordingEmail email = new RecordingEmail();
  private final UUID terminator = UUID.randomUUID();

  @AfterEach
  void close() throws Exception {
    application.close();
  }

  @Test
  void a_reset_notifier_replays_every_completion_and_sends_no_email_twice() throws Exception {
    history.append(terminator, new TodoAdded("You are terminated!", null, null, "the-governator@example.com"));
    notifierReaches(history.append(terminator, new TodoCompleted("2017-06-13")));
    long notified = history.last(terminator).position();

    Run run = Cli.bare("rebuild", "notifier", "--database-url", Cli.databaseUrl(dataSource));
    Checkpoint afterReset = application.checkpoints().of(TodoCompletedNotifier.NAME);
    notifierReaches(notified);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("estodo: reset todo_completed_notifier");
    assertThat(afterReset).isEqualTo(Checkpoint.START);
    assertThat(email.sent()).containsExactly(new Sent("the-governator@example.com", TERMINATED));
    assertThat(application.store().readStream(terminator).stream().map(StoredEvent::type))
        .containsExactly("todo_added", "todo_completed", "stakeholder_notified_of_todo_completion");
  }

  // a runner for each run, stopped before the reset, so the reset is seen before the replay
  private void notifierReaches(long position) throws Exception {
    try (ProcessorRunner processors = application.processors(email, Clock.systemUTC())) {
      processors.start();
      assertThat(processors.checkpoints().awaitPosition(List.of(TodoCompletedNotifier.NAME), position,
          Duration.ofSeconds(30))).as("the notifier reached position %d", position).isTrue();
    }
  }
}
