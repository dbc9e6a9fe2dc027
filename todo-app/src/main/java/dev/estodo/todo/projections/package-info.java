/**
 * The read side: each projection follows the event stream into tables of its own (outstanding,
 * scheduled and completed todos) and answers its query from them. Projectors run inside the
 * processor runtime, one transaction per batch with their checkpoint, and are rebuilt by
 * truncating their tables and replaying every event.
 */
package dev.estodo.todo.projections;
