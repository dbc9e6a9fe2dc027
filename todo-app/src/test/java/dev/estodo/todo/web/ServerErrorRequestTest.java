package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.EventData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServerErrorRequestTest {
  @Test
  void a_bug_is_a_500_without_details_for_the_client_and_logged_once_with_its_context() throws Exception {
    try (TodoApi api = new TodoApi()) {
      UUID todoId = UUID.randomUUID();
      api.server().application().store().append(todoId, List.of(
          new EventData(UUID.randomUUID(), "todo_teleported", TodoApi.json("{\"to\": \"Mars\"}"), null, null)));
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      PrintStream stderr = System.err;

      HttpResponse<String> response;
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      try {
        response = api.post("/todo/" + todoId + "/complete", "{\"completed_on\": \"2017-07-13\"}");
      } finally {
        System.setErr(stderr);
      }
      HttpResponse<String> problem =
          api.send("POST", "/todo/" + todoId + "/moveup", BodyPublishers.noBody(), "Accept", "application/problem+json");

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.body()).isEqualTo("Internal Server Error");
      assertThat(problem.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\","
          + "\"status\":500,\"detail\":\"Internal Server Error\"}");
      String logged = log.toString(StandardCharsets.UTF_8);
      assertThat(logged).containsOnlyOnce("POST /todo/" + todoId + "/complete failed");
      assertThat(logged).containsOnlyOnce("IllegalStateException: Event");
      assertThat(logged).contains("todo_teleported");
    }
  }
}
