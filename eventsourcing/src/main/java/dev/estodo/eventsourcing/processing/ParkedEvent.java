package dev.estodo.eventsourcing.processing;

import java.time.Instant;
import java.util.UUID;

/**
 * An event a reactor parked: which reactor, the event's position, id, aggregate and type, the last
 * error, the attempts that failed (0 for an event parked {@code behind} an earlier one of its
 * aggregate, whose position it holds; null otherwise), the first and last failure, and when a
 * retry was asked for (null when none is pending).
 */
public record ParkedEvent(
    String processor,
    long position,
    UUID eventId,
    UUID aggregateId,
    String eventType,
    String error,
    int attempts,
    Long behind,
    Instant firstFailedAt,
    Instant lastFailedAt,
    Instant retryRequestedAt) {}
