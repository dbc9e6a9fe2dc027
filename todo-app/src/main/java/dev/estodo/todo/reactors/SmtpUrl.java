package dev.estodo.todo.reactors;

import dev.estodo.todo.InvalidSettingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where SMTP_URL says to send email: {@code smtp://user:pass@host:port}, user and port optional, or
 * {@code smtps://...} for a server that speaks TLS from the first byte ({@code implicitTls}).
 */
public record SmtpUrl(String host, int port, String user, String password, boolean implicitTls) {
  private static final int SMTP_PORT = 25;
  private static final int SMTPS_PORT = 465;
  private static final String FORM = "smtp://user:pass@host:port";

  /** Parses and checks {@code text}; a wrong value fails naming SMTP_URL, never echoing a password. */
  public static SmtpUrl parse(String text) {
    URI uri = uri(text.trim());
    boolean implicitTls = "smtps".equalsIgnoreCase(uri.getScheme());
    if (!implicitTls && !"smtp".equalsIgnoreCase(uri.getScheme())) throw invalid("start with smtp:// or smtps://", text);
    if (uri.getHost() == null || uri.getHost().isBlank()) throw invalid("name a host", text);
    String path = uri.getRawPath();
    if (path != null && !path.isEmpty() && !path.equals("/")) throw invalid("have no path", text);
    int port = uri.getPort() != -1 ? uri.getPort() : implicitTls ? SMTPS_PORT : SMTP_PORT;
    String userInfo = uri.getRawUserInfo();
    if (userInfo == null) return new SmtpUrl(uri.getHost(), port, null, null, implicitTls);
    int colon = userInfo.indexOf(':');
    String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
    String password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
    return new SmtpUrl(uri.getHost(), port, user, password, implicitTls);
  }

  /** The JavaMail protocol this URL names: {@code smtps} for implicit TLS, else {@code smtp}. */
  public String protocol() {
    return implicitTls ? "smtps" : "smtp";
  }

  private static URI uri(String text) {
    try {
      URI uri = new URI(text);
      if (uri.getRawAuthority() != null && uri.getHost() == null) throw invalid("have a host and a numeric port", text);
      return uri;
    } catch (URISyntaxException e) {
      throw invalid("be a URL", text);
    }
  }

  // Percent-decoding only: in a URL's user info a '+' is a plus, not a space.
  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static InvalidSettingException invalid(String expectation, String text) {
    return new InvalidSettingException("SMTP_URL", expectation + ", as in " + FORM,
        InvalidSettingException.withoutPassword(text));
  }

  /** Host and port for messages; the credentials stay out of logs. */
  @Override
  public String toString() {
    return protocol() + "://" + host + ":" + port;
  }
}
