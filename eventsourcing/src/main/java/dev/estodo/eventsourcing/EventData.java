package dev.estodo.eventsourcing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.UUID;

/**
 * An event about to be appended: its id, stored type name and JSON body, plus the ids that tie it
 * to the request that caused it. The store assigns position, version and time.
 */
public record EventData(UUID id, String type, JsonNode body, UUID correlationId, UUID causationId) {

  /** Checks the parts every event needs; correlation and causation ids may be null. */
  public EventData {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(body, "body");
  }
}
