package dev.estodo.bench;

import dev.estodo.bench.ClosedLoop.Operation;
import dev.estodo.todo.web.CommandRoutes;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Command requests as clients send them to the server {@code http} is to: adds of new todos (a new
 * id each), amends of todos loaded before, each client its own, and the mixed workload of one
 * client adding a todo, amending it and completing it, over and over.
 */
final class TodoRequests {
  private static final AtomicLong TODOS = new AtomicLong();
  private static final String AMEND = "{\"description\":\"It IS leg day!\"}";

  private final LeanHttp http;
  private UUID todo;
  private int step;

  private TodoRequests(LeanHttp http) {
    this.http = http;
  }

  /** One client, to send requests one at a time. */
  static TodoRequests client(LeanHttp http) {
    return new TodoRequests(http);
  }

  /** One client's adds: {@code POST /todo/{new id}}, expecting 201. */
  static Operation adds(LeanHttp http) {
    return client(http)::add;
  }

  /** One client's adds, each with a fresh {@code Idempotency-Key}, as the command line sends them. */
  static Operation addsWithKey(LeanHttp http) {
    return client(http)::addWithKey;
  }

  /** One client's amends, {@code PUT /todo/{id}} expecting 200, of its own todos 1 to {@code todos}, in turn. */
  static Operation amends(LeanHttp http, long nonce, int slot, long todos) {
    TodoRequests client = client(http);
    AtomicLong next = new AtomicLong();
    return () -> client.amend(TodoIds.of(nonce, slot, 1 + next.getAndIncrement() % todos));
  }

  /** One client's add, amend, complete, add, ...: each a request, each expecting its 2xx. */
  static Operation mixed(LeanHttp http) {
    TodoRequests client = client(http);
    return client::nextOfMixed;
  }

  /** Adds a new todo and returns the position its event got. */
  long add() throws Exception {
    todo = UUID.randomUUID();
    String body = TodoStreams.addRequest(TODOS.incrementAndGet());
    return position(http.send("POST", "/todo/" + todo, body, 201).header(CommandRoutes.POSITION_HEADER)
        .orElseThrow(() -> new IllegalStateException("an add answered without " + CommandRoutes.POSITION_HEADER)));
  }

  /** Adds a new todo under a fresh idempotency key; the key and its answer are stored with the event. */
  void addWithKey() throws Exception {
    todo = UUID.randomUUID();
    String body = TodoStreams.addRequest(TODOS.incrementAndGet());
    http.sendWithKey("POST", "/todo/" + todo, body, UUID.randomUUID().toString(), 201);
  }

  /** Completes the todo this client added last. */
  void complete() throws Exception {
    http.send("POST", "/todo/" + todo + "/complete", "{\"completed_on\":\"2017-07-13\"}", 200);
  }

  private void amend(UUID id) throws Exception {
    http.send("PUT", "/todo/" + id, AMEND, 200);
  }

  private void nextOfMixed() throws Exception {
    int current = step;
    step = (step + 1) % 3;
    if (current == 0) {
      add();
    } else if (current == 1) {
      amend(todo);
    } else {
      complete();
    }
  }

  private static long position(String header) {
    return Long.parseLong(header.trim());
  }
}
