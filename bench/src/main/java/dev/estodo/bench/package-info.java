/**
 * The benchmark, {@code ./todo bench}: scenarios that measure appends, HTTP commands and queries,
 * projection catch-up, live lag and scaling with size on a real PostgreSQL, each next to a raw
 * PostgreSQL baseline measured in the same run on the same database, printed as one table and
 * written as JSON. Performance is measured here, never by timed tests.
 */
package dev.estodo.bench;
