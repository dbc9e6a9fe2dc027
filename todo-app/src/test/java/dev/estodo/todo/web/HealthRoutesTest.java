package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.Json;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.reactors.RecordingEmail;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HealthRoutesTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void health_tells_where_each_processor_stands() throws Exception {
    try (TestServer server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC())) {
      TodoHistory history = new TodoHistory(server.application().store());
      UUID chopper = UUID.randomUUID();
      history.append(chopper, new TodoAdded("Get to the chopper", null, null, "dutch@example.com"));
      long completed = history.append(chopper, new TodoCompleted("2017-06-13"));
      List<String> names = List.of("outstanding_todos", "scheduled_todos", "completed_todos", "todo_completed_notifier");
      assertThat(server.application().checkpoints().awaitPosition(names, completed, Duration.ofSeconds(30))).isTrue();
      long notified = history.last(chopper).position();
      assertThat(server.application().checkpoints().awaitPosition(names, notified, Duration.ofSeconds(30))).isTrue();

      HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/health")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode health = Json.mapper().readTree(response.body());
      assertThat(health.get("head").asLong()).isEqualTo(notified);
      assertThat(health.get("processors").findValuesAsText("name")).containsExactlyElementsOf(names);
      assertThat(health.get("processors").findValues("behind")).allSatisfy(behind -> assertThat(behind.asLong()).isZero());
    }
  }
}
