/**
 * The command line, {@code ./todo}: the server commands ({@code serve}, {@code web},
 * {@code processors}) and client commands that mirror the original's {@code scripts/request}.
 */
package dev.estodo.todo.cli;
