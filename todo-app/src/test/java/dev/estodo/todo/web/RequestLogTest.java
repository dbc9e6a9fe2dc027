package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.TestLog;
import dev.estodo.todo.Application;
import dev.estodo.todo.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestLogTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void a_server_asked_to_log_requests_logs_one_line_per_request_and_one_not_asked_logs_none() throws Exception {
    var dataSource = TestServer.freshDataSource();
    UUID todoId = UUID.randomUUID();
    UUID quiet = UUID.randomUUID();
    String correlation = UUID.randomUUID().toString();
    TestLog log = TestLog.mark();
    try (Application application = Application.on(dataSource, dataSource);
        WebServer silent = application.webServer().start("127.0.0.1", 0);
        WebServer logging = application.webServer().logRequests(true).start("127.0.0.1", 0)) {

      send(silent, HttpRequest.newBuilder(uri(silent, "/todo/" + quiet)).POST(body("I'll be back")));
      send(logging, HttpRequest.newBuilder(uri(logging, "/todo/" + todoId)).header("X-Correlation-Id", correlation)
          .POST(body("Get to the chopper")));
      send(logging, HttpRequest.newBuilder(uri(logging, "/todos/outstanding")).GET());

      TestLog.Entry get = log.await("GET /todos/outstanding 200 ");
      assertThat(get.message()).matches("GET /todos/outstanding 200 \\d+\\.\\d ms -");
      assertThat(log.only("POST /todo/" + todoId).message())
          .matches("POST /todo/" + todoId + " 201 \\d+\\.\\d ms " + correlation);
      assertThat(log.containing(quiet.toString())).isEmpty();
    }
  }

  private static HttpRequest.BodyPublisher body(String title) {
    return HttpRequest.BodyPublishers.ofString("{\"title\": \"" + title + "\"}");
  }

  private static URI uri(WebServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private void send(WebServer server, HttpRequest.Builder request) throws Exception {
    http.send(request.build(), BodyHandlers.discarding());
  }
}
