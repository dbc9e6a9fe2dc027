package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHistory;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.reactors.RecordingEmail;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The original's request specs for the three lists, with their event sequences and answers. */
class QueryRoutesTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final TestServer server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
  private final TodoHistory history = new TodoHistory(server.application().store());
  private final UUID todo1 = UUID.randomUUID();
  private final UUID todo2 = UUID.randomUUID();
  private final UUID todo3 = UUID.randomUUID();
  private final UUID todo4 = UUID.randomUUID();
  private final UUID todo5 = UUID.randomUUID();
  private final UUID todo6 = UUID.randomUUID();

  @AfterEach
  void close() throws Exception {
    server.close();
  }

  @Test
  void outstanding_todos_are_listed_in_list_order() throws Exception {
    history.append(todo1, new TodoAdded("I don't do requests", null, null, null));
    history.append(todo2, new TodoAdded("If it's hard to remember, it will be difficult to forget", null,
        "2017-06-13", null));
    history.append(todo1, new TodoCompleted("2017-06-13"));
    history.append(todo2, new TodoAmended(Optional.of("If it's hard to remember, it..."), Optional.of("Hmm..."),
        null, null));
    long last = history.append(todo3, new TodoAdded("Milk is for babies", null, null, null));

    HttpResponse<String> response = get("/todos/outstanding?after=" + last);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo("""
        [
          {
            "todo_id": "%s",
            "title": "If it's hard to remember, it...",
            "description": "Hmm...",
            "due_date": "2017-06-13 00:00:00 UTC",
            "stakeholder_email": null
          },
          {
            "todo_id": "%s",
            "title": "Milk is for babies",
            "description": null,
            "due_date": null,
            "stakeholder_email": null
          }
        ]""".formatted(todo2, todo3));
  }

  @Test
  void scheduled_todos_are_those_with_a_due_date_earliest_first() throws Exception {
    history.append(todo1, new TodoAdded("I don't do requests", null, null, null));
    history.append(todo2, new TodoAdded("If it's hard to remember, it will be difficult to forget", null, null, null));
    history.append(todo1, new TodoCompleted("2017-06-13"));
    history.append(todo2, new TodoAmended(Optional.of("If it's hard to remember, it..."), Optional.of("Hmm..."),
        Optional.of("2017-06-13"), null));
    history.append(todo3, new TodoAdded("Milk is for babies", null, null, null));
    history.append(todo4, new TodoAdded("Your clothes, give them to me, now!", null, "2017-06-13", null));
    history.append(todo4, new TodoAbandoned("2017-06-01"));
    history.append(todo5, new TodoAdded("Your clothes, give them to me, now!", null, "2017-06-18", null));
    history.append(todo5, new TodoAmended(Optional.of("Your clothes, give them to me, now!"), null, Optional.empty(),
        null));
    long last = history.append(todo6, new TodoAdded("Tell Obama he needs to do something about those skinny legs. "
        + "I'm going to make him do some squats", null, "2017-06-22", null));

    HttpResponse<String> response = get("/todos/scheduled?after=" + last);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("""
        [
          {
            "todo_id": "%s",
            "title": "If it's hard to remember, it...",
            "description": "Hmm...",
            "due_date": "2017-06-13 00:00:00 UTC",
            "stakeholder_email": null
          },
          {
            "todo_id": "%s",
            "title": "Tell Obama he needs to do something about those skinny legs. I'm going to make him do some squats",
            "description": null,
            "due_date": "2017-06-22 00:00:00 UTC",
            "stakeholder_email": null
          }
        ]""".formatted(todo2, todo6));
  }

  @Test
  void completed_todos_are_listed_in_order_of_completion() throws Exception {
    history.append(todo1, new TodoAdded("I don't do requests", null, null, null));
    history.append(todo2, new TodoAdded("If it's hard to remember, it will be difficult to forget", null,
        "2017-06-13", null));
    history.append(todo1, new TodoCompleted("2017-06-13"));
    history.append(todo2, new TodoAmended(Optional.of("If it's hard to remember, it..."), Optional.of("Hmm..."),
        null, null));
    history.append(todo2, new TodoCompleted("2017-06-15"));
    history.append(todo3, new TodoAdded("Milk is for babies", null, null, null));
    history.append(todo4, new TodoAdded("Your clothes, give them to me, now!", null, null, null));
    long last = history.append(todo4, new TodoAbandoned("2017-06-01"));

    HttpResponse<String> response = get("/todos/completed?after=" + last);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("""
        [
          {
            "todo_id": "%s",
            "title": "I don't do requests",
            "description": null,
            "due_date": null,
            "stakeholder_email": null,
            "completed_on": "2017-06-13 00:00:00 UTC"
          },
          {
            "todo_id": "%s",
            "title": "If it's hard to remember, it...",
            "description": "Hmm...",
            "due_date": "2017-06-13 00:00:00 UTC",
            "stakeholder_email": null,
            "completed_on": "2017-06-15 00:00:00 UTC"
          }
        ]""".formatted(todo1, todo2));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
