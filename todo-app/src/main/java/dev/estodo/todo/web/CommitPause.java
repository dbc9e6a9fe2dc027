package dev.estodo.todo.web;

/**
 * A test hook, off unless the system property {@value #PROPERTY} is {@code true}: then a request
 * with an Idempotency-Key, once its transaction has committed, prints a line and waits a minute
 * before answering, so that a test can kill the server exactly between the commit and the answer
 * and check that the retry gets the stored answer. Nothing else reads the property.
 */
final class CommitPause {
  static final String PROPERTY = "estodo.test.pauseAfterIdempotentCommit";
  private static final boolean ON = Boolean.getBoolean(PROPERTY);

  private CommitPause() {}

  static void beforeAnswer(IdempotencyKey key) {
    if (!ON) return;
    System.out.println("estodo test hook: committed Idempotency-Key " + key.value() + ", pausing before the answer");
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
