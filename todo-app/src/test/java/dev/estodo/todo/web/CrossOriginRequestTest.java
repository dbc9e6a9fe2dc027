package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.events.TodoAdded;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CrossOriginRequestTest {
  private static final String ADD = "{\"title\": \"Get to the chopper\", \"stakeholder_email\": \"dillon@example.com\"}";
  private static TodoApi api;
  private static String own;
  private final UUID todoId = UUID.randomUUID();

  @BeforeAll
  static void start() {
    api = new TodoApi();
    own = "http://127.0.0.1:" + api.server().uri("/").getPort();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void a_write_from_the_server_s_own_origin_is_served() {
    assertThat(add("Origin", own).statusCode()).isEqualTo(201);
    assertThat(api.lastEvent(todoId).type()).isEqualTo("todo_added");
  }

  @Test
  void a_write_without_any_browser_header_is_served_as_curl_and_the_command_line_send_it() {
    assertThat(api.post("/todo/" + todoId, ADD).statusCode()).isEqualTo(201);
  }

  @Test
  void a_write_marked_same_origin_or_user_initiated_is_served() {
    assertThat(add("Sec-Fetch-Site", "same-origin").statusCode()).isEqualTo(201);
    assertThat(api.send("PUT", "/todo/" + todoId, BodyPublishers.ofString("{\"description\": \"Now!\"}"),
        "Sec-Fetch-Site", "none", "Origin", own).statusCode()).isEqualTo(200);
  }

  @Test
  void a_write_from_another_origin_is_refused_and_writes_nothing() {
    for (String origin : new String[] {"http://evil.example", "null", "http://127.0.0.1:1", "https://127.0.0.1:"
        + api.server().uri("/").getPort(), "http://127.0.0.1", "not an origin", "http://localhost:" + api.server().uri("/").getPort()}) {

      HttpResponse<String> response = add("Origin", origin);

      assertThat(response.statusCode()).as(origin).isEqualTo(403);
      assertThat(response.body()).isEqualTo("Forbidden: cross-origin request refused");
    }
    assertThat(api.events(todoId)).isEmpty();
  }

  @Test
  void a_write_a_browser_marks_as_from_another_site_is_refused_whatever_its_origin_says() {
    for (String site : new String[] {"cross-site", "same-site", "Cross-Site"}) {

      HttpResponse<String> response = add("Sec-Fetch-Site", site, "Origin", own);

      assertThat(response.statusCode()).as(site).isEqualTo(403);
    }
    assertThat(api.events(todoId)).isEmpty();
  }

  @Test
  void every_command_is_refused_from_another_origin_in_problem_details_when_asked() {
    api.seed(todoId, new TodoAdded("Get to the chopper", null, null, null));

    for (String command : new String[] {"/complete", "/abandon", "/moveup"}) {
      HttpResponse<String> response = api.send("POST", "/todo/" + todoId + command,
          BodyPublishers.ofString("{\"completed_on\": \"2017-07-13\", \"abandoned_on\": \"2017-07-13\"}"),
          "Origin", "http://evil.example", "Accept", "application/problem+json");

      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
          + "\"detail\":\"cross-origin request refused\"}");
    }
    assertThat(api.events(todoId)).hasSize(1);
  }

  @Test
  void behind_a_proxy_that_ends_tls_the_forwarded_scheme_is_the_server_s_own() {
    HttpResponse<String> response = add("Origin", own.replace("http:", "https:"), "X-Forwarded-Proto", "https");

    assertThat(response.statusCode()).isEqualTo(201);
  }

  @Test
  void a_read_from_another_site_is_served_since_it_writes_nothing() {
    HttpResponse<String> response = api.send("GET", "/todos/outstanding", BodyPublishers.noBody(),
        "Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> add(String... headers) {
    return api.send("POST", "/todo/" + todoId, BodyPublishers.ofString(ADD), headers);
  }
}
