package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.Json;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.reactors.RecordingEmail;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code ?limit=} and {@code ?offset=} on the lists and the history, through the real server. */
class PagingRequestTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<String> TITLES = List.of("2000 squats", "Get to the chopper", "Milk is for babies",
      "Do it now!", "Stop whining!");
  private static TestServer server;
  private static TodoHistory history;
  private static long seeded;

  @BeforeAll
  static void seed() {
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
    history = new TodoHistory(server.application().store());
    for (String title : TITLES) {
      seeded = history.append(UUID.randomUUID(), new TodoAdded(title, null, "2017-07-1" + TITLES.indexOf(title), null));
    }
    for (String title : List.of("I'll be back", "Consider that a divorce")) {
      UUID id = UUID.randomUUID();
      history.append(id, new TodoAdded(title, null, null, null));
      seeded = history.append(id, new TodoCompleted("2017-07-13"));
    }
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void a_limit_and_an_offset_answer_that_part_of_each_list_laid_out_as_the_whole_list() throws Exception {
    for (String list : List.of("outstanding", "scheduled", "completed")) {
      List<JsonNode> whole = rows(get("/todos/" + list + "?after=" + seeded).body());

      HttpResponse<String> page = get("/todos/" + list + "?after=" + seeded + "&limit=2&offset=1");

      assertThat(page.statusCode()).as(list).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(page.body()).as(list).isEqualTo(PrettyJson.write(whole.subList(1, Math.min(3, whole.size()))));
    }
  }

  @Test
  void a_limit_alone_is_the_first_rows_and_an_offset_alone_is_the_rest() throws Exception {
    List<String> whole = titles(get("/todos/outstanding?after=" + seeded).body());

    List<String> first = titles(get("/todos/outstanding?after=" + seeded + "&limit=3").body());
    List<String> rest = titles(get("/todos/outstanding?after=" + seeded + "&offset=3").body());

    assertThat(whole).containsExactlyElementsOf(TITLES);
    assertThat(first).containsExactlyElementsOf(TITLES.subList(0, 3));
    assertThat(rest).containsExactlyElementsOf(TITLES.subList(3, 5));
  }

  @Test
  void a_page_past_the_end_is_an_empty_array() throws Exception {
    HttpResponse<String> response = get("/todos/completed?after=" + seeded + "&offset=2&limit=10000");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[]");
  }

  @Test
  void a_page_waits_for_after_then_counts_from_the_list_that_includes_the_write() throws Exception {
    int before = titles(get("/todos/outstanding?after=" + seeded).body()).size();
    long added = history.append(UUID.randomUUID(), new TodoAdded("Hasta la vista, baby", null, null, null));

    HttpResponse<String> response = get("/todos/outstanding?limit=1&offset=" + before + "&after=" + added);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(titles(response.body())).containsExactly("Hasta la vista, baby");
  }

  @Test
  void an_invalid_limit_or_offset_is_a_bad_request_naming_it() throws Exception {
    List<String> paths = List.of("/todos/outstanding", "/todos/scheduled", "/todos/completed",
        "/todo/" + UUID.randomUUID() + "/events");
    for (String path : paths) {
      for (String limit : List.of("0", "-1", "10001", "ten", "", "1.5", "99999999999999999999", "5%zz", "1&limit=2")) {
        assertThat(badRequest(path + "?limit=" + limit)).as(path + " limit " + limit).isEqualTo("Bad Request: limit is invalid");
      }
      for (String offset : List.of("-1", "one", "", "2.0", "99999999999999999999", "%u0031", "1&offset=2")) {
        assertThat(badRequest(path + "?offset=" + offset)).as(path + " offset " + offset).isEqualTo("Bad Request: offset is invalid");
      }
    }
  }

  @Test
  void a_page_of_a_todos_history_is_those_events_and_past_its_end_an_empty_array() throws Exception {
    UUID squats = UUID.randomUUID();
    history.append(squats, new TodoAdded("2000 squats", null, null, null));
    history.append(squats, new TodoCompleted("2017-07-13"));

    List<JsonNode> second = rows(get("/todo/" + squats + "/events?offset=1&limit=1").body());
    HttpResponse<String> pastTheEnd = get("/todo/" + squats + "/events?offset=2");
    HttpResponse<String> unknown = get("/todo/" + UUID.randomUUID() + "/events?offset=2");

    assertThat(second).extracting(event -> event.get("type").textValue()).containsExactly("todo_completed");
    assertThat(pastTheEnd.statusCode()).isEqualTo(200);
    assertThat(pastTheEnd.body()).isEqualTo("[]");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).isEqualTo("Not Found");
  }

  // sent as written: the JDK's client refuses to send an escape that does not decode
  private static String badRequest(String path) {
    RawHttp.Response response = RawHttp.send(server.uri("/"), "GET", path, "");
    assertThat(response.status()).as(path).isEqualTo(400);
    return response.body();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<JsonNode> rows(String json) throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    Json.mapper().readTree(json).forEach(rows::add);
    return rows;
  }

  private static List<String> titles(String json) throws Exception {
    return rows(json).stream().map(row -> row.get("title").textValue()).toList();
  }
}
