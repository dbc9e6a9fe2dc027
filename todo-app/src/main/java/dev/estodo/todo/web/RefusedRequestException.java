package dev.estodo.todo.web;

/** A request the server will not serve where it comes from (another site, another host name): 403 or 421. */
public class RefusedRequestException extends RuntimeException {
  private final int status;

  /** Answers {@code status}; {@code message} is shown to the client after the status's title. */
  public RefusedRequestException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status to answer. */
  public int status() {
    return status;
  }
}
