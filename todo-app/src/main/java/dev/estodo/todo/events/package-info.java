/**
 * The facts of the todo domain: one record per event in the sealed {@code TodoEvent}, the table
 * of their stored names and body keys, which are the original app's and never change, and
 * {@code IsoDates}, which says what the dates they carry as text mean, for commands and
 * projections alike, and {@code EmailAddresses}, which says which stakeholder emails the commands
 * accept and the notifier can deliver to, and {@code HistorySentences}, which tells a todo's history
 * in words, as the page and the command line show it.
 */
package dev.estodo.todo.events;
