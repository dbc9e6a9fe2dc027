package dev.estodo.todo.reactors;

import java.io.PrintStream;

/**
 * Email without a mail server: printed as the original printed it, for trying the app out, with
 * control characters escaped so a title or address cannot forge lines of its own.
 */
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
        + "To: " + ControlCharacters.escaped(to) + System.lineSeparator()
        + "Message-ID: " + ControlCharacters.escaped(messageId) + System.lineSeparator()
        + "Message: " + ControlCharacters.escaped(message) + System.lineSeparator());
    out.flush();
  }
}
