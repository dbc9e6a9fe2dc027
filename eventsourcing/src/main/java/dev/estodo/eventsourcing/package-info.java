/**
 * A small event-sourcing library on PostgreSQL. An {@link dev.estodo.eventsourcing.EventStore}
 * keeps events in per-aggregate streams with optimistic concurrency and hands them to followers in
 * an order that never skips a late commit; a {@link dev.estodo.eventsourcing.Decider} holds an
 * aggregate's rules as pure functions; a {@link dev.estodo.eventsourcing.ProcessorRunner} follows
 * the store with projectors (read models updated exactly once, in the transaction that moves their
 * checkpoint) and reactors (side effects at least once), one active instance of each across
 * processes. It knows nothing about todos or HTTP.
 */
package dev.estodo.eventsourcing;
