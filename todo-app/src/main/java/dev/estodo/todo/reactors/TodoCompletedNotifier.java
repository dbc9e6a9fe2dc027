package dev.estodo.todo.reactors;

import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.processing.PermanentReactionFailure;
import dev.estodo.eventsourcing.processing.Reactions;
import dev.estodo.eventsourcing.processing.Reactor;
import dev.estodo.todo.Json;
import dev.estodo.todo.events.EmailAddresses;
import dev.estodo.todo.events.StakeholderNotifiedOfTodoCompletion;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoEventTypes;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Emails a todo's stakeholder when the todo is completed, and records that it did, once per completion. */
public final class TodoCompletedNotifier implements Reactor {
  /** The processor's name, which its checkpoint is stored under. */
  public static final String NAME = "todo_completed_notifier";
  private static final String NOTIFIED = "stakeholder_notified_of_todo_completion";
  private static final String COMPLETED = "todo_completed";
  private static final DateTimeFormatter NOTIFIED_ON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'");

  private final EventStore store;
  private final Email email;
  private final Clock clock;

  /** Reads todos from {@code store}, sends with {@code email}, and dates notifications by {@code clock}. */
  public TodoCompletedNotifier(EventStore store, Email email, Clock clock) {
    this.store = store;
    this.email = email;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Only completions: the stakeholder and title come from the todo's stream, read when one completes. */
  @Override
  public boolean caresAbout(StoredEvent event) {
    return event.type().equals(COMPLETED);
  }

  @Override
  public void react(StoredEvent event, Reactions reactions) {
    if (!(TodoEventTypes.registry().toEvent(event) instanceof TodoCompleted)) return;
    // The notification event is the memory of what was sent: replays and resets find it and stop.
    if (reactions.alreadyCaused(event, NOTIFIED)) return;
    TodoContact todo = TodoContact.asOf(store.readStream(event.aggregateId()), event.version());
    if (!todo.hasStakeholder()) return;
    // Stored before the commands checked as strictly as the mailer: parked rather than retried for ever.
    if (!EmailAddresses.isDeliverable(todo.stakeholderEmail())) {
      throw new PermanentReactionFailure(
          "stakeholder_email " + todo.stakeholderEmail() + " is not an address to deliver to");
    }
    email.send(todo.stakeholderEmail(), "Your todo item " + todo.title() + " has been completed!", messageId(event));
    String notifiedOn = clock.instant().atOffset(ZoneOffset.UTC).format(NOTIFIED_ON);
    reactions.emit(event, NOTIFIED, Json.mapper().valueToTree(new StakeholderNotifiedOfTodoCompletion(notifiedOn)));
  }

  /**
   * The email's Message-ID, derived from the completion event's id: a resend (after a crash between
   * sending and recording, or an instance that lost its lease mid-send) is the same message.
   */
  static String messageId(StoredEvent completion) {
    return "<todo-completed." + completion.id() + "@estodo>";
  }
}
