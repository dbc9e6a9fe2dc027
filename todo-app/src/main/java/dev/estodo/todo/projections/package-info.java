/**
 * The read side: each projection follows the event stream into tables of its own (outstanding,
 * scheduled and completed todos) and answers its query from them. Projectors run inside the
 * processor runtime, one transaction per batch with their checkpoint, and are rebuilt by
 * truncating their tables and replaying every event. Each projection's rules are a plpgsql
 * function in a repeatable migration beside it (resources of this package, {@code R__*.sql}),
 * which replaces the function in place whenever it changes; its tables come from the app's
 * versioned migrations ({@code db/migration/todo}). An online rebuild ({@link
 * dev.estodo.todo.projections.OnlineRebuild}) runs the same functions against copies of the tables in
 * the schema {@code estodo_shadow}, compares them with the live ones and swaps them in. The lists
 * at an earlier moment ({@link dev.estodo.todo.projections.ListsAt}) come from the snapshots the
 * projectors take now and then ({@code list_snapshots}) and a replay of the events since through
 * the same functions, in temporary copies of the tables.
 */
package dev.estodo.todo.projections;
