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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lists answered from memory while their projection stands: ETag, 304, the same bytes as a read. */
class CachedListAnswersRequestTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static TestServer server;
  private static WebServer uncached;

  @BeforeAll
  static void start() {
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
    uncached = new WebServer(List.of(server.application().queryRoutes(Duration.ofSeconds(5), 0))).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    uncached.close();
    server.close();
  }

  @Test
  void a_list_carries_an_etag_and_a_request_naming_it_gets_304_without_a_body() throws Exception {
    long after = add("2000 squats", "{\"title\": \"2000 squats\", \"due_date\": \"2017-07-13\"}");
    HttpResponse<String> first = get("/todos/outstanding?after=" + after, null);
    String tag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = get("/todos/outstanding", tag);

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue(tag);
    assertThat(get("/todos/outstanding", "*").statusCode()).isEqualTo(304);
    assertThat(get("/todos/outstanding", "\"nope\", W/" + tag).statusCode()).isEqualTo(304);
    assertThat(get("/todos/outstanding", "\"nope\"").statusCode()).isEqualTo(200);
    assertThat(get("/todos/outstanding?limit=1", tag).statusCode()).as("another page, another tag").isEqualTo(200);
  }

  @Test
  void cached_answers_are_byte_for_byte_the_answers_read_from_the_database() throws Exception {
    add("Get to the chopper", "{\"title\": \"Get to the chopper\", \"description\": \"Do it now!\", "
        + "\"stakeholder_email\": \"dutch@example.com\"}");
    UUID done = UUID.randomUUID();
    HTTP.send(post("/todo/" + done, "{\"title\": \"I'll be back\", \"due_date\": \"2017-06-13T10:30:00+02:00\"}"),
        HttpResponse.BodyHandlers.ofString());
    long after = Long.parseLong(HTTP.send(post("/todo/" + done + "/complete", "{\"completed_on\": \"2017-07-13\"}"),
        HttpResponse.BodyHandlers.ofString()).headers().firstValue(CommandRoutes.POSITION_HEADER).orElseThrow());

    for (String list : List.of("outstanding", "scheduled", "completed")) {
      for (String page : List.of("", "&limit=1", "&offset=1", "&limit=2&offset=0")) {
        String target = "/todos/" + list + "?after=" + after + page;
        HttpResponse<byte[]> rendered = bytes(server.uri(target));
        HttpResponse<byte[]> kept = bytes(server.uri(target));
        HttpResponse<byte[]> read = bytes(URI.create("http://127.0.0.1:" + uncached.port() + target));

        assertThat(kept.headers().firstValue("ETag")).as(target).isEqualTo(rendered.headers().firstValue("ETag"));
        assertThat(kept.body()).as(target).isEqualTo(rendered.body()).isEqualTo(read.body());
        assertThat(kept.headers().firstValue("Content-Type")).isEqualTo(read.headers().firstValue("Content-Type"));
        assertThat(read.headers().firstValue("ETag")).as("no cache, no tag").isEmpty();
      }
    }
  }

  @Test
  void a_command_moves_the_tag_and_a_list_after_it_includes_the_new_todo() throws Exception {
    long first = add("Bicep curls for days", "{\"title\": \"Bicep curls for days\"}");
    String before = get("/todos/outstanding?after=" + first, null).headers().firstValue("ETag").orElseThrow();

    long after = add("Hasta la vista", "{\"title\": \"Hasta la vista\"}");
    HttpResponse<String> answer = get("/todos/outstanding?after=" + after, before);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("Bicep curls for days", "Hasta la vista");
    assertThat(answer.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(before);
  }

  private static long add(String title, String body) throws Exception {
    HttpResponse<String> answer = HTTP.send(post("/todo/" + UUID.randomUUID(), body), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(title).isEqualTo(201);
    return Long.parseLong(answer.headers().firstValue(CommandRoutes.POSITION_HEADER).orElseThrow());
  }

  private static HttpRequest post(String path, String body) {
    return HttpRequest.newBuilder(server.uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private static HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
    if (ifNoneMatch != null) request.header("If-None-Match", ifNoneMatch);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<byte[]> bytes(URI uri) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
