package dev.estodo.todo.cli;

import dev.estodo.todo.MailSettings;
import picocli.CommandLine.Option;

/** How the notifier sends email: serve and processors. */
final class MailOptions {
  @Option(names = "--smtp-url", paramLabel = "URL",
      description = "SMTP_URL: smtp://user:pass@host:port (default: print emails to the console)")
  String smtpUrl;

  @Option(names = "--email-from", paramLabel = "ADDRESS",
      description = "EMAIL_FROM: sender of notification emails (default: " + MailSettings.DEFAULT_FROM + ")")
  String emailFrom;

  /** The settings, flags over environment; a wrong value fails naming the setting. */
  MailSettings settings() {
    return MailSettings.from(Flags.overEnvironment("SMTP_URL", smtpUrl, "EMAIL_FROM", emailFrom));
  }
}
