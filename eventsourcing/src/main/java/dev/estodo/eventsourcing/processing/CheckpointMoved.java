package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;

/**
 * The compare-and-set of a checkpoint found another value: another instance moved on, or someone
 * reset the processor. What this side did is rolled back; it re-reads the checkpoint and goes on.
 */
final class CheckpointMoved extends Exception {
  CheckpointMoved(String name, Checkpoint expected) {
    super("checkpoint of " + name + " is no longer " + expected);
  }
}
