package dev.estodo.todo.reactors;

import dev.estodo.todo.MailSettings;

/** Sends a notification email; the notifier's one side effect, passed in so tests can record it. */
public interface Email {
  /**
   * Sends {@code message} to {@code to} with the header {@code Message-ID: messageId}; throws when it
   * could not, so the notifier retries, or a {@code PermanentReactionFailure} when retrying cannot
   * help, so the notifier parks the event. A resend carries the same id, so the receiving side can tell.
   */
  void send(String to, String message, String messageId);

  /** Email as configured: through the SMTP server when one is set, else printed to the console. */
  static Email configured(MailSettings settings) {
    return settings.smtp().<Email>map(url -> new SmtpEmail(url, settings.from()))
        .orElseGet(() -> new ConsoleEmail(System.out));
  }
}
