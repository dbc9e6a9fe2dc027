package dev.estodo.todo.cli;

import static dev.estodo.todo.TodoHttp.add;
import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.DataDirectories;
import dev.estodo.todo.EstodoProcess;
import dev.estodo.todo.EventStreamReader;
import dev.estodo.todo.EventStreamReader.Event;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client of {@code GET /events/stream} across a restart of {@code ./todo serve}, on the same data. */
class EventStreamRestartTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir Path home;

  @Test
  void a_stream_resumed_after_a_restart_with_last_event_id_loses_and_repeats_nothing() throws Exception {
    Path data = DataDirectories.fresh(home.resolve("postgres"));
    long seen;
    try (EstodoProcess server = EstodoProcess.start(data, "serve").awaitOutput("estodo processors started")) {
      URI first = server.uri("");
      try (EventStreamReader stream = EventStreamReader.open(first.resolve("/events/stream"))) {
        add(first, "Get to the chopper");
        seen = stream.nextEvent(PATIENCE).id();
        long unseen = add(first, "2000 squats");
        assertThat(stream.nextEvent(PATIENCE).id()).isEqualTo(unseen);

        server.stop();

        assertThat(stream.awaitEnd(PATIENCE)).as("the stream ends when the server stops").isTrue();
      }
    }
    try (EstodoProcess again = EstodoProcess.start(data, "serve").awaitOutput("estodo processors started")) {
      URI second = again.uri("");
      long whileAway = add(second, "I'll be back");

      try (EventStreamReader stream = EventStreamReader.open(second.resolve("/events/stream"),
          "Last-Event-ID", String.valueOf(seen))) {
        long afterwards = add(second, "Stick around");

        assertThat(stream.nextEvents(3, PATIENCE)).extracting(Event::data)
            .extracting(event -> event.get("body").get("title").textValue())
            .containsExactly("2000 squats", "I'll be back", "Stick around");
        assertThat(afterwards).isGreaterThan(whileAway);
      }
    }
  }
}
