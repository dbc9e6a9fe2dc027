package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import dev.estodo.todo.reactors.RecordingEmail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The largest answer kept is an eighth of the cache; concurrent misses of one tag all get the same bytes. */
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
