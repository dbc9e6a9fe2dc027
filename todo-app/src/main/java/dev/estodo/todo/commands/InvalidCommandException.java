package dev.estodo.todo.commands;

/** A command with a missing or malformed field, such as {@code title is blank}: HTTP 400. */
public class InvalidCommandException extends RuntimeException {
  /** {@code message} names the field and what is wrong with it, and is shown to the client. */
  public InvalidCommandException(String message) {
    super(message);
  }
}
