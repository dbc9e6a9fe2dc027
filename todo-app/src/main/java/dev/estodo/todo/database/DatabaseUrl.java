package dev.estodo.todo.database;

import dev.estodo.todo.InvalidSettingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A database address from {@code DATABASE_URL}: the original's {@code postgres://user:pass@host:port/db}
 * form or a {@code jdbc:postgresql://...} URL, turned into what pgjdbc takes.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

  /** Parses {@code url}; a value of neither form fails naming DATABASE_URL, never echoing a password. */
  public static DatabaseUrl parse(String url) {
    if (url.startsWith("jdbc:postgresql:")) return new DatabaseUrl(url, null, null);
    if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) throw invalid("look like", url);
    URI uri = uri(url);
    if (uri.getHost() == null) throw invalid("name a host, as in", url);
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String jdbc = "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query;
    String[] credentials = uri.getRawUserInfo() == null ? new String[0] : uri.getRawUserInfo().split(":", 2);
    return new DatabaseUrl(jdbc, part(credentials, 0), part(credentials, 1));
  }

  private static URI uri(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw invalid("be a URL such as", url);
    }
  }

  private static InvalidSettingException invalid(String expectation, String url) {
    return new InvalidSettingException("DATABASE_URL",
        expectation + " postgres://user:pass@host:5432/db or jdbc:postgresql://host:5432/db",
        InvalidSettingException.withoutPassword(url));
  }

  // Percent-decoding only: in a URL's user info a '+' is a plus, not a space as in a form.
  private static String part(String[] parts, int index) {
    if (parts.length <= index) return null;
    return URLDecoder.decode(parts[index].replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The JDBC URL for humans: no password, not even one in its query. */
  @Override
  public String toString() {
    return jdbcUrl.replaceAll("(?i)([?&]password=)[^&]*", "$1***") + (user == null ? "" : " as " + user);
  }
}
