package dev.estodo.todo.reactors;

import dev.estodo.todo.TestServer;
import java.io.IOException;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.eventsourcing.processing.ProcessorSettings;
import dev.estodo.todo.Application;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The notifier alone in a processor runner on a fresh database, with a fixed clock and a recording email. */
final class NotifierHarness implements AutoCloseable {
  static final String TERMINATED = "Your todo item You are terminated! has been completed!";
  private static final Clock TUESDAY_AFTERNOON =
      Clock.fixed(Instant.parse("2017-06-13T14:00:00Z"), ZoneId.of("Australia/Melbourne"));
  private static final ProcessorSettings QUICK = new ProcessorSettings(100, Duration.ofMillis(200),
      Duration.ofMillis(200), Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMillis(500));

  final UUID todoId = UUID.randomUUID();
  final RecordingEmail email;
  private final HikariDataSource dataSource = TestServer.freshDataSource();
  private final Application application = Application.on(dataSource, dataSource);
  private final TodoHistory history = new TodoHistory(application.store());
  private ProcessorRunner runner;

  NotifierHarness(RecordingEmail email) {
    this.email = email;
  }

  static TodoAdded terminated(String stakeholderEmail) {
    return new TodoAdded("You are terminated!", null, null, stakeholderEmail);
  }

  /** Appends to the todo's stream; returns the position. */
  long append(TodoEvent event) {
    return history.append(todoId, event);
  }

  List<StoredEvent> stream() {
    return application.store().readStream(todoId);
  }

  List<String> streamTypes() {
    return stream().stream().map(StoredEvent::type).toList();
  }

  Application application() {
    return application;
  }

  /** Starts the notifier if it is not running, and waits until it has handled {@code position}. */
  void notifierReaches(long position) {
    if (runner == null) {
      runner = new ProcessorRunner(dataSource, application.store(), QUICK)
          .add(new TodoCompletedNotifier(application.store(), email, TUESDAY_AFTERNOON));
      runner.start();
    }
    boolean reached = runner.checkpoints().awaitPosition(List.of(TodoCompletedNotifier.NAME), position,
        Duration.ofSeconds(30));
    assertThat(reached).as("the notifier reached position %d", position).isTrue();
  }

  @Override
  public void close() throws IOException {
    if (runner != null) runner.close();
    application.close();
  }
}
