package dev.estodo.todo.web;

/** A query's {@code ?after=} names a position the store never reached (its data was reset, say): HTTP 409. */
final class PositionAheadException extends RuntimeException {
  PositionAheadException(long after, long head) {
    super("position " + after + " is beyond the store's last position " + head
        + "; this server never wrote it (was its data reset?)");
  }
}
