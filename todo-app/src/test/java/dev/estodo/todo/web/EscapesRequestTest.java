package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.TestLog;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EscapesRequestTest {
  private static final List<String> STRAY_ESCAPES = List.of("%u0041", "%zz", "%", "3f2504e0-4f89-11d3-9a0c-0305e82c330%");
  private static final String BODY = "{\"title\": \"2000 squats\", \"completed_on\": \"2017-07-13\", \"abandoned_on\": \"2017-07-13\"}";
  private static TodoApi api;
  private static URI server;

  @BeforeAll
  static void start() {
    api = new TodoApi();
    server = api.server().uri("/");
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void an_escape_that_does_not_decode_in_the_id_of_any_todo_route_is_an_invalid_todo_id_and_logs_nothing() {
    List<String> idRoutes = api.server().routes().stream().filter(route -> route.contains("{id}")).toList();
    TestLog log = TestLog.mark();

    for (String route : idRoutes) {
      for (String escape : STRAY_ESCAPES) {
        String[] methodAndPath = route.split(" ");

        RawHttp.Response response = RawHttp.send(server, methodAndPath[0], methodAndPath[1].replace("{id}", escape), BODY);

        assertThat(response.status()).as(route + " with " + escape).isEqualTo(400);
        assertThat(response.body()).as(route + " with " + escape).isEqualTo("Bad Request: todo_id is invalid");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
      }
    }

    assertThat(idRoutes).hasSize(6);
    assertThat(api.eventCount()).isZero();
    assertThat(log.entries()).filteredOn(entry -> entry.level().equals("ERROR") || entry.hasTrace()).isEmpty();
  }

  @Test
  void an_asset_named_with_an_escape_that_does_not_decode_is_not_found() {
    TestLog log = TestLog.mark();

    for (String asset : List.of("/assets/%u0061pp.js", "/assets/%zz", "/assets/app.js%", "/assets/%E0%A4%A")) {

      RawHttp.Response response = RawHttp.send(server, "GET", asset, "");

      assertThat(response.status()).as(asset).isEqualTo(404);
      assertThat(response.body()).isEqualTo("Not Found");
    }
    assertThat(log.entries()).filteredOn(entry -> entry.level().equals("ERROR") || entry.hasTrace()).isEmpty();
  }

  @Test
  void an_escape_in_a_path_that_decodes_still_names_the_todo() {
    String todoId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    RawHttp.Response response = RawHttp.send(server, "POST", "/todo/" + todoId.replace("3f", "%33f"), "{\"title\": \"2000 squats\"}");

    assertThat(response.status()).isEqualTo(201);
    assertThat(api.lastEvent(UUID.fromString(todoId)).type()).isEqualTo("todo_added");
  }

  @Test
  void an_after_that_does_not_decode_or_comes_twice_is_invalid_on_every_list() {
    List<String> lists = api.server().routes().stream().filter(route -> route.startsWith("GET /todos/")).toList();

    for (String list : lists) {
      for (String query : List.of("after=99999999%zz", "after=%", "after=%u0031", "after=1&after=1", "after=%FF", "after")) {

        RawHttp.Response response = RawHttp.send(server, "GET", list.substring(4) + "?" + query, "");

        assertThat(response.status()).as(list + "?" + query).isEqualTo(400);
        assertThat(response.body()).isEqualTo("Bad Request: after is invalid");
      }
    }
    assertThat(lists).hasSize(3);
  }

  @Test
  void an_after_that_is_escaped_reads_as_its_decoded_value_and_other_parameters_are_ignored() {

    RawHttp.Response response = RawHttp.send(server, "GET", "/todos/outstanding?%zz=1&todo_id=%u&after=%30", "");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[]");
  }
}
