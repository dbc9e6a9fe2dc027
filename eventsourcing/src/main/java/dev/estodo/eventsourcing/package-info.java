/**
 * The event store of a small event-sourcing library on PostgreSQL: an {@link
 * dev.estodo.eventsourcing.EventStore} keeps events in per-aggregate streams with optimistic
 * concurrency and hands them to followers in an order that never skips a late commit; a {@link
 * dev.estodo.eventsourcing.Decider} holds an aggregate's rules as pure functions and a {@link
 * dev.estodo.eventsourcing.CommandHandler} runs commands through one; {@link
 * dev.estodo.eventsourcing.EventTypes} maps stored type names to records. Following the store is
 * the business of {@code dev.estodo.eventsourcing.processing}. It takes a {@code DataSource} and
 * knows nothing about todos, HTTP or how the database is started.
 */
package dev.estodo.eventsourcing;
