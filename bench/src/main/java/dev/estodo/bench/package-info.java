/**
 * The benchmark, {@code ./todo bench}: scenarios that measure appends, HTTP commands and queries,
 * projection catch-up, live lag and scaling with size on a real PostgreSQL, each next to a raw
 * PostgreSQL baseline measured in the same run on the same database, printed as one table with
 * the targets of issue 13 and written as JSON. HTTP is measured on the server in its own process,
 * loaded from another (wrk, pgbench, or the bench's own {@link dev.estodo.bench.Generator}).
 * Performance is measured here, never by timed tests.
 */
package dev.estodo.bench;
