package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.StoredEvent;
import java.util.List;

/** Handles one batch for a processor and moves its stored checkpoint on: the part projectors and reactors do differently. */
interface BatchHandler {

  /** The processor's name. */
  String name();

  /** Work that comes before the next batch, in the active instance only (a reactor's retries); none by default. */
  default void beforeBatch() {}

  /**
   * Handles {@code events}, which follow {@code from}, and returns the checkpoint now stored.
   *
   * @throws EventFailure when an event failed, saying how far the processor got
   * @throws CheckpointMoved when the stored checkpoint was not {@code from}
   */
  Checkpoint handle(Checkpoint from, List<StoredEvent> events) throws EventFailure, CheckpointMoved;
}
