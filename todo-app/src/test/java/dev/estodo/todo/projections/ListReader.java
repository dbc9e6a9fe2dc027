package dev.estodo.todo.projections;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** Reads the three lists over and over on a thread of its own, keeping every answer, until stopped. */
final class ListReader implements AutoCloseable {
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<List<List<?>>> seen = new CopyOnWriteArrayList<>();
  private final Thread thread;

  private ListReader(RebuildTables tables) {
    this.thread = new Thread(() -> {
      while (running.get()) {
        seen.add(tables.lists());
      }
    }, "list-reader");
  }

  static ListReader start(RebuildTables tables) {
    ListReader reader = new ListReader(tables);
    reader.thread.start();
    return reader;
  }

  /** Stops reading and returns every answer read, in order. */
  List<List<List<?>>> stop() throws InterruptedException {
    running.set(false);
    thread.join();
    return List.copyOf(seen);
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
