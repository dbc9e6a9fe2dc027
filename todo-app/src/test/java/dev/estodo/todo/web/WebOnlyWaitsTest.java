package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.todo.Application;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.reactors.RecordingEmail;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The wake of a web-only process, whose processors run in another (here another application on its
 * own pool): its watch hears of the advances through the database, not from a runner of its own.
 */
class WebOnlyWaitsTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final TestServer web = TestServer.start();
  private final TodoHistory history = new TodoHistory(web.application().store());

  @AfterEach
  void close() throws Exception {
    web.close();
  }

  @Test
  void waits_of_a_web_only_process_end_when_processors_elsewhere_reach_the_position() throws Exception {
    long added = history.append(UUID.randomUUID(), new TodoAdded("Get to the chopper", null, null, null));
    CompletableFuture<HttpResponse<String>> first = getAsync("/todos/outstanding?after=" + added);
    CompletableFuture<HttpResponse<String>> second = getAsync("/todos/outstanding?after=" + added);
    Thread.sleep(300);
    assertThat(first).isNotDone();

    HikariDataSource elsewhere = sameDatabase((HikariDataSource) web.application().dataSource());
    try (Application processing = Application.on(elsewhere, elsewhere);
        ProcessorRunner processors = processing.processors(new RecordingEmail(), Clock.systemUTC())) {
      processors.start();

      for (CompletableFuture<HttpResponse<String>> response : List.of(first, second)) {
        assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(response.get().body()).contains("Get to the chopper");
        assertThat(response.get().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      }
      assertThat(web.application().watch().open()).isZero();
    }
  }

  private static HikariDataSource sameDatabase(HikariDataSource other) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(other.getJdbcUrl());
    pool.setUsername(other.getUsername());
    pool.setPassword(other.getPassword());
    pool.setMaximumPoolSize(8);
    return pool;
  }

  private CompletableFuture<HttpResponse<String>> getAsync(String path) {
    return http.sendAsync(HttpRequest.newBuilder(web.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
