package dev.estodo.todo.projections;

import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAdded;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/** Adds todos due after every seeded one (so they go to the end of every list), one after another, on a thread of its own until closed: the writes that go on during a rebuild. */
final class TodoWriter implements AutoCloseable {
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread thread;
  private int added;

  private TodoWriter(TodoHistory history) {
    this.thread = new Thread(() -> {
      while (running.get()) {
        history.append(UUID.randomUUID(), new TodoAdded("Get to the chopper, run " + added++, null, "2017-12-31", null));
      }
    }, "todo-writer");
  }

  static TodoWriter start(TodoHistory history) {
    TodoWriter writer = new TodoWriter(history);
    writer.thread.start();
    return writer;
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    thread.join();
  }
}
