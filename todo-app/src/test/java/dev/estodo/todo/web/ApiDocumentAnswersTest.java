package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import dev.estodo.todo.reactors.RecordingEmail;
import dev.estodo.todo.web.ReadmeExamples.Exchange;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server's real answers, good and bad, validate against the document as the README's do. */
class ApiDocumentAnswersTest {
  private static final List<String> SHOWN_HEADERS = List.of("Content-Type", "Todo-Position", "X-Correlation-Id",
      "Retry-After");
  private static TestServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ApiDocument document = ApiDocument.load();
  private final List<String> problems = new ArrayList<>();
  private final List<Integer> statuses = new ArrayList<>();

  @BeforeAll
  static void start() {
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void commands_good_and_bad_answer_as_the_document_says() throws Exception {
    String todo = "/todo/" + UUID.randomUUID();

    exchange("POST", todo, "{\"title\": \"Get to the chopper\", \"due_date\": \"2017-07-13T10:30:00Z\", "
        + "\"stakeholder_email\": \"dutch@example.com\"}", Map.of());
    exchange("POST", todo, "{\"title\": \"2000 squats\"}", Map.of());
    exchange("PUT", todo, "{\"due_date\": null, \"description\": \"It's in the trees\"}", Map.of());
    exchange("POST", todo + "/complete", "{\"completed_on\": \"Monday\"}", Map.of());
    exchange("POST", todo + "/complete", "{}", Map.of("Accept", "application/problem+json"));
    exchange("POST", todo + "/moveup", "", Map.of("Idempotency-Key", "\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
    exchange("POST", todo + "/moveup", "", Map.of("Idempotency-Key", "\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
    exchange("POST", todo + "/abandon", "{\"abandoned_on\": \"2017-07-13\"}", Map.of("Idempotency-Key", "chopper"));
    exchange("POST", todo + "/abandon", "{\"abandoned_on\": \"2017-07-14\"}", Map.of("Idempotency-Key", "chopper"));

    assertThat(statuses).containsExactly(201, 422, 200, 400, 400, 200, 200, 200, 422);
    assertThat(problems).isEmpty();
  }

  @Test
  void lists_history_and_health_answer_as_the_document_says() throws Exception {
    String todo = "/todo/" + UUID.randomUUID();
    String done = "/todo/" + UUID.randomUUID();
    exchange("POST", todo, "{\"title\": \"2000 squats\", \"description\": \"Leg day.\", \"due_date\": \"2017-07-13\"}", Map.of());
    exchange("POST", done, "{\"title\": \"Get to the chopper\", \"stakeholder_email\": \"dutch@example.com\"}", Map.of());
    String after = "?after=" + exchange("POST", done + "/complete", "{\"completed_on\": \"2017-07-13T10:30:00+02:00\"}",
        Map.of()).headers().firstValue(CommandRoutes.POSITION_HEADER).orElseThrow();

    String outstanding = exchange("GET", "/todos/outstanding" + after, null, Map.of()).body();
    String scheduled = exchange("GET", "/todos/scheduled" + after + "&limit=50", null, Map.of()).body();
    String completed = exchange("GET", "/todos/completed" + after + "&offset=0", null, Map.of()).body();
    exchange("GET", done + "/events", null, Map.of());
    exchange("GET", todo + "/events?offset=5", null, Map.of());
    exchange("GET", "/todo/" + UUID.randomUUID() + "/events", null, Map.of());
    exchange("GET", "/todos/outstanding?limit=ten", null, Map.of());
    exchange("GET", "/todos/scheduled?after=99999999", null, Map.of("Accept", "application/problem+json"));
    exchange("GET", "/health", null, Map.of());

    assertThat(statuses).containsExactly(201, 201, 200, 200, 200, 200, 200, 200, 404, 400, 409, 200);
    assertThat(outstanding + scheduled).contains("2000 squats");
    assertThat(completed).contains("Get to the chopper");
    assertThat(problems).isEmpty();
  }

  private HttpResponse<String> exchange(String method, String target, String body, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(target))
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    headers.forEach(request::header);
    HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    Map<String, String> shown = new LinkedHashMap<>();
    SHOWN_HEADERS.forEach(name -> answer.headers().firstValue(name).ifPresent(value -> shown.put(name, value)));
    statuses.add(answer.statusCode());
    problems.addAll(new ExchangeCheck(document, new Exchange(method + " " + target, method, target,
        body == null || body.isEmpty() ? null : body, headers, answer.statusCode(), shown, answer.body().strip())).problems());
    return answer;
  }
}
