package dev.estodo.todo.reactors;

import java.util.ArrayList;
import java.util.List;

/** An {@link Email} that keeps what it was asked to send, and can be told to fail first. */
public final class RecordingEmail implements Email {
  /** One email sent. */
  public record Sent(String to, String message) {}

  private final List<Sent> sent = new ArrayList<>();
  private final List<String> messageIds = new ArrayList<>();
  private int failuresLeft;

  /** An email that succeeds every time. */
  public RecordingEmail() {
    this(0);
  }

  /** An email whose first {@code failures} sends throw, as an unreachable mail server would. */
  public RecordingEmail(int failures) {
    this.failuresLeft = failures;
  }

  @Override
  public synchronized void send(String to, String message, String messageId) {
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new IllegalStateException("the mail server is down");
    }
    sent.add(new Sent(to, message));
    messageIds.add(messageId);
  }

  /** The Message-ID of each email sent, oldest first. */
  public synchronized List<String> messageIds() {
    return List.copyOf(messageIds);
  }

  /** What was sent so far, oldest first. */
  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }
}
