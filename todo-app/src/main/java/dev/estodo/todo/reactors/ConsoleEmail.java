package dev.estodo.todo.reactors;

import java.io.PrintStream;

/** Email without a mail server: printed as the original printed it, for trying the app out. */
public final class ConsoleEmail implements Email {
  private final PrintStream out;

  /** Prints to {@code out}. */
  public ConsoleEmail(PrintStream out) {
    this.out = out;
  }

  @Override
  public void send(String to, String message, String messageId) {
    // One print call, so two notifications never interleave their lines.
    out.print("-- Email Sent" + System.lineSeparator()
        + "To: " + to + System.lineSeparator()
        + "Message-ID: " + messageId + System.lineSeparator()
        + "Message: " + message + System.lineSeparator());
    out.flush();
  }
}
