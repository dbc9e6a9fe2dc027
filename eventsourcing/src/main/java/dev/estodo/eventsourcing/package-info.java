/**
 * A small event-sourcing library on PostgreSQL. An {@link dev.estodo.eventsourcing.EventStore}
 * keeps events in per-aggregate streams with optimistic concurrency and hands them to followers in
 * an order that never skips a late commit; a {@link dev.estodo.eventsourcing.Decider} holds an
 * aggregate's rules as pure functions; command handling and event processors build on the two.
 * It knows nothing about todos or HTTP.
 */
package dev.estodo.eventsourcing;
