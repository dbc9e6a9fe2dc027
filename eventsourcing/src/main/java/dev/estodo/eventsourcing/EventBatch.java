package dev.estodo.eventsourcing;

import java.util.List;

/**
 * Events a follower may handle now, in read order. {@code moreInFlight} says that events
 * after these are already committed but not yet safe to hand out (an older transaction is still
 * running), so the follower should ask again shortly rather than wait for a notification.
 */
public record EventBatch(List<StoredEvent> events, boolean moreInFlight) {

  /** Copies the list so a batch never changes after it is read. */
  public EventBatch {
    events = List.copyOf(events);
  }

  /** True when there is nothing to handle now. */
  public boolean isEmpty() {
    return events.isEmpty();
  }
}
