package dev.estodo.todo.web;

/** A key that cannot be used now: in use by a request still in progress (409), or by a different request (422). */
final class IdempotencyKeyRefusal extends RefusedRequestException {
  private IdempotencyKeyRefusal(int status, String message) {
    super(status, message);
  }

  static IdempotencyKeyRefusal inProgress() {
    return new IdempotencyKeyRefusal(409, "a request with this Idempotency-Key is in progress");
  }

  static IdempotencyKeyRefusal differentRequest() {
    return new IdempotencyKeyRefusal(422, "Idempotency-Key was used for a different request");
  }
}
