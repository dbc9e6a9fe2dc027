package dev.estodo.todo.web;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one follower of a web server's event streams: a thread that reads the store in read order up
 * to where every projection stands (so a list fetched on receipt shows the event) and hands each
 * event to every open stream. Streams at the same place share one read; a stream resuming from
 * further back reads its own way forward, a batch at a time while it keeps up. It wakes when a
 * processor of this process advances or the store signals an append, else polls, more slowly the
 * longer nothing happens, while a stream is open; it sends each stream a heartbeat comment.
 */
final class EventFanOut implements AutoCloseable {
  private static final int BATCH = 100;
  private static final Duration LONGEST_PAUSE = Duration.ofMillis(500);
  private static final Logger log = LoggerFactory.getLogger(EventFanOut.class);

  private final EventStore store;
  private final ProcessorCheckpoints checkpoints;
  private final Collection<String> projections;
  private final Duration heartbeat;
  private final Set<StreamClient> clients = ConcurrentHashMap.newKeySet();
  private final Semaphore news = new Semaphore(0);
  private final List<AutoCloseable> subscriptions = new ArrayList<>();
  private final Thread thread = new Thread(this::run, "estodo-event-streams");
  private volatile boolean closed;
  private boolean failing;

  EventFanOut(EventStore store, ProcessorCheckpoints checkpoints, Collection<String> projections, Duration heartbeat) {
    this.store = store;
    this.checkpoints = checkpoints;
    this.projections = List.copyOf(projections);
    this.heartbeat = heartbeat;
    thread.setDaemon(true);
  }

  /** Starts following; before the first stream opens. */
  synchronized void start() {
    if (thread.isAlive() || closed) return;
    subscriptions.add(checkpoints.onAdvance((name, checkpoint) -> wake()));
    subscriptions.add(store.onAppend(this::wake));
    thread.start();
  }

  /** Where every projection stands: what a stream without a place to resume from starts after. */
  Checkpoint frontier() {
    Map<String, Checkpoint> known = checkpoints.of(projections);
    return projections.stream().map(name -> known.getOrDefault(name, Checkpoint.START)).min(Checkpoint::compareTo)
        .orElse(Checkpoint.START);
  }

  /** Hands {@code client} every event after its place from now on, until it ends. */
  void add(StreamClient client) {
    clients.add(client);
    client.ended().whenComplete((done, error) -> clients.remove(client));
    wake();
  }

  /** How many streams are open. */
  int open() {
    return clients.size();
  }

  private void wake() {
    if (news.availablePermits() == 0) news.release();
  }

  private void run() {
    long pause = 5;
    long nextHeartbeat = System.nanoTime() + heartbeat.toNanos();
    while (!closed) {
      boolean moved = !clients.isEmpty() && deliverQuietly();
      if (System.nanoTime() >= nextHeartbeat) {
        clients.forEach(client -> client.send(SseFrames.HEARTBEAT, null));
        nextHeartbeat = System.nanoTime() + heartbeat.toNanos();
      }
      if (moved) continue;
      long untilHeartbeat = TimeUnit.NANOSECONDS.toMillis(nextHeartbeat - System.nanoTime()) + 1;
      pause = awaitNews(Math.min(pause, untilHeartbeat)) ? 5 : Math.min(pause * 2, LONGEST_PAUSE.toMillis());
    }
  }

  private boolean awaitNews(long millis) {
    try {
      return news.tryAcquire(Math.max(millis, 1), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      closed = true;
      return false;
    }
  }

  // a failing read is logged once per streak and retried: the streams stay open meanwhile
  private boolean deliverQuietly() {
    try {
      boolean moved = deliver(frontier());
      if (failing) log.info("Event streams read the store again");
      failing = false;
      return moved;
    } catch (RuntimeException e) {
      if (!failing) log.warn("Event streams cannot read the store, retrying: {}", e.toString());
      failing = true;
      return false;
    }
  }

  private boolean deliver(Checkpoint frontier) {
    Map<Checkpoint, List<StreamClient>> byPlace = clients.stream().filter(client -> client.at().compareTo(frontier) < 0).collect(Collectors.groupingBy(StreamClient::at));
    boolean moved = false;
    for (Map.Entry<Checkpoint, List<StreamClient>> place : byPlace.entrySet()) {
      if (place.getValue().stream().noneMatch(StreamClient::hasRoom)) continue;
      moved |= deliver(place.getKey(), frontier, place.getValue());
    }
    return moved;
  }

  private boolean deliver(Checkpoint after, Checkpoint frontier, List<StreamClient> readers) {
    boolean moved = false;
    for (StoredEvent event : store.readAfter(after, BATCH).events()) {
      if (!frontier.reached(event.checkpoint())) break;
      byte[] frame = SseFrames.of(event);
      readers.forEach(client -> client.send(frame, event.checkpoint()));
      moved = true;
    }
    return moved;
  }

  /** Ends every open stream cleanly and stops following. */
  @Override
  public void close() {
    closed = true;
    wake();
    subscriptions.forEach(subscription -> {
      try {
        subscription.close();
      } catch (Exception e) {
        log.debug("Closing a subscription of the event streams failed", e);
      }
    });
    clients.forEach(StreamClient::end);
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
