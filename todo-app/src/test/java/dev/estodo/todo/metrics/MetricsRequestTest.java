package dev.estodo.todo.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} through a real server: its format, requests, commands of every outcome, appends, pool, JVM. */
class MetricsRequestTest {
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
  void metrics_answer_in_the_prometheus_text_format_with_the_pool_and_the_jvm() throws Exception {
    Scrape scrape = Scrape.of(server.uri("/"));

    assertThat(scrape.response().statusCode()).isEqualTo(200);
    assertThat(scrape.response().headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("text/plain; version=0.0.4"));
    assertThat(scrape.response().body()).contains("# TYPE estodo_commands_total counter");
    assertThat(scrape.samples()).extracting(Scrape.Sample::name).contains("hikaricp_connections_active",
        "hikaricp_connections_max", "jvm_memory_used_bytes", "jvm_threads_live_threads", "process_cpu_usage",
        "process_uptime_seconds", "system_cpu_count", "estodo_waits_open");
  }

  @Test
  void commands_are_counted_by_type_and_outcome_accepted_rejected_invalid_and_conflict() throws Exception {
    Scrape before = Scrape.of(server.uri("/"));
    UUID todoId = UUID.randomUUID();

    assertThat(send("POST", "/todo/" + todoId, "{\"title\":\"2000 squats\"}")).isEqualTo(201);
    assertThat(send("POST", "/todo/" + todoId, "{\"title\":\"2000 squats\"}")).isEqualTo(422);
    assertThat(send("POST", "/todo/" + todoId + "/complete", null)).isEqualTo(400);
    assertThat(conflictingAdd()).isEqualTo(409);

    Scrape after = Scrape.of(server.uri("/"));
    assertThat(increase(before, after, "estodo_commands_total", "type", "add", "outcome", "accepted")).isEqualTo(1);
    assertThat(increase(before, after, "estodo_commands_total", "type", "add", "outcome", "rejected")).isEqualTo(1);
    assertThat(increase(before, after, "estodo_commands_total", "type", "complete", "outcome", "invalid"))
        .isEqualTo(1);
    assertThat(increase(before, after, "estodo_commands_total", "type", "add", "outcome", "conflict")).isEqualTo(1);
    assertThat(after.value("estodo_commands_total", "type", "moveup", "outcome", "accepted")).isZero();
  }

  @Test
  void requests_are_timed_by_route_pattern_method_and_status_never_by_raw_path() throws Exception {
    UUID todoId = UUID.randomUUID();
    send("POST", "/todo/" + todoId, "{\"title\":\"Get to the chopper\"}");
    send("GET", "/no/such/" + todoId, null);
    send("GET", "/nope", null);

    Scrape scrape = Scrape.of(server.uri("/"));

    String requests = "estodo_http_requests_seconds_count";
    assertThat(scrape.value(requests, "route", "/todo/{id}", "method", "POST", "status", "201")).isPositive();
    assertThat(scrape.value(requests, "route", "unmatched", "method", "GET", "status", "404")).isPositive();
    assertThat(scrape.value("estodo_http_requests_seconds_bucket", "route", "/todo/{id}", "status", "201",
        "le", "+Inf")).isPositive();
    assertThat(scrape.response().body()).doesNotContain(todoId.toString(), "/nope", "No handler");
  }

  @Test
  void appends_are_counted_with_their_events_and_latency() throws Exception {
    Scrape before = Scrape.of(server.uri("/"));

    send("POST", "/todo/" + UUID.randomUUID(), "{\"title\":\"2000 squats\"}");

    Scrape after = Scrape.of(server.uri("/"));
    assertThat(increase(before, after, "estodo_appends_seconds_count", "outcome", "ok")).isEqualTo(1);
    assertThat(increase(before, after, "estodo_appended_events_total")).isEqualTo(1);
    assertThat(after.value("estodo_appends_seconds_sum", "outcome", "ok")).isPositive();
    assertThat(increase(before, after, "estodo_append_batch_size_count")).isEqualTo(1);
    assertThat(increase(before, after, "estodo_append_batch_size_bucket", "le", "1.0")).isEqualTo(1);
  }

  private static double increase(Scrape before, Scrape after, String name, String... labels) {
    double was = before.value(name, labels);
    return after.value(name, labels) - (Double.isNaN(was) ? 0 : was);
  }

  private static int send(String method, String path, String body) throws Exception {
    HttpRequest.BodyPublisher publisher = body == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
    return HTTP.send(HttpRequest.newBuilder(server.uri(path)).method(method, publisher).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** An add that read the empty stream while a rival's uncommitted add held the todo's lock: a 409. */
  private static int conflictingAdd() throws Exception {
    UUID todoId = UUID.randomUUID();
    try (Connection rival = server.application().dataSource().getConnection()) {
      rival.setAutoCommit(false);
      try (PreparedStatement statement = rival.prepareStatement("""
          SELECT append_events(?, 0, ARRAY[gen_random_uuid()], ARRAY['todo_added'],
            ARRAY['{"title": "2000 squats"}'], ARRAY[NULL]::uuid[], ARRAY[NULL]::uuid[])""")) {
        statement.setObject(1, todoId);
        statement.execute();
      }
      URI uri = server.uri("/todo/" + todoId);
      CompletableFuture<HttpResponse<Void>> answer = HTTP.sendAsync(HttpRequest.newBuilder(uri)
          .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Get to the chopper\"}")).build(),
          HttpResponse.BodyHandlers.discarding());
      awaitWriterBlocked(rival);
      rival.commit();
      return answer.orTimeout(30, TimeUnit.SECONDS).join().statusCode();
    }
  }

  private static void awaitWriterBlocked(Connection rival) throws Exception {
    try (Connection watcher = server.application().dataSource().getConnection();
        PreparedStatement waiting = watcher.prepareStatement("""
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'""")) {
      for (int i = 0; i < 3000; i++) {
        try (ResultSet row = waiting.executeQuery()) {
          if (row.next() && row.getInt(1) > 0) return;
        }
        Thread.sleep(10);
      }
    }
    throw new AssertionError("the add never waited for the rival's lock");
  }
}
