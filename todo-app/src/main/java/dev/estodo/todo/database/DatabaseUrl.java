package dev.estodo.todo.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A database address from {@code DATABASE_URL}: the original's {@code postgres://user:pass@host:port/db}
 * form or a {@code jdbc:postgresql://...} URL, turned into what pgjdbc takes.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

  /** Parses {@code url}; throws IllegalArgumentException naming DATABASE_URL when it is neither form. */
  public static DatabaseUrl parse(String url) {
    if (url.startsWith("jdbc:postgresql:")) return new DatabaseUrl(url, null, null);
    if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
      throw new IllegalArgumentException("DATABASE_URL must look like postgres://user:pass@host:5432/db "
          + "or jdbc:postgresql://host:5432/db, got: " + redact(url));
    }
    URI uri = URI.create(url);
    if (uri.getHost() == null) throw new IllegalArgumentException("DATABASE_URL has no host: " + redact(url));
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String jdbc = "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query;
    String[] credentials = uri.getRawUserInfo() == null ? new String[0] : uri.getRawUserInfo().split(":", 2);
    return new DatabaseUrl(jdbc, part(credentials, 0), part(credentials, 1));
  }

  // Percent-decoding only: in a URL's user info a '+' is a plus, not a space as in a form.
  private static String part(String[] parts, int index) {
    if (parts.length <= index) return null;
    return URLDecoder.decode(parts[index].replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The URL without its password, fit for logs and error messages. */
  public static String redact(String url) {
    return url.replaceAll("//([^:/@]+):[^@]*@", "//$1:***@");
  }

  /** The JDBC URL for humans: no password. */
  @Override
  public String toString() {
    return jdbcUrl + (user == null ? "" : " as " + user);
  }
}
