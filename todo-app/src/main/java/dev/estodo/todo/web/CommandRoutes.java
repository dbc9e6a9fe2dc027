package dev.estodo.todo.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.eventsourcing.CommandHandler;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.todo.aggregates.Todo;
import dev.estodo.todo.commands.AbandonTodo;
import dev.estodo.todo.commands.AddTodo;
import dev.estodo.todo.commands.AmendTodo;
import dev.estodo.todo.commands.CompleteTodo;
import dev.estodo.todo.commands.MoveUpTodo;
import dev.estodo.todo.commands.TodoCommand;
import dev.estodo.todo.events.TodoEvent;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The command routes: each turns the path id and JSON body into a command, and the one handler
 * runs it. Answers are empty; {@code Todo-Position} tells where the new events are, for a read
 * that must see them ({@code ?after=<position>}).
 */
public final class CommandRoutes implements Routes {
  /** The response header carrying the position of the request's last event. */
  public static final String POSITION_HEADER = "Todo-Position";

  /** Builds a command from the path id and the body, validating it. */
  private interface Parser {
    TodoCommand parse(String todoId, JsonNode body);
  }

  private final CommandHandler<TodoCommand, TodoEvent, Todo.State> handler;
  private final IdempotentCommands idempotent;

  /**
   * Routes that run every command through {@code handler}; those sent with an {@code
   * Idempotency-Key} append in a transaction on {@code dataSource} that stores the key too.
   */
  public CommandRoutes(CommandHandler<TodoCommand, TodoEvent, Todo.State> handler, PostgresEventStore store,
      DataSource dataSource) {
    this.handler = handler;
    this.idempotent = new IdempotentCommands(handler, store, new Transactions(dataSource));
  }

  @Override
  public void addTo(Javalin app) {
    app.post("/todo/{id}", ctx -> run(ctx, AddTodo::from, 201));
    app.put("/todo/{id}", ctx -> run(ctx, AmendTodo::from, 200));
    app.post("/todo/{id}/complete", ctx -> run(ctx, CompleteTodo::from, 200));
    app.post("/todo/{id}/abandon", ctx -> run(ctx, AbandonTodo::from, 200));
    app.post("/todo/{id}/moveup", ctx -> run(ctx, MoveUpTodo::from, 200));
  }

  private void run(Context ctx, Parser parser, int status) {
    Optional<IdempotencyKey> key = IdempotencyKey.of(ctx);
    UUID correlationId = Correlation.of(ctx);
    if (key.isPresent()) {
      idempotent.run(ctx, key.get(), body -> parser.parse(ctx.pathParam("id"), body), correlationId, status);
      return;
    }
    TodoCommand command = parser.parse(ctx.pathParam("id"), JsonBody.read(ctx));
    // An add is nearly always of a new id, so it appends with no read; the store's version check
    // tells an id that was there before (422, decided on the stream) from a lost race (409).
    long position = command instanceof AddTodo ? handler.handleNew(command.todoId(), command, correlationId)
        : handler.handle(command.todoId(), command, correlationId);
    ctx.status(status).header(POSITION_HEADER, Long.toString(position));
  }
}
