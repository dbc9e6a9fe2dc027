package dev.estodo.todo.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The notifier emailed the stakeholder; {@code notified_on} is UTC, e.g. 2017-06-12T14:00:00+00:00. */
public record StakeholderNotifiedOfTodoCompletion(@JsonProperty("notified_on") String notifiedOn)
    implements TodoEvent {}
