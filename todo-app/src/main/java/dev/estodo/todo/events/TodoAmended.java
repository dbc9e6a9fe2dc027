package dev.estodo.todo.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
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
    implements TodoEvent {

  /** Jackson would read an absent key as {@code Optional.empty()}, so bodies are read by hand. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static TodoAmended fromBody(Map<String, String> body) {
    return new TodoAmended(
        field(body, "title"), field(body, "description"), field(body, "due_date"), field(body, "stakeholder_email"));
  }

  private static Optional<String> field(Map<String, String> body, String key) {
    return body.containsKey(key) ? Optional.ofNullable(body.get(key)) : null;
  }
}
