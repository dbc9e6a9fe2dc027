package dev.estodo.todo.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.Json;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text of an event stream: an event as {@code id:}, {@code event:} and one {@code data:} line, and the heartbeat. */
final class SseFrames {
  static final byte[] HEARTBEAT = ": heartbeat\n\n".getBytes(StandardCharsets.UTF_8);
  /** The first bytes of a stream, so the client has its headers at once rather than with the first event. */
  static final byte[] OPENED = ": open\n\n".getBytes(StandardCharsets.UTF_8);

  private SseFrames() {}

  /** {@code event} as the history shows it, on one line (JSON escapes every newline in a string). */
  static byte[] of(StoredEvent event) {
    try {
      String data = Json.mapper().writeValueAsString(HistoryRoutes.HistoryEvent.of(event));
      return ("id: " + event.position() + "\nevent: " + event.type() + "\ndata: " + data + "\n\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
