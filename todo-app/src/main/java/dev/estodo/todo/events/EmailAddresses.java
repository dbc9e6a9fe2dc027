package dev.estodo.todo.events;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;

/**
 * Stakeholder emails as todos carry them: one check, used by the commands (which refuse what it
 * refuses) and by the notifier (which parks an event stored before the check was this strict), so
 * that an address the API accepts is one the mailer can send to. An address passes when it has the
 * plain {@code local@domain} shape in ASCII (a dot-atom local part, a host name of letters, digits
 * and inner hyphens) and the mail library's strict parse reads back exactly that address: no
 * display names, comments, lists, quoted local parts, IP literals or invisible characters.
 */
public final class EmailAddresses {
  private static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL_LENGTH = 64;
  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final Pattern SHAPE =
      Pattern.compile("(" + ATOM + "(?:\\." + ATOM + ")*)@" + LABEL + "(?:\\." + LABEL + ")*");

  private EmailAddresses() {}

  /** True when {@code text} is one address the notifier can deliver to. */
  public static boolean isDeliverable(String text) {
    if (text == null || text.length() > MAX_LENGTH) return false;
    var shape = SHAPE.matcher(text);
    if (!shape.matches() || shape.group(1).length() > MAX_LOCAL_LENGTH) return false;
    return parsesAsItself(text);
  }

  // The shape is stricter than the parse; the parse stays as the mailer's own word on it.
  private static boolean parsesAsItself(String text) {
    try {
      InternetAddress address = new InternetAddress(text, true);
      address.validate();
      return text.equals(address.getAddress());
    } catch (AddressException e) {
      return false;
    }
  }
}
