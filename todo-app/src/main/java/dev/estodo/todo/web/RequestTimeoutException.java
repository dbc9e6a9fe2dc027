package dev.estodo.todo.web;

/** A request's body did not arrive in time (too slow, or silent for the idle timeout): HTTP 408. */
public class RequestTimeoutException extends RuntimeException {
  /** {@code message} is shown to the client after "Request Timeout: ". */
  public RequestTimeoutException(String message) {
    super(message);
  }
}
