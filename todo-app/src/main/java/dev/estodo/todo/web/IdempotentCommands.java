package dev.estodo.todo.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.eventsourcing.CommandHandler;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.todo.aggregates.CommandRejectedException;
import dev.estodo.todo.aggregates.Todo;
import dev.estodo.todo.commands.TodoCommand;
import dev.estodo.todo.events.TodoEvent;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Commands sent with an {@code Idempotency-Key}. The key's row and the command's events commit in
 * one transaction, so a stored key means stored events and the other way round; a retry with the
 * same key and request gets the stored answer and writes nothing. 2xx and rule rejections (422)
 * are stored; invalid requests (400), conflicts (409), bodies too large (413) and failures (5xx)
 * are not, so their retry is decided afresh.
 */
final class IdempotentCommands {
  private final CommandHandler<TodoCommand, TodoEvent, Todo.State> handler;
  private final PostgresEventStore store;
  private final Transactions transactions;

  IdempotentCommands(CommandHandler<TodoCommand, TodoEvent, Todo.State> handler, PostgresEventStore store,
      Transactions transactions) {
    this.handler = handler;
    this.store = store;
    this.transactions = transactions;
  }

  /** Runs the command {@code parse} makes of the body, once per key, and answers {@code status} or the stored answer. */
  void run(Context ctx, IdempotencyKey key, Function<JsonNode, TodoCommand> parse, UUID correlationId, int status) {
    byte[] body = JsonBody.bytes(ctx);
    String fingerprint = RequestFingerprint.of(ctx.method().name(), ctx.path(), body);
    TodoCommand command = parse.apply(JsonBody.parse(body));
    boolean problemJson = AcceptHeader.prefersProblemJson(ctx.header("Accept"));
    StoredAnswer answer = transactions.run(transaction -> {
      if (!IdempotencyKeys.take(transaction, key)) throw IdempotencyKeyRefusal.inProgress();
      var stored = IdempotencyKeys.find(transaction, key);
      if (stored.isPresent()) return replay(stored.get(), fingerprint);
      StoredAnswer decided = decide(transaction, command, correlationId, status, problemJson);
      IdempotencyKeys.insert(transaction, key, fingerprint, decided);
      return decided;
    });
    store.signalCommitted();
    CommitPause.beforeAnswer(key);
    answer.writeTo(ctx);
  }

  private static StoredAnswer replay(IdempotencyKeys.Entry stored, String fingerprint) {
    if (!stored.fingerprint().equals(fingerprint)) throw IdempotencyKeyRefusal.differentRequest();
    return stored.answer();
  }

  // A rule rejection is thrown before anything is appended, so the transaction then holds the
  // key's row alone: the 422 is recorded in a transaction of its own, as a rejection writes no event.
  private StoredAnswer decide(Connection transaction, TodoCommand command, UUID correlationId, int status,
      boolean problemJson) throws SQLException {
    String correlation = correlationId.toString();
    try {
      long position = handler.handle(command.todoId(), command, correlationId,
          (todoId, expectedVersion, events) -> store.append(transaction, todoId, expectedVersion, events));
      return new StoredAnswer(status,
          Map.of(CommandRoutes.POSITION_HEADER, Long.toString(position), Correlation.HEADER, correlation), "");
    } catch (CommandRejectedException e) {
      ErrorBody error = ErrorBody.of(422, ErrorMapping.title(422), e.getMessage(), problemJson);
      return new StoredAnswer(422, Map.of("Content-Type", error.contentType(), Correlation.HEADER, correlation),
          error.text());
    }
  }
}
