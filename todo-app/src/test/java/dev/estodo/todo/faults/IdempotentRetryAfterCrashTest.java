package dev.estodo.todo.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.EstodoProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed between the commit of a keyed command and its answer: the client never heard,
 * and its retry with the same key must get the stored answer from the next server, not a second
 * todo. The kill lands there through the documented test hook, which pauses after the commit.
 */
class IdempotentRetryAfterCrashTest {
  private static final Map<String, String> PAUSE_AFTER_COMMIT =
      Map.of("JAVA_TOOL_OPTIONS", "-Destodo.test.pauseAfterIdempotentCommit=true");

  @TempDir Path home;
  private final HttpClient http = HttpClient.newHttpClient();
  private final UUID todoId = UUID.randomUUID();
  private final String key = "\"" + UUID.randomUUID() + "\"";

  @Test
  void a_retry_after_the_server_died_between_commit_and_answer_gets_the_stored_answer() throws Exception {
    Path data = home.resolve("postgres");
    CompletableFuture<HttpResponse<String>> lost;
    try (EstodoProcess crashing = EstodoProcess.start(data, PAUSE_AFTER_COMMIT, "web")) {
      lost = http.sendAsync(add(crashing.uri("/todo/" + todoId)), BodyHandlers.ofString());
      crashing.awaitOutput("estodo test hook: committed Idempotency-Key");
      crashing.kill();
    }
    assertThat(lost).failsWithin(Duration.ofSeconds(30));

    try (EstodoProcess restarted = EstodoProcess.start(data, "web")) {
      HttpResponse<String> retry = http.send(add(restarted.uri("/todo/" + todoId)), BodyHandlers.ofString());
      HttpResponse<String> history = http.send(HttpRequest.newBuilder(restarted.uri("/todo/" + todoId + "/events"))
          .build(), BodyHandlers.ofString());

      assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
      assertThat(history.body()).containsOnlyOnce("todo_added");
      assertThat(history.body()).contains("\"position\": " + retry.headers().firstValue("Todo-Position").orElseThrow())
          .contains("\"correlation_id\": \"" + retry.headers().firstValue("X-Correlation-Id").orElseThrow());
    }
  }

  private HttpRequest add(URI uri) {
    return HttpRequest.newBuilder(uri).header("Idempotency-Key", key).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"I'll be back\"}")).build();
  }
}
