package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import dev.estodo.todo.WebLimits;
import dev.estodo.todo.WebSettings;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clients that send slowly, or stop, hold neither the server nor a request for long. */
class SlowClientsRequestTest {
  private static final Duration IDLE = Duration.ofSeconds(1);
  private static final int MIN_RATE = 1024;
  private static TestServer server;
  private static WebServer web;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @BeforeAll
  static void start() {
    server = TestServer.start();
    web = server.application().webServer(WebSettings.DEFAULT_READ_WAIT,
        new WebLimits(WebLimits.DEFAULT_MAX_WAITS, IDLE, MIN_RATE)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
    server.close();
  }

  @Test
  void three_hundred_trickling_bodies_and_three_hundred_trickling_headers_leave_health_answering() throws Exception {
    // a minimum rate of 1 B/s: nine bytes keep each body waiting for 9 s, however slowly the 300 connect
    WebLimits lenient = new WebLimits(WebLimits.DEFAULT_MAX_WAITS, WebLimits.DEFAULT_IDLE_TIMEOUT, 1);
    try (WebServer patient = server.application().webServer(WebSettings.DEFAULT_READ_WAIT, lenient).start("127.0.0.1", 0);
        RawClients bodies = RawClients.open(patient.port(), 300, addHeaders(1000) + "{\"title\":");
        RawClients headers = RawClients.open(patient.port(), 300, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")) {

      HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + patient.port()
          + "/health")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(bodies.answered() + headers.answered()).as("slow clients answered already").isZero();
    }
  }

  @Test
  void a_body_that_stops_arriving_answers_408_after_the_idle_timeout() throws Exception {
    try (RawClients client = RawClients.open(web.port(), 1, addHeaders(1000) + "{\"title\": ")) {
      String answer = RawClients.read(client.sockets().get(0), 5000);

      assertThat(answer).startsWith("HTTP/1.1 408 ").contains("X-Content-Type-Options: nosniff")
          .endsWith("Request Timeout: the body did not arrive in time");
    }
  }

  @Test
  void a_body_slower_than_the_minimum_rate_answers_408() throws Exception {
    try (RawClients client = RawClients.open(web.port(), 1, addHeaders(1000))) {
      Socket socket = client.sockets().get(0);
      for (int i = 0; i < 8 && socket.getInputStream().available() == 0; i++) {
        RawClients.send(socket, "{");
        Thread.sleep(300);
      }
      String answer = RawClients.read(socket, 5000);

      assertThat(answer).startsWith("HTTP/1.1 408 ");
    }
  }

  @Test
  void a_small_body_whose_second_half_a_pause_delays_is_not_refused_as_slow() throws Exception {
    try (RawClients client = RawClients.open(web.port(), 1, addHeaders(2))) {
      Socket socket = client.sockets().get(0);
      RawClients.send(socket, "{");
      Thread.sleep(500);
      RawClients.send(socket, "}");
      String answer = RawClients.read(socket, 5000);

      // 2 bytes in half a second is 4 B/s: a rate counted from the first byte with no grace refuses it
      assertThat(answer).startsWith("HTTP/1.1 400 ").endsWith("title is blank");
    }
  }

  private static String addHeaders(int contentLength) {
    return "POST /todo/" + UUID.randomUUID() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + contentLength
        + "\r\n\r\n";
  }
}
