package dev.estodo.todo.reactors;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.TestLog;
import dev.estodo.eventsourcing.processing.ParkedEvents;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.eventsourcing.processing.ProcessorSettings;
import dev.estodo.todo.Application;
import dev.estodo.todo.Environment;
import dev.estodo.todo.MailSettings;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoCompleted;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A mail server that defers (4xx) is waited for with backoff: nothing is parked, the email goes once it accepts. */
class NotifierBackoffTest {
  private static final ProcessorSettings QUICK = new ProcessorSettings(
      100, Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(10), Duration.ofMillis(100),
      Duration.ofSeconds(10), Duration.ofSeconds(2));

  private final TestLog log = TestLog.mark();
  private final HikariDataSource dataSource = TestServer.freshDataSource();
  private final Application application = Application.on(dataSource, dataSource);
  private final TodoHistory history = new TodoHistory(application.store());
  private final UUID chopper = UUID.randomUUID();

  @AfterEach
  void close() throws Exception {
    application.close();
  }

  @Test
  void a_deferred_recipient_is_retried_with_backoff_never_parked_and_notified_once_the_server_accepts()
      throws Exception {
    try (SmtpTestServer smtp = new SmtpTestServer()) {
      smtp.refuse("dillon@cia.gov", "451 4.3.0 the chopper is not here yet");
      history.append(chopper, new TodoAdded("Get to the chopper", null, null, "dillon@cia.gov"));
      long completed = history.append(chopper, new TodoCompleted("2017-06-13"));
      Email email = Email.configured(MailSettings.from(Environment.of(Map.of("SMTP_URL",
          "smtp://127.0.0.1:" + smtp.port()))));
      try (ProcessorRunner runner = new ProcessorRunner(dataSource, application.store(), QUICK)
          .add(new TodoCompletedNotifier(application.store(), email, Clock.systemUTC()))) {
        runner.start();
        log.await("Processor todo_completed_notifier failed again (attempt 3)");
        boolean passedWhileDeferred = runner.checkpoints().awaitPosition(List.of(TodoCompletedNotifier.NAME),
            completed, Duration.ofMillis(200));

        smtp.refuse("dillon@cia.gov", null);

        assertThat(passedWhileDeferred).isFalse();
        assertThat(runner.checkpoints().awaitPosition(List.of(TodoCompletedNotifier.NAME), completed,
            Duration.ofSeconds(30))).isTrue();
        assertThat(smtp.nextDelivery().to()).containsExactly("dillon@cia.gov");
      }
    }
    assertThat(new ParkedEvents(dataSource).list()).isEmpty();
    assertThat(application.store().readStream(chopper)).extracting(event -> event.type())
        .containsExactly("todo_added", "todo_completed", "stakeholder_notified_of_todo_completion");
    assertThat(log.containing("Processor todo_completed_notifier failed", "451 4.3.0")).hasSizeGreaterThanOrEqualTo(3);
  }
}
