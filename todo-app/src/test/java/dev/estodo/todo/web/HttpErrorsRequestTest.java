package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.Json;
import dev.estodo.todo.events.TodoAdded;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpErrorsRequestTest {
  private static TodoApi api;
  private final UUID todoId = UUID.randomUUID();

  @BeforeAll
  static void start() {
    api = new TodoApi();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void an_unknown_path_is_not_found() {
    HttpResponse<String> response = api.get("/todos/terminated");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("Not Found");
  }

  @Test
  void a_known_path_with_the_wrong_method_is_not_allowed_and_says_which_are() {
    HttpResponse<String> response = api.send("DELETE", "/todo/" + todoId + "/complete", BodyPublishers.noBody());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.body()).isEqualTo("Method Not Allowed");
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void a_body_over_64_kib_is_too_large() {
    String body = "{\"title\": \"" + "a".repeat(70_000) + "\"}";

    HttpResponse<String> response = api.post("/todo/" + todoId, body);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("Payload Too Large: body is larger than 64 KiB");
    assertThat(api.events(todoId)).isEmpty();
  }

  @Test
  void a_chunked_body_over_64_kib_without_a_length_is_too_large_too() {
    byte[] body = ("{\"title\": \"" + "a".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = api.send("POST", "/todo/" + todoId,
        BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("Payload Too Large: body is larger than 64 KiB");
  }

  @Test
  void a_body_of_exactly_64_kib_is_read() {
    String start = "{\"title\": \"2000 squats\", \"padding\": \"";
    String body = start + "a".repeat(64 * 1024 - start.length() - 2) + "\"}";

    HttpResponse<String> response = api.post("/todo/" + todoId, body);

    assertThat(body).hasSize(64 * 1024);
    assertThat(response.statusCode()).isEqualTo(201);
  }

  @Test
  void a_client_that_accepts_problem_json_gets_problem_details() throws Exception {
    api.seed(todoId, new TodoAdded("2000 squats", null, null, null));

    HttpResponse<String> response = api.send("POST", "/todo/" + todoId, BodyPublishers.ofString("{\"title\": \"x\"}"),
        "Accept", "application/problem+json");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = Json.mapper().readTree(response.body());
    assertThat(problem.toString()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Unprocessable Entity\","
        + "\"status\":422,\"detail\":\"Todo \\\"" + todoId + "\\\" already exists\"}");
  }

  @Test
  void problem_details_for_an_unknown_path_name_the_status() throws Exception {
    HttpResponse<String> response = api.send("GET", "/nowhere", BodyPublishers.noBody(),
        "Accept", "application/json, application/problem+json");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Json.mapper().readTree(response.body()).get("title").textValue()).isEqualTo("Not Found");
  }

  @Test
  void a_uuid_correlation_id_is_recorded_on_the_events_and_echoed() {
    String correlation = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    HttpResponse<String> response = api.send("POST", "/todo/" + todoId,
        BodyPublishers.ofString("{\"title\": \"2000 squats\"}"), "X-Correlation-Id", correlation);

    assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue(correlation);
    assertThat(api.lastEvent(todoId).correlationId()).hasToString(correlation);
  }

  @Test
  void a_correlation_id_that_is_not_a_uuid_is_replaced_by_a_new_one() {
    HttpResponse<String> response = api.send("POST", "/todo/" + todoId,
        BodyPublishers.ofString("{\"title\": \"2000 squats\"}"), "X-Correlation-Id", "'; DROP TABLE events; --");

    String echoed = response.headers().firstValue("X-Correlation-Id").orElseThrow();
    assertThat(api.lastEvent(todoId).correlationId()).hasToString(echoed);
  }

  @Test
  void a_request_jetty_cannot_parse_is_answered_in_plain_text() throws Exception {
    String request = "POST /todo/" + todoId + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n";

    String response = sendRaw(request);

    assertThat(response).startsWith("HTTP/1.1 400 ");
    assertThat(response).containsIgnoringCase("Content-Type: text/plain");
    assertThat(response).endsWith("Bad Request: Transfer-Encoding and Content-Length");
  }

  private static String sendRaw(String request) throws Exception {
    try (Socket socket = new Socket(api.server().uri("/").getHost(), api.server().uri("/").getPort())) {
      socket.setSoTimeout(60_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
