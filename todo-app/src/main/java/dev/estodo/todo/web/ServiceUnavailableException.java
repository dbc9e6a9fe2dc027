package dev.estodo.todo.web;

/** The service cannot answer now (database down, projections too far behind): HTTP 503. */
public class ServiceUnavailableException extends RuntimeException {
  /** {@code message} is shown to the client after "Service Unavailable: ". */
  public ServiceUnavailableException(String message) {
    super(message);
  }
}
