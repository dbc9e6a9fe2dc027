package dev.estodo.todo.reactors;

import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoEventTypes;
import java.util.List;
import java.util.Optional;

/** What the notifier needs of a todo: its title and stakeholder, folded from its stream. */
record TodoContact(String title, String stakeholderEmail) {
  private static final TodoContact NONE = new TodoContact(null, null);

  /** The todo as it was at {@code version}: later events do not change whom a completion notifies. */
  static TodoContact asOf(List<StoredEvent> stream, long version) {
    TodoContact contact = NONE;
    for (StoredEvent event : stream) {
      if (event.version() > version) break;
      contact = contact.evolve(TodoEventTypes.registry().toEvent(event));
    }
    return contact;
  }

  private TodoContact evolve(Object event) {
    if (event instanceof TodoAdded added) return new TodoContact(added.title(), added.stakeholderEmail());
    if (event instanceof TodoAmended amended) {
      return new TodoContact(given(amended.title(), title), given(amended.stakeholderEmail(), stakeholderEmail));
    }
    return this;
  }

  // A Java null was not given and keeps the value; Optional.empty() clears it.
  @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
  private static String given(Optional<String> amended, String current) {
    return amended == null ? current : amended.orElse(null);
  }

  /** True when there is someone to notify. */
  boolean hasStakeholder() {
    return stakeholderEmail != null && !stakeholderEmail.isBlank();
  }
}
