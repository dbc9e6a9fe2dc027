package dev.estodo.eventsourcing.processing;

/**
 * Thrown by a {@link Reactor} when retrying the reaction cannot help (the mail server refuses the
 * address for good, say). The runner then parks the event, and every later event of its aggregate
 * behind it, and moves on; {@link ParkedEvents} lists and retries them. Any other exception is
 * transient: the event is retried with backoff and never skipped. Projectors never park.
 */
public class PermanentReactionFailure extends RuntimeException {
  /** A failure for good, described by {@code message}. */
  public PermanentReactionFailure(String message) {
    super(message);
  }

  /** A failure for good, described by {@code message}, caused by {@code cause}. */
  public PermanentReactionFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
