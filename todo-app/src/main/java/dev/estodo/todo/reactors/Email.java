package dev.estodo.todo.reactors;

/** Sends a notification email; the notifier's one side effect, passed in so tests can record it. */
public interface Email {
  /**
   * Sends {@code message} to {@code to}; throws when it could not, so the notifier retries.
   */
  void send(String to, String message);

  /** Email as configured: SMTP when {@code smtpUrl} is set, else printed to the console. */
  static Email configured(String smtpUrl, String emailFrom) {
    if (smtpUrl == null || smtpUrl.isBlank()) return new ConsoleEmail(System.out);
    return new SmtpEmail(SmtpUrl.parse(smtpUrl), SmtpEmail.sender(emailFrom));
  }
}
