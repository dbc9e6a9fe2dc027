package dev.estodo.todo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client of {@code GET /events/stream}, as a browser's EventSource reads it: events and comments as they come. */
public final class EventStreamReader implements AutoCloseable {
  /** One event of the stream. */
  public record Event(long id, String type, JsonNode data) {}

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(30)).build();
  private static final Object END = new Object();

  private final HttpResponse<InputStream> response;
  private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
  private final Thread reader;

  private EventStreamReader(HttpResponse<InputStream> response) {
    this.response = response;
    this.reader = new Thread(this::read, "event-stream-reader");
    reader.setDaemon(true);
    if (response.statusCode() == 200) reader.start();
  }

  /** Opens {@code uri} with header name/value pairs (such as {@code Last-Event-ID}); any status is kept. */
  public static EventStreamReader open(URI uri, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
    if (headers.length > 0) request.headers(headers);
    return new EventStreamReader(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
  }

  /** The answer's status and headers (the body is the stream). */
  public HttpResponse<InputStream> response() {
    return response;
  }

  /** The whole body of an answer that is not a stream, such as a 400's message. */
  public String errorBody() throws IOException {
    return new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** The next event within {@code patience}, skipping comments; fails if none comes or the stream ends. */
  public Event nextEvent(Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      Object next = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (next == null) throw new AssertionError("no event within " + patience);
      if (next == END) throw new AssertionError("the stream ended");
      if (next instanceof Event event) return event;
    }
  }

  /** The next {@code count} events, each within {@code patience}. */
  public List<Event> nextEvents(int count, Duration patience) throws InterruptedException {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(nextEvent(patience));
    }
    return events;
  }

  /** The next comment ({@code : text}) within {@code patience}, skipping events; null if none comes. */
  public String nextComment(Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      Object next = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (next instanceof String comment) return comment;
      if (next == END) return null;
    }
    return null;
  }

  /** Whether the server ended the stream within {@code patience}. */
  public boolean awaitEnd(Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      if (received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS) == END) return true;
    }
    return false;
  }

  private void read() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      List<String> frame = new ArrayList<>();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isEmpty()) {
          frame.add(line);
        } else if (!frame.isEmpty()) {
          received.add(parse(frame));
          frame.clear();
        }
      }
    } catch (IOException e) {
      // a stream the test closed, or the server cut: either way it has ended
    } finally {
      received.add(END);
    }
  }

  private static Object parse(List<String> frame) throws IOException {
    if (frame.get(0).startsWith(":")) return frame.get(0).substring(1).trim();
    long id = 0;
    String type = null;
    JsonNode data = null;
    for (String line : frame) {
      if (line.startsWith("id: ")) id = Long.parseLong(line.substring(4));
      if (line.startsWith("event: ")) type = line.substring(7);
      if (line.startsWith("data: ")) data = Json.mapper().readTree(line.substring(6));
    }
    return new Event(id, type, data);
  }

  @Override
  public void close() {
    try {
      response.body().close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
