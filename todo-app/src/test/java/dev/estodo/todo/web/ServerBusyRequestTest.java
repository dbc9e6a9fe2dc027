package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.todo.Application;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.WebLimits;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.projections.OutstandingTodos;
import dev.estodo.todo.reactors.RecordingEmail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Requests that find every pooled connection taken are told the server is busy; the processors, on their own pool, go on. */
class ServerBusyRequestTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final HikariDataSource processing = TestServer.freshDataSource();
  private final HikariDataSource requests = tinyPool(processing);
  private final Application application = Application.on(requests, processing, () -> {
    requests.close();
    processing.close();
  }, WebLimits.DEFAULT_MAX_WAITS);
  private final WebServer web = application.webServer().start("127.0.0.1", 0);
  private final List<Connection> held = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (Connection connection : held) {
      connection.close();
    }
    web.close();
    application.close();
  }

  @Test
  void with_every_request_connection_taken_queries_and_commands_answer_503_server_is_busy_and_processors_go_on()
      throws Exception {
    try (ProcessorRunner processors = application.processors(new RecordingEmail(), Clock.systemUTC())) {
      processors.start();
      holdEveryConnection();
      long added = new TodoHistory(new PostgresEventStore(processing))
          .append(UUID.randomUUID(), new TodoAdded("Get to the chopper", null, null, null));

      HttpResponse<String> query = send(HttpRequest.newBuilder(uri("/todos/outstanding")));
      HttpResponse<String> command = send(HttpRequest.newBuilder(uri("/todo/" + UUID.randomUUID()))
          .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"2000 squats\"}")));
      boolean processed = processors.checkpoints()
          .awaitPosition(List.of(OutstandingTodos.NAME), added, Duration.ofSeconds(10));

      for (HttpResponse<String> busy : List.of(query, command)) {
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.body()).isEqualTo("Service Unavailable: server is busy");
        assertThat(busy.headers().firstValue("Retry-After")).contains("1");
      }
      assertThat(processed).as("the projection reached the new todo").isTrue();
    }
  }

  /** Takes connections until the pool has none left to give within its timeout. */
  private void holdEveryConnection() {
    while (true) {
      try {
        held.add(requests.getConnection());
      } catch (SQLException e) {
        return;
      }
    }
  }

  private static HikariDataSource tinyPool(HikariDataSource sameDatabase) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(sameDatabase.getJdbcUrl());
    pool.setUsername(sameDatabase.getUsername());
    pool.setPassword(sameDatabase.getPassword());
    pool.setMaximumPoolSize(3);
    pool.setConnectionTimeout(250);
    return pool;
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + web.port() + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
