package dev.estodo.todo.reactors;

import dev.estodo.eventsourcing.processing.PermanentReactionFailure;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Which failures of a send are for good. Permanent: the mail library refuses the address, or the
 * server answers 5xx to the recipient or the message; the event is parked. Transient: anything
 * else (a connection refused or timed out, a 4xx answer, a refused login or sender, which concern
 * every email and are fixed on the server, not per event); the notifier backs off and retries.
 */
final class SmtpFailures {
  private SmtpFailures() {}

  /** The exception the notifier throws for {@code failure}, naming the recipient and the server. */
  static RuntimeException of(String to, SmtpUrl url, MessagingException failure) {
    String message = "Email to " + to + " via " + url + " failed: " + describe(failure);
    if (isPermanent(failure)) return new PermanentReactionFailure(message, failure);
    return new IllegalStateException(message, failure);
  }

  /** The messages down the chain: "Invalid Addresses: 550 5.1.1 ...", the server's own answer last. */
  private static String describe(MessagingException failure) {
    StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()).trim());
    for (Exception e = failure.getNextException(); e != null; e = next(e)) {
      text.append(": ").append(String.valueOf(e.getMessage()).trim());
    }
    return text.toString();
  }

  private static Exception next(Exception e) {
    return e instanceof MessagingException m ? m.getNextException() : null;
  }

  // Angus chains the answer to each refused recipient behind the SendFailedException it throws.
  private static boolean isPermanent(MessagingException failure) {
    for (Exception e = failure; e != null; e = next(e)) {
      if (e instanceof AddressException) return true;
      if (e instanceof SMTPAddressFailedException refused) return isPermanent(refused.getReturnCode());
      if (e instanceof SMTPSendFailedException refused && refused.getNextException() == null) {
        return isPermanent(refused.getReturnCode());
      }
    }
    return false;
  }

  private static boolean isPermanent(int smtpReplyCode) {
    return smtpReplyCode >= 500 && smtpReplyCode < 600;
  }
}
