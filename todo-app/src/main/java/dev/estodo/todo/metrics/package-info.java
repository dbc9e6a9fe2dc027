/**
 * Metrics for Prometheus at {@code GET /metrics}: HTTP requests by route pattern, commands by type
 * and outcome, appends, the processors' batches, and, read from the database at most once a second,
 * each processor's lag, state and parked events, so any web process tells the truth about
 * processors wherever they run; plus the connection pools' and the JVM's usual meters. Micrometer
 * lives here only: the library reports what it measures through plain callbacks.
 */
package dev.estodo.todo.metrics;
