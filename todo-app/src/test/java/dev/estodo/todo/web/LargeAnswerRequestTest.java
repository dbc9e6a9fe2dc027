package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.eventsourcing.EventData;
import dev.estodo.todo.Json;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoEvent;
import dev.estodo.todo.events.TodoEventTypes;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Thousands of rows: streamed as they are read (chunked, no Content-Length), complete and in order. */
class LargeAnswerRequestTest {
  private static final int TODOS = 5_000;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void a_list_of_thousands_of_todos_is_streamed_whole_and_in_order() throws Exception {
    // Rows straight into the projection's table: this tests the query's answer, not the projector.
    try (Connection connection = server.application().dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO query_outstanding_todos (todo_id, title, description) SELECT gen_random_uuid(), "
          + "n || ' squats', 'Leg day.' FROM generate_series(1, " + TODOS + ") AS n ORDER BY n");
    }

    HttpResponse<String> response = get("/todos/outstanding");
    HttpResponse<String> lastPage = get("/todos/outstanding?offset=" + (TODOS - 2) + "&limit=10");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Length")).isEmpty();
    assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
    JsonNode rows = Json.mapper().readTree(response.body());
    assertThat(rows).hasSize(TODOS);
    assertThat(rows.get(0).get("title").textValue()).isEqualTo("1 squats");
    assertThat(rows.get(TODOS - 1).get("title").textValue()).isEqualTo(TODOS + " squats");
    assertThat(Json.mapper().readTree(lastPage.body())).extracting(row -> row.get("title").textValue())
        .containsExactly((TODOS - 1) + " squats", TODOS + " squats");
  }

  @Test
  void a_history_of_thousands_of_events_is_streamed_whole_and_in_order() throws Exception {
    UUID squats = UUID.randomUUID();
    Stream<TodoEvent> events = Stream.concat(Stream.of(new TodoAdded("2000 squats", null, null, null)),
        IntStream.rangeClosed(1, 1_000).mapToObj(set -> new TodoAmended(null, Optional.of("Set " + set + " done"), null, null)));
    server.application().store().append(squats, 0, events.map(LargeAnswerRequestTest::data).toList());

    HttpResponse<String> response = get("/todo/" + squats + "/events");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
    JsonNode history = Json.mapper().readTree(response.body());
    assertThat(history).hasSize(1_001);
    assertThat(history.get(1_000).get("version").longValue()).isEqualTo(1_001);
    assertThat(history.get(1_000).get("body").get("description").textValue()).isEqualTo("Set 1000 done");
  }

  private static EventData data(TodoEvent event) {
    return TodoEventTypes.registry().toData(event, null, null);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
