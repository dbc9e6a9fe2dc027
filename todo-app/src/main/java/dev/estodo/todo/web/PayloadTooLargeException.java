package dev.estodo.todo.web;

/** A request body over {@link WebServer#MAX_BODY_BYTES}: HTTP 413. */
public class PayloadTooLargeException extends RuntimeException {
  /** The body is too large; the message says what the limit is. */
  public PayloadTooLargeException() {
    super("body is larger than " + WebServer.MAX_BODY_BYTES / 1024 + " KiB");
  }
}
