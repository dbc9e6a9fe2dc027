package dev.estodo.bench;

import dev.estodo.eventsourcing.PostgresEventStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Fills a store quickly with realistic data: todos with the first events of their histories, each
 * todo appended by one {@code append_events} call expecting version 0, a hundred todos per
 * transaction, from a few threads. Rows, indexes and positions are exactly what the library writes.
 */
final class Loader {
  static final int TODOS_PER_TRANSACTION = 100;
  static final int THREADS = 4;

  private final DataSource dataSource;
  private final PostgresEventStore store;
  private final AtomicLong nextTodo = new AtomicLong();
  private final long todos;
  private final int eventsPerTodo;

  private Loader(DataSource dataSource, PostgresEventStore store, long todos, int eventsPerTodo) {
    this.dataSource = dataSource;
    this.store = store;
    this.todos = todos;
    this.eventsPerTodo = eventsPerTodo;
  }

  /** Appends {@code events} events as full histories ({@code events / 10} todos) and measures the rate. */
  static Measurement load(String scenario, DataSource dataSource, long events) throws Exception {
    return load(scenario, dataSource, events / TodoStreams.HISTORY, TodoStreams.HISTORY);
  }

  /** Appends the first {@code eventsPerTodo} events of {@code todos} todos and measures the rate. */
  static Measurement load(String scenario, DataSource dataSource, long todos, int eventsPerTodo) throws Exception {
    long start = System.nanoTime();
    try (PostgresEventStore store = new PostgresEventStore(dataSource)) {
      new Loader(dataSource, store, todos, eventsPerTodo).runThreads();
    }
    long elapsed = System.nanoTime() - start;
    return Measurement.ofTotal(scenario, "load: " + TODOS_PER_TRANSACTION + " todos x " + eventsPerTodo
        + " events per transaction", THREADS, "events/s", todos * eventsPerTodo, elapsed);
  }

  /** Adds todos {@code TodoIds.of(nonce, slot, 1..perSlot)} for slots 0 to {@code slots - 1}, a hundred a transaction. */
  static void loadIds(DataSource dataSource, long nonce, int slots, int perSlot) throws SQLException {
    try (PostgresEventStore store = new PostgresEventStore(dataSource); Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      for (int slot = 0; slot < slots; slot++) {
        for (int number = 1; number <= perSlot; number++) {
          store.append(connection, TodoIds.of(nonce, slot, number), 0L, TodoStreams.history(number, 1));
          if (number % TODOS_PER_TRANSACTION == 0) connection.commit();
        }
        connection.commit();
      }
    }
  }

  private void runThreads() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<Void>> work = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        work.add(() -> {
          loadTransactions();
          return null;
        });
      }
      for (Future<Void> done : threads.invokeAll(work)) {
        done.get();
      }
    } finally {
      threads.shutdown();
    }
  }

  private void loadTransactions() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      for (long first = nextTodo.getAndAdd(TODOS_PER_TRANSACTION); first < todos;
          first = nextTodo.getAndAdd(TODOS_PER_TRANSACTION)) {
        for (long todo = first; todo < Math.min(todos, first + TODOS_PER_TRANSACTION); todo++) {
          store.append(connection, UUID.randomUUID(), 0L, TodoStreams.history(todo, eventsPerTodo));
        }
        connection.commit();
      }
    }
  }
}
