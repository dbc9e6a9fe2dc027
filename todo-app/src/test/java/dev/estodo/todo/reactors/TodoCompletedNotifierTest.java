package dev.estodo.todo.reactors;

import static dev.estodo.todo.reactors.NotifierHarness.TERMINATED;
import static dev.estodo.todo.reactors.NotifierHarness.terminated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.reactors.RecordingEmail.Sent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The original's nine examples, said in terms of what the notifier sends and records. */
class TodoCompletedNotifierTest {
  private final NotifierHarness notifier = new NotifierHarness(new RecordingEmail());

  @AfterEach
  void close() throws Exception {
    notifier.close();
  }

  @Test
  void adding_a_todo_sends_nothing() {
    long added = notifier.append(terminated("the-governator@example.com"));

    notifier.notifierReaches(added);

    assertThat(notifier.email.sent()).isEmpty();
  }

  @Test
  void completing_an_amended_todo_notifies_its_latest_stakeholder() {
    notifier.append(terminated("the-governator@example.com"));
    notifier.append(new TodoAmended(null, null, null, Optional.of("the-governator@example.gov")));
    long completed = notifier.append(new TodoCompleted("2017-06-13"));

    notifier.notifierReaches(completed);

    assertThat(notifier.email.sent()).containsExactly(new Sent("the-governator@example.gov", TERMINATED));
  }

  @Test
  void abandoning_a_todo_sends_nothing() {
    notifier.append(terminated("the-governator@example.com"));
    long abandoned = notifier.append(new TodoAbandoned("2017-06-13"));

    notifier.notifierReaches(abandoned);

    assertThat(notifier.email.sent()).isEmpty();
    assertThat(notifier.streamTypes()).containsExactly("todo_added", "todo_abandoned");
  }

  @Test
  void completing_a_todo_with_a_stakeholder_sends_an_email() {
    notifier.append(terminated("the-governator@example.com"));
    long completed = notifier.append(new TodoCompleted("2017-06-13"));

    notifier.notifierReaches(completed);

    assertThat(notifier.email.sent()).containsExactly(new Sent("the-governator@example.com", TERMINATED));
  }

  @Test
  void completing_a_todo_with_a_stakeholder_emits_stakeholder_notified_of_todo_completion() {
    notifier.append(terminated("the-governator@example.com"));
    long completed = notifier.append(new TodoCompleted("2017-06-13"));

    notifier.notifierReaches(completed);

    List<StoredEvent> stream = notifier.stream();
    StoredEvent completion = stream.get(1);
    StoredEvent notified = stream.get(2);
    assertThat(notified.type()).isEqualTo("stakeholder_notified_of_todo_completion");
    assertThat(notified.body().toString()).isEqualTo("{\"notified_on\":\"2017-06-13T14:00:00+00:00\"}");
    assertThat(notified.causationId()).isEqualTo(completion.id());
    assertThat(notified.correlationId()).isEqualTo(completion.correlationId()).isNotNull();
  }

  @Test
  void a_notified_completion_is_not_notified_again_once_handled() {
    notifier.append(terminated("the-governator@example.com"));
    long completed = notifier.append(new TodoCompleted("2017-06-13"));
    notifier.notifierReaches(completed);

    long later = notifier.append(new TodoAmended(null, Optional.of("I'll be back"), null, null));
    notifier.notifierReaches(later);

    assertThat(notifier.email.sent()).hasSize(1);
    assertThat(notifier.streamTypes()).containsOnlyOnce("stakeholder_notified_of_todo_completion");
  }

  @Test
  void completing_a_todo_without_a_stakeholder_sends_no_email() {
    notifier.append(terminated(null));
    long completed = notifier.append(new TodoCompleted("2017-06-13"));

    notifier.notifierReaches(completed);

    assertThat(notifier.email.sent()).isEmpty();
  }

  @Test
  void completing_a_todo_without_a_stakeholder_emits_nothing() {
    notifier.append(terminated(""));
    long completed = notifier.append(new TodoCompleted("2017-06-13"));

    notifier.notifierReaches(completed);

    assertThat(notifier.streamTypes()).containsExactly("todo_added", "todo_completed");
  }

  @Test
  void completing_a_todo_whose_stakeholder_was_cleared_sends_nothing() {
    notifier.append(terminated("the-governator@example.com"));
    notifier.append(new TodoAmended(null, null, null, Optional.empty()));
    long completed = notifier.append(new TodoCompleted("2017-06-13"));

    notifier.notifierReaches(completed);

    assertThat(notifier.email.sent()).isEmpty();
  }
}
