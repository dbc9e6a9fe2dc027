package dev.estodo.todo.events;

/** A todo moved one place up the outstanding list. Its body is {@code {}}. */
public record TodoMovedUp() implements TodoEvent {}
