/**
 * Event processing: a {@link dev.estodo.eventsourcing.processing.ProcessorRunner} follows the
 * store with projectors (read models updated exactly once, in the transaction that moves their
 * checkpoint) and reactors (side effects at least once, recorded as events once), one active
 * instance of each across processes (a lease with a fencing token that every write checks),
 * failures backed off and never skipped, except that a reaction which fails for good ({@link
 * dev.estodo.eventsourcing.processing.PermanentReactionFailure}) parks its event and its
 * aggregate's later ones, in order, for {@link dev.estodo.eventsourcing.processing.ParkedEvents}
 * to list and retry. {@link
 * dev.estodo.eventsourcing.processing.ProcessorCheckpoints} tells where each stands, waits for one
 * to reach a write, and resets one for a rebuild; a {@link
 * dev.estodo.eventsourcing.processing.CheckpointWatch} holds many such waits at the cost of one.
 */
package dev.estodo.eventsourcing.processing;
