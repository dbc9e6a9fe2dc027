package dev.estodo.todo.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A todo was completed on the given ISO-8601 date (or date-time), as the request gave it. */
public record TodoCompleted(@JsonProperty("completed_on") String completedOn) implements TodoEvent {}
