package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.Json;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.reactors.RecordingEmail.Sent;
import dev.estodo.todo.reactors.RecordingEmail;
import dev.estodo.todo.reactors.TodoCompletedNotifier;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** End to end over HTTP with the processors running: commands in, lists and a notification out. */
class TodoJourneyTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final RecordingEmail email = new RecordingEmail();
  private final TestServer server =
      TestServer.startWithProcessors(email, Clock.fixed(Instant.parse("2017-06-15T09:30:00Z"), ZoneOffset.UTC));
  private final UUID chopper = UUID.randomUUID();
  private final UUID squats = UUID.randomUUID();

  @AfterEach
  void close() throws Exception {
    server.close();
  }

  @Test
  void commands_show_in_every_list_once_their_position_is_reached_and_a_completion_notifies() throws Exception {
    send("POST", "/todo/" + chopper, """
        {"title": "Get to the chopper", "due_date": "2017-06-14", "stakeholder_email": "the-governator@example.com"}""");
    send("POST", "/todo/" + squats, """
        {"title": "2000 squats", "description": "Leg day.", "due_date": "2017-06-13T08:00:00+10:00"}""");
    long movedUp = send("POST", "/todo/" + squats + "/moveup", "");

    assertThat(ids("/todos/outstanding?after=" + movedUp)).containsExactly(squats.toString(), chopper.toString());
    assertThat(list("/todos/scheduled?after=" + movedUp).findValuesAsText("due_date"))
        .containsExactly("2017-06-12 22:00:00 UTC", "2017-06-14 00:00:00 UTC");

    long amended = send("PUT", "/todo/" + chopper, """
        {"description": "Now!", "due_date": null}""");
    assertThat(ids("/todos/scheduled?after=" + amended)).containsExactly(squats.toString());

    long completed = send("POST", "/todo/" + chopper + "/complete", """
        {"completed_on": "2017-06-15"}""");
    assertThat(ids("/todos/outstanding?after=" + completed)).containsExactly(squats.toString());
    assertThat(list("/todos/completed?after=" + completed)).isEqualTo(Json.mapper().readTree("""
        [{"todo_id": "%s", "title": "Get to the chopper", "description": "Now!", "due_date": null,
          "stakeholder_email": "the-governator@example.com", "completed_on": "2017-06-15 00:00:00 UTC"}]"""
        .formatted(chopper)));

    assertThat(server.application().checkpoints()
        .awaitPosition(List.of(TodoCompletedNotifier.NAME), completed, Duration.ofSeconds(30))).isTrue();
    assertThat(email.sent()).containsExactly(
        new Sent("the-governator@example.com", "Your todo item Get to the chopper has been completed!"));
    JsonNode history = Json.mapper().readTree(get("/todo/" + chopper + "/events").body());
    JsonNode notified = history.get(history.size() - 1);
    assertThat(notified.get("type").asText()).isEqualTo("stakeholder_notified_of_todo_completion");
    assertThat(notified.get("body").get("notified_on").asText()).isEqualTo("2017-06-15T09:30:00+00:00");
  }

  /** Sends a command and returns the position its answer names. */
  private long send(String method, String path, String body) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri(path))
        .method(method, BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isIn(200, 201);
    return Long.parseLong(response.headers().firstValue(CommandRoutes.POSITION_HEADER).orElseThrow());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode list(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }

  private List<String> ids(String path) throws Exception {
    return list(path).findValuesAsText("todo_id");
  }
}
