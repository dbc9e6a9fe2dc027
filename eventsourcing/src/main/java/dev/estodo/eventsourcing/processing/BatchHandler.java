package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.StoredEvent;
import java.util.List;

/** Handles one batch for a processor and moves its stored checkpoint on: the part projectors and reactors do differently. */
interface BatchHandler {

  /** The processor's name. */
  String name();

  /** Work that comes before the next batch, under {@code lease}, in the active instance only (a reactor's retries); none by default. */
  default void beforeBatch(Lease lease) {}

  /**
   * Handles {@code events}, which follow {@code from}, under {@code lease}, and returns the checkpoint
   * now stored. Every write commits only while the lease's token is current.
   *
   * @throws EventFailure when an event failed, saying how far the processor got
   * @throws CheckpointMoved when the stored checkpoint was not {@code from}
   * @throws LeaseLostException when a write was refused because the lease is no longer this instance's
   */
  Checkpoint handle(Lease lease, Checkpoint from, List<StoredEvent> events) throws EventFailure, CheckpointMoved;
}
