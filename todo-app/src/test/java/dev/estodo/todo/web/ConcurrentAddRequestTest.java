package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ConcurrentAddRequestTest {
  private static TodoApi api;
  private static ExecutorService clients;

  @BeforeAll
  static void start() {
    api = new TodoApi();
    clients = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stop() throws Exception {
    clients.shutdownNow();
    api.close();
  }

  @RepeatedTest(6)
  void two_simultaneous_adds_of_one_todo_make_exactly_one_todo_and_never_a_server_error() throws Exception {
    UUID todoId = UUID.randomUUID();
    CountDownLatch ready = new CountDownLatch(2);

    List<CompletableFuture<HttpResponse<String>>> answers = List.of(
        add(todoId, "2000 squats", ready), add(todoId, "Get to the chopper", ready));

    List<HttpResponse<String>> responses = answers.stream().map(answer -> answer.orTimeout(120, TimeUnit.SECONDS).join()).toList();
    assertThat(responses).extracting(HttpResponse::statusCode).containsOnlyOnce(201);
    HttpResponse<String> loser = responses.stream().filter(response -> response.statusCode() != 201).findFirst().orElseThrow();
    assertThat(loser.statusCode()).isIn(409, 422);
    assertThat(loser.body()).isIn(
        "Conflict: Todo \"" + todoId + "\" was changed by another request",
        "Unprocessable Entity: Todo \"" + todoId + "\" already exists");
    assertThat(api.events(todoId)).hasSize(1);
  }

  @Test
  void an_add_that_loses_the_race_to_a_write_it_could_not_see_is_a_conflict() throws Exception {
    UUID todoId = UUID.randomUUID();
    try (Connection rival = api.server().application().dataSource().getConnection()) {
      rival.setAutoCommit(false);
      appendUncommitted(rival, todoId);

      CompletableFuture<HttpResponse<String>> answer = add(todoId, "Get to the chopper", new CountDownLatch(0));
      awaitWriterBlockedOnTheTodosLock();
      rival.commit();

      HttpResponse<String> response = answer.orTimeout(120, TimeUnit.SECONDS).join();
      assertThat(response.statusCode()).isEqualTo(409);
      assertThat(response.body()).isEqualTo("Conflict: Todo \"" + todoId + "\" was changed by another request");
      assertThat(api.events(todoId)).hasSize(1);
    }
  }

  private static void appendUncommitted(Connection connection, UUID todoId) throws Exception {
    try (PreparedStatement statement = connection.prepareStatement("""
        SELECT append_events(?, 0, ARRAY[gen_random_uuid()], ARRAY['todo_added'],
          ARRAY['{"title": "2000 squats"}'], ARRAY[NULL]::uuid[], ARRAY[NULL]::uuid[])""")) {
      statement.setObject(1, todoId);
      statement.execute();
    }
  }

  /** The request has read the empty stream and waits for the rival's per-todo lock. */
  private static void awaitWriterBlockedOnTheTodosLock() throws Exception {
    String waiting = """
        SELECT count(*) FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'""";
    try (Connection connection = api.server().application().dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (int attempt = 0; attempt < 1200; attempt++) {
        try (ResultSet rows = statement.executeQuery(waiting)) {
          if (rows.next() && rows.getLong(1) > 0) return;
        }
        Thread.sleep(50);
      }
    }
    throw new AssertionError("the add never waited for the rival's lock");
  }

  private static CompletableFuture<HttpResponse<String>> add(UUID todoId, String title, CountDownLatch ready) {
    return CompletableFuture.supplyAsync(() -> {
      ready.countDown();
      awaitQuietly(ready);
      return api.post("/todo/" + todoId, "{\"title\": \"" + title + "\"}");
    }, clients);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
