package dev.estodo.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

/** Waiting until a server process has projected everything in its store, by asking it with {@code ?after=}. */
final class Projected {
  private static final long LIMIT_NANOS = 300_000_000_000L;

  private Projected() {}

  /** Returns once the outstanding list of {@code server} includes the store's head; fails after 5 minutes. */
  static void await(EstodoProcess server, DataSource store) throws Exception {
    long head = head(store);
    URI uri = server.uri("/todos/outstanding?limit=1&after=" + head);
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + LIMIT_NANOS;
    // each ask waits on the server up to its read wait, then answers 503; ask again until 200
    while (client.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.discarding()).statusCode() != 200) {
      if (System.nanoTime() > deadline) throw new IllegalStateException("position " + head + " not projected in 5 min");
    }
  }

  static long head(DataSource store) throws Exception {
    try (Connection connection = store.getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT coalesce(max(position), 0) FROM events")) {
      row.next();
      return row.getLong(1);
    }
  }
}
