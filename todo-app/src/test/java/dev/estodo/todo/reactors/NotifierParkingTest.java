package dev.estodo.todo.reactors;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.TestLog;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.eventsourcing.processing.ProcessorSettings;
import dev.estodo.todo.Application;
import dev.estodo.todo.Environment;
import dev.estodo.todo.MailSettings;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.cli.EstodoCommand;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The notifier over SMTP when an address fails for good: parked, listed, retried with ./todo retry, delivered once. */
class NotifierParkingTest {
  private static final ProcessorSettings QUICK = new ProcessorSettings(
      100, Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(10), Duration.ofMillis(100),
      Duration.ofSeconds(10), Duration.ofSeconds(2));
  private static final String NO_SUCH_USER = "550 5.1.1 dillon@cia.gov: no such user";

  private final TestLog log = TestLog.mark();
  private final HikariDataSource dataSource = TestServer.freshDataSource();
  private final Application application = Application.on(dataSource, dataSource);
  private final TodoHistory history = new TodoHistory(application.store());
  private final UUID chopper = UUID.randomUUID();
  private final UUID squats = UUID.randomUUID();

  @AfterEach
  void close() throws Exception {
    application.close();
  }

  @Test
  void a_refused_address_is_parked_with_its_todo_later_todos_are_notified_and_a_retry_after_the_fix_delivers_once()
      throws Exception {
    try (SmtpTestServer smtp = new SmtpTestServer(); ProcessorRunner runner = notifier(smtp)) {
      smtp.refuse("dillon@cia.gov", NO_SUCH_USER);
      history.append(chopper, new TodoAdded("Get to the chopper", null, null, "dillon@cia.gov"));
      long completed = history.append(chopper, new TodoCompleted("2017-06-13"));
      long amended = history.append(chopper, new TodoAmended(null, Optional.of("It's in the trees"), null, null));
      history.append(squats, new TodoAdded("2000 squats", null, null, "dutch@example.com"));
      notifierReaches(runner, history.append(squats, new TodoCompleted("2017-06-13")));
      assertThat(smtp.nextDelivery().to()).containsExactly("dutch@example.com");

      String parked = todo("parked").out();
      smtp.refuse("dillon@cia.gov", null);
      Run retry = todo("retry", "--all");

      assertThat(parked).containsPattern(completed + " +todo_completed_notifier +todo_completed +" + chopper + " +1 .*"
          + NO_SUCH_USER).containsPattern(amended + " +todo_completed_notifier +todo_amended +" + chopper + " +0 .*"
          + "behind the parked event at position " + completed);
      assertThat(retry.exitCode()).isZero();
      assertThat(retry.out()).contains("estodo: position " + completed + " (todo_completed, todo " + chopper)
          .contains("done, unparked");
      assertThat(smtp.nextDelivery().to()).containsExactly("dillon@cia.gov");
      assertThat(todo("parked").out()).isEqualTo("No parked events.\n");
    }
    assertThat(notifications(chopper)).hasSize(1);
    assertThat(log.only("Processor todo_completed_notifier parked the event at position ").message())
        .contains(NO_SUCH_USER);
  }

  @Test
  void a_stored_address_the_mailer_cannot_deliver_to_is_parked_and_the_notifier_moves_on() throws Exception {
    try (SmtpTestServer smtp = new SmtpTestServer(); ProcessorRunner runner = notifier(smtp)) {
      history.append(chopper, new TodoAdded("Get to the chopper", null, null, "dillon@cia.gov;"));
      long completed = history.append(chopper, new TodoCompleted("2017-06-13"));
      history.append(squats, new TodoAdded("2000 squats", null, null, "dutch@example.com"));
      notifierReaches(runner, history.append(squats, new TodoCompleted("2017-06-13")));

      Run parked = todo("parked", "--json");

      assertThat(smtp.nextDelivery().to()).containsExactly("dutch@example.com");
      assertThat(parked.out()).contains("\"position\" : " + completed,
          "stakeholder_email dillon@cia.gov; is not an address to deliver to");
    }
    assertThat(notifications(chopper)).isEmpty();
    assertThat(log.containing("parked the event at position " + completed(chopper))).hasSize(1);
  }

  private ProcessorRunner notifier(SmtpTestServer smtp) {
    Email email = Email.configured(MailSettings.from(Environment.of(Map.of("SMTP_URL",
        "smtp://127.0.0.1:" + smtp.port()))));
    ProcessorRunner runner = new ProcessorRunner(dataSource, application.store(), QUICK)
        .add(new TodoCompletedNotifier(application.store(), email, Clock.systemUTC()));
    runner.start();
    return runner;
  }

  private static void notifierReaches(ProcessorRunner runner, long position) {
    assertThat(runner.checkpoints().awaitPosition(List.of(TodoCompletedNotifier.NAME), position,
        Duration.ofSeconds(30))).as("the notifier reached position %d", position).isTrue();
  }

  private List<StoredEvent> notifications(UUID todo) {
    return application.store().readStream(todo).stream()
        .filter(event -> event.type().equals("stakeholder_notified_of_todo_completion")).toList();
  }

  private long completed(UUID todo) {
    return application.store().readStream(todo).stream().filter(event -> event.type().equals("todo_completed"))
        .findFirst().orElseThrow().position();
  }

  record Run(int exitCode, String out) {}

  private Run todo(String... arguments) {
    StringWriter out = new StringWriter();
    CommandLine commandLine = EstodoCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    String[] line = Stream.concat(Arrays.stream(arguments), Stream.of("--database-url", databaseUrl()))
        .toArray(String[]::new);
    return new Run(commandLine.execute(line), out.toString());
  }

  private String databaseUrl() {
    String password = dataSource.getPassword() == null ? "" : "&password=" + dataSource.getPassword();
    return dataSource.getJdbcUrl() + (dataSource.getJdbcUrl().contains("?") ? "&" : "?") + "user="
        + dataSource.getUsername() + password;
  }
}
