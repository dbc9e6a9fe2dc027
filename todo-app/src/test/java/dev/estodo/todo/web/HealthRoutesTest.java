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
  private static final List<String> NAMES =
      List.of("outstanding_todos", "scheduled_todos", "completed_todos", "todo_completed_notifier");
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void health_tells_where_each_processor_stands() throws Exception {
    try (TestServer server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC())) {
      TodoHistory history = new TodoHistory(server.application().store());
      UUID chopper = UUID.randomUUID();
      history.append(chopper, new TodoAdded("Get to the chopper", null, null, "dutch@example.com"));
      long completed = history.append(chopper, new TodoCompleted("2017-06-13"));
      assertThat(server.application().checkpoints().awaitPosition(NAMES, completed, Duration.ofSeconds(30))).isTrue();
      long notified = history.last(chopper).position();
      assertThat(server.application().checkpoints().awaitPosition(NAMES, notified, Duration.ofSeconds(30))).isTrue();

      HttpResponse<String> response = get(server, "/health");

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode health = Json.mapper().readTree(response.body());
      assertThat(health.get("status").asText()).isEqualTo("ok");
      assertThat(health.get("head").asLong()).isEqualTo(notified);
      assertThat(health.get("problems")).isEmpty();
      assertThat(health.get("held_back").isNull()).isTrue();
      assertThat(health.get("processors").findValuesAsText("name")).containsExactlyElementsOf(NAMES);
      assertThat(health.get("processors")).allSatisfy(processor -> {
        assertThat(processor.get("behind").asLong()).isZero();
        assertThat(processor.get("lag_events").asLong()).isZero();
        assertThat(processor.get("lag_seconds").asDouble()).isZero();
        assertThat(processor.get("failing").isNull()).isTrue();
        assertThat(processor.get("parked").asLong()).isZero();
      });
    }
  }

  @Test
  void health_names_the_active_instance_counts_standbys_and_parked_events_and_tells_the_lag() throws Exception {
    try (TestServer server = TestServer.start()) {
      var dataSource = server.application().dataSource();
      TestSql.execute(dataSource, """
          INSERT INTO processor_leases VALUES ('outstanding_todos', 7, 'runner-1', 'cyberdyne', 1984,
            now() - interval '1 hour', now(), now() + interval '10 seconds');
          INSERT INTO processor_instances VALUES ('outstanding_todos', 'runner-1', 'cyberdyne', 1984, now()),
            ('outstanding_todos', 'runner-2', 'skynet', 2029, now()),
            ('outstanding_todos', 'runner-3', 'skynet', 3, now() - interval '1 hour');
          INSERT INTO parked_events (processor, position, event_id, aggregate_id, event_type, error, attempts)
            VALUES ('todo_completed_notifier', 1, gen_random_uuid(), gen_random_uuid(), 'todo_completed', '550', 1)""");
      new TodoHistory(server.application().store())
          .append(UUID.randomUUID(), new TodoAdded("2000 squats", null, null, null));

      JsonNode health = Json.mapper().readTree(get(server, "/health").body());

      JsonNode outstanding = health.get("processors").get(0);
      assertThat(outstanding.get("active").get("instance").asText()).isEqualTo("runner-1");
      assertThat(outstanding.get("active").get("host").asText()).isEqualTo("cyberdyne");
      assertThat(outstanding.get("active").get("pid").asInt()).isEqualTo(1984);
      assertThat(outstanding.get("standbys").asInt()).isEqualTo(1);
      assertThat(outstanding.get("inactive_seconds").isNull()).isTrue();
      assertThat(outstanding.get("lag_events").asLong()).isEqualTo(1);
      assertThat(outstanding.get("lag_seconds").asDouble()).isPositive();
      assertThat(health.get("processors").get(3).get("parked").asLong()).isEqualTo(1);
    }
  }

  @Test
  void health_answers_503_when_a_processor_has_had_no_active_instance_for_over_twice_the_lease() throws Exception {
    try (TestServer server = TestServer.start()) {
      var dataSource = server.application().dataSource();
      TestSql.execute(dataSource, """
          INSERT INTO processor_leases VALUES ('completed_todos', 7, 'runner-1', 'cyberdyne', 1984,
            now() - interval '1 hour', now() - interval '30 seconds', now() - interval '20 seconds')""");

      HttpResponse<String> response = get(server, "/health");

      assertThat(response.statusCode()).isEqualTo(503);
      JsonNode health = Json.mapper().readTree(response.body());
      assertThat(health.get("status").asText()).isEqualTo("unhealthy");
      assertThat(health.get("problems").get(0).asText()).startsWith("completed_todos has had no active instance for 3");
      assertThat(health.get("processors").get(2).get("active").isNull()).isTrue();
      assertThat(health.get("processors").get(2).get("inactive_seconds").asDouble()).isGreaterThanOrEqualTo(30);
    }
  }

  private HttpResponse<String> get(TestServer server, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
