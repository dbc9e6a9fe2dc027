/**
 * The facts of the todo domain: one record per event in the sealed {@code TodoEvent}, and the
 * table of their stored names and body keys, which are the original app's and never change.
 */
package dev.estodo.todo.events;
