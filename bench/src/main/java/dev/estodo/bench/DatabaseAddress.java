package dev.estodo.bench;

import dev.estodo.todo.database.DatabaseUrl;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One bench database as other processes reach it: the server under test and the generators take
 * its JDBC URL (credentials in the query), pgbench its host, port, user and name.
 */
record DatabaseAddress(String host, int port, String database, String user, String password, String query) {

  /** Database {@code name} on the server {@code server} names. */
  static DatabaseAddress of(DatabaseUrl server, String name) {
    URI uri = URI.create(server.jdbcUrl().substring("jdbc:".length()));
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    String user = server.user() != null ? server.user() : parameter(query, "user");
    String password = server.password() != null ? server.password() : parameter(query, "password");
    return new DatabaseAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), name, user, password, query);
  }

  /** A JDBC URL with everything in it, as {@code DATABASE_URL} takes it. */
  String jdbcUrl() {
    StringBuilder url = new StringBuilder("jdbc:postgresql://" + host + ":" + port + "/" + database + "?" + query);
    if (user != null && parameter(query, "user") == null) url.append("&user=").append(encoded(user));
    if (password != null && parameter(query, "password") == null) url.append("&password=").append(encoded(password));
    return url.toString().replace("?&", "?");
  }

  private static String parameter(String query, String name) {
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
    }
    return null;
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
