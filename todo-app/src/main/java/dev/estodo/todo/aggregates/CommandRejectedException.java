package dev.estodo.todo.aggregates;

import java.util.UUID;

/** The todo's rules refuse the command in its current state, e.g. {@code Todo "..." already exists}: HTTP 422. */
public class CommandRejectedException extends RuntimeException {
  private final UUID todoId;
  private final String reason;

  /** {@code reason} completes the sentence {@code Todo "<id>" ...}. */
  public CommandRejectedException(UUID todoId, String reason) {
    super("Todo \"" + todoId + "\" " + reason);
    this.todoId = todoId;
    this.reason = reason;
  }

  /** The todo that refused. */
  public UUID todoId() {
    return todoId;
  }

  /** Why, e.g. {@code already complete}. */
  public String reason() {
    return reason;
  }
}
