package dev.estodo.todo.faults;

import dev.estodo.eventsourcing.EventData;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoEvent;
import dev.estodo.todo.events.TodoEventTypes;
import dev.estodo.todo.events.TodoMovedUp;
import java.sql.Connection;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Writers of todos that misbehave as real ones do: each todo is added, moved up and completed
 * (notifying its stakeholder), one append in five is written in a transaction that is then rolled
 * back, and one in ten in a transaction held open for a while before it commits, which holds every
 * follower back meanwhile. An append counts as acknowledged only once it has returned (committed);
 * one that fails, say while PostgreSQL restarts, abandons its todo, since it may or may not have
 * been stored.
 */
final class FaultyWriters {
  /** An append that returned: the todo, the version it wrote, the event's type. */
  record Acknowledged(UUID todo, long version, String type) {}

  private final PostgresEventStore store;
  private final DataSource dataSource;
  private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
  private final AtomicInteger rolledBack = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicInteger todos = new AtomicInteger();

  FaultyWriters(PostgresEventStore store, DataSource dataSource) {
    this.store = store;
    this.dataSource = dataSource;
  }

  List<Acknowledged> acknowledged() {
    return List.copyOf(acknowledged);
  }

  int rolledBack() {
    return rolledBack.get();
  }

  int failed() {
    return failed.get();
  }

  /** Writes todos, one after another, until {@code deadline} (System.nanoTime). */
  void writeUntil(long deadline) {
    while (System.nanoTime() < deadline) {
      UUID todo = UUID.randomUUID();
      String title = "Fault " + todos.incrementAndGet();
      List<TodoEvent> life = List.of(new TodoAdded(title, "Do it now!", null, "dillon@example.com"),
          new TodoMovedUp(), new TodoCompleted("2017-06-15"));
      for (int version = 0; version < life.size(); version++) {
        if (!write(todo, version, life.get(version))) break;
      }
    }
  }

  /** Appends {@code event} as version {@code version + 1}; false when its todo is to be abandoned. */
  private boolean write(UUID todo, long version, TodoEvent event) {
    EventData data = TodoEventTypes.registry().toData(event, UUID.randomUUID(), null);
    int dice = ThreadLocalRandom.current().nextInt(10);
    try {
      if (dice < 2) {
        rolledBackAppend(todo, version, data);
        return false;
      }
      if (dice == 2) {
        heldOpenAppend(todo, version, data);
      } else {
        store.append(todo, version, List.of(data));
      }
      acknowledged.add(new Acknowledged(todo, version + 1, data.type()));
      return true;
    } catch (Exception e) {
      failed.incrementAndGet();
      pause(50);
      return false;
    }
  }

  private void rolledBackAppend(UUID todo, long version, EventData data) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      store.append(connection, todo, version, List.of(data));
      pause(ThreadLocalRandom.current().nextInt(200));
      connection.rollback();
      rolledBack.incrementAndGet();
    }
  }

  private void heldOpenAppend(UUID todo, long version, EventData data) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      store.append(connection, todo, version, List.of(data));
      pause(300 + ThreadLocalRandom.current().nextInt(1200));
      connection.commit();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
