package dev.estodo.todo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Follows {@code GET /events/stream} until interrupted, handing on each event's data; after a
 * dropped connection (a restart, a slow terminal) it reconnects with {@code Last-Event-ID}, so no
 * event is lost or repeated.
 */
final class LogFollower {
  private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);
  // a line no stream sends (lines never hold a newline): the reader's word that the stream ended
  private static final String END = "\n";

  private final URI server;
  private final PrintWriter err;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  LogFollower(URI server, PrintWriter err) {
    this.server = server;
    this.err = err;
  }

  /** Follows from after position {@code last} (-1: from now on) until the thread is interrupted. */
  void follow(long last, Consumer<JsonNode> onEvent) {
    long seen = last;
    while (!Thread.currentThread().isInterrupted()) {
      try {
        seen = readUntilDropped(seen, onEvent);
        if (Thread.currentThread().isInterrupted()) return;
        err.println("(the event stream ended; reconnecting)");
      } catch (IOException e) {
        if (Thread.currentThread().isInterrupted()) return;
        err.println("(lost the event stream: " + e.getMessage() + "; reconnecting)");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      err.flush();
      if (!pause()) return;
    }
  }

  private long readUntilDropped(long seen, Consumer<JsonNode> onEvent) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + "/events/stream"))
        .header("Accept", "text/event-stream");
    if (seen >= 0) request.header("Last-Event-ID", String.valueOf(seen));
    HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
      throw new IOException("the server answered " + response.statusCode() + ": " + body);
    }
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> readLines(response.body(), lines), "estodo-log-follow");
    reader.setDaemon(true);
    reader.start();
    try {
      for (String line = lines.take(); !line.equals(END); line = lines.take()) {
        if (!line.startsWith("data: ")) continue;
        JsonNode event = parse(line.substring(6));
        onEvent.accept(event);
        seen = event.path("position").asLong();
      }
    } finally {
      response.body().close();
    }
    return seen;
  }

  // on a thread of its own, so that an interrupt of the follower (whose wait for a line it ends) stops it at once
  private static void readLines(InputStream body, BlockingQueue<String> lines) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // the connection dropped, or the follower closed it: either way the stream has ended
    } finally {
      lines.add(END);
    }
  }

  private static JsonNode parse(String data) throws IOException {
    try {
      return Json.mapper().readTree(data);
    } catch (JsonProcessingException e) {
      throw new IOException("an event that is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static boolean pause() {
    try {
      Thread.sleep(RECONNECT_PAUSE.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
