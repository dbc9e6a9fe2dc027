package dev.estodo.todo.reactors;

import dev.estodo.todo.MailSettings;

/** Sends a notification email; the notifier's one side effect, passed in so tests can record it. */
public interface Email {
  /**
   * Sends {@code message} to {@code to}; throws when it could not, so the notifier retries, or a
   * {@code PermanentReactionFailure} when retrying cannot help, so the notifier parks the event.
   */
  void send(String to, String message);

  /** Email as configured: through the SMTP server when one is set, else printed to the console. */
  static Email configured(MailSettings settings) {
    return settings.smtp().<Email>map(url -> new SmtpEmail(url, settings.from()))
        .orElseGet(() -> new ConsoleEmail(System.out));
  }
}
