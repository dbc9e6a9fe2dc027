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
import javax.net.ssl.SSLSocketFactory;

/**
 * Email through an SMTP server (SMTP_URL), from EMAIL_FROM. Credentials only ever cross TLS:
 * implicit with {@code smtps://}, else STARTTLS, which is then required (without credentials it
 * is used when offered). The server's certificate must match its host name.
 * A failure that retrying cannot mend is a {@link PermanentReactionFailure} ({@link SmtpFailures}).
 */
public final class SmtpEmail implements Email {
  private static final String TIMEOUT_MILLIS = "10000";

  private final SmtpUrl url;
  private final InternetAddress from;
  private final Session session;

  /** Sends through {@code url} as {@code from}, trusting the JVM's certificate authorities. */
  public SmtpEmail(SmtpUrl url, InternetAddress from) {
    this(url, from, null);
  }

  /** As above, with TLS sockets from {@code tls} (null: the JVM's default), so tests can trust their own server. */
  SmtpEmail(SmtpUrl url, InternetAddress from, SSLSocketFactory tls) {
    this.url = url;
    this.from = from;
    this.session = Session.getInstance(properties(url, tls));
  }

  /** The sender EMAIL_FROM names; a wrong value fails naming EMAIL_FROM. */
  public static InternetAddress sender(String emailFrom) {
    try {
      return new InternetAddress(emailFrom == null ? "" : emailFrom.trim(), true);
    } catch (AddressException e) {
      throw new InvalidSettingException("EMAIL_FROM", "be an email address", emailFrom);
    }
  }

  private static Properties properties(SmtpUrl url, SSLSocketFactory tls) {
    String prefix = "mail." + url.protocol() + ".";
    Properties properties = new Properties();
    properties.setProperty(prefix + "host", url.host());
    properties.setProperty(prefix + "port", Integer.toString(url.port()));
    properties.setProperty(prefix + "auth", Boolean.toString(url.user() != null));
    properties.setProperty(prefix + "starttls.enable", "true");
    // A network attacker can strip an offered STARTTLS; required, its absence fails before any login.
    properties.setProperty(prefix + "starttls.required", Boolean.toString(url.user() != null));
    properties.setProperty(prefix + "ssl.checkserveridentity", "true");
    if (tls != null) properties.put(prefix + "ssl.socketFactory", tls);
    // Without timeouts a silent server would hold the notifier forever.
    properties.setProperty(prefix + "connectiontimeout", TIMEOUT_MILLIS);
    properties.setProperty(prefix + "timeout", TIMEOUT_MILLIS);
    properties.setProperty(prefix + "writetimeout", TIMEOUT_MILLIS);
    return properties;
  }

  @Override
  public void send(String to, String message, String messageId) {
    if (!EmailAddresses.isDeliverable(to)) {
      throw new PermanentReactionFailure("Email to " + to + ": not an address to deliver to");
    }
    try (Transport transport = session.getTransport(url.protocol())) {
      MimeMessage mail = new IdentifiedMessage(session, messageId);
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

  /** A message whose Message-ID is the caller's: JavaMail would otherwise make a new one at every send. */
  private static final class IdentifiedMessage extends MimeMessage {
    private final String messageId;

    IdentifiedMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
