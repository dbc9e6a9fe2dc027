package dev.estodo.todo;

import dev.estodo.todo.reactors.SmtpEmail;
import dev.estodo.todo.reactors.SmtpUrl;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;

/** How the notifier sends email: through the SMTP server {@code SMTP_URL} names, else to the console. */
public record MailSettings(Optional<SmtpUrl> smtp, InternetAddress from) {
  /** The sender when {@code EMAIL_FROM} is not set. */
  public static final String DEFAULT_FROM = "estodo@localhost";

  /** Reads {@code SMTP_URL} and {@code EMAIL_FROM}, naming any that is wrong. */
  public static MailSettings from(Environment environment) {
    return new MailSettings(environment.text("SMTP_URL").map(SmtpUrl::parse),
        SmtpEmail.sender(environment.text("EMAIL_FROM").orElse(DEFAULT_FROM)));
  }
}
