package dev.estodo.todo.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A todo was abandoned on the given ISO-8601 date (or date-time), as the request gave it. */
public record TodoAbandoned(@JsonProperty("abandoned_on") String abandonedOn) implements TodoEvent {}
