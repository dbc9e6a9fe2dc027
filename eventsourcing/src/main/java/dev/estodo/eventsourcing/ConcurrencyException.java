package dev.estodo.eventsourcing;

import java.util.UUID;

/**
 * An append found a different version than the writer expected: another writer changed the
 * aggregate since it was loaded. The caller may reload and retry, or report a conflict.
 */
public class ConcurrencyException extends RuntimeException {
  private final UUID aggregateId;
  private final long expectedVersion;
  private final long actualVersion;
  private final boolean lostRace;

  /** An expected version that did not match; {@code actualVersion} is -1 when unknown. */
  public ConcurrencyException(UUID aggregateId, long expectedVersion, long actualVersion) {
    this(aggregateId, expectedVersion, actualVersion, false);
  }

  /** As the three-argument form, saying whether the append {@linkplain #lostRace() lost a race}. */
  public ConcurrencyException(UUID aggregateId, long expectedVersion, long actualVersion, boolean lostRace) {
    super("Aggregate " + aggregateId + " expected version " + expectedVersion
        + (actualVersion < 0 ? ", found another writer's events" : ", found " + actualVersion));
    this.aggregateId = aggregateId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
    this.lostRace = lostRace;
  }

  /**
   * True when the stream was still at the expected version as the append asked for the
   * aggregate's lock, and a concurrent append moved it while this one waited: a write the writer
   * could not have seen, whatever it had read. False when the stream had moved before, or unknown.
   */
  public boolean lostRace() {
    return lostRace;
  }

  /** The aggregate whose stream moved on. */
  public UUID aggregateId() {
    return aggregateId;
  }

  /** The version the writer loaded. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version found in the store, or -1 when a concurrent insert was detected instead. */
  public long actualVersion() {
    return actualVersion;
  }
}
