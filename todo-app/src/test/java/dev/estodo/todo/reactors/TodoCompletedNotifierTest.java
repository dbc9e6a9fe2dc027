package dev.estodo.todo.reactors;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.ProcessorRunner;
import dev.estodo.eventsourcing.ProcessorSettings;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.TestDatabase;
import dev.estodo.todo.Application;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.reactors.RecordingEmail.Sent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TodoCompletedNotifierTest {
  private static final Clock TUESDAY_AFTERNOON = Clock.fixed(Instant.parse("2017-06-13T14:00:00Z"), ZoneId.of("Australia/Melbourne"));
  private static final ProcessorSettings QUICK = new ProcessorSettings(
      100, Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(10), Duration.ofMillis(100));
  private static final String TERMINATED = "Your todo item You are terminated! has been completed!";

  private final HikariDataSource dataSource = TestDatabase.freshDataSource();
  private final Application application = Application.on(dataSource, dataSource);
  private final TodoHistory history = new TodoHistory(application.store());
  private final UUID todoId = UUID.randomUUID();
  private RecordingEmail email = new RecordingEmail();
  private ProcessorRunner runner;

  @AfterEach
  void close() throws Exception {
    if (runner != null) runner.close();
    application.close();
  }

  @Test
  void adding_a_todo_sends_nothing() {
    long added = history.append(todoId, terminated("the-governator@example.com"));

    notifierReaches(added);

    assertThat(email.sent()).isEmpty();
  }

  @Test
  void completing_an_amended_todo_notifies_its_latest_stakeholder() {
    history.append(todoId, terminated("the-governator@example.com"));
    history.append(todoId, new TodoAmended(null, null, null, Optional.of("the-governator@example.gov")));
    long completed = history.append(todoId, new TodoCompleted("2017-06-13"));

    notifierReaches(completed);

    assertThat(email.sent()).containsExactly(new Sent("the-governator@example.gov", TERMINATED));
  }

  @Test
  void abandoning_a_todo_sends_nothing() {
    history.append(todoId, terminated("the-governator@example.com"));
    long abandoned = history.append(todoId, new TodoAbandoned("2017-06-13"));

    notifierReaches(abandoned);

    assertThat(email.sent()).isEmpty();
    assertThat(application.store().readStream(todoId)).hasSize(2);
  }

  @Test
  void completing_a_todo_with_a_stakeholder_sends_an_email() {
    history.append(todoId, terminated("the-governator@example.com"));
    long completed = history.append(todoId, new TodoCompleted("2017-06-13"));

    notifierReaches(completed);

    assertThat(email.sent()).containsExactly(new Sent("the-governator@example.com", TERMINATED));
  }

  @Test
  void completing_a_todo_with_a_stakeholder_emits_stakeholder_notified_of_todo_completion() {
    history.append(todoId, terminated("the-governator@example.com"));
    history.append(todoId, new TodoCompleted("2017-06-13"));
    StoredEvent completion = history.last(todoId);

    notifierReaches(completion.position());

    StoredEvent notified = history.last(todoId);
    assertThat(notified.type()).isEqualTo("stakeholder_notified_of_todo_completion");
    assertThat(notified.body().toString()).isEqualTo("{\"notified_on\":\"2017-06-13T14:00:00+00:00\"}");
    assertThat(notified.causationId()).isEqualTo(completion.id());
    assertThat(notified.correlationId()).isEqualTo(completion.correlationId()).isNotNull();
  }

  @Test
  void a_completion_is_notified_once_even_after_a_reset_and_replay() {
    history.append(todoId, terminated("the-governator@example.com"));
    long completed = history.append(todoId, new TodoCompleted("2017-06-13"));
    notifierReaches(completed);
    long notified = history.last(todoId).position();

    application.checkpoints().reset(TodoCompletedNotifier.NAME);
    notifierReaches(notified);

    assertThat(email.sent()).containsExactly(new Sent("the-governator@example.com", TERMINATED));
    assertThat(application.store().readStream(todoId)).extracting(StoredEvent::type)
        .containsExactly("todo_added", "todo_completed", "stakeholder_notified_of_todo_completion");
  }

  @Test
  void completing_a_todo_without_a_stakeholder_sends_no_email() {
    history.append(todoId, terminated(null));
    long completed = history.append(todoId, new TodoCompleted("2017-06-13"));

    notifierReaches(completed);

    assertThat(email.sent()).isEmpty();
  }

  @Test
  void completing_a_todo_without_a_stakeholder_emits_nothing() {
    history.append(todoId, terminated(""));
    long completed = history.append(todoId, new TodoCompleted("2017-06-13"));

    notifierReaches(completed);

    assertThat(application.store().readStream(todoId)).extracting(StoredEvent::type)
        .containsExactly("todo_added", "todo_completed");
  }

  @Test
  void completing_a_todo_whose_stakeholder_was_cleared_sends_nothing() {
    history.append(todoId, terminated("the-governator@example.com"));
    history.append(todoId, new TodoAmended(null, null, null, Optional.empty()));
    long completed = history.append(todoId, new TodoCompleted("2017-06-13"));

    notifierReaches(completed);

    assertThat(email.sent()).isEmpty();
  }

  @Test
  void the_stakeholder_is_the_one_the_todo_had_when_it_was_completed() {
    history.append(todoId, terminated("the-governator@example.com"));
    history.append(todoId, new TodoCompleted("2017-06-13"));
    long amended = history.append(todoId, new TodoAmended(Optional.of("I'll be back"), null, null,
        Optional.of("the-governator@example.gov")));

    notifierReaches(amended);

    assertThat(email.sent()).containsExactly(new Sent("the-governator@example.com", TERMINATED));
  }

  @Test
  void a_failing_email_is_retried_until_it_is_sent_and_notified_once() {
    email = new RecordingEmail(2);
    history.append(todoId, terminated("the-governator@example.com"));
    long completed = history.append(todoId, new TodoCompleted("2017-06-13"));

    notifierReaches(completed);

    assertThat(email.sent()).containsExactly(new Sent("the-governator@example.com", TERMINATED));
    assertThat(application.store().readStream(todoId)).extracting(StoredEvent::type)
        .containsExactly("todo_added", "todo_completed", "stakeholder_notified_of_todo_completion");
  }

  private static TodoAdded terminated(String stakeholderEmail) {
    return new TodoAdded("You are terminated!", null, null, stakeholderEmail);
  }

  private void notifierReaches(long position) {
    if (runner == null) {
      runner = new ProcessorRunner(dataSource, application.store(), QUICK)
          .add(new TodoCompletedNotifier(application.store(), email, TUESDAY_AFTERNOON));
      runner.start();
    }
    boolean reached = runner.checkpoints().awaitPosition(List.of(TodoCompletedNotifier.NAME), position,
        Duration.ofSeconds(30));
    assertThat(reached).as("the notifier reached position %d", position).isTrue();
  }
}
