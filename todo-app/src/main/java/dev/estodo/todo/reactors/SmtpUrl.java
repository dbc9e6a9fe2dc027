package dev.estodo.todo.reactors;

import dev.estodo.todo.InvalidSettingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Where SMTP_URL says to send email: {@code smtp://user:pass@host:port}, user and port optional. */
public record SmtpUrl(String host, int port, String user, String password) {
  private static final int DEFAULT_PORT = 25;
  private static final String FORM = "smtp://user:pass@host:port";

  /** Parses and checks {@code text}; a wrong value fails naming SMTP_URL, never echoing a password. */
  public static SmtpUrl parse(String text) {
    URI uri = uri(text.trim());
    if (!"smtp".equalsIgnoreCase(uri.getScheme())) throw invalid("start with smtp://", text);
    if (uri.getHost() == null || uri.getHost().isBlank()) throw invalid("name a host", text);
    String path = uri.getRawPath();
    if (path != null && !path.isEmpty() && !path.equals("/")) throw invalid("have no path", text);
    int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
    String userInfo = uri.getRawUserInfo();
    if (userInfo == null) return new SmtpUrl(uri.getHost(), port, null, null);
    int colon = userInfo.indexOf(':');
    if (colon < 0) return new SmtpUrl(uri.getHost(), port, decode(userInfo), null);
    return new SmtpUrl(uri.getHost(), port, decode(userInfo.substring(0, colon)), decode(userInfo.substring(colon + 1)));
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
    return "smtp://" + host + ":" + port;
  }
}
