package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.EventStreamReader;
import dev.estodo.todo.EventStreamReader.Event;
import dev.estodo.todo.Json;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHttp;
import dev.estodo.todo.WebLimits;
import dev.estodo.todo.reactors.RecordingEmail;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventStreamRequestTest {
  private static final Duration PATIENCE = Duration.ofSeconds(10);
  // a heartbeat longer than the idle timeout: only the stream's own allowance keeps it open
  private static final WebLimits LIMITS = new WebLimits(WebLimits.DEFAULT_MAX_WAITS, Duration.ofMillis(400),
      WebLimits.DEFAULT_MIN_BODY_RATE).withStreams(10, Duration.ofMillis(700), WebLimits.DEFAULT_MAX_THREADS);
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC(), LIMITS);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void a_stream_delivers_each_new_event_in_order_once_the_lists_show_it() throws Exception {
    try (EventStreamReader stream = EventStreamReader.open(server.uri("/events/stream"))) {
      assertThat(stream.response().statusCode()).isEqualTo(200);
      assertThat(stream.response().headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("text/event-stream"));

      long first = TodoHttp.add(server.uri("/"), "Get to the chopper");
      long second = TodoHttp.add(server.uri("/"), "2000 squats");
      List<Event> events = stream.nextEvents(2, PATIENCE);

      assertThat(events).extracting(Event::id).containsExactly(first, second);
      assertThat(events).extracting(Event::type).containsExactly("todo_added", "todo_added");
      assertThat(TodoHttp.outstanding(server.uri("/"), 0)).contains("Get to the chopper", "2000 squats");
      String todo = events.get(0).data().get("aggregate_id").textValue();
      JsonNode history = Json.mapper().readTree(get("/todo/" + todo + "/events"));
      assertThat(events.get(0).data()).isEqualTo(history.get(0));
    }
  }

  @Test
  void a_stream_without_a_place_starts_after_the_last_event_and_shows_nothing_old() throws Exception {
    TodoHttp.add(server.uri("/"), "Old news");
    TodoHttp.outstanding(server.uri("/"), TodoHttp.add(server.uri("/"), "Older news"));

    try (EventStreamReader stream = EventStreamReader.open(server.uri("/events/stream"))) {
      long fresh = TodoHttp.add(server.uri("/"), "Fresh news");

      assertThat(stream.nextEvent(PATIENCE).id()).isEqualTo(fresh);
    }
  }

  @Test
  void a_stream_resumes_after_last_event_id_with_nothing_lost_or_repeated() throws Exception {
    long seen;
    try (EventStreamReader stream = EventStreamReader.open(server.uri("/events/stream"))) {
      TodoHttp.add(server.uri("/"), "Get to the chopper");
      seen = stream.nextEvent(PATIENCE).id();
    }
    long missedOne = TodoHttp.add(server.uri("/"), "2000 squats");
    long missedTwo = TodoHttp.add(server.uri("/"), "Dillon, you son of a...");

    try (EventStreamReader stream = EventStreamReader.open(server.uri("/events/stream"), "Last-Event-ID", String.valueOf(seen))) {
      long next = TodoHttp.add(server.uri("/"), "Stick around");

      assertThat(stream.nextEvents(3, PATIENCE)).extracting(Event::id).containsExactly(missedOne, missedTwo, next);
    }
  }

  @Test
  void a_stream_resumes_after_the_position_in_after_too() throws Exception {
    long from = TodoHttp.add(server.uri("/"), "Get to the chopper");
    long then = TodoHttp.add(server.uri("/"), "2000 squats");

    try (EventStreamReader stream = EventStreamReader.open(server.uri("/events/stream?after=" + from))) {
      assertThat(stream.nextEvent(PATIENCE).id()).isEqualTo(then);
    }
  }

  @Test
  void a_place_that_is_no_event_is_a_bad_request() throws Exception {
    assertBadRequest(EventStreamReader.open(server.uri("/events/stream?after=-1")), "after is invalid");
    assertBadRequest(EventStreamReader.open(server.uri("/events/stream?after=999999999")), "after is invalid");
    assertBadRequest(EventStreamReader.open(server.uri("/events/stream"), "Last-Event-ID", "chopper"),
        "Last-Event-ID is invalid");
  }

  @Test
  void a_quiet_stream_gets_heartbeats_and_outlives_the_idle_timeout() throws Exception {
    try (EventStreamReader stream = EventStreamReader.open(server.uri("/events/stream"))) {
      assertThat(stream.nextComment(PATIENCE)).isEqualTo("open");
      assertThat(stream.nextComment(PATIENCE)).isEqualTo("heartbeat");
      assertThat(stream.nextComment(PATIENCE)).isEqualTo("heartbeat");
      assertThat(stream.nextComment(PATIENCE)).isEqualTo("heartbeat");

      long added = TodoHttp.add(server.uri("/"), "Still here");
      assertThat(stream.nextEvent(PATIENCE).id()).isEqualTo(added);
    }
  }

  private static void assertBadRequest(EventStreamReader stream, String message) throws Exception {
    try (stream) {
      assertThat(stream.response().statusCode()).isEqualTo(400);
      assertThat(stream.errorBody()).isEqualTo("Bad Request: " + message);
    }
  }

  private static String get(String path) throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    return http.send(java.net.http.HttpRequest.newBuilder(server.uri(path)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
  }
}
