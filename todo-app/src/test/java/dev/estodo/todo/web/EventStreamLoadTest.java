package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.EventStreamReader;
import dev.estodo.todo.EventStreamReader.Event;
import dev.estodo.todo.TestServer;
import dev.estodo.todo.TodoHttp;
import dev.estodo.todo.WebLimits;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoEventTypes;
import dev.estodo.todo.reactors.RecordingEmail;
import java.io.OutputStream;
import java.net.Socket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EventStreamLoadTest {
  private static final Duration PATIENCE = Duration.ofSeconds(10);
  private static final Pattern OPEN_STREAMS = Pattern.compile("(?m)^estodo_event_streams_open (\\S+)$");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void more_streams_than_request_threads_stay_open_and_all_get_each_event_while_requests_are_answered() throws Exception {
    WebLimits limits = WebLimits.DEFAULTS.withStreams(40, WebLimits.DEFAULT_HEARTBEAT, 16);
    try (TestServer server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC(), limits)) {
      List<EventStreamReader> streams = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        streams.add(EventStreamReader.open(server.uri("/events/stream")));
      }

      long added = TodoHttp.add(server.uri("/"), "Get to the chopper");

      for (EventStreamReader stream : streams) {
        assertThat(stream.nextEvent(PATIENCE).id()).isEqualTo(added);
      }
      assertThat(TodoHttp.outstanding(server.uri("/"), added)).containsExactly("Get to the chopper");
      assertThat(openStreams(server.uri("/"))).isEqualTo(40);
      try (EventStreamReader oneTooMany = EventStreamReader.open(server.uri("/events/stream"))) {
        assertThat(oneTooMany.response().statusCode()).isEqualTo(503);
        assertThat(oneTooMany.response().headers().firstValue("Retry-After")).hasValue("1");
        assertThat(oneTooMany.errorBody()).isEqualTo("Service Unavailable: too many event streams open (40)");
      }
      streams.forEach(EventStreamReader::close);
    }
  }

  @Test
  void a_client_that_reads_nothing_is_dropped_without_slowing_one_that_reads() throws Exception {
    try (TestServer server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
        EventStreamReader reader = EventStreamReader.open(server.uri("/events/stream"));
        Socket sleeper = openWithoutReading(server.uri("/events/stream"))) {
      awaitOpenStreams(server.uri("/"), 2);

      List<Long> positions = seedLargeTodos(server, 120);

      assertThat(reader.nextEvents(120, PATIENCE)).extracting(Event::id).containsExactlyElementsOf(positions);
      awaitOpenStreams(server.uri("/"), 1);
    }
  }

  @Test
  void a_server_that_stops_ends_its_streams_cleanly() throws Exception {
    TestServer server = TestServer.startWithProcessors(new RecordingEmail(), Clock.systemUTC());
    try (EventStreamReader stream = EventStreamReader.open(server.uri("/events/stream"))) {
      assertThat(stream.nextComment(PATIENCE)).isEqualTo("open");

      server.close();

      assertThat(stream.awaitEnd(PATIENCE)).isTrue();
    }
  }

  // 60 kB descriptions: 7 MB in all, more than the client's buffer and the sockets' together
  private static List<Long> seedLargeTodos(TestServer server, int count) {
    String description = "2000 squats. ".repeat(60_000 / 13);
    List<Long> positions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      positions.add(server.application().store().append(UUID.randomUUID(), List.of(TodoEventTypes.registry()
          .toData(new TodoAdded("Squat " + i, description, null, null), null, null))));
    }
    return positions;
  }

  private static Socket openWithoutReading(URI uri) throws Exception {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(4096);
    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
    OutputStream out = socket.getOutputStream();
    out.write(("GET " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  private static void awaitOpenStreams(URI server, int count) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (openStreams(server) != count) {
      if (System.nanoTime() > deadline) throw new AssertionError("open streams stayed at " + openStreams(server));
      Thread.sleep(50);
    }
  }

  private static int openStreams(URI server) throws Exception {
    String metrics = HTTP.send(HttpRequest.newBuilder(server.resolve("/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher open = OPEN_STREAMS.matcher(metrics);
    if (!open.find()) throw new AssertionError("no estodo_event_streams_open in /metrics");
    return (int) Double.parseDouble(open.group(1));
  }
}
