package dev.estodo.todo.reactors;

import dev.estodo.eventsourcing.processing.PermanentReactionFailure;
import dev.estodo.todo.InvalidSettingException;
import dev.estodo.todo.events.EmailAddresses;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/**
 * Email through an SMTP server (SMTP_URL), from EMAIL_FROM; STARTTLS when the server offers it. A
 * failure that retrying cannot mend is a {@link PermanentReactionFailure} ({@link SmtpFailures}).
 */
public final class SmtpEmail implements Email {
  private static final String TIMEOUT_MILLIS = "10000";

  private final SmtpUrl url;
  private final InternetAddress from;
  private final Session session;

  /** Sends through {@code url} as {@code from}. */
  public SmtpEmail(SmtpUrl url, InternetAddress from) {
    this.url = url;
    this.from = from;
    this.session = Session.getInstance(properties(url));
  }

  /** The sender EMAIL_FROM names; a wrong value fails naming EMAIL_FROM. */
  public static InternetAddress sender(String emailFrom) {
    try {
      return new InternetAddress(emailFrom == null ? "" : emailFrom.trim(), true);
    } catch (AddressException e) {
      throw new InvalidSettingException("EMAIL_FROM", "be an email address", emailFrom);
    }
  }

  private static Properties properties(SmtpUrl url) {
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.host", url.host());
    properties.setProperty("mail.smtp.port", Integer.toString(url.port()));
    properties.setProperty("mail.smtp.auth", Boolean.toString(url.user() != null));
    properties.setProperty("mail.smtp.starttls.enable", "true");
    // Without timeouts a silent server would hold the notifier forever.
    properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    return properties;
  }

  @Override
  public void send(String to, String message) {
    if (!EmailAddresses.isDeliverable(to)) {
      throw new PermanentReactionFailure("Email to " + to + ": not an address to deliver to");
    }
    try (Transport transport = session.getTransport("smtp")) {
      MimeMessage mail = new MimeMessage(session);
      mail.setFrom(from);
      mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      mail.setSubject(message, "UTF-8");
      mail.setText(message, "UTF-8");
      transport.connect(url.host(), url.port(), url.user(), url.password());
      transport.sendMessage(mail, mail.getAllRecipients());
    } catch (MessagingException e) {
      throw SmtpFailures.of(to, url, e);
    }
  }
}
