package dev.estodo.todo.events;

import java.util.Map;
import java.util.Objects;

/** One field of an amendment, its value before and after (null when unset), in words. */
record FieldChange(String field, String before, String after) {
  private static final Map<String, String> NAMES = Map.of(
      "title", "Title", "description", "Description", "due_date", "Due date", "stakeholder_email", "Stakeholder");

  static FieldChange of(String field, String before, String after) {
    return new FieldChange(field, before, after);
  }

  /** {@code Title changed from "A" to "B"}, {@code set to}, {@code removed} or {@code unchanged}. */
  String sentence() {
    String name = NAMES.get(field);
    if (after == null) return name + " removed";
    if (Objects.equals(before, after)) return name + " unchanged (" + shown(after) + ")";
    if (before == null) return name + " set to " + shown(after);
    return name + " changed from " + shown(before) + " to " + shown(after);
  }

  // titles and descriptions are the user's text, quoted; dates read as days; emails stand as they are
  private String shown(String value) {
    return switch (field) {
      case "title", "description" -> "\"" + value + "\"";
      case "due_date" -> HistorySentences.day(value);
      default -> value;
    };
  }
}
