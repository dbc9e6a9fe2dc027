package dev.estodo.eventsourcing.processing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.estodo.eventsourcing.StoredEvent;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A notifier that cares only about completions: it counts the events it was asked about, lists the
 * completions it "sent" for, and records each sending once. A hook runs before each reaction.
 */
final class PickyNotifier implements Reactor {
  final AtomicInteger asked = new AtomicInteger();
  final List<UUID> sent = new CopyOnWriteArrayList<>();
  private final Consumer<StoredEvent> beforeReacting;

  PickyNotifier() {
    this(event -> {});
  }

  PickyNotifier(Consumer<StoredEvent> beforeReacting) {
    this.beforeReacting = beforeReacting;
  }

  @Override
  public String name() {
    return "notifier";
  }

  @Override
  public boolean caresAbout(StoredEvent event) {
    asked.incrementAndGet();
    return event.type().equals("todo_completed");
  }

  @Override
  public void react(StoredEvent event, Reactions reactions) {
    beforeReacting.accept(event);
    if (reactions.alreadyCaused(event, "stakeholder_notified")) return;
    sent.add(event.id());
    reactions.emit(event, "stakeholder_notified", JsonNodeFactory.instance.objectNode().put("notified_on", "2017-06-12"));
  }
}
