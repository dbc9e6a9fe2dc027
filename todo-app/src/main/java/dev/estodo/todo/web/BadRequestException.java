package dev.estodo.todo.web;

/** A request the server cannot act on (a malformed query parameter, say): HTTP 400. */
public class BadRequestException extends RuntimeException {
  /** {@code message} is shown to the client after "Bad Request: ". */
  public BadRequestException(String message) {
    super(message);
  }
}
