package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.TestLog;
import dev.estodo.todo.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A streamed list whose database connection dies mid-answer is cut off, never ended as if whole. */
class StreamFailureRequestTest {
  // about 12 MB: more than the largest answer the list cache keeps (8 MB, an eighth of its default
  // size), so it is streamed, and far more than the sockets buffer (under 0.3 MB here), so the
  // server is still reading rows when the client stalls
  private static final int TODOS = 12_000;

  @Test
  void a_list_whose_database_connection_dies_after_its_first_rows_is_cut_off_and_logged() throws Exception {
    try (TestServer server = TestServer.start(); Connection admin = server.application().dataSource().getConnection()) {
      try (Statement statement = admin.createStatement()) {
        statement.execute("INSERT INTO query_outstanding_todos (todo_id, title, description) SELECT gen_random_uuid(), "
            + "n || ' squats', repeat('Leg day. ', 110) FROM generate_series(1, " + TODOS + ") AS n");
      }
      TestLog log = TestLog.mark();

      try (Socket client = new Socket("127.0.0.1", server.uri("/").getPort())) {
        client.getOutputStream().write(("GET /todos/outstanding HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        InputStream in = client.getInputStream();
        String start = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
        terminateTheQuery(admin);
        String answer = start + readToTheEnd(in);

        assertThat(start).isEqualTo("HTTP/1.1 200");
        assertThat(answer).contains("\"1 squats\"").doesNotContain("\"" + TODOS + " squats\"").doesNotEndWith("0\r\n\r\n");
      }
      assertThat(log.await("GET /todos/outstanding failed after its answer began").level()).isEqualTo("WARN");
    }
  }

  // the query's connection waits for the client to read, between two fetches of its cursor
  private static void terminateTheQuery(Connection admin) throws Exception {
    try (Statement statement = admin.createStatement()) {
      for (int attempt = 0; attempt < 100; attempt++) {
        try (ResultSet killed = statement.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            + "WHERE query LIKE '%FROM query_outstanding_todos%LIMIT%' AND pid <> pg_backend_pid()")) {
          if (killed.next()) return;
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("the list's query never showed in pg_stat_activity");
  }

  private static String readToTheEnd(InputStream in) {
    ByteArrayOutputStream rest = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    try {
      for (int read; (read = in.read(buffer)) != -1; ) {
        rest.write(buffer, 0, read);
      }
    } catch (IOException e) {
      // a reset connection is a cut-off answer too
    }
    return rest.toString(StandardCharsets.UTF_8);
  }
}
