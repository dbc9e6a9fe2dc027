package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.events.TodoAdded;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HeadRequestTest {
  private static final UUID TODO_ID = UUID.randomUUID();
  private static TodoApi api;

  @BeforeAll
  static void start() {
    api = new TodoApi();
    api.seed(TODO_ID, new TodoAdded("Get to the chopper", "Now!", "2017-07-13", "dutch@example.com"));
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void head_answers_what_get_would_on_every_route_without_the_body() {
    List<String> paths = new ArrayList<>();
    for (String route : api.server().routes()) {
      paths.add(route.split(" ")[1].replace("{id}", TODO_ID.toString()).replace("{name}", "app.js"));
    }

    for (String path : paths) {
      compare(path);
    }

    assertThat(paths).contains("/", "/assets/app.js", "/todos/outstanding", "/todo/" + TODO_ID + "/events", "/health");
  }

  @Test
  void head_answers_what_get_would_to_bad_input_unknown_paths_and_far_positions() {
    for (String path : List.of("/todo/not-a-uuid/events", "/todo/" + UUID.randomUUID() + "/events", "/nowhere",
        "/assets/nope.js", "/todos/outstanding?after=99999999", "/todos/scheduled?after=Monday",
        "/todos/completed?after=5%25zz", "/todo/" + TODO_ID + "/complete")) {
      compare(path);
    }
  }

  @Test
  void head_of_a_bad_todo_id_is_a_bad_request_as_get_is() {

    HttpResponse<String> head = api.send("HEAD", "/todo/not-a-uuid/events", BodyPublishers.noBody());

    assertThat(head.statusCode()).isEqualTo(400);
    assertThat(head.headers().firstValue("Content-Length")).hasValue("31");
  }

  @Test
  void head_of_the_page_carries_its_content_security_policy() {

    HttpResponse<String> head = api.send("HEAD", "/", BodyPublishers.noBody());

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Security-Policy")).hasValue(PageRoutes.CONTENT_SECURITY_POLICY);
    assertThat(head.body()).isEmpty();
  }

  private static void compare(String path) {
    HttpResponse<?> get = path.equals("/events/stream") ? headersOfStream(path) : api.get(path);

    HttpResponse<String> head = api.send("HEAD", path, BodyPublishers.noBody());

    assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(get.statusCode());
    assertThat(headers(head, path)).as("HEAD " + path).isEqualTo(headers(get, path));
    assertThat(head.body()).as("HEAD " + path).isEmpty();
  }

  /**
   * The headers but the date, which may tick between the two answers, and the length of the
   * health report, whose lags and ages are measured anew at each request.
   */
  // a stream's body never ends: its GET is read up to the headers and closed
  private static HttpResponse<?> headersOfStream(String path) {
    try {
      HttpResponse<InputStream> get = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(api.server().uri(path)).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      get.body().close();
      return get;
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("GET " + path + " failed", e);
    }
  }

  private static Map<String, List<String>> headers(HttpResponse<?> response, String path) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(response.headers().map());
    headers.remove("date");
    if (path.equals("/health")) headers.remove("content-length");
    return headers;
  }
}
