package dev.estodo.todo.reactors;

import static dev.estodo.todo.reactors.NotifierHarness.TERMINATED;
import static dev.estodo.todo.reactors.NotifierHarness.terminated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.TestLog;
import dev.estodo.eventsourcing.TestLog.Entry;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.reactors.RecordingEmail.Sent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fixes: one completion notifies once across resets and failures, and whom it notifies is fixed by then. */
class TodoCompletedNotifierOnceTest {
  private static final List<String> NOTIFIED_ONCE =
      List.of("todo_added", "todo_completed", "stakeholder_notified_of_todo_completion");

  @Test
  void a_completion_is_notified_once_even_after_a_reset_and_replay() throws Exception {
    try (NotifierHarness notifier = new NotifierHarness(new RecordingEmail())) {
      notifier.append(terminated("the-governator@example.com"));
      notifier.notifierReaches(notifier.append(new TodoCompleted("2017-06-13")));
      long notified = notifier.stream().get(2).position();

      notifier.application().checkpoints().reset(TodoCompletedNotifier.NAME);
      notifier.notifierReaches(notified);

      assertThat(notifier.email.sent()).containsExactly(new Sent("the-governator@example.com", TERMINATED));
      assertThat(notifier.streamTypes()).isEqualTo(NOTIFIED_ONCE);
      assertThat(notifier.email.messageIds()).as("derived from the completion's id, the same on a resend")
          .containsExactly("<todo-completed." + notifier.stream().get(1).id() + "@estodo>");
    }
  }

  @Test
  void a_failing_email_is_retried_until_it_is_sent_and_then_notified_once() throws Exception {
    TestLog log = TestLog.mark();
    try (NotifierHarness notifier = new NotifierHarness(new RecordingEmail(2))) {
      notifier.append(terminated("the-governator@example.com"));
      long completed = notifier.append(new TodoCompleted("2017-06-13"));

      notifier.notifierReaches(completed);

      assertThat(notifier.email.sent()).containsExactly(new Sent("the-governator@example.com", TERMINATED));
      assertThat(notifier.streamTypes()).isEqualTo(NOTIFIED_ONCE);
      String cause = "java.lang.IllegalStateException: the mail server is down";
      String where = " on the event at position " + completed + " (todo_completed): " + cause;
      assertThat(log.only("Processor todo_completed_notifier failed" + where))
          .extracting(Entry::level, Entry::exception).containsExactly("ERROR", cause);
      assertThat(log.only("Processor todo_completed_notifier failed again (attempt 2)" + where).hasTrace()).isFalse();
      assertThat(log.await("Processor todo_completed_notifier recovered after 2 failed attempts").level())
          .isEqualTo("INFO");
    }
  }

  @Test
  void the_stakeholder_is_the_one_the_todo_had_when_it_was_completed() throws Exception {
    try (NotifierHarness notifier = new NotifierHarness(new RecordingEmail())) {
      notifier.append(terminated("the-governator@example.com"));
      notifier.append(new TodoCompleted("2017-06-13"));
      long amended = notifier.append(new TodoAmended(Optional.of("I'll be back"), null, null,
          Optional.of("the-governator@example.gov")));

      notifier.notifierReaches(amended);

      assertThat(notifier.email.sent()).containsExactly(new Sent("the-governator@example.com", TERMINATED));
    }
  }
}
