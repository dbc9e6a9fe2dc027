/**
 * Event processing: a {@link dev.estodo.eventsourcing.processing.ProcessorRunner} follows the
 * store with projectors (read models updated exactly once, in the transaction that moves their
 * checkpoint) and reactors (side effects at least once, recorded as events once), one active
 * instance of each across processes (a lease with a fencing token that every write checks),
 * failures backed off and never skipped. {@link
 * dev.estodo.eventsourcing.processing.ProcessorCheckpoints} tells where each stands, waits for one
 * to reach a write, and resets one for a rebuild; a {@link
 * dev.estodo.eventsourcing.processing.CheckpointWatch} holds many such waits at the cost of one.
 */
package dev.estodo.eventsourcing.processing;
