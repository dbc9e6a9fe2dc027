package dev.estodo.todo.cli;

/** A failure the user can act on: its message is printed to stderr and the command exits 1. */
final class CliException extends RuntimeException {
  CliException(String message) {
    super(message);
  }
}
