package dev.estodo.eventsourcing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * An event as the store keeps it. {@code position} is global and assigned by the store;
 * {@code transactionId} is the writing transaction, which with the position gives the order in
 * which followers read (see {@link Checkpoint}).
 */
public record StoredEvent(
    long position,
    long transactionId,
    UUID id,
    UUID aggregateId,
    long version,
    String type,
    JsonNode body,
    UUID correlationId,
    UUID causationId,
    Instant createdAt) {

  /** Where a follower stands once it has handled this event. */
  public Checkpoint checkpoint() {
    return new Checkpoint(transactionId, position);
  }
}
