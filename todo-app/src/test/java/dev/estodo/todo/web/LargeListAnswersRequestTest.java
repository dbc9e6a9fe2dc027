package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import dev.estodo.todo.reactors.RecordingEmail;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The largest answer kept is an eighth of the cache; concurrent misses of one tag all get the same
 * bytes, and none waits on another's client while a too-large answer streams to it.
 */
class LargeListAnswersRequestTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static TestServer server;
  private static WebServer small;
  private static WebServer larger;
  private static WebServer uncached;

  @BeforeAll
  static void start() {
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
    small = web(8 * 1024);
    larger = web(64 * 1024);
    uncached = web(0);
  }

  private static WebServer web(long cacheBytes) {
    return new WebServer(List.of(server.application().queryRoutes(Duration.ofSeconds(5), cacheBytes))).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    uncached.close();
    larger.close();
    small.close();
    server.close();
  }

  @Test
  void an_answer_over_an_eighth_of_the_cache_is_streamed_and_one_under_it_is_kept() throws Exception {
    String target = "/todos/outstanding?after=" + addTwenty();

    HttpResponse<byte[]> read = get(uncached, target);
    HttpResponse<byte[]> streamed = get(small, target);
    HttpResponse<byte[]> rendered = get(larger, target);
    HttpResponse<byte[]> kept = get(larger, target);

    assertThat(read.body().length).as("between 1 KB and 8 KB").isBetween(1024, 8 * 1024);
    assertThat(streamed.headers().firstValue("ETag")).isEmpty();
    assertThat(rendered.headers().firstValue("ETag")).isPresent().isEqualTo(kept.headers().firstValue("ETag"));
    assertThat(kept.body()).isEqualTo(rendered.body()).isEqualTo(streamed.body()).isEqualTo(read.body());
  }

  @Test
  void sixteen_requests_missing_one_tag_at_once_all_get_its_bytes() throws Exception {
    String target = "/todos/outstanding?after=" + addTwenty();
    HttpResponse<byte[]> read = get(uncached, target);

    List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      answers.add(HTTP.sendAsync(HttpRequest.newBuilder(uri(larger, target)).build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    String tag = get(larger, target).headers().firstValue("ETag").orElseThrow();
    for (CompletableFuture<HttpResponse<byte[]>> answer : answers) {
      assertThat(answer.get().statusCode()).isEqualTo(200);
      assertThat(answer.get().body()).isEqualTo(read.body());
      answer.get().headers().firstValue("ETag").ifPresent(each -> assertThat(each).isEqualTo(tag));
    }
  }

  @Test
  void a_request_missing_a_tag_whose_answer_streams_to_a_stalled_client_does_not_wait_for_that_client() throws Exception {
    try (TestServer own = TestServer.start(); Connection admin = own.application().dataSource().getConnection();
        WebServer tiny = new WebServer(List.of(own.application().queryRoutes(Duration.ofSeconds(5), 8 * 1024)))
            .start("127.0.0.1", 0)) {
      try (Statement statement = admin.createStatement()) {
        // about 30 MB, far more than the sockets buffers: the first answer cannot end while its client stalls
        statement.execute("INSERT INTO query_outstanding_todos (todo_id, title, description) SELECT gen_random_uuid(), "
            + "n || ' squats', repeat('Leg day. ', 110) FROM generate_series(1, 30000) AS n");
      }
      try (Socket stalled = new Socket("127.0.0.1", tiny.port())) {
        stalled.getOutputStream().write(("GET /todos/outstanding HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(stalled.getInputStream().readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");

        HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(uri(tiny, "/todos/outstanding"))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).contains("\"30000 squats\"").endsWith("]");
      }
    }
  }

  private static long addTwenty() throws Exception {
    long position = 0;
    for (int i = 0; i < 20; i++) {
      HttpRequest add = HttpRequest.newBuilder(server.uri("/todo/" + UUID.randomUUID()))
          .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"2000 squats\", \"description\": \"Leg day.\"}")).build();
      HttpResponse<String> answer = HTTP.send(add, HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(201);
      position = Long.parseLong(answer.headers().firstValue(CommandRoutes.POSITION_HEADER).orElseThrow());
    }
    return position;
  }

  private static URI uri(WebServer web, String target) {
    return URI.create("http://127.0.0.1:" + web.port() + target);
  }

  private static HttpResponse<byte[]> get(WebServer web, String target) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri(web, target)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
