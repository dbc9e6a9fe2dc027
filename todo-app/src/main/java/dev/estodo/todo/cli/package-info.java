/**
 * The command line, {@code ./todo}: the server commands ({@code serve}, {@code web},
 * {@code processors}, {@code rebuild}), each taking only the option groups it uses (database, web,
 * mail, processors), and client commands that mirror the original's {@code scripts/request}, with
 * {@code history} and {@code log}, which tell events in words and follow the live event stream.
 */
package dev.estodo.todo.cli;
