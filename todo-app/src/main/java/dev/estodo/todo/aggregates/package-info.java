/**
 * The todo's rules: {@code Todo} is a decider, pure functions from a command and the todo's state
 * to the events it produces, or a {@code CommandRejectedException} with the original app's reason.
 * The state is only what the decisions need: whether the todo exists and whether it is done.
 */
package dev.estodo.todo.aggregates;
