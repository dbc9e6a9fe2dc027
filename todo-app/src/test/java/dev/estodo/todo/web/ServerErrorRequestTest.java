package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.estodo.eventsourcing.EventData;
import dev.estodo.eventsourcing.TestLog;
import dev.estodo.eventsourcing.TestLog.Entry;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServerErrorRequestTest {
  @Test
  void a_bug_is_a_500_without_details_for_the_client_and_logged_once_with_its_context() throws Exception {
    try (TodoApi api = new TodoApi()) {
      UUID todoId = UUID.randomUUID();
      UUID eventId = UUID.randomUUID();
      api.server().application().store().append(todoId, List.of(
          new EventData(eventId, "todo_teleported", TodoApi.json("{\"to\": \"Mars\"}"), null, null)));
      TestLog log = TestLog.mark();

      HttpResponse<String> response = api.post("/todo/" + todoId + "/complete", "{\"completed_on\": \"2017-07-13\"}");
      HttpResponse<String> problem =
          api.send("POST", "/todo/" + todoId + "/moveup", BodyPublishers.noBody(), "Accept", "application/problem+json");

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.body()).isEqualTo("Internal Server Error");
      assertThat(problem.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\","
          + "\"status\":500,\"detail\":\"Internal Server Error\"}");
      String cause = "java.lang.IllegalStateException: Event " + eventId + " of type todo_teleported in the stream of "
          + todoId + " is not a TodoEvent";
      assertThat(log.entries())
          .filteredOn(entry -> entry.message().contains(todoId.toString()) || cause.equals(entry.exception()))
          .extracting(Entry::level, Entry::message, Entry::exception)
          .containsExactly(tuple("ERROR", "POST /todo/" + todoId + "/complete failed", cause),
              tuple("ERROR", "POST /todo/" + todoId + "/moveup failed", cause));
    }
  }
}
