package dev.estodo.bench;

import dev.estodo.bench.ClosedLoop.Operation;
import dev.estodo.todo.web.CommandRoutes;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Command requests as clients send them: adds of new todos (a new UUID each), and the mixed
 * workload of one client adding a todo, amending it and completing it, over and over.
 */
final class TodoRequests {
  private static final AtomicLong TODOS = new AtomicLong();

  private final BenchServer server;
  private final HttpLoad http;
  private UUID todo;
  private int step;

  private TodoRequests(BenchServer server, HttpLoad http) {
    this.server = server;
    this.http = http;
  }

  /** One client, to send requests one at a time. */
  static TodoRequests client(BenchServer server, HttpLoad http) {
    return new TodoRequests(server, http);
  }

  /** One client's adds: {@code POST /todo/{new id}}, expecting 201. */
  static Operation adds(BenchServer server, HttpLoad http) {
    return client(server, http)::add;
  }

  /** One client's adds, each with a fresh {@code Idempotency-Key}, as the command line sends them. */
  static Operation addsWithKey(BenchServer server, HttpLoad http) {
    return client(server, http)::addWithKey;
  }

  /** One client's add, amend, complete, add, ...: each a request, each expecting its 2xx. */
  static Operation mixed(BenchServer server, HttpLoad http) {
    TodoRequests client = new TodoRequests(server, http);
    return client::nextOfMixed;
  }

  /** Adds a new todo and returns the position its event got. */
  long add() throws Exception {
    todo = UUID.randomUUID();
    String body = TodoStreams.addRequest(TODOS.incrementAndGet());
    return position(http.send("POST", server.uri("/todo/" + todo), body, 201).headers()
        .firstValue(CommandRoutes.POSITION_HEADER).orElseThrow());
  }

  /** Adds a new todo under a fresh idempotency key; the key and its answer are stored with the event. */
  void addWithKey() throws Exception {
    todo = UUID.randomUUID();
    String body = TodoStreams.addRequest(TODOS.incrementAndGet());
    http.sendWithKey("POST", server.uri("/todo/" + todo), body, UUID.randomUUID().toString(), 201);
  }

  /** Completes the todo this client added last. */
  void complete() throws Exception {
    http.send("POST", server.uri("/todo/" + todo + "/complete"), "{\"completed_on\":\"2017-07-13\"}", 200);
  }

  private void nextOfMixed() throws Exception {
    int current = step;
    step = (step + 1) % 3;
    if (current == 0) {
      add();
    } else if (current == 1) {
      http.send("PUT", server.uri("/todo/" + todo), "{\"description\":\"It IS leg day!\"}", 200);
    } else {
      complete();
    }
  }

  private static long position(String header) {
    return Long.parseLong(header.trim());
  }
}
