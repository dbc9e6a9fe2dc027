package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.TestDatabase;
import dev.estodo.eventsourcing.TestLog;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.todo.Application;
import dev.estodo.todo.HealthSettings;
import dev.estodo.todo.Json;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.reactors.RecordingEmail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** /health with something wrong: a projector stuck on an event, followers held back by an open transaction. */
class HealthProblemsTest {
  private static final HealthSettings ONE_SECOND = new HealthSettings(Duration.ofSeconds(1), Duration.ofSeconds(10));

  private final TestLog log = TestLog.mark();
  private final HttpClient http = HttpClient.newHttpClient();
  private final HikariDataSource dataSource = TestServer.freshDataSource();
  private final Application application = Application.on(dataSource, dataSource);
  private final TodoHistory history = new TodoHistory(application.store());
  private final WebServer web = application.webServer(Duration.ofSeconds(5), ONE_SECOND).start("127.0.0.1", 0);

  @AfterEach
  void close() throws Exception {
    web.close();
    application.close();
  }

  @Test
  void a_projector_stuck_on_an_event_for_longer_than_the_limit_makes_health_answer_503_naming_it() throws Exception {
    TestSql.execute(dataSource, "ALTER TABLE query_outstanding_todos ADD CONSTRAINT no_choppers"
        + " CHECK (title <> 'Get to the chopper')");
    long stuck = history.append(UUID.randomUUID(), new TodoAdded("Get to the chopper", null, null, null));

    HttpResponse<String> response;
    try (ProcessorRunner processors = application.processors(new RecordingEmail(), Clock.systemUTC())) {
      processors.start();
      response = awaitStatus(503);
    }

    JsonNode health = Json.mapper().readTree(response.body());
    assertThat(health.get("problems")).hasSize(1);
    assertThat(health.get("problems").get(0).asText()).startsWith("outstanding_todos has been failing for ")
        .contains("on the event at position " + stuck + " (todo_added)", "no_choppers");
    JsonNode failing = health.get("processors").get(0).get("failing");
    assertThat(failing.get("position").asLong()).isEqualTo(stuck);
    assertThat(failing.get("event_type").asText()).isEqualTo("todo_added");
    assertThat(failing.get("seconds").asDouble()).isGreaterThan(1);
    assertThat(failing.get("attempts").asInt()).isPositive();
    assertThat(health.get("processors").get(0).get("lag_events").asLong()).isEqualTo(1);
    assertThat(health.get("processors").get(1).get("failing").isNull()).isTrue();
    assertThat(log.containing("Processor outstanding_todos failed", "no_choppers")).isNotEmpty();
  }

  @Test
  void health_names_the_oldest_transaction_holding_a_transaction_id_anywhere_on_the_server() throws Exception {
    try (Connection other = TestDatabase.server().connect("postgres"); Statement statement = other.createStatement()) {
      other.setAutoCommit(false);
      statement.execute("CREATE TEMPORARY TABLE squats (done int)");
      statement.execute("INSERT INTO squats VALUES (2000)");
      int pid = pid(statement);
      history.append(UUID.randomUUID(), new TodoAdded("2000 squats", null, null, null));
      Thread.sleep(1100);

      JsonNode health = Json.mapper().readTree(get().body());
      other.rollback();

      JsonNode oldest = health.get("held_back").get("oldest_transaction");
      assertThat(health.get("held_back").get("waiting_seconds").asDouble()).isGreaterThan(1);
      assertThat(oldest.get("pid").asInt()).isEqualTo(pid);
      assertThat(oldest.get("database").asText()).isEqualTo("postgres");
      assertThat(oldest.get("state").asText()).isEqualTo("idle in transaction");
      assertThat(oldest.get("age_seconds").asDouble()).isGreaterThan(1);
    }
    assertThat(Json.mapper().readTree(get().body()).get("held_back").isNull()).isTrue();
  }

  private static int pid(Statement statement) throws Exception {
    try (ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      return row.getInt(1);
    }
  }

  private HttpResponse<String> awaitStatus(int status) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    HttpResponse<String> response = get();
    while (response.statusCode() != status && System.nanoTime() < deadline) {
      Thread.sleep(100);
      response = get();
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response;
  }

  private HttpResponse<String> get() throws Exception {
    URI health = URI.create("http://127.0.0.1:" + web.port() + "/health");
    return http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
  }
}
