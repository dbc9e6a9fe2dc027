package dev.estodo.todo.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A todo was added. Only the fields the request gave are in the body, as the original stored it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TodoAdded(
    @JsonProperty("title") String title,
    @JsonProperty("description") String description,
    @JsonProperty("due_date") String dueDate,
    @JsonProperty("stakeholder_email") String stakeholderEmail)
    implements TodoEvent {}
