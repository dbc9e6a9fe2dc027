package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdempotencyKeyRaceAndPurgeTest {
  private static TodoApi api;
  private final UUID todoId = UUID.randomUUID();
  private final String key = UUID.randomUUID().toString();

  @BeforeAll
  static void start() {
    api = new TodoApi();
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void a_hundred_concurrent_requests_with_one_key_write_one_event_and_each_gets_the_stored_answer_or_409() {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(api.server().uri("/todo/" + todoId)).header("Idempotency-Key", key)
        .POST(BodyPublishers.ofString("{\"title\": \"2000 squats\"}")).timeout(Duration.ofSeconds(60)).build();

    List<HttpResponse<String>> answers = IntStream.range(0, 100)
        .mapToObj(i -> http.sendAsync(request, BodyHandlers.ofString())).toList()
        .stream().map(CompletableFuture::join).toList();

    assertThat(api.events(todoId)).hasSize(1);
    String position = Long.toString(api.lastEvent(todoId).position());
    assertThat(answers).allSatisfy(answer -> {
      if (answer.statusCode() == 409) {
        assertThat(answer.body()).isEqualTo("Conflict: a request with this Idempotency-Key is in progress");
      } else {
        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.headers().firstValue("Todo-Position")).hasValue(position);
      }
    });
    assertThat(answers).anySatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(201));
  }

  @Test
  void without_the_header_no_key_is_stored() throws SQLException {
    long before = storedKeys();

    api.post("/todo/" + todoId, "{\"title\": \"Get to the chopper\"}");

    assertThat(storedKeys()).isEqualTo(before);
  }

  @Test
  void keys_younger_than_their_time_to_live_are_kept() throws Exception {
    addWithKey("{\"title\": \"Bicep curls for days\"}");

    try (IdempotencyPurge purge = new IdempotencyPurge(api.server().application().dataSource(), Duration.ofHours(1))) {
      purge.purge();
    }

    assertThat(stored(key)).isTrue();
  }

  @Test
  void the_background_purge_removes_expired_keys_and_a_key_once_purged_is_free_again() throws Exception {
    addWithKey("{\"title\": \"Bicep curls for days\"}");

    try (IdempotencyPurge purge = new IdempotencyPurge(api.server().application().dataSource(), Duration.ofSeconds(1))) {
      awaitPurged(key);
    }
    HttpResponse<String> reused = addWithKey("{\"title\": \"Get to the chopper\"}");

    assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422); // decided afresh: the todo exists
    assertThat(reused.body()).isEqualTo("Unprocessable Entity: Todo \"" + todoId + "\" already exists");
  }

  private HttpResponse<String> addWithKey(String json) {
    return api.send("POST", "/todo/" + todoId, BodyPublishers.ofString(json), "Idempotency-Key", key);
  }

  private static void awaitPurged(String key) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (stored(key)) {
      if (System.nanoTime() > deadline) throw new AssertionError("key " + key + " never purged");
      Thread.sleep(100);
    }
  }

  private static boolean stored(String key) throws SQLException {
    return count("SELECT count(*) FROM idempotency_keys WHERE key = ?", key) > 0;
  }

  private static long storedKeys() throws SQLException {
    return count("SELECT count(*) FROM idempotency_keys WHERE key <> ?", "");
  }

  private static long count(String sql, String key) throws SQLException {
    try (Connection connection = api.server().application().dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, key);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
