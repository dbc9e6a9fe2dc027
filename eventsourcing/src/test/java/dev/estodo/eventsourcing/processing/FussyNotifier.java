package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.StoredEvent;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A reactor whose mail server refuses some aggregates for good and can be down for a while; it records what it handled. */
final class FussyNotifier implements Reactor {
  final Set<UUID> refused = ConcurrentHashMap.newKeySet();
  final AtomicInteger downFor = new AtomicInteger();
  final List<Long> handled = new CopyOnWriteArrayList<>();

  @Override
  public String name() {
    return "notifier";
  }

  @Override
  public void react(StoredEvent event, Reactions reactions) {
    if (refused.contains(event.aggregateId())) {
      throw new PermanentReactionFailure("550 5.1.1 dillon@cia.gov: no such user");
    }
    if (downFor.getAndUpdate(left -> Math.max(left - 1, 0)) > 0) {
      throw new IllegalStateException("421 4.3.2 the chopper is not here yet, try again later");
    }
    handled.add(event.position());
  }
}
