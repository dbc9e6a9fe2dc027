package dev.estodo.todo.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * A todo's fields were changed. Each field has three states, which is why these are Optionals:
 * a Java {@code null} means the field was not given (absent from the body), {@code
 * Optional.empty()} means it was cleared (stored as JSON {@code null}), and a value sets it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TodoAmended(
    @JsonProperty("title") Optional<String> title,
    @JsonProperty("description") Optional<String> description,
    @JsonProperty("due_date") Optional<String> dueDate,
    @JsonProperty("stakeholder_email") Optional<String> stakeholderEmail)
    implements TodoEvent {}
